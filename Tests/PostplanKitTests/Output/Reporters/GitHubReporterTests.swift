import Testing
import YAMLTree

@testable import PostplanKit

@Suite("GitHub reporter")
struct GitHubReporterTests {
    static func finding(
        _ severity: Severity, _ message: String = "m", _ range: SourceRange = ReportFixture.range("plans/q4.yaml", 12, 7, to: 12, 14),
        related: [Diagnostic.Related] = []
    ) -> Diagnostic {
        Diagnostic(ruleID: "some-rule", severity: severity, message: message, range: range, related: related)
    }

    static func report(_ diagnostics: [Diagnostic]) -> LintReport {
        LintReport(diagnostics: diagnostics, files: ["plans/many.yaml"], rules: [], toolVersion: "1.0.0")
    }

    static func lines(_ output: String) -> [Substring] {
        output.split(separator: "\n")
    }

    // MARK: escaping

    @Test("a message escapes %, carriage return and line feed, and nothing else")
    func messageEscaping() {
        #expect(WorkflowCommand.escapeData("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b")
    }

    @Test("a property value also escapes : and ,")
    func propertyEscaping() {
        #expect(WorkflowCommand.escapeProperty("a:b,c%d\ne\rf") == "a%3Ab%2Cc%25d%0Ae%0Df")
    }

    @Test("escaping leaves non-ASCII text alone")
    func nonASCII() {
        #expect(WorkflowCommand.escapeProperty("café/ümlaut plan.yaml") == "café/ümlaut plan.yaml")
    }

    @Test("a command line writes its properties in order, escaped, then the escaped message")
    func commandLine() {
        let command = WorkflowCommand("error", [("file", "a,b.yaml"), ("title", "x: y")], message: "1%\n2")
        #expect(command.line == "::error file=a%2Cb.yaml,title=x%3A y::1%25%0A2")
    }

    // MARK: annotations

