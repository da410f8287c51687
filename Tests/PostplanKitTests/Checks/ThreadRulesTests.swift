import Testing

@testable import PostplanKit

/// Each thread platform's per-post limit for a part, with CJK, emoji ZWJ sequences and links.
extension LimitCase {
    static let threadParts: [LimitCase] = [
        LimitCase(
            name: "X, CJK (each weighs 2)", channel: "x", atLimit: repeated("寿", 140), oneMore: "a",
            message: "part 2 of 3 is 281 of 280 weighted characters on X ('x')"),
        LimitCase(
            name: "X, emoji ZWJ sequences (each weighs 2)", channel: "x", atLimit: repeated(familyEmoji, 140), oneMore: "a",
            message: "part 2 of 3 is 281 of 280 weighted characters on X ('x')"),
        LimitCase(
            name: "X, a link counts 23", channel: "x", atLimit: xCountedURL + " " + repeated("a", 256), oneMore: "b",
            message: "part 2 of 3 is 281 of 280 weighted characters on X ('x')"),
        LimitCase(
            name: "Bluesky, CJK graphemes", channel: "bsky", atLimit: repeated("寿", 300), oneMore: "a",
            message: "part 2 of 3 is 301 of 300 graphemes on Bluesky ('bsky')"),
        LimitCase(
            name: "Bluesky, emoji ZWJ sequences against 3,000 bytes", channel: "bsky", atLimit: repeated(familyEmoji, 120), oneMore: "a",
            message: "part 2 of 3 is 3001 of 3000 UTF-8 bytes on Bluesky ('bsky')"),
        LimitCase(
            name: "Bluesky, a link counts in full", channel: "bsky", atLimit: fortyCharacterURL + " " + repeated("a", 259), oneMore: "b",
            message: "part 2 of 3 is 301 of 300 graphemes on Bluesky ('bsky')"),
        LimitCase(
            name: "Threads, CJK graphemes", channel: "threads", atLimit: repeated("寿", 500), oneMore: "a",
            message: "part 2 of 3 is 501 of 500 characters"),
        LimitCase(
            name: "Threads, an emoji counts its bytes", channel: "threads", atLimit: repeated(familyEmoji, 20), oneMore: "a",
            message: "part 2 of 3 is 501 of 500"),
        LimitCase(
            name: "Threads, a link counts in full", channel: "threads", atLimit: fortyCharacterURL + " " + repeated("a", 459), oneMore: "b",
            message: "part 2 of 3 is 501 of 500"),
        LimitCase(
            name: "Mastodon, CJK graphemes", channel: "masto", atLimit: repeated("寿", 500), oneMore: "a",
            message: "part 2 of 3 is 501 of 500 graphemes on Mastodon ('masto')"),
        LimitCase(
            name: "Mastodon, an emoji ZWJ sequence is one grapheme", channel: "masto", atLimit: repeated(familyEmoji, 500), oneMore: "a",
            message: "part 2 of 3 is 501 of 500 graphemes on Mastodon ('masto')"),
        LimitCase(
            name: "Mastodon, a link counts 23", channel: "masto", atLimit: fortyCharacterURL + " " + repeated("a", 476), oneMore: "b",
            message: "part 2 of 3 is 501 of 500 graphemes on Mastodon ('masto')"),
    ]
}

/// A 40-character link X recognizes (twitter-text knows the TLD `.com`, not `.example`): it counts 23.
private let xCountedURL = "https://www.acme.com/launch/planner-2026"

/// A thread of three parts on one channel, its second part `middle` (double-quoted).
private func thread(on channel: String, middle: String) -> String {
    planOnEveryPlatform(
        """
          - id: launch-thread
            kind: thread
            channels: [\(channel)]
            at: 2026-11-25 10:00
            parts:
              - Acme Planner is live, and it checks every post before it goes out.
              - "\(middle)"
              - What should it check next?
        """)
}

