/// Examples of the media rules: what a platform takes, how many, in which combinations, and
/// with which alt text.
enum MediaRuleExamples {
    static let mediaRequired = RuleExamples(
        triggering: [RuleExample(post(channel: "1️⃣acme-insta", media: nil))],
        nonTriggering: [
            RuleExample(post(channel: "acme-insta", media: "[{ type: image, file: assets/week.png, alt: The week view }]")),
            RuleExample(TitleRuleExamples.communityPost),
        ])

    static let mediaType = RuleExamples(
        triggering: [RuleExample(post(media: "[{ type: 1️⃣document, file: assets/guide.pdf }]"))],
        nonTriggering: [RuleExample(post(media: "[{ type: image, file: assets/guide-cover.png, alt: The guide's cover }]"))])

    static let mediaCount = RuleExamples(
        triggering: [RuleExample(post(media: images(5, markingThe: 5)))],
        nonTriggering: [RuleExample(post(media: images(4)))])

    static let mediaAlone = RuleExamples(
        triggering: [
            RuleExample(post(media: "[{ type: image, file: assets/week.png, alt: The week view }, 1️⃣{ type: video, file: assets/tour.mp4 }]"))
        ],
        nonTriggering: [RuleExample(post(media: "[{ type: video, file: assets/tour.mp4 }]"))])

    static let altTextRequired = RuleExamples(
        triggering: [RuleExample(post(channel: "acme-bluesky", media: "[1️⃣{ type: image, file: assets/week.png }]"))],
        nonTriggering: [
            RuleExample(post(channel: "acme-bluesky", media: "[{ type: image, file: assets/week.png, alt: The week view of Acme Planner }]"))
        ])

    static let altTextLength = RuleExamples(
        triggering: [RuleExample(post(media: "[{ type: image, file: assets/week.png, alt: \"\(longAlt.inserting("1️⃣", at: 1000))\" }]"))],
        nonTriggering: [RuleExample(post(media: "[{ type: image, file: assets/week.png, alt: The week view with a post or poll on each weekday }]"))])

    /// An alt text that reads out a whole week, 1,060 characters: beyond X's 1,000.
    private static let longAlt = String(repeating: "Monday: a poll. Tuesday: a post. Wednesday: a story. ", count: 20)

    /// `count` images as a block list, the one at `marked` (1-based) with a marker.
    private static func images(_ count: Int, markingThe marked: Int? = nil) -> String {
        (1...count).map { "\n      - \($0 == marked ? "1️⃣" : ""){ type: image, file: assets/step-\($0).png, alt: Step \($0) }" }.joined()
    }

    /// A post on the given channel (X unless said otherwise).
    private static func post(channel: String = "acme-x", media: String?) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-x: { platform: x, handle: acme }
          acme-bluesky: { platform: bluesky, handle: acme.bsky.social }
          acme-insta: { platform: instagram, handle: acme }
        items:
          - id: week-view
            kind: post
            channels: [\(channel)]
            at: 2026-11-24 09:00
            text: The week view, one glance per channel.\(media.map { "\n    media:\($0.hasPrefix("\n") ? "" : " ")\($0)" } ?? "")

        """
    }
}
