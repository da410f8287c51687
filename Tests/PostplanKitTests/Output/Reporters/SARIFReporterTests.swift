import Foundation
import Testing
import YAMLTree

@testable import PostplanKit

@Suite("SARIF reporter")
struct SARIFReporterTests {
    /// The rendered log, parsed back, for questions about its structure.
    static func parsed(_ report: LintReport) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(SARIFReporter().render(report).utf8))
        return try #require(object as? [String: Any])
    }

    static func run(_ report: LintReport) throws -> [String: Any] {
        let runs = try #require(try parsed(report)["runs"] as? [[String: Any]])
        try #require(runs.count == 1)
        return runs[0]
    }

    static func rules(_ run: [String: Any]) throws -> [[String: Any]] {
        let tool = try #require(run["tool"] as? [String: Any])
        let driver = try #require(tool["driver"] as? [String: Any])
        return try #require(driver["rules"] as? [[String: Any]])
    }

    static func results(_ run: [String: Any]) throws -> [[String: Any]] {
        try #require(run["results"] as? [[String: Any]])
    }

    /// A report as the command line makes it by default: every rule postplan knows.
    static let defaultRulesReport: LintReport = {
        let someRule = Rule.all.first ?? ReportFixture.errorRule
        let diagnostic = Diagnostic(someRule, "a finding of a real rule", at: ReportFixture.range("plans/q4.yaml", 2, 3, to: 2, 9))
        return LintReport(diagnostics: [diagnostic], files: ["plans/q4.yaml"], toolVersion: "0.1.0")
    }()

    // MARK: validity

    @Test(
        "the fixture report, a clean run and a run with every rule validate against the SARIF 2.1.0 schema",
        .enabled(if: ExternalValidator.sarifSchema.shouldRun, "\(ExternalValidator.sarifSchema.missing ?? "")"))
    func validatesAgainstSchema() throws {
        let validator = ExternalValidator.sarifSchema
        try validator.expectValid(SARIFReporter().render(ReportFixture.report), named: "fixture.sarif")
        try validator.expectValid(SARIFReporter().render(ReportFixture.clean), named: "clean.sarif")
        try validator.expectValid(SARIFReporter().render(Self.defaultRulesReport), named: "all-rules.sarif")
    }

    @Test(
        "the schema check is not vacuous: a log with a level SARIF does not know is rejected",
        .enabled(if: ExternalValidator.sarifSchema.shouldRun, "\(ExternalValidator.sarifSchema.missing ?? "")"))
    func schemaCheckRejects() throws {
        let invalid = SARIFReporter().render(ReportFixture.report).replacingOccurrences(of: "\"level\" : \"note\"", with: "\"level\" : \"info\"")
        let result = try ExternalValidator.sarifSchema.check(in: invalid, named: "invalid.sarif")
        #expect(result.map { $0.status != 0 } ?? true)
    }

    @Test("every result's ruleId is a rule of the driver, and its ruleIndex points at that rule")
    func resultsNameDefinedRules() throws {
        for report in [ReportFixture.report, Self.defaultRulesReport] {
            let run = try Self.run(report)
            let ids = try Self.rules(run).map { $0["id"] as? String }
            let results = try Self.results(run)
            #expect(results.count == report.diagnostics.count)
            for result in results {
                let ruleID = try #require(result["ruleId"] as? String)
                let index = try #require(result["ruleIndex"] as? Int)
                #expect(ids.indices.contains(index) && ids[index] == ruleID, "\(ruleID) at \(index)")
            }
        }
    }

    @Test("every result's message carries its text and the stable id of its form")
    func messageIDs() throws {
        let results = try Self.results(try Self.run(ReportFixture.report))
        let error = try #require(results.first { $0["ruleId"] as? String == "fixture-error" })
        let message = try #require(error["message"] as? [String: String])
        #expect(message == ["text": ReportFixture.diagnostics[1].message, "id": "fixture-error.misspelt"])
        for result in results {
            let id = try #require((result["message"] as? [String: String])?["id"])
            #expect(id.hasPrefix("\(result["ruleId"] as? String ?? "?")."), "\(id)")
        }
    }

    @Test("the driver describes every rule in force, sorted by id, reported or not")
    func rulesInForce() throws {
        let ids = try Self.rules(try Self.run(ReportFixture.report)).compactMap { $0["id"] as? String }
        #expect(ids == ["fixture-error", "fixture-info", "fixture-quiet", "fixture-undescribed", "fixture-warning"])
        let allIDs = try Self.rules(try Self.run(Self.defaultRulesReport)).compactMap { $0["id"] as? String }
        #expect(allIDs == Set(Rule.all.map(\.id)).sorted())
    }

    @Test("a rule's descriptor: UpperCamelCase name, summary, rationale, options in the help, level and category tag")
    func descriptor() {
        let descriptor = SARIFReporter.descriptor(for: ReportFixture.warningRule)
        #expect(descriptor.name == "FixtureWarning")
        #expect(descriptor.shortDescription.text == "A channel's week is mostly promotion.")
        #expect(descriptor.fullDescription.text == "A page that only promotes turns a dialogue channel into an ad channel.")
        #expect(
            descriptor.help.text == """
                A page that only promotes turns a dialogue channel into an ad channel.

                Options:
                - max-share (default 30): the highest share of promotion, in percent
                - min-items (default 3): weeks with fewer items are not judged
                """)
        #expect(descriptor.defaultConfiguration.level == "warning")
        #expect(descriptor.properties.tags == [ReportFixture.warningRule.category.rawValue])
    }

    @Test("a rule without a rationale is described fully by its summary")
    func summaryAsDescription() {
        let descriptor = SARIFReporter.descriptor(for: ReportFixture.infoRule)
        #expect(descriptor.fullDescription.text == ReportFixture.infoRule.summary)
        #expect(descriptor.help.text == ReportFixture.infoRule.summary)
    }

    @Test("rule ids become UpperCamelCase names")
    func names() {
        #expect(SARIFReporter.upperCamelCase("poll-option-count") == "PollOptionCount")
        #expect(SARIFReporter.upperCamelCase("ad-in-timeline") == "AdInTimeline")
        #expect(SARIFReporter.upperCamelCase("yaml-syntax") == "YamlSyntax")
    }

    @Test("error, warning and info become the levels error, warning and note")
    func levels() {
        #expect(SARIFReporter.level(for: .error) == "error")
        #expect(SARIFReporter.level(for: .warning) == "warning")
        #expect(SARIFReporter.level(for: .info) == "note")
    }

    // MARK: locations

    @Test("a finding's place is a repository-relative URI with a region in code points")
    func location() throws {
        let run = try Self.run(ReportFixture.report)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let error = try #require(try Self.results(run).first { $0["ruleId"] as? String == "fixture-error" })
        let location = try #require((error["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "plans/q4.yaml")
        let region = try #require(location["region"] as? [String: Int])
        #expect(region == ["startLine": 12, "startColumn": 7, "endLine": 12, "endColumn": 14])
    }

    @Test("related places are related locations, numbered from 1, with their notes as messages")
    func relatedLocations() throws {
        let error = try #require(try Self.results(try Self.run(ReportFixture.report)).first { $0["ruleId"] as? String == "fixture-error" })
        let related = try #require(error["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect(related.first?["id"] as? Int == 1)
        #expect((related.first?["message"] as? [String: Any])?["text"] as? String == "first defined here, 100% sure: yes")
        let physical = try #require(related.first?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "shared/channels.yaml")
    }

    @Test("a fix is a SARIF fix: its description, and one artifact change whose replacement deletes the word's region and inserts the match")
    func fixes() throws {
        let results = try Self.results(try Self.run(ReportFixture.report))
        let error = try #require(results.first { $0["ruleId"] as? String == "fixture-error" })
        let fix = try #require((error["fixes"] as? [[String: Any]])?.first)
        #expect((fix["description"] as? [String: Any])?["text"] as? String == "replace 'a:b,c' with 'options'")
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        #expect((change["artifactLocation"] as? [String: Any])?["uri"] as? String == "plans/q4.yaml")
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect(replacement["deletedRegion"] as? [String: Int] == ["startLine": 12, "startColumn": 7, "endLine": 12, "endColumn": 14])
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "options")
        #expect(results.filter { $0["fixes"] != nil }.count == 1)
    }

    @Test("an unknown line leaves the region out; unknown columns leave out only the columns")
    func unknownPositions() {
        #expect(SARIFReporter.physicalLocation(ReportFixture.range("a.yaml", 0, 0, to: 0, 0)).region == nil)
        let region = SARIFReporter.physicalLocation(ReportFixture.range("a.yaml", 3, 0, to: 4, 0)).region
        #expect(region?.startLine == 3 && region?.endLine == 4)
        #expect(region?.startColumn == nil && region?.endColumn == nil)
    }

    @Test("paths are percent-encoded URI references: spaces, non-ASCII, %, : and # are encoded, / is kept")
    func uris() {
        #expect(URIReference.path("plans/q4.yaml") == "plans/q4.yaml")
        #expect(URIReference.path("café/ümlaut plan.yaml") == "caf%C3%A9/%C3%BCmlaut%20plan.yaml")
        #expect(URIReference.path("a:b/100%#1.yaml") == "a%3Ab/100%25%231.yaml")
    }

    // MARK: tool

    @Test("the driver names postplan, its version and home; semanticVersion only for a SemVer version")
    func driver() throws {
        let run = try Self.run(ReportFixture.report)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "postplan")
        #expect(driver["version"] as? String == "1.2.0-beta.1+exp.sha.5114f85")
        #expect(driver["semanticVersion"] as? String == "1.2.0-beta.1+exp.sha.5114f85")
        #expect(driver["informationUri"] as? String == "https://github.com/postplan/postplan")
        let dev = LintReport(diagnostics: [], files: [], rules: [], toolVersion: "dev")
        let devDriver = try #require((try Self.run(dev)["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(devDriver["version"] as? String == "dev")
        #expect(devDriver["semanticVersion"] == nil)
    }

    @Test("SemVer 2.0 versions are recognised, others are not")
    func semanticVersions() {
        for version in ["0.1.0", "1.2.3-rc.1", "1.0.0+build.5", "10.20.30-alpha-1+sha.abc"] {
            #expect(SemanticVersion.isValid(version), "\(version)")
        }
        for version in ["dev", "1.2", "01.2.3", "1.2.3-", "v1.2.3", "1.2.3 "] {
            #expect(!SemanticVersion.isValid(version), "\(version)")
        }
    }

    @Test("the log starts with the schema and version 2.1.0")
    func header() throws {
        let log = try Self.parsed(ReportFixture.clean)
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
    }

    @Test("the fixture report renders as the golden SARIF log")
    func golden() throws {
        try expectGolden(SARIFReporter().render(ReportFixture.report), named: "report.sarif")
    }
}