@Suite("Platform checks: thread parts")
struct ThreadPartLimitTests {
    @Test("a part at exactly its platform's per-post limit is within it", arguments: LimitCase.threadParts)
    func atLimit(_ limit: LimitCase) throws {
        try limit.expectWithin { thread(on: limit.channel, middle: $0) }
    }

    @Test("a part one over its platform's limit is text-length, at the part's first character past it", arguments: LimitCase.threadParts)
    func oneOver(_ limit: LimitCase) throws {
        try limit.expectOneOver(TextLengthRule.description, advice: "or move the rest into a part of its own") {
            thread(on: limit.channel, middle: $0)
        }
    }
}

@Suite("Platform checks: threads")
struct ThreadRulesTests {
    @Test("a thread on LinkedIn is thread-unsupported at the channel, and its parts are not checked there")
    func unsupportedOnLinkedIn() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: launch-thread
                    kind: thread
                    channels: [bsky, 1️⃣li-page]
                    at: 2026-11-25 10:00
                    parts: ["Acme Planner is live.", "\(repeated("a", 300))2️⃣\(repeated("a", 2_700))3️⃣a"]
                """),
            [
                finding(ThreadUnsupportedRule.description, at: "1️⃣", message: "LinkedIn has no threads of posts", "as one post (kind: post)"),
                // Bluesky still checks the long part (the finding points past the 300th grapheme).
                finding(TextLengthRule.description, at: "2️⃣", message: "part 2 of 2 is 3001 of 300 graphemes"),
                finding(TextLengthRule.description, at: "3️⃣", message: "part 2 of 2 is 3001 of 3000 UTF-8 bytes"),
            ],
            stages: .checks)
    }

    @Test("a variant splits the thread its own way: its parts are checked on its channel, the thread's elsewhere")
    func variantSplit() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: launch-thread
                    kind: thread
                    channels: [x, bsky]
                    at: 2026-11-25 10:00
                    parts: ["\(repeated("a", 290))"]
                    variants:
                      x: { parts: ["\(repeated("a", 200))", "\(repeated("b", 280))1️⃣c"] }
                """),
            [finding(TextLengthRule.description, at: "1️⃣", message: "part 2 of 2 is 281 of 280 weighted characters on X ('x')")],
            stages: .checks)
    }

    @Test("each part's media are checked on their own: an image without alt text on Bluesky is reported in its part")
    func partMedia() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: launch-thread
                    kind: thread
                    channels: [bsky]
                    at: 2026-11-25 10:00
                    parts:
                      - { text: Here is the week view., media: [{ type: image, file: week.png, alt: The week view }] }
                      - { text: And the month., media: [1️⃣{ type: image, file: month.png }] }
                """),
            [finding(AltTextRequiredRule.description, at: "1️⃣", message: "alt")],
            stages: .checks)
    }

    @Test("the thread's link goes with its first part: X's 10 links are counted there, not in later parts")
    func linkOnFirstPart() throws {
        let links = (1...10).map { "https://acme.example/\($0)" }.joined(separator: " ")
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: launch-thread
                    kind: thread
                    channels: [x]
                    at: 2026-11-25 10:00
                    link: https://acme.example/planner
                    parts: ["Reading list.", "\(links)"]
                """),
            [], stages: .checks)
    }
}

@Suite("Decoding: threads")
struct ThreadDecodingTests {
    @Test("a thread reads its parts in order: texts, and mappings of text and media")
    func parts() throws {
        let repo = try expectFindings(
            planOnEveryPlatform(
                """
                  - id: launch-thread
                    kind: thread
                    channels: [x]
                    at: 2026-11-25 10:00
                    parts:
                      - First.
                      - { media: [{ type: image, file: a.png, alt: A chart }] }
                      - { text: Third. }
                """), [])
        let item = try #require(repo.workspace.items.first)
        guard case .thread(let thread) = item.details else { Issue.record("not a thread"); return }
        #expect(thread.parts.map { $0.text?.value } == ["First.", nil, "Third."])
        #expect(thread.parts.map(\.media.count) == [0, 1, 0])
        #expect(thread.parts.map(\.number) == [1, 2, 3])
    }

