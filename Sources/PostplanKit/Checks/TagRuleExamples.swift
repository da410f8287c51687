/// Examples of the tag rule: a YouTube video's tags, 500 characters together at most.
enum TagRuleExamples {
    static let tagsLength = RuleExamples(
        triggering: [RuleExample(video(tags: ["planning", String(repeating: "p", count: 490), "1️⃣calendar"]))],
        nonTriggering: [RuleExample(video(tags: ["planning", "social media", "content calendar"]))])

    private static func video(tags: [String]) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-youtube: { platform: youtube, account: channel }
        items:
          - id: planner-tour
            kind: post
            channels: [acme-youtube]
            at: 2026-12-08 17:00
            title: A tour of the planner
            text: A two-minute tour of the planner.
            media: [{ type: video, file: assets/planner-tour.mp4 }]
            tags: [\(tags.joined(separator: ", "))]

        """
    }
}
