/// Examples of the video and aspect rules: a teaser video on X, a photo on Instagram and a
/// vertical video on YouTube, with the length and aspect the plan gives.
enum VideoRuleExamples {
    static let videoDuration = RuleExamples(
        triggering: [RuleExample(teaser(duration: "1️⃣2m21s"))],
        nonTriggering: [RuleExample(teaser(duration: "140s"))])

    static let mediaAspect = RuleExamples(
        triggering: [RuleExample(photo(aspect: "1️⃣9:16"))],
        nonTriggering: [RuleExample(photo(aspect: "4:5"))])

    static let shortDuration = RuleExamples(
        triggering: [RuleExample(short(duration: "1️⃣3m1s"))],
        nonTriggering: [RuleExample(short(duration: "3m"))])

    private static func teaser(duration: String) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-x: { platform: x }
        items:
          - id: planner-teaser
            kind: post
            channels: [acme-x]
            at: 2026-12-09 09:00
            text: Two minutes with the new planner.
            media: [{ type: video, file: assets/teaser.mp4, alt: The planner in use, duration: \(duration) }]

        """
    }

    private static func photo(aspect: String) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-instagram: { platform: instagram }
        items:
          - id: team-photo
            kind: post
            channels: [acme-instagram]
            at: 2026-12-09 09:00
            text: The team behind the planner.
            media: [{ type: image, file: assets/team.jpg, alt: Five people at a table, aspect: \(aspect) }]

        """
    }

    private static func short(duration: String) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-youtube: { platform: youtube, account: channel }
        items:
          - id: planner-short
            kind: post
            channels: [acme-youtube]
            at: 2026-12-09 09:00
            title: The planner in three minutes
            text: A quick tour of the new planner.
            media: [{ type: video, file: assets/tour.mp4, aspect: 9:16, duration: \(duration) }]

        """
    }
}
