import Testing

@testable import PostplanKit

/// A post on `channels` whose `media:` lines (indented under the item) are `media`, under a
/// title (which a LinkedIn document needs).
private func post(channels: String, media: String) -> String {
    planOnEveryPlatform(
        """
          - id: launch
            kind: post
            channels: \(channels)
            at: 2026-11-25 10:00
            title: The week view
            text: The week view, live.
            media:
        \(media)
        """)
}

@Suite("Platform checks: media required and media types")
struct MediaRequiredTests {
    @Test("an Instagram post without media is media-required at the channel reference")
    func instagramPostWithoutMedia() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: launch
                    kind: post
                    channels: [li-page, 1️⃣insta]
                    at: 2026-11-25 10:00
                    text: The week view, live.
                """),
            [
                finding(
                    MediaRequiredRule.description, at: "1️⃣",
                    message: "every post on Instagram needs at least one image or video; add 'media' to 'launch'")
            ],
            stages: .checks)
    }

    @Test("an Instagram post with an image passes")
    func instagramPostWithImage() throws {
        try expectFindings(
            post(channels: "[insta]", media: "      - { type: image, file: week.png, alt: The week view }"),
            [], stages: .checks)
    }

    @Test("a document on X is media-type at its type")
    func documentOnX() throws {
        try expectFindings(
            post(channels: "[x]", media: "      - { type: 1️⃣document, file: brochure.pdf }"),
            [finding(MediaTypeRule.description, at: "1️⃣", message: "X does not take document attachments; it takes image, video, gif")],
            stages: .checks)
    }

    @Test("a document on LinkedIn passes")
    func documentOnLinkedIn() throws {
        try expectFindings(
            post(channels: "[li-page]", media: "      - { type: document, file: brochure.pdf }"),
            [], stages: .checks)
    }
}

@Suite("Platform checks: media count and combinations")
struct MediaCountTests {
    @Test("five images on X are media-count at the fifth")
    func fiveImagesOnX() throws {
        try expectFindings(
            post(
                channels: "[x]",
                media: """
                          - { type: image, file: 1.png }
                          - { type: image, file: 2.png }
                          - { type: image, file: 3.png }
                          - { type: image, file: 4.png }
                          - 1️⃣{ type: image, file: 5.png }
                    """),
            [
                finding(
                    MediaCountRule.description, at: "1️⃣", message: "post 'launch' on 'x' (X) has 5 attachments; X allows 4; drop 1 or split the post")
            ],
            stages: .checks)
    }

    @Test("four images on X pass")
    func fourImagesOnX() throws {
        try expectFindings(
            post(
                channels: "[x]",
                media: """
                          - { type: image, file: 1.png }
                          - { type: image, file: 2.png }
                          - { type: image, file: 3.png }
                          - { type: image, file: 4.png }
                    """),
            [], stages: .checks)
    }

    @Test("a video and an image on X are media-alone at the video")
    func videoWithImageOnX() throws {
        try expectFindings(
            post(
                channels: "[x]",
                media: """
                          - { type: image, file: still.png }
                          - 1️⃣{ type: video, file: tour.mp4 }
                    """),
            [
                finding(
                    MediaAloneRule.description, at: "1️⃣", message: "on X a video must be the only attachment, and 'launch' has 2; post it separately")
            ],
            stages: .checks)
    }

    @Test("a video alone on X passes")
    func videoAloneOnX() throws {
        try expectFindings(post(channels: "[x]", media: "      - { type: video, file: tour.mp4 }"), [], stages: .checks)
    }

    /// `count` image lines, the last marked when `marked`.
    private func images(_ count: Int, markingLast marked: Bool = false) -> String {
        (1...count).map { "      - \(marked && $0 == count ? "1️⃣" : ""){ type: image, file: \($0).png }" }.joined(separator: "\n")
    }

    @Test("twenty images on a LinkedIn page (a multi-image post) pass")
    func twentyImagesOnLinkedIn() throws {
        try expectFindings(post(channels: "[li-page]", media: images(20)), [], stages: .checks)
    }

    @Test("twenty-one images on LinkedIn are media-count at the 21st")
    func twentyOneImagesOnLinkedIn() throws {
        try expectFindings(
            post(channels: "[li-page]", media: images(21, markingLast: true)),
            [finding(MediaCountRule.description, at: "1️⃣", message: "has 21 attachments; LinkedIn allows 20")],
            stages: .checks)
    }

    @Test("a document and an image on LinkedIn are media-alone at the document: one document per post")
    func documentWithImageOnLinkedIn() throws {
        try expectFindings(
            post(
                channels: "[li-page]",
                media: """
                          - { type: image, file: cover.png }
                          - 1️⃣{ type: document, file: guide.pdf }
                    """),
            [finding(MediaAloneRule.description, at: "1️⃣", message: "on LinkedIn a document must be the only attachment")],
            stages: .checks)
    }
}

@Suite("Platform checks: alt text")
struct AltTextTests {
    @Test("an image without alt text on Bluesky is alt-text-required at the attachment")
    func blueskyImageWithoutAlt() throws {
        try expectFindings(
            post(channels: "[bsky]", media: "      - 1️⃣{ type: image, file: week.png }"),
            [finding(AltTextRequiredRule.description, at: "1️⃣", message: "Bluesky needs alt text on every image; add 'alt:'")],
            stages: .checks)
    }

    @Test("an image with an empty alt text on Bluesky is alt-text-required")
    func blueskyImageWithEmptyAlt() throws {
        try expectFindings(
            post(channels: "[bsky]", media: "      - 1️⃣{ type: image, file: week.png, alt: \"\" }"),
            [finding(AltTextRequiredRule.description, at: "1️⃣")],
            stages: .checks)
    }

    @Test("an image with alt text, and a video without, pass on Bluesky")
    func blueskyAltPresentOrNotNeeded() throws {
        try expectFindings(
            post(channels: "[bsky]", media: "      - { type: image, file: week.png, alt: The week view }"),
            [], stages: .checks)
        try expectFindings(
            post(channels: "[bsky]", media: "      - { type: video, file: tour.mp4 }"),
            [], stages: .checks)
    }

    @Test("an image without alt text on X passes: X does not require it")
    func xImageWithoutAlt() throws {
        try expectFindings(post(channels: "[x]", media: "      - { type: image, file: week.png }"), [], stages: .checks)
    }

    @Test("a 1001-character alt text on X is alt-text-length at its 1001st character")
    func xAltTooLong() throws {
        try expectFindings(
            post(channels: "[x]", media: "      - { type: image, file: week.png, alt: \(repeated("a", 1000))1️⃣b }"),
            [finding(AltTextLengthRule.description, at: "1️⃣", message: "alt text is 1001 characters; X allows 1000; shorten it")],
            stages: .checks)
    }

    @Test("a 1000-character alt text on X passes")
    func xAltWithin() throws {
        try expectFindings(
            post(channels: "[x]", media: "      - { type: image, file: week.png, alt: \(repeated("a", 1000)) }"),
            [], stages: .checks)
    }
}
