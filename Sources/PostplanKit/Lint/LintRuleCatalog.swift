/// Rules about the lint configuration and the suppression comments themselves.
enum UnknownRuleRule: RuleDefinition {
    static let description = Rule(
        id: "unknown-rule", category: .lint, defaultSeverity: .error,
        summary: "A config file or a suppression comment names a rule id postplan does not have.",
        rationale: "A misspelt id silently configures or suppresses nothing. Use the ids `postplan rules` lists.",
        examples: LintRuleExamples.unknownRule)

    /// A rule id in a config file; `hint` is a "did you mean", or empty.
    static func notARule(_ id: String, hint: String) -> Diagnostic.Message {
        message("not-a-rule", "'\(id)' is not a postplan rule" + (hint.isEmpty ? "; 'postplan rules' lists them" : hint))
    }

    static func notARule(_ id: String, in directive: String, hint: String) -> Diagnostic.Message {
        message("not-a-rule-in-comment", "'\(id)' in '\(directive)' is not a postplan rule\(hint)")
    }

    static func notADirective(_ directive: String, hint: String) -> Diagnostic.Message {
        message("not-a-directive", "'\(directive)' is not a postplan directive\(hint)")
    }

    static func noRuleNamed(in directive: String) -> Diagnostic.Message {
        message(
            "no-rule-named", "'\(directive)' names no rule; add the ids of the rules to suppress, like '\(directive) promotion-share -- reason'")
    }
}

enum UnusedSuppressionRule: RuleDefinition {
    static let description = Rule(
        id: "unused-suppression", category: .lint, defaultSeverity: .warning,
        summary: "A `# postplan-disable...` comment suppresses no finding; remove it.",
        rationale: """
            A suppression that no longer suppresses anything hides the next real finding in its \
            range. Remove it once the problem it was written for is fixed.
            """,
        examples: LintRuleExamples.unusedSuppression)

    static func suppressesNothing(_ ruleID: String) -> Diagnostic.Message {
        message("suppresses-nothing", "this comment suppresses '\(ruleID)', but no '\(ruleID)' finding is in its range; remove it")
    }
}
