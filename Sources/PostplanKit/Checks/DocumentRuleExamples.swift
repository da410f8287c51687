/// Examples of the document rules: a LinkedIn document post (a PDF guide) with its pages and
/// size as the plan gives them.
enum DocumentRuleExamples {
    static let documentFormat = RuleExamples(
        triggering: [RuleExample(guide(file: "1️⃣assets/planning-guide.key"))],
        nonTriggering: [RuleExample(guide())])

    static let documentPages = RuleExamples(
        triggering: [RuleExample(guide(pages: "1️⃣301"))],
        nonTriggering: [RuleExample(guide(pages: "300"))])

    static let documentSize = RuleExamples(
        triggering: [RuleExample(guide(size: "1️⃣120MB"))],
        nonTriggering: [RuleExample(guide(size: "100MB"))])

    private static func guide(file: String = "assets/planning-guide.pdf", pages: String = "24", size: String = "8MB") -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
        items:
          - id: planning-guide
            kind: post
            channels: [acme-linkedin]
            at: 2026-12-09 09:00
            title: The quarter-planning guide
            text: Our guide to planning a quarter of posts in one afternoon.
            media: [{ type: document, file: \(file), pages: \(pages), size: \(size) }]

        """
    }
}
