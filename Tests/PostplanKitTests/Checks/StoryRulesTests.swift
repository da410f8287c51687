import Testing

@testable import PostplanKit

@Suite("Platform checks: stories")
struct StoryRulesTests {
    @Test("a LinkedIn story on 2021-09-29, the last day of LinkedIn Stories, passes")
    func linkedInStoryOnLastDay() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: office
                    kind: story
                    channels: [li-page]
                    at: 2021-09-29 12:00
                    media: [{ type: video, file: office.mp4 }]
                """),
            [], stages: .checks)
    }

    @Test("a LinkedIn story on 2021-09-30 is story-unsupported at the channel reference, naming the date")
    func linkedInStoryAfterRetirement() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: office
                    kind: story
                    channels: [1️⃣li-page]
                    at: 2021-09-30 12:00
                    media: [{ type: video, file: office.mp4 }]
                """),
            [
                finding(
                    StoryUnsupportedRule.description, at: "1️⃣", message: "LinkedIn has no stories on 2021-09-30 (since 2021-09-30",
                    "publish 'office' as a post, or on a platform with stories")
            ],
            stages: .checks)
    }

    @Test("a story on X, which never had stories, is story-unsupported, and its media are not checked there")
    func xHasNoStories() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: office
                    kind: story
                    channels: [1️⃣x]
                    at: 2026-11-26 12:00
                    media: [{ type: document, file: office.pdf }]
                """),
            [finding(StoryUnsupportedRule.description, at: "1️⃣", message: "X has no stories on 2026-11-26; publish 'office' as a post")],
            stages: .checks)
    }

    @Test("an Instagram story that expires after 48h is story-expiry at the value")
    func instagramStoryExpiresTooLate() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: office
                    kind: story
                    channels: [insta]
                    at: 2026-11-26 12:00
                    expires: 1️⃣48h
                    media: [{ type: video, file: office.mp4 }]
                """),
            [
                finding(
                    StoryExpiryRule.description, at: "1️⃣", message: "Instagram keeps stories up for 24h; 'expires: 48h' is longer",
                    "post the content to the feed")
            ],
            stages: .checks)
    }

    @Test("an Instagram story that expires after 24h, or sooner, passes", arguments: ["24h", "1d", "12h"])
    func instagramStoryExpiresInTime(expires: String) throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: office
                    kind: story
                    channels: [insta]
                    at: 2026-11-26 12:00
                    expires: \(expires)
                    media: [{ type: video, file: office.mp4 }]
                """),
            [], stages: .checks)
    }

    @Test("an Instagram story without media is media-required exactly once, at the channel reference")
    func instagramStoryWithoutMedia() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: office
                    kind: story
                    channels: [1️⃣insta]
                    at: 2026-11-26 12:00
                    text: Behind the scenes today.
                """),
            [finding(MediaRequiredRule.description, at: "1️⃣", message: "Instagram", "add 'media' to 'office'")],
            stages: .checks)
    }

    @Test("a Facebook story without media is media-required, though Facebook posts need none")
    func facebookStoryWithoutMedia() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: office
                    kind: story
                    channels: [1️⃣fb]
                    at: 2026-11-26 12:00
                    text: Behind the scenes today.
                """),
            [finding(MediaRequiredRule.description, at: "1️⃣", message: "Facebook stories need an image or a video; add 'media' to 'office'")],
            stages: .checks)
    }

    @Test("a Facebook post without media passes")
    func facebookPostWithoutMedia() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: office
                    kind: post
                    channels: [fb]
                    at: 2026-11-26 12:00
                    text: Behind the scenes today.
                """),
            [], stages: .checks)
    }
}

@Suite("Platform checks: Threads ghost posts")
struct GhostPostTests {
    @Test("a text story on Threads (a ghost post) passes")
    func textGhostPost() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - { id: hot-take, kind: story, channels: [threads], at: 2026-11-26 12:00, text: "Today only: ask us anything." }
                """),
            [], stages: .checks)
    }

    @Test("a story with media on Threads is story-text-only at the first attachment")
    func ghostPostWithMedia() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: office
                    kind: story
                    channels: [threads]
                    at: 2026-11-26 12:00
                    text: A walk through the office.
                    media: [1️⃣{ type: video, file: office.mp4 }]
                """),
            [
                finding(
                    StoryTextOnlyRule.description, at: "1️⃣", message: "a story on Threads is a ghost post, text only",
                    "drop the media from 'office' or publish it as a post")
            ],
            stages: .checks)
    }

    @Test("a Threads story that asks to stay up 48 hours is story-expiry: ghost posts are archived after 24")
    func ghostPostExpiry() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - { id: hot-take, kind: story, channels: [threads], at: 2026-11-26 12:00, text: Ask us anything., expires: 1️⃣48h }
                """),
            [finding(StoryExpiryRule.description, at: "1️⃣", message: "Threads keeps stories up for 24h")],
            stages: .checks)
    }
}
