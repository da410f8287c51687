/// Examples of the story rules: stories only where the platform has them on that date, and
/// kept up no longer than it keeps them.
enum StoryRuleExamples {
    static let storyUnsupported = RuleExamples(
        triggering: [RuleExample(story(channel: "1️⃣acme-linkedin"))],
        nonTriggering: [RuleExample(story(channel: "acme-insta"))])

    static let storyExpiry = RuleExamples(
        triggering: [RuleExample(story(channel: "acme-insta", expires: "1️⃣48h"))],
        nonTriggering: [RuleExample(story(channel: "acme-insta", expires: "24h"))])

    static let storyTextOnly = RuleExamples(
        triggering: [RuleExample(story(channel: "acme-threads", media: "1️⃣"))],
        nonTriggering: [RuleExample(story(channel: "acme-threads", media: nil))])

    /// A story from the office, on the given channel: a LinkedIn page (LinkedIn retired
    /// stories on 2021-09-30) or an Instagram account.
    /// - Parameter media: the marker before its video, or nil for a text-only story.
    private static func story(channel: String, expires: String? = nil, media: String? = "") -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
          acme-insta: { platform: instagram, handle: acme }
          acme-threads: { platform: threads, handle: acme }
        items:
          - id: office-tour
            kind: story
            channels: [\(channel)]
            at: 2026-11-26 12:00
            text: A walk through the office.\(media.map { "\n    media: [\($0){ type: video, file: assets/office.mp4, alt: A walk through the office }]" } ?? "")\(expires.map { "\n    expires: \($0)" } ?? "")

        """
    }
}
