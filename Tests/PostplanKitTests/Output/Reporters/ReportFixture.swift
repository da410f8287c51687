import YAMLTree

@testable import PostplanKit

/// One report that exercises every reporter: each severity, related places, a finding with
/// no known position, a range over several lines, paths written three ways (relative to the
/// current folder, `./`, absolute) that the repository-relative style must unify, a
/// non-ASCII path with a space, and messages carrying text that every format must escape.
enum ReportFixture {
    static let errorRule = Rule(
        id: "fixture-error", category: .format, defaultSeverity: .error, summary: "A poll has 2 to 4 options.",
        rationale: "LinkedIn refuses a poll with fewer than 2 or more than 4 options; merge or drop options.")
    static let warningRule = Rule(
        id: "fixture-warning", category: .format, defaultSeverity: .warning, summary: "A channel's week is mostly promotion.",
        rationale: "A page that only promotes turns a dialogue channel into an ad channel.", options: WarningOptions.self)

    struct WarningOptions: RuleOptions {
        var maxShare = 30
        var minItems = 3

        static let declarations: [OptionDeclaration<Self>] = [
            .integer("max-share", \.maxShare, summary: "the highest share of promotion, in percent"),
            .integer("min-items", \.minItems, summary: "weeks with fewer items are not judged"),
        ]
    }
    static let infoRule = Rule(
        id: "fixture-info", category: .format, defaultSeverity: .info, summary: "A poll offers no \"Other, see comments\" option.")
    /// In force but never reported: SARIF must still describe it.
    static let quietRule = Rule(id: "fixture-quiet", category: .format, defaultSeverity: .warning, summary: "Never reported by the fixture.")

    static func range(_ path: String, _ line: Int, _ column: Int, to endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(path: path, span: Span(start: Position(line: line, column: column), end: Position(line: endLine, column: endColumn)))
    }

    static let diagnostics: [Diagnostic] = [
        Diagnostic(
            ruleID: infoRule.id, severity: .info,
            message: "bell \u{07} and a carriage\r\nreturn; ::error::injected ##[error]legacy",
            range: range("/repo/plans/q4.yaml", 20, 3, to: 20, 3)),
        Diagnostic(
            ruleID: errorRule.id, messageID: "fixture-error.misspelt", severity: .error,
            message: "unknown key 'a:b,c' in poll 'p%1'; did you mean 'options'?",
            range: range("q4.yaml", 12, 7, to: 12, 14),
            related: [Diagnostic.Related("first defined here, 100% sure: yes", at: range("../shared/channels.yaml", 4, 9, to: 4, 15))],
            fix: .replacing("a:b,c", at: range("q4.yaml", 12, 7, to: 12, 14), with: "options")),
        Diagnostic(
            ruleID: warningRule.id, severity: .warning,
            message: "line one\nline two with <script>alert(\"x\")</script> & 'quotes'",
            range: range("./café/ümlaut plan.yaml", 3, 1, to: 5, 2)),
        Diagnostic(
            ruleID: "fixture-undescribed", severity: .error, message: "the config file could not be read",
            range: range("/repo/.postplan.yml", 0, 0, to: 0, 0)),
    ]

    static let report = LintReport(
        diagnostics: diagnostics,
        files: ["q4.yaml", "./café/ümlaut plan.yaml", "clean.yaml", "/repo/plans/q4.yaml"],
        rules: [warningRule, errorRule, infoRule, quietRule],
        toolVersion: "1.2.0-beta.1+exp.sha.5114f85",
        pathStyle: .repositoryRelative(root: "/repo", currentDirectory: "/repo/plans"))

    /// A clean run over one file.
    static let clean = LintReport(diagnostics: [], files: ["plans/q4.yaml"], rules: [errorRule], toolVersion: "1.0.0")

    /// `count` findings of one severity, each on its own line of `plans/many.yaml`.
    static func findings(_ count: Int, _ severity: Severity) -> [Diagnostic] {
        (0..<count).map { index in
            Diagnostic(
                ruleID: "fixture-\(severity.rawValue)", severity: severity, message: "\(severity.rawValue) number \(index + 1)",
                range: range("plans/many.yaml", index + 1, 1, to: index + 1, 2))
        }
    }
}