    @Test("'text' and 'media' on a thread are unknown keys that say they belong in its parts")
    func textOnThread() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: launch-thread
                    kind: thread
                    channels: [x]
                    at: 2026-11-25 10:00
                    1️⃣text: Hello.
                    parts: [First.]
                    variants:
                      x: { 2️⃣text: Hi. }
                """),
            [
                finding(
                    UnknownKeyRule.description, at: "1️⃣", message: "key 'text' does not belong in thread 'launch-thread'", "each entry of its 'parts'"),
                finding(UnknownKeyRule.description, at: "2️⃣", message: "the 'x' variant of thread 'launch-thread'", "each entry of its 'parts'"),
            ])
    }

    @Test("'parts' on a post, or in a post's variant, is an unknown key that says it is for threads")
    func partsOnPost() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [x]
                    at: 2026-11-25 10:00
                    text: Hello.
                    1️⃣parts: [First.]
                    variants:
                      x: { 2️⃣parts: [Hi.] }
                """),
            [
                finding(UnknownKeyRule.description, at: "1️⃣", message: "key 'parts' does not belong in post 'teaser'; it is for threads"),
                finding(UnknownKeyRule.description, at: "2️⃣", message: "it is for the variants of threads"),
            ])
    }

    @Test("a thread without parts, with an empty list, or with an empty part is missing-field, and is left out")
    func missingParts() throws {
        let repo = try expectFindings(
            planOnEveryPlatform(
                """
                  - 1️⃣id: none
                    kind: thread
                    channels: [x]
                    at: 2026-11-25 10:00
                  - id: empty
                    kind: thread
                    channels: [x]
                    at: 2026-11-25 10:00
                    2️⃣parts: []
                  - id: blank
                    kind: thread
                    channels: [x]
                    at: 2026-11-25 10:00
                    parts: [First., 3️⃣"  "]
                  - id: not-a-list
                    kind: thread
                    channels: [x]
                    at: 2026-11-25 10:00
                    parts: 4️⃣First.
                """),
            [
                finding(MissingFieldRule.description, at: "1️⃣", message: "thread 'none' has no 'parts'"),
                finding(MissingFieldRule.description, at: "2️⃣", message: "'parts' of thread 'empty' is empty"),
                finding(MissingFieldRule.description, at: "3️⃣", message: "part 2 of thread 'blank' has neither 'text' nor 'media'"),
                finding(WrongTypeRule.description, at: "4️⃣", message: "'parts' must be a list of the thread's posts"),
            ])
        #expect(repo.workspace.items.isEmpty)
    }
}

@Suite("Lint: a thread's first part stands alone")
struct ThreadFirstPartTests {
    @Test(
        "a first part ending in a count, in a colon, or that is only a link does not stand alone",
        arguments: [
            ("A thread on planning 1/", ThreadFirstPartRule.Problem.endsInCount, 21),
            ("A thread on planning 1/5", .endsInCount, 21),
            ("A thread on planning (1/5)", .endsInCount, 21),
            ("What we learned:", .endsInColon, 15),
            ("What we learned:\n", .endsInColon, 15),
            ("  https://acme.example/blog  ", .bareLink, 2),
        ])
    func doesNotStandAlone(_ text: String, _ problem: ThreadFirstPartRule.Problem, _ offset: Int) {
        #expect(ThreadFirstPartRule.problem(of: text)?.0 == problem)
        #expect(ThreadFirstPartRule.problem(of: text)?.offset == offset)
    }

    @Test(
        "a first part that says something stands alone, a count at its start or a link in a sentence included",
        arguments: [
            "1/ We plan a quarter in one afternoon now.", "Planning took us a week; now it takes an afternoon.",
            "Our 2026 in 11/", "Read why: https://acme.example/blog and tell us.", "",
        ])
    func standsAlone(_ text: String) {
        #expect(ThreadFirstPartRule.problem(of: text) == nil)
    }
}
