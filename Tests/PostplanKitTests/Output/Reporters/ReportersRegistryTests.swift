import Testing
import YAMLTree

@testable import PostplanKit

@Suite("Reporters: the registry and the report")
struct ReportersRegistryTests {
    @Test("the formats are text, json, github, sarif and junit, in that order")
    func formats() {
        #expect(Reporters.formats == ["text", "json", "github", "sarif", "junit"])
    }

    @Test("a format's name finds its reporter; an unknown name finds none")
    func named() {
        #expect(Reporters.named("sarif") is SARIFReporter)
        #expect(Reporters.named("text") is TextReporter)
        #expect(Reporters.named("xml") == nil)
        #expect(Reporters.named("SARIF") == nil, "format names are exact, as --format documents them")
    }

    @Test("every format explains itself in one line for --help")
    func purposes() {
        for reporter in Reporters.all {
            let purpose = type(of: reporter).purpose
            #expect(!purpose.isEmpty && !purpose.contains("\n"), "\(type(of: reporter).format)")
        }
    }

    @Test("every format renders the same report to the same bytes, ending in a line break")
    func deterministic() {
        for reporter in Reporters.all {
            let output = reporter.render(ReportFixture.report)
            #expect(output == reporter.render(ReportFixture.report), "\(type(of: reporter).format)")
            #expect(output.unicodeScalars.last == "\n", "\(type(of: reporter).format)")
        }
    }

    @Test("the report sorts its findings into reading order")
    func sortsDiagnostics() {
        #expect(ReportFixture.report.diagnostics == ReportFixture.diagnostics.sorted())
    }

    @Test("the report's rules are sorted by id, each once, with the rules its findings name")
    func rules() {
        let report = LintReport(
            diagnostics: ReportFixture.diagnostics, files: [],
            rules: [ReportFixture.warningRule, ReportFixture.errorRule, ReportFixture.warningRule, ReportFixture.infoRule],
            toolVersion: "1")
        #expect(report.rules.map(\.id) == ["fixture-error", "fixture-info", "fixture-undescribed", "fixture-warning"])
    }

    @Test("a rule configured to another severity keeps it in the report")
    func effectiveSeverity() {
        var raised = ReportFixture.infoRule
        raised.defaultSeverity = .error
        let report = LintReport(diagnostics: [], files: [], rules: [raised], toolVersion: "1")
        #expect(report.rules.first?.defaultSeverity == .error)
    }

    @Test("a finding of a known rule left out of the rules brings that rule's description")
    func knownRuleBroughtIn() throws {
        let rule = try #require(Rule.all.first)
        let finding = Diagnostic(rule, "m", at: ReportFixture.range("a.yaml", 1, 1, to: 1, 2))
        let report = LintReport(diagnostics: [finding], files: [], rules: [], toolVersion: "1")
        #expect(report.rules.map(\.id) == [rule.id])
        #expect(report.rules.first?.summary == rule.summary)
    }

    @Test("a finding of an unknown rule brings a rule described by its id, at the finding's severity")
    func unknownRuleDescribed() throws {
        let report = LintReport(diagnostics: [ReportFixture.diagnostics[3]], files: [], rules: [], toolVersion: "1")
        let rule = try #require(report.rules.first)
        #expect(rule.id == "fixture-undescribed")
        #expect(rule.defaultSeverity == .error)
        #expect(!rule.summary.isEmpty)
    }

    @Test("by default the rules in force are all of postplan's rules")
    func defaultRules() {
        let report = LintReport(diagnostics: [], files: [], toolVersion: "1")
        #expect(report.rules.map(\.id) == Set(Rule.all.map(\.id)).sorted())
    }

    @Test("displayed files are the checked files in the path style, each once, in the order given")
    func displayedFiles() {
        #expect(ReportFixture.report.displayedFiles == ["plans/q4.yaml", "plans/café/ümlaut plan.yaml", "plans/clean.yaml"])
    }

    @Test("displayed diagnostics rewrite the paths of findings and of their related places")
    func displayedDiagnostics() throws {
        let error = try #require(ReportFixture.report.displayedDiagnostics.first { $0.ruleID == "fixture-error" })
        #expect(error.range.path == "plans/q4.yaml")
        #expect(error.related.map(\.range.path) == ["shared/channels.yaml"])
    }
}
