import Testing

@testable import PostplanKit

/// Mastodon's 500 with a content warning: a warning and a text exactly at the limit together,
/// and what one more character makes `text-length` say, and where.
struct WarningLimitCase: CustomTestStringConvertible, Sendable {
    let name: String
    let warning: String
    let atLimitText: String
    let message: String

    var testDescription: String { name }

    static let all: [WarningLimitCase] = [
        WarningLimitCase(
            name: "CJK graphemes", warning: repeated("寿", 100), atLimitText: repeated("寿", 400),
            message: "content warning and text are 501 of 500 graphemes on Mastodon ('masto'), which counts them together (warning 100, text 401)"),
        WarningLimitCase(
            name: "emoji ZWJ sequences are one grapheme each", warning: repeated(familyEmoji, 250), atLimitText: repeated(familyEmoji, 250),
            message: "content warning and text are 501 of 500 graphemes on Mastodon ('masto'), which counts them together (warning 250, text 251)"),
        WarningLimitCase(
            name: "a link in the warning counts in full, one in the text 23", warning: fortyCharacterURL,
            atLimitText: fortyCharacterURL + " " + repeated("a", 436),
            message: "content warning and text are 501 of 500 graphemes on Mastodon ('masto'), which counts them together (warning 40, text 461)"),
    ]
}

/// A post on the given channels under a content warning (both double-quoted), and a variant.
private func post(on channels: String, warning: String, text: String, variant: String? = nil) -> String {
    planOnEveryPlatform(
        """
          - id: finale-review
            kind: post
            channels: [\(channels)]
            at: 2026-11-25 10:00
            content-warning: "\(warning)"
            text: "\(text)"\(variant.map { "\n    variants:\n      \($0)" } ?? "")
        """)
}

/// A thread on one channel under a content warning, with the given parts (each one line).
private func warnedThread(on channel: String, warning: String = "Spoilers for the finale", parts: [String]) -> String {
    planOnEveryPlatform(
        """
          - id: finale-thread
            kind: thread
            channels: [\(channel)]
            at: 2026-11-25 10:00
            content-warning: \(warning)
            parts:
        \(parts.map { "      - \($0)" }.joined(separator: "\n"))
        """)
}

@Suite("Platform checks: Mastodon's limit with a content warning")
struct ContentWarningLimitTests {
    @Test("a warning and a text exactly at Mastodon's 500 together are within it", arguments: WarningLimitCase.all)
    func atLimit(_ limit: WarningLimitCase) throws {
        try expectFindings(post(on: "masto", warning: limit.warning, text: limit.atLimitText), [], stages: .checks)
    }

    @Test("one more character in the text is text-length, at the text's first character past the limit", arguments: WarningLimitCase.all)
    func oneOver(_ limit: WarningLimitCase) throws {
        try expectFindings(
            post(on: "masto", warning: limit.warning, text: limit.atLimitText + "1️⃣b"),
            [finding(TextLengthRule.description, at: "1️⃣", message: limit.message, "shorten them by 1")], stages: .checks)
    }

    @Test("a warning longer than the limit on its own is text-length, at the warning's first character past it")
    func warningAlone() throws {
        try expectFindings(
            post(on: "masto", warning: repeated("a", 500) + "1️⃣b", text: "Our review."),
            [finding(TextLengthRule.description, at: "1️⃣", message: "are 512 of 500 graphemes", "(warning 501, text 11)")], stages: .checks)
    }

    @Test("a text of 490 is within 500 under a warning of 10 and over it under one of 11, at its last character")
    func warningMakesTheDifference() throws {
        try expectFindings(post(on: "masto", warning: "Spoilers!!", text: repeated("a", 490)), [], stages: .checks)
        try expectFindings(
            post(on: "masto", warning: "Spoilers!!!", text: repeated("a", 489) + "1️⃣a"),
            [finding(TextLengthRule.description, at: "1️⃣", message: "are 501 of 500", "(warning 11, text 490)")], stages: .checks)
    }

    @Test("a variant's shorter warning on Mastodon is counted instead of the item's")
    func variantWarning() throws {
        try expectFindings(
            post(
                on: "masto", warning: repeated("a", 20), text: repeated("b", 490),
                variant: "masto: { content-warning: Spoilers }"),
            [], stages: .checks)
    }

