/// Examples of the thread rules: threads only where the platform has reply chains, and a
/// first part that stands alone.
enum ThreadRuleExamples {
    static let threadUnsupported = RuleExamples(
        triggering: [RuleExample(thread(channel: "1️⃣acme-linkedin"))],
        nonTriggering: [RuleExample(thread(channel: "acme-bluesky"))])

    static let threadFirstPart = RuleExamples(
        triggering: [
            RuleExample(opening("\"What a year of planning taught us, a thread 1️⃣1/\"")),
            RuleExample(opening("\"What a year of planning taught us1️⃣:\"")),
            RuleExample(opening("1️⃣https://acme.example/blog/a-year-of-planning")),
            RuleExample(
                opening(
                    "We plan a quarter of posts in one afternoon now.",
                    variant: "acme-x: { parts: [\"A thread on planning 1️⃣(1/2)\", \"It takes one afternoon.\"] }")),
        ],
        nonTriggering: [
            RuleExample(opening("\"1/ We plan a quarter of posts in one afternoon now; here is how.\"")),
            RuleExample(opening("\"Read why we plan in one afternoon: https://acme.example/blog\"")),
        ])

    /// A thread on X and Bluesky whose first part is `first`, and a variant when given.
    private static func opening(_ first: String, variant: String? = nil) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-x: { platform: x, handle: acme }
          acme-bluesky: { platform: bluesky, handle: acme.bsky.social }
        items:
          - id: year-thread
            kind: thread
            channels: [acme-x, acme-bluesky]
            at: 2026-11-26 12:00
            checklist: [Reply to every comment within 24 hours]
            parts:
              - \(first)
              - We used to spend a week on it. Now the tool checks every post for us.\(variant.map { "\n    variants:\n      \($0)" } ?? "")

        """
    }

    /// A launch thread of three parts on the given channel: a LinkedIn page (no threads) or a
    /// Bluesky account.
    private static func thread(channel: String) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
          acme-bluesky: { platform: bluesky, handle: acme.bsky.social }
        items:
          - id: launch-thread
            kind: thread
            channels: [\(channel)]
            at: 2026-11-26 12:00
            parts:
              - Acme Planner is live. Three things it does that we missed in every other tool.
              - It checks each post against its platform's rules before it goes out.
              - And it writes the week's calendar for you. What should it do next?

        """
    }
}
