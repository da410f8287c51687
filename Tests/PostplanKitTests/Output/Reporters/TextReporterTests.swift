import Testing
import YAMLTree

@testable import PostplanKit

@Suite("Text reporter")
struct TextReporterTests {
    static func range(_ path: String, _ line: Int, _ column: Int) -> SourceRange {
        SourceRange(path: path, span: Span(start: Position(line: line, column: column), end: Position(line: line, column: column + 6)))
    }

    static let unknownKey = Diagnostic(
        UnknownKeyRule.description, "unknown key 'optoins' in poll 'cert-poll'; did you mean 'options'?", at: range("plans/q4.yaml", 12, 7))

    static let duplicateID = Diagnostic(
        DuplicateIDRule.description, "item id 'teaser' is already used at plans/a.yaml:4:9; give each item its own id",
        at: range("plans/b.yaml", 3, 9),
        related: [Diagnostic.Related("first item with id 'teaser'", at: range("plans/a.yaml", 4, 9))])

    static let warning = Diagnostic(ruleID: "some-warning", severity: .warning, message: "a warning", range: range("a.yaml", 1, 1))

    @Test("a finding is one line: path:line:col: severity: message [rule-id]")
    func lineFormat() {
        #expect(
            TextReporter.line(for: Self.unknownKey)
                == "plans/q4.yaml:12:7: error: unknown key 'optoins' in poll 'cert-poll'; did you mean 'options'? [unknown-key]")
    }

    @Test("a warning says warning")
    func warningLine() {
        #expect(TextReporter.line(for: Self.warning) == "a.yaml:1:1: warning: a warning [some-warning]")
    }

    @Test("each related place follows its finding as a note line")
    func noteLines() {
        #expect(
            TextReporter.render([Self.duplicateID, Self.unknownKey]) == """
                plans/b.yaml:3:9: error: item id 'teaser' is already used at plans/a.yaml:4:9; give each item its own id [duplicate-id]
                plans/a.yaml:4:9: note: first item with id 'teaser'
                plans/q4.yaml:12:7: error: unknown key 'optoins' in poll 'cert-poll'; did you mean 'options'? [unknown-key]

                """)
    }

    @Test("no findings render as nothing")
    func nothing() {
        #expect(TextReporter.render([]) == "")
    }

    @Test("a clean run's summary counts files and items and says valid")
    func validSummary() {
        #expect(TextReporter.summary(of: [], files: 3, items: 12) == "3 files, 12 items: valid")
    }

    @Test("the summary counts findings by severity, most serious first, in singular or plural")
    func summaryWithFindings() {
        #expect(
            TextReporter.summary(of: [Self.unknownKey, Self.duplicateID, Self.warning], files: 1, items: 0)
                == "1 file, 0 items: 2 errors, 1 warning")
    }

    @Test("the summary names one item and one error in the singular")
    func singularSummary() {
        #expect(TextReporter.summary(of: [Self.unknownKey], files: 2, items: 1) == "2 files, 1 item: 1 error")
    }

    @Test("a summary with only warnings leaves out errors")
    func warningsOnlySummary() {
        #expect(TextReporter.summary(of: [Self.warning], files: 1, items: 1) == "1 file, 1 item: 1 warning")
    }

    @Test("as a reporter it prints the report's findings exactly as render does, paths as given")
    func reporterMatchesRender() {
        let report = ReportFixture.report
        #expect(TextReporter().render(report) == TextReporter.render(report.diagnostics))
    }

    @Test("the fixture report renders as the golden text")
    func golden() throws {
        try expectGolden(TextReporter().render(ReportFixture.report), named: "report.txt")
    }
}
