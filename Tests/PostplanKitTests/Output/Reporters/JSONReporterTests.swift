import Foundation
import Testing

@testable import PostplanKit

@Suite("JSON reporter")
struct JSONReporterTests {
    static func parsed(_ report: LintReport) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(JSONReporter().render(report).utf8))
        return try #require(object as? [String: Any])
    }

    @Test("the document has version 1, the tool, a summary, the files and the diagnostics")
    func topLevel() throws {
        let document = try Self.parsed(ReportFixture.report)
        #expect(Set(document.keys) == ["version", "tool", "summary", "files", "diagnostics"])
        #expect(document["version"] as? Int == 1)
        #expect(document["tool"] as? [String: String] == ["name": "postplan", "version": "1.2.0-beta.1+exp.sha.5114f85"])
    }

    @Test("the summary counts checked files and findings by severity")
    func summary() throws {
        let summary = try #require(try Self.parsed(ReportFixture.report)["summary"] as? [String: Int])
        #expect(summary == ["files": 3, "findings": 4, "errors": 2, "warnings": 1, "infos": 1])
    }

    @Test("files are repository-relative, each once, in the order given")
    func files() throws {
        let files = try Self.parsed(ReportFixture.report)["files"] as? [String]
        #expect(files == ["plans/q4.yaml", "plans/café/ümlaut plan.yaml", "plans/clean.yaml"])
    }

    @Test("a diagnostic has ruleId, messageId, severity, message, path, range, related places, and a fix where there is one")
    func diagnostic() throws {
        let diagnostics = try #require(try Self.parsed(ReportFixture.report)["diagnostics"] as? [[String: Any]])
        let error = try #require(diagnostics.first { $0["ruleId"] as? String == "fixture-error" })
        #expect(Set(error.keys) == ["ruleId", "messageId", "severity", "message", "path", "range", "related", "fix"])
        #expect(error["messageId"] as? String == "fixture-error.misspelt")
        #expect(error["severity"] as? String == "error")
        #expect(error["path"] as? String == "plans/q4.yaml")
        let range = try #require(error["range"] as? [String: [String: Int]])
        #expect(range == ["start": ["line": 12, "column": 7], "end": ["line": 12, "column": 14]])
        let related = try #require(error["related"] as? [[String: Any]])
        #expect(related.first?["path"] as? String == "shared/channels.yaml")
        #expect(related.first?["message"] as? String == "first defined here, 100% sure: yes")
    }

    @Test("a finding with a fix has 'fix': a description and replacements with the path as shown and a range; one without has none")
    func fix() throws {
        let diagnostics = try #require(try Self.parsed(ReportFixture.report)["diagnostics"] as? [[String: Any]])
        let error = try #require(diagnostics.first { $0["ruleId"] as? String == "fixture-error" })
        let fix = try #require(error["fix"] as? [String: Any])
        #expect(fix["description"] as? String == "replace 'a:b,c' with 'options'")
        let replacement = try #require((fix["replacements"] as? [[String: Any]])?.first)
        #expect(replacement["path"] as? String == "plans/q4.yaml")
        #expect(replacement["text"] as? String == "options")
        #expect(replacement["range"] as? [String: [String: Int]] == ["start": ["line": 12, "column": 7], "end": ["line": 12, "column": 14]])
        #expect(diagnostics.filter { $0["fix"] != nil }.count == 1)
    }

    @Test("diagnostics are in reading order of their repository paths, and a finding without related places has an empty list")
    func order() throws {
        let diagnostics = try #require(try Self.parsed(ReportFixture.report)["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.compactMap { $0["ruleId"] as? String } == ReportFixture.report.displayedDiagnostics.map(\.ruleID))
        #expect(
            diagnostics.compactMap { $0["path"] as? String } == [".postplan.yml", "plans/café/ümlaut plan.yaml", "plans/q4.yaml", "plans/q4.yaml"])
        #expect((diagnostics.first?["related"] as? [Any])?.isEmpty == true)
    }

    @Test("slashes are not escaped and messages keep their text")
    func text() throws {
        let output = JSONReporter().render(ReportFixture.report)
        #expect(output.contains("\"plans/q4.yaml\""))
        #expect(!output.contains("\\/"))
        let diagnostics = try #require(try Self.parsed(ReportFixture.report)["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { $0["message"] as? String == ReportFixture.diagnostics[2].message })
    }

    @Test("the fixture report renders as the golden JSON document")
    func golden() throws {
        try expectGolden(JSONReporter().render(ReportFixture.report), named: "report.json")
    }
}