    @Test("an error on one line is annotated with file, line, columns and the rule in the title")
    func errorAnnotation() {
        #expect(
            GitHubReporter.annotation(for: Self.finding(.error, "bad"), tool: "postplan").line
                == "::error file=plans/q4.yaml,line=12,col=7,endLine=12,endColumn=14,title=postplan (some-rule)::bad")
    }

    @Test("warnings are ::warning and infos are ::notice")
    func severities() {
        #expect(GitHubReporter.annotation(for: Self.finding(.warning), tool: "postplan").line.hasPrefix("::warning file="))
        #expect(GitHubReporter.annotation(for: Self.finding(.info), tool: "postplan").line.hasPrefix("::notice file="))
    }

    @Test("a range over several lines gives lines only, since GitHub takes columns on one line only")
    func multiLineRange() {
        let range = ReportFixture.range("a.yaml", 3, 5, to: 6, 2)
        #expect(
            GitHubReporter.annotation(for: Self.finding(.error, "m", range), tool: "postplan").line
                == "::error file=a.yaml,line=3,endLine=6,title=postplan (some-rule)::m")
    }

    @Test("a finding without a known position names only the file")
    func unknownPosition() {
        let range = ReportFixture.range("a.yaml", 0, 0, to: 0, 0)
        #expect(
            GitHubReporter.annotation(for: Self.finding(.error, "m", range), tool: "postplan").line
                == "::error file=a.yaml,title=postplan (some-rule)::m")
    }

    @Test("each related place is appended to the message as a 'see path:line:col (note)' line")
    func relatedPlaces() {
        let related = [
            Diagnostic.Related("first", at: ReportFixture.range("a.yaml", 4, 9, to: 4, 12)),
            Diagnostic.Related("second", at: ReportFixture.range("b.yaml", 1, 1, to: 1, 1)),
        ]
        let line = GitHubReporter.annotation(for: Self.finding(.error, "dup", related: related), tool: "postplan").line
        #expect(line.hasSuffix("::dup%0Asee a.yaml:4:9 (first)%0Asee b.yaml:1:1 (second)"))
    }

    // MARK: layout

    @Test("a clean run prints nothing")
    func cleanRun() {
        #expect(GitHubReporter().render(ReportFixture.clean) == "")
    }

    @Test("the findings come first as text, in a group with commands stopped, then the annotations")
    func layout() {
        let output = GitHubReporter().render(Self.report([Self.finding(.error, "bad"), Self.finding(.warning, "meh")]))
        #expect(
            output == """
                ::group::postplan findings: 1 error, 1 warning
                ::stop-commands::postplan-findings
                plans/q4.yaml:12:7: error: bad [some-rule]
                plans/q4.yaml:12:7: warning: meh [some-rule]
                ::postplan-findings::
                ::endgroup::
                ::error file=plans/q4.yaml,line=12,col=7,endLine=12,endColumn=14,title=postplan (some-rule)::bad
                ::warning file=plans/q4.yaml,line=12,col=7,endLine=12,endColumn=14,title=postplan (some-rule)::meh

                """)
    }

    @Test("ten findings of a severity are all annotated, with no notice")
    func tenAnnotated() {
        let output = GitHubReporter().render(Self.report(ReportFixture.findings(10, .error)))
        #expect(Self.lines(output).filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(!output.contains("::notice"))
    }

    @Test("beyond ten errors the first ten are annotated and a final notice counts the rest")
    func errorOverflow() throws {
        let output = GitHubReporter().render(Self.report(ReportFixture.findings(12, .error)))
        let lines = Self.lines(output)
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(lines.contains { $0.hasSuffix("::error number 10") })
        #expect(!lines.contains { $0.hasSuffix("::error number 11") })
        #expect(lines.filter { $0.contains(": error: error number") }.count == 12, "the log group lists every finding")
        let notice = try #require(lines.last)
        #expect(notice.hasPrefix("::notice title=postplan%3A more findings than annotations::"))
        #expect(notice.contains("postplan found 12 errors; not annotated: 2 errors, since GitHub shows at most 10"))
    }

    @Test("when a notice about missing annotations is due, infos get nine notices so that it is shown")
    func noticeKeepsItsPlace() throws {
        let output = GitHubReporter().render(Self.report(ReportFixture.findings(10, .info) + ReportFixture.findings(11, .warning)))
        let lines = Self.lines(output)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 10)
        #expect(lines.filter { $0.hasPrefix("::notice file=") }.count == 9)
        #expect(try #require(lines.last).contains("postplan found 11 warnings, 10 infos; not annotated: 1 warning, 1 info,"))
    }

    @Test("the word that resumes commands appears nowhere in the findings, in any case")
    func stopToken() {
        #expect(GitHubReporter.stopToken(avoiding: "plain") == "postplan-findings")
        #expect(GitHubReporter.stopToken(avoiding: "::POSTPLAN-FINDINGS::") == "postplan-findings-1")
        #expect(GitHubReporter.stopToken(avoiding: "postplan-findings postplan-findings-1") == "postplan-findings-2")
    }

    @Test("hostile text cannot start a command: outside the stopped group every line is one of ours")
    func noInjectedCommands() throws {
        let output = GitHubReporter().render(ReportFixture.report)
        let lines = Self.lines(output)
        let start = try #require(lines.firstIndex { $0.hasPrefix("::stop-commands::") })
        let token = lines[start].dropFirst("::stop-commands::".count)
        let end = try #require(lines.firstIndex { $0 == "::\(token)::" })
        let outside = lines[..<start] + lines[(end + 1)...]
        let ours = ["::group::", "::endgroup::", "::error file=", "::warning file=", "::notice file="]
        for line in outside {
            #expect(ours.contains { line.hasPrefix($0) }, "unexpected line: \(line)")
        }
        #expect(outside.count == 2 + ReportFixture.diagnostics.count)
    }

    @Test("annotations name files relative to the repository, the log group as given")
    func paths() {
        let output = GitHubReporter().render(ReportFixture.report)
        #expect(output.contains("::error file=plans/q4.yaml,line=12,"))
        #expect(output.contains("\nq4.yaml:12:7: error: "))
    }

    @Test("the fixture report renders as the golden GitHub log")
    func golden() throws {
        try expectGolden(GitHubReporter().render(ReportFixture.report), named: "report.github.txt")
    }
}
