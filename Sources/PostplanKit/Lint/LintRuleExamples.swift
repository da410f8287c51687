/// Examples of the rules about suppression comments: a poll meant as a plain yes/no
/// question, whose missing "Other" option the team has chosen to keep.
enum LintRuleExamples {
    static let unknownRule = RuleExamples(
        triggering: [RuleExample(yesNoPoll(suppressing: "poll-other-options", marked: true))],
        nonTriggering: [RuleExample(yesNoPoll(suppressing: "poll-other-option"))])

    static let unusedSuppression = RuleExamples(
        triggering: [RuleExample(yesNoPoll(suppressing: "poll-other-option", otherOption: true, marked: true))],
        nonTriggering: [RuleExample(yesNoPoll(suppressing: "poll-other-option"))])

    /// A LinkedIn poll whose options line has a suppression comment above it (with a marker
    /// when `marked`).
    private static func yesNoPoll(suppressing rule: String, otherOption: Bool = false, marked: Bool = false) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
        items:
          - id: four-day-week
            kind: poll
            channels: [acme-linkedin]
            at: 2026-11-24 09:00
            question: Would your team try a four-day week?
            \(marked ? "1️⃣" : "")# postplan-disable-next-line \(rule) -- a yes/no question on purpose
            options: [Yes, No]\(otherOption ? "\n    other-option: true" : "")
            duration: 1w

        """
    }
}
