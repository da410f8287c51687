/// Examples of the live event rules: live events where the platform hosts them, and a
/// LinkedIn Live title within 75 characters.
enum LiveRuleExamples {
    static let liveUnsupported = RuleExamples(
        triggering: [RuleExample(live(channel: "1️⃣acme-bluesky"))],
        nonTriggering: [RuleExample(live(channel: "acme-linkedin"))])

    static let liveTitleLength = RuleExamples(
        triggering: [
            RuleExample(live(channel: "acme-linkedin", title: "Planning a launch without burning out your team: a live Q&A with the whole 1️⃣team"))
        ],
        nonTriggering: [RuleExample(live(channel: "acme-linkedin", title: "Planning a launch without burning out your team"))])

    /// A live event of 90 minutes on the given channel: a LinkedIn page or a Bluesky account.
    private static func live(channel: String, title: String = "Planning a launch, live") -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
          acme-bluesky: { platform: bluesky, handle: acme.bsky.social }
        items:
          - id: launch-live
            kind: live
            channels: [\(channel)]
            at: 2026-12-10 18:00
            duration: 90m
            title: "\(title)"
            text: Join us live for questions about planning a launch.
            checklist: [Reply to every comment within 24 hours]

        """
    }
}
