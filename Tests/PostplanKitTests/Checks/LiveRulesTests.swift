import Testing

@testable import PostplanKit

/// A live event on one channel with the given title and extra keys.
private func live(on channel: String, title: String = "Planning a launch, live", _ extra: String = "duration: 90m") -> String {
    planOnEveryPlatform(
        """
          - id: launch-live
            kind: live
            channels: [\(channel)]
            at: 2026-12-10 18:00
            title: "\(title)"
            text: We plan a quarter of posts live and answer your questions.
            \(extra)
        """)
}

@Suite("Platform checks: live events")
struct LiveRulesTests {
    @Test("a live event where the platform hosts none is live-unsupported at the channel", arguments: ["bsky", "masto", "threads"])
    func unsupported(_ channel: String) throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: launch-live
                    kind: live
                    channels: [x, 1️⃣\(channel)]
                    at: 2026-12-10 18:00
                    title: Planning a launch, live
                    duration: 1h
                """),
            [finding(LiveUnsupportedRule.description, at: "1️⃣", message: "hosts no live events", "announce it on '\(channel)' with a post")],
            stages: .checks)
    }

    @Test("a live event on LinkedIn, X or Facebook is within the rules", arguments: ["li-page", "li-profile", "x", "fb"])
    func supported(_ channel: String) throws {
        try expectFindings(live(on: channel), [], stages: .checks)
    }

    @Test("a LinkedIn Live title of exactly 75 characters (CJK or emoji ZWJ sequences) is within the limit", arguments: ["寿", familyEmoji])
    func titleAtLimit(_ character: String) throws {
        try expectFindings(live(on: "li-page", title: repeated(character, 75)), [], stages: .checks)
    }

    @Test("a LinkedIn Live title of 76 characters is live-title-length at its 76th character")
    func titleOneOver() throws {
        try expectFindings(
            live(on: "li-page", title: repeated("a", 75) + "1️⃣b"),
            [
                finding(
                    LiveTitleLengthRule.description, at: "1️⃣", message: "live event title is 76 of 75 graphemes on LinkedIn ('li-page')",
                    "shorten it by 1")
            ],
            stages: .checks)
    }

    @Test("X has no title limit for a Space in its profile: a long title is not checked there")
    func noTitleLimitOnX() throws {
        try expectFindings(live(on: "x", title: repeated("a", 200)), [], stages: .checks)
    }
}

/// A YouTube Live broadcast on a YouTube channel with the given title, and no media: its
/// recording is the video, which does not exist before it runs.
private func youTubeLive(title: String) -> String {
    """
    postplan: 1
    channels:
      yt: { platform: youtube, account: channel }
    items:
      - id: launch-live
        kind: live
        channels: [yt]
        at: 2026-12-10 18:00
        duration: 1h
        title: "\(title)"
        text: We plan a quarter of posts live and answer your questions.

    """
}

@Suite("Platform checks: YouTube Live")
struct YouTubeLiveTests {
    @Test("a YouTube live event without media, with a 100-character title, passes: media-required asks the kind")
    func validBroadcast() throws {
        try expectFindings(youTubeLive(title: repeated("計", 50) + repeated("a", 50)), [], stages: .checks)
    }

    @Test("a 101-character YouTube live title is one live-title-length finding at its 101st character, not also title-length")
    func titleOneOver() throws {
        try expectFindings(
            youTubeLive(title: familyEmoji + repeated("a", 99) + "1️⃣b"),
            [
                finding(
                    LiveTitleLengthRule.description, at: "1️⃣", message: "live event title is 101 of 100 graphemes on YouTube ('yt')",
                    "shorten it by 1")
            ],
            stages: .checks)
    }

    @Test("a '>' in a YouTube live title is title-character at the '>', through live.title-forbidden-characters")
    func angleBracketInTitle() throws {
        try expectFindings(
            youTubeLive(title: "Planner 1️⃣> spreadsheets, live"),
            [finding(TitleCharacterRule.description, at: "1️⃣", message: "the title contains U+003E, which YouTube rejects in titles")],
            stages: .checks)
    }

    @Test("a LinkedIn Live title with '<' passes: LinkedIn states no live title characters")
    func angleBracketOnLinkedIn() throws {
        try expectFindings(live(on: "li-page", title: "Planner <3 teams, live"), [], stages: .checks)
    }
}

@Suite("Plan format: live events")
struct LiveDecodingTests {
    @Test("a live event without a title or a duration is missing-field for each, at the item")
    func required() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - 1️⃣id: launch-live
                    kind: live
                    channels: [li-page]
                    at: 2026-12-10 18:00
                """),
            [
                finding(MissingFieldRule.description, at: "1️⃣", message: "title"),
                finding(MissingFieldRule.description, at: "1️⃣", message: "duration"),
            ])
    }

    @Test("a duration written 1h30m is invalid-duration at its value, saying the form", arguments: ["1h30m", "an hour", "0m"])
    func badDuration(_ written: String) throws {
        try expectFindings(
            live(on: "li-page", "duration: 1️⃣\(written)"),
            [finding(InvalidDurationRule.description, at: "1️⃣", message: "'\(written)'")])
    }

    @Test("an announce lead or a reminder that is no duration is invalid-duration at it")
    func badLeads() throws {
        try expectFindings(
            live(on: "li-page", "duration: 90m\n    announce: 1️⃣a week\n    reminders: [1d, 2️⃣soon]"),
            [
                finding(InvalidDurationRule.description, at: "1️⃣", message: "'a week'"),
                finding(InvalidDurationRule.description, at: "2️⃣", message: "'soon'"),
            ])
    }

    @Test("reminders that are not a list are wrong-type at the value")
    func remindersNotAList() throws {
        try expectFindings(
            live(on: "li-page", "duration: 90m\n    reminders: 1️⃣1d"),
            [finding(WrongTypeRule.description, at: "1️⃣", message: "reminders")])
    }

    @Test("a live event cannot repeat: at-or-repeat at the repeat key")
    func cannotRepeat() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - 2️⃣id: launch-live
                    kind: live
                    channels: [li-page]
                    title: Office hours
                    duration: 1h
                    1️⃣repeat: { every: week, at: "18:00", from: 2026-12-10 }
                """),
            [
                finding(AtOrRepeatRule.description, at: "1️⃣", message: "plan each session as an item of its own"),
                finding(MissingFieldRule.description, at: "2️⃣", message: "'at'"),
            ])
    }
}
