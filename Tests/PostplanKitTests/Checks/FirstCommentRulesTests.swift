import Testing

@testable import PostplanKit

/// Each platform's limit for a first comment, with CJK, emoji ZWJ sequences and links.
extension LimitCase {
    static let firstComments: [LimitCase] = [
        LimitCase(
            name: "LinkedIn, CJK graphemes", channel: "li-page", atLimit: repeated("寿", 1_250), oneMore: "a",
            message: "first comment is 1251 of 1250 graphemes on LinkedIn ('li-page')"),
        LimitCase(
            name: "LinkedIn, an emoji ZWJ sequence is one grapheme", channel: "li-profile", atLimit: repeated(familyEmoji, 1_250), oneMore: "a",
            message: "first comment is 1251 of 1250 graphemes on LinkedIn ('li-profile')"),
        LimitCase(
            name: "LinkedIn, a link counts in full", channel: "li-page", atLimit: fortyCharacterURL + " " + repeated("a", 1_209), oneMore: "b",
            message: "first comment is 1251 of 1250 graphemes on LinkedIn ('li-page')"),
        LimitCase(
            name: "X, CJK (each weighs 2)", channel: "x", atLimit: repeated("寿", 140), oneMore: "a",
            message: "first comment is 281 of 280 weighted characters on X ('x')"),
        LimitCase(
            name: "X, emoji ZWJ sequences (each weighs 2)", channel: "x", atLimit: repeated(familyEmoji, 140), oneMore: "a",
            message: "first comment is 281 of 280 weighted characters on X ('x')"),
        LimitCase(
            name: "Bluesky, CJK graphemes", channel: "bsky", atLimit: repeated("寿", 300), oneMore: "a",
            message: "first comment is 301 of 300 graphemes on Bluesky ('bsky')"),
        LimitCase(
            name: "Bluesky, emoji ZWJ sequences against 3,000 bytes", channel: "bsky", atLimit: repeated(familyEmoji, 120), oneMore: "a",
            message: "first comment is 3001 of 3000 UTF-8 bytes on Bluesky ('bsky')"),
        LimitCase(
            name: "Threads, CJK", channel: "threads", atLimit: repeated("寿", 500), oneMore: "a",
            message: "first comment is 501 of 500 characters"),
        LimitCase(
            name: "Mastodon, a link counts 23", channel: "masto", atLimit: fortyCharacterURL + " " + repeated("a", 476), oneMore: "b",
            message: "first comment is 501 of 500 graphemes on Mastodon ('masto')"),
    ]
}

/// A post on one channel whose first comment is `comment` (double-quoted).
private func post(on channel: String, comment: String) -> String {
    planOnEveryPlatform(
        """
          - id: launch-post
            kind: post
            channels: [\(channel)]
            at: 2026-11-25 10:00
            text: Acme Planner is live. The link is in the first comment.
            first-comment: "\(comment)"
        """)
}

@Suite("Platform checks: first comment limits")
struct FirstCommentLimitTests {
    @Test("a first comment at exactly its platform's comment limit is within it", arguments: LimitCase.firstComments)
    func atLimit(_ limit: LimitCase) throws {
        try limit.expectWithin { post(on: limit.channel, comment: $0) }
    }

    @Test("a first comment one over its platform's limit is first-comment-length, at its first character past it", arguments: LimitCase.firstComments)
    func oneOver(_ limit: LimitCase) throws {
        try limit.expectOneOver(FirstCommentLengthRule.description, advice: "its own 'first-comment' under 'variants'") {
            post(on: limit.channel, comment: $0)
        }
    }
}

@Suite("Platform checks: first comments")
struct FirstCommentRulesTests {
    @Test("a comment of 1,251 characters is over LinkedIn's comment limit and within Facebook's")
    func perPlatform() throws {
        // 1,251 characters: over LinkedIn's 1,250, far within Facebook's 8,000.
        try expectFindings(
            post(on: "li-page, fb", comment: repeated("a", 1_250) + "1️⃣b"),
            [finding(FirstCommentLengthRule.description, at: "1️⃣", message: "first comment is 1251 of 1250 graphemes on LinkedIn ('li-page')")],
            stages: .checks)
    }

    @Test("a variant's first comment is checked on its channel, the item's on the others")
    func variant() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: launch-post
                    kind: post
                    channels: [x, bsky]
                    at: 2026-11-25 10:00
                    text: Acme Planner is live.
                    first-comment: "\(repeated("a", 300))1️⃣b"
                    variants:
                      x: { first-comment: "\(repeated("寿", 140))2️⃣a" }
                """),
            [
                finding(FirstCommentLengthRule.description, at: "1️⃣", message: "first comment is 301 of 300 graphemes on Bluesky ('bsky')"),
                finding(FirstCommentLengthRule.description, at: "2️⃣", message: "first comment is 281 of 280 weighted characters on X ('x')"),
            ],
            stages: .checks)
    }

    @Test("a poll's and a thread's first comments are checked like a post's")
    func pollAndThread() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: tool-poll
                    kind: poll
                    channels: [li-page]
                    at: 2026-11-25 10:00
                    question: Which planning tool do you use?
                    options: [Spreadsheets, A calendar app]
                    duration: 1w
                    first-comment: "\(repeated("a", 1_250))1️⃣b"
                  - id: launch-thread
                    kind: thread
                    channels: [masto]
                    at: 2026-11-26 10:00
                    parts: [Acme Planner is live., It checks every post.]
                    first-comment: "\(repeated("a", 500))2️⃣b"
                """),
            [
                finding(FirstCommentLengthRule.description, at: "1️⃣", message: "first comment is 1251 of 1250 graphemes on LinkedIn"),
                finding(FirstCommentLengthRule.description, at: "2️⃣", message: "first comment is 501 of 500 graphemes on Mastodon"),
            ],
            stages: .checks)
    }

    @Test("a thread where threads do not exist reports that alone: its first comment is not checked there")
    func unsupportedThread() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: launch-thread
                    kind: thread
                    channels: [1️⃣li-page]
                    at: 2026-11-26 10:00
                    parts: [Acme Planner is live., It checks every post.]
                    first-comment: "\(repeated("a", 1_300))"
                """),
            [finding(ThreadUnsupportedRule.description, at: "1️⃣", message: "LinkedIn has no threads of posts")],
            stages: .checks)
    }

    @Test("a story takes no first comment: unknown-key at the key, naming the kinds that take one")
    func notOnStories() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: story
                    channels: [insta]
                    at: 2026-11-26 10:00
                    media: [{ type: image, file: teaser.png, alt: The teaser }]
                    1️⃣first-comment: See the link in our bio.
                """),
            [finding(UnknownKeyRule.description, at: "1️⃣", message: "first-comment", "posts and polls and threads")])
    }

    @Test("a story's variant takes no first comment either: unknown-key at the key, naming where it belongs")
    func notInStoryVariants() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: story
                    channels: [insta]
                    at: 2026-11-26 10:00
                    media: [{ type: image, file: teaser.png, alt: The teaser }]
                    variants:
                      insta: { 1️⃣first-comment: See the link in our bio. }
                """),
            [finding(UnknownKeyRule.description, at: "1️⃣", message: "first-comment", "the variants of posts and polls and threads")])
    }

    @Test("a first comment that is not a text is wrong-type at its value")
    func notAText() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: launch-post
                    kind: post
                    channels: [li-page]
                    at: 2026-11-25 10:00
                    text: Acme Planner is live.
                    first-comment: 1️⃣[Read more, here]
                """),
            [finding(WrongTypeRule.description, at: "1️⃣", message: "first-comment")])
    }
}
