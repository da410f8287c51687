/// Examples of the title rules: a YouTube video whose title is there, short enough and free
/// of `<` and `>`.
enum TitleRuleExamples {
    static let titleRequired = RuleExamples(
        triggering: [RuleExample(video(title: nil, channel: "1️⃣"))],
        nonTriggering: [RuleExample(video(title: "Plan a quarter in one afternoon")), RuleExample(communityPost)])

    static let titleLength = RuleExamples(
        triggering: [RuleExample(video(title: String(repeating: "Plan a quarter ", count: 6) + "in one aft1️⃣ernoon"))],
        nonTriggering: [RuleExample(video(title: "Plan a quarter in one afternoon"))])

    static let titleCharacter = RuleExamples(
        triggering: [RuleExample(video(title: "Planner 1️⃣<3 teams"))],
        nonTriggering: [RuleExample(video(title: "Planner loves teams"))])

    /// A YouTube community post: a post with neither media nor a title, which needs neither.
    static let communityPost = """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-youtube: { platform: youtube, account: channel }
        items:
          - id: planner-question
            kind: post
            channels: [acme-youtube]
            at: 2026-12-09 17:00
            text: Which view do you plan your week in? Tell us below.

        """

    /// A video on a YouTube channel, with `title` (or none), the channel reference marked
    /// with `channel`.
    private static func video(title: String?, channel marker: String = "") -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-youtube: { platform: youtube, account: channel }
        items:
          - id: planner-tour
            kind: post
            channels: [\(marker)acme-youtube]
            at: 2026-12-08 17:00\(title.map { "\n    title: \"\($0)\"" } ?? "")
            text: A two-minute tour of the planner.
            media: [{ type: video, file: assets/planner-tour.mp4 }]

        """
    }
}
