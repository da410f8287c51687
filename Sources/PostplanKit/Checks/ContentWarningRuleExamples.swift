/// Examples of the content warning rules: a post with a content warning on Mastodon, which
/// shows it, and on Bluesky, which has none.
enum ContentWarningRuleExamples {
    static let contentWarningUnsupported = RuleExamples(
        triggering: [
            RuleExample(review(channels: "acme-mastodon, acme-bluesky", warning: "1️⃣Spoilers for the season finale")),
            RuleExample(
                review(
                    channels: "acme-mastodon, acme-bluesky", warning: "Spoilers for the season finale",
                    variant: "acme-bluesky: { content-warning: 1️⃣Finale spoilers }")),
        ],
        nonTriggering: [
            RuleExample(review(channels: "acme-mastodon", warning: "Spoilers for the season finale")),
            RuleExample(
                review(
                    channels: "acme-mastodon, acme-bluesky", warning: "Spoilers for the season finale",
                    variant:
                        "acme-bluesky: { text: \"Spoilers for the season finale: our review, https://acme.example/finale\", content-warning: \"\" }")),
        ])

    /// A review post under a content warning on the given channels, and a variant when given.
    private static func review(channels: String, warning: String, variant: String? = nil) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-mastodon: { platform: mastodon, handle: acme, instance: mastodon.social }
          acme-bluesky: { platform: bluesky, handle: acme.bsky.social }
        items:
          - id: finale-review
            kind: post
            channels: [\(channels)]
            at: 2026-11-26 12:00
            content-warning: \(warning)
            text: Our review of the season finale, and what the twist means for season two.
            checklist: [Reply to every comment within 24 hours]\(variant.map { "\n    variants:\n      \($0)" } ?? "")

        """
    }
}