    @Test("thread parts each exactly at 500 with the warning are within it")
    func threadPartsAtLimit() throws {
        let plan = warnedThread(on: "masto", parts: [repeated("寿", 477), repeated(familyEmoji, 477)])
        try expectFindings(plan, [], stages: .checks)
    }

    @Test("every part of a thread carries the warning, and the part that goes over with it is named")
    func threadPart() throws {
        let plan = warnedThread(on: "masto", parts: [repeated("a", 477), repeated("b", 477) + "1️⃣c"])
        try expectFindings(
            plan, [finding(TextLengthRule.description, at: "1️⃣", message: "content warning and part 2 of 2 are 501 of 500 graphemes")],
            stages: .checks)
    }
}

@Suite("Platform checks: content warnings where there are none")
struct ContentWarningUnsupportedTests {
    @Test(
        "a content warning on a platform without them is content-warning-unsupported, at the warning",
        arguments: ["li-page", "bsky", "x", "insta", "threads", "fb"])
    func unsupported(_ channel: String) throws {
        let plan = planOnEveryPlatform(
            """
              - id: finale-review
                kind: post
                channels: [\(channel)]
                at: 2026-11-25 10:00
                content-warning: 1️⃣Spoilers for the finale
                text: Our review of the season finale.
                media: [{ type: image, file: finale.png, alt: The finale's poster }]
            """)
        try expectFindings(
            plan,
            [
                finding(
                    ContentWarningUnsupportedRule.description, at: "1️⃣", message: "has no content warnings",
                    "opens with the warning and 'content-warning: \"\"'")
            ],
            stages: .checks)
    }

    @Test("a content warning on Mastodon and on a poll there is no finding")
    func mastodon() throws {
        let plan = planOnEveryPlatform(
            """
              - id: finale-poll
                kind: poll
                channels: [masto]
                at: 2026-11-25 10:00
                content-warning: Spoilers for the finale
                question: Did you see the twist coming?
                options: [Yes, No]
                duration: 1d
            """)
        try expectFindings(plan, [], stages: .checks)
    }

    @Test("a variant's empty warning leaves the channel without one, and a variant's own warning is the one pointed at")
    func variants() throws {
        try expectFindings(
            post(
                on: "masto, bsky", warning: "Spoilers for the finale", text: "Our review.",
                variant: "bsky: { text: \"Spoilers for the finale: our review.\", content-warning: \"\" }"),
            [], stages: .checks)
        try expectFindings(
            post(on: "masto, bsky", warning: "Spoilers for the finale", text: "Our review.", variant: "bsky: { content-warning: 1️⃣Spoilers }"),
            [finding(ContentWarningUnsupportedRule.description, at: "1️⃣", message: "Bluesky has no content warnings")], stages: .checks)
    }

    @Test("a thread with a warning on X is content-warning-unsupported, and the hint names its first part")
    func thread() throws {
        let plan = warnedThread(on: "x", warning: "1️⃣Spoilers for the finale", parts: ["Our review of the finale.", "What the twist means."])
        try expectFindings(
            plan, [finding(ContentWarningUnsupportedRule.description, at: "1️⃣", message: "a variant whose first part opens with the warning")],
            stages: .checks)
    }
}

@Suite("Decoding: content-warning")
struct ContentWarningDecodingTests {
    @Test("a story does not take a content warning: unknown-key, at the key")
    func story() throws {
        let plan = planOnEveryPlatform(
            """
              - id: finale-story
                kind: story
                channels: [insta]
                at: 2026-11-25 10:00
                media: [{ type: image, file: finale.png, alt: The finale's poster }]
                1️⃣content-warning: Spoilers
            """)
        try expectFindings(plan, [finding(UnknownKeyRule.description, at: "1️⃣", message: "content-warning")])
    }

    @Test("a content warning that is a list is wrong-type, at the list")
    func list() throws {
        let plan = planOnEveryPlatform(
            """
              - id: finale-review
                kind: post
                channels: [masto]
                at: 2026-11-25 10:00
                content-warning: 1️⃣[Spoilers, Finale]
                text: Our review.
            """)
        try expectFindings(plan, [finding(WrongTypeRule.description, at: "1️⃣", message: "content-warning")])
    }
}
