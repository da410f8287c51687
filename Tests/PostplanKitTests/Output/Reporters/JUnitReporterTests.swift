import Foundation
import Testing
import YAMLTree

@testable import PostplanKit

@Suite("JUnit reporter")
struct JUnitReporterTests {
    @Test(
        "the fixture report, a clean run, a run failing on infos and a run without files validate against the Jenkins xUnit JUnit schema",
        .enabled(if: ExternalValidator.junitSchema.shouldRun, "\(ExternalValidator.junitSchema.missing ?? "")"))
    func validatesAgainstSchema() throws {
        let validator = ExternalValidator.junitSchema
        try validator.expectValid(JUnitReporter().render(ReportFixture.report), named: "fixture.xml")
        try validator.expectValid(JUnitReporter().render(ReportFixture.clean), named: "clean.xml")
        let failingOnInfo = LintReport(diagnostics: ReportFixture.diagnostics, files: ["q4.yaml"], toolVersion: "1.0.0", failOn: .info)
        try validator.expectValid(JUnitReporter().render(failingOnInfo), named: "fail-on-info.xml")
        let empty = LintReport(diagnostics: [], files: [], rules: [], toolVersion: "1.0.0")
        try validator.expectValid(JUnitReporter().render(empty), named: "empty.xml")
    }

    @Test(
        "the schema check is not vacuous: a test case without a name is rejected",
        .enabled(if: ExternalValidator.junitSchema.shouldRun, "\(ExternalValidator.junitSchema.missing ?? "")"))
    func schemaCheckRejects() throws {
        let invalid = JUnitReporter().render(ReportFixture.clean).replacingOccurrences(of: "<testcase name=", with: "<testcase label=")
        let result = try ExternalValidator.junitSchema.check(in: invalid, named: "invalid.xml")
        #expect(result.map { $0.status != 0 } ?? true)
    }

    @Test("each checked file, and each other file with findings, is one test case; by default files with errors fail")
    func counts() throws {
        let output = JUnitReporter().render(ReportFixture.report)
        // q4.yaml (error, info), café/ümlaut plan.yaml (warning), clean.yaml, and the config file (error).
        #expect(output.contains("<testsuite name=\"postplan\" tests=\"4\" failures=\"2\" errors=\"0\" skipped=\"0\" time=\"0\">"))
        #expect(output.contains("<testsuites name=\"postplan\" tests=\"4\" failures=\"2\" errors=\"0\" time=\"0\">"))
        #expect(output.contains("<testcase name=\"plans/clean.yaml\" classname=\"plans/clean.yaml\" time=\"0\"/>"))
    }

    @Test("a failure carries the message's first line, the rule id, and the finding as text lines with its notes")
    func failure() {
        let finding = Diagnostic(
            ruleID: "dup", severity: .error, message: "first line\nsecond line",
            range: ReportFixture.range("a.yaml", 3, 9, to: 3, 12),
            related: [Diagnostic.Related("earlier", at: ReportFixture.range("b.yaml", 1, 2, to: 1, 3))])
        let output = JUnitReporter().render(LintReport(diagnostics: [finding], files: ["a.yaml"], rules: [], toolVersion: "1"))
        #expect(
            output.contains(
                """
                      <failure message="first line" type="dup">a.yaml:3:9: error: first line
                second line [dup]
                b.yaml:1:2: note: earlier</failure>
                """))
    }

    @Test("infos do not fail a file; they are listed in its system-out")
    func infos() {
        let info = Diagnostic(ruleID: "hint", severity: .info, message: "consider", range: ReportFixture.range("a.yaml", 1, 1, to: 1, 2))
        let output = JUnitReporter().render(LintReport(diagnostics: [info], files: ["a.yaml"], rules: [], toolVersion: "1"))
        #expect(output.contains("tests=\"1\" failures=\"0\""))
        #expect(output.contains("<system-out>a.yaml:1:1: info: consider [hint]</system-out>"))
        #expect(!output.contains("<failure"))
    }

    @Test("a warning below --fail-on does not fail its file; it is listed in its system-out")
    func warningBelowFailOn() {
        let warning = Diagnostic(ruleID: "style", severity: .warning, message: "hmm", range: ReportFixture.range("a.yaml", 2, 1, to: 2, 2))
        let output = JUnitReporter().render(LintReport(diagnostics: [warning], files: ["a.yaml"], rules: [], toolVersion: "1"))
        #expect(output.contains("tests=\"1\" failures=\"0\""))
        #expect(output.contains("<system-out>a.yaml:2:1: warning: hmm [style]</system-out>"))
        #expect(!output.contains("<failure"))
    }

    @Test("with --fail-on warning a warning is a failure and infos stay in system-out")
    func warningAtFailOn() {
        let warning = Diagnostic(ruleID: "style", severity: .warning, message: "hmm", range: ReportFixture.range("a.yaml", 2, 1, to: 2, 2))
        let info = Diagnostic(ruleID: "hint", severity: .info, message: "consider", range: ReportFixture.range("a.yaml", 3, 1, to: 3, 2))
        let report = LintReport(diagnostics: [warning, info], files: ["a.yaml"], rules: [], toolVersion: "1", failOn: .warning)
        let output = JUnitReporter().render(report)
        #expect(output.contains("<failure message=\"hmm\" type=\"style\">a.yaml:2:1: warning: hmm [style]</failure>"))
        #expect(output.contains("<system-out>a.yaml:3:1: info: consider [hint]</system-out>"))
    }

    @Test("the run's --fail-on is a property of the suite")
    func failOnProperty() {
        let output = JUnitReporter().render(LintReport(diagnostics: [], files: [], rules: [], toolVersion: "1", failOn: .info))
        #expect(output.contains("<property name=\"postplan.fail-on\" value=\"info\"/>"))
    }

    @Test("markup characters are escaped in text and attributes")
    func markup() {
        #expect(XMLEscaping.text("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;")
        #expect(XMLEscaping.attribute("]]>") == "]]&gt;")
    }

    @Test("line breaks and tabs survive in attributes as character references; carriage returns everywhere")
    func whitespace() {
        #expect(XMLEscaping.attribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
        #expect(XMLEscaping.text("a\tb\nc\r\nd") == "a\tb\nc&#13;\nd")
    }

    @Test("characters XML 1.0 forbids become U+FFFD; other text, non-ASCII included, is kept")
    func forbiddenCharacters() {
        #expect(XMLEscaping.text("bell\u{07} nul\u{00} esc\u{1B} \u{FFFF}") == "bell\u{FFFD} nul\u{FFFD} esc\u{FFFD} \u{FFFD}")
        #expect(XMLEscaping.attribute("café 😀 \u{85}") == "café 😀 \u{85}")
    }

    @Test("the fixture report renders as the golden JUnit document")
    func golden() throws {
        try expectGolden(JUnitReporter().render(ReportFixture.report), named: "report.junit.xml")
    }
}
