/// Rules about the lint configuration and the suppression comments themselves.
extension Rule {
    public static let unknownRule = Rule(
        id: "unknown-rule", defaultSeverity: .error,
        summary: "A config file or a suppression comment names a rule id postplan does not have.",
        rationale: "A misspelt id silently configures or suppresses nothing. Use the ids `postplan rules` lists.",
        examples: LintRuleExamples.unknownRule)
    public static let unusedSuppression = Rule(
        id: "unused-suppression", defaultSeverity: .warning,
        summary: "A `# postplan-disable...` comment suppresses no finding; remove it.",
        rationale: """
            A suppression that no longer suppresses anything hides the next real finding in its \
            range. Remove it once the problem it was written for is fixed.
            """,
        examples: LintRuleExamples.unusedSuppression)

    static let lintRules: [Rule] = [.unknownRule, .unusedSuppression]
}
