import Testing

@testable import PostplanKit

@Suite("Platform checks: text length")
struct TextLengthTests {
    @Test("a 301-grapheme text on Bluesky is text-length at the 301st grapheme of a plain scalar")
    func blueskyGraphemesPlain() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [bsky]
                    at: 2026-11-25 10:00
                    text: \(repeated("a", 300))1️⃣b
                """),
            [
                finding(
                    TextLengthRule.description, at: "1️⃣", message: "text is 301 of 300 graphemes on Bluesky ('bsky')", "shorten it by 1",
                    "or give 'bsky' its own text under 'variants'")
            ],
            stages: .checks)
    }

    @Test("a 300-grapheme text on Bluesky is within the limit")
    func blueskyGraphemesWithin() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [bsky]
                    at: 2026-11-25 10:00
                    text: \(repeated("a", 300))
                """),
            [], stages: .checks)
    }

    @Test("in a literal block scalar, text-length points at the 301st grapheme on the block's second line")
    func blueskyGraphemesLiteralBlock() throws {
        // "First line.\n" is 12 graphemes, the second line 289; the final line break does not count: 301.
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [bsky]
                    at: 2026-11-25 10:00
                    text: |
                      First line.
                      \(repeated("a", 288))1️⃣b

                """),
            [finding(TextLengthRule.description, at: "1️⃣", message: "text is 301 of 300 graphemes on Bluesky", "shorten it by 1")],
            stages: .checks)
    }

    @Test("a literal block of exactly 300 graphemes is within Bluesky's limit: the final line break does not count")
    func blueskyLiteralBlockWithin() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [bsky]
                    at: 2026-11-25 10:00
                    text: |
                      First line.
                      \(repeated("a", 288))

                """),
            [], stages: .checks)
    }

    @Test("121 family emoji are 121 graphemes but 3025 UTF-8 bytes: text-length at the 121st on Bluesky")
    func blueskyBytesOverLimit() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [bsky]
                    at: 2026-11-25 10:00
                    text: \(repeated(familyEmoji, 120))1️⃣\(familyEmoji)
                """),
            [
                finding(
                    TextLengthRule.description, at: "1️⃣", message: "text is 3025 of 3000 UTF-8 bytes on Bluesky ('bsky')", "shorten it by 25 bytes",
                    "its own text under 'variants'")
            ],
            stages: .checks)
    }

    @Test("120 family emoji are exactly 3000 UTF-8 bytes, within Bluesky's byte limit")
    func blueskyBytesWithin() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [bsky]
                    at: 2026-11-25 10:00
                    text: \(repeated(familyEmoji, 120))
                """),
            [], stages: .checks)
    }

    @Test("1000 three-byte CJK characters are exactly 3000 bytes: only the grapheme limit is exceeded on Bluesky")
    func blueskyCJKAtByteLimit() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [bsky]
                    at: 2026-11-25 10:00
                    text: \(repeated("日", 300))1️⃣\(repeated("日", 700))
                """),
            [finding(TextLengthRule.description, at: "1️⃣", message: "text is 1000 of 300 graphemes")],
            stages: .checks)
    }

    @Test("1001 three-byte CJK characters are 3003 bytes: a second text-length at the 1001st character on Bluesky")
    func blueskyCJKOverByteLimit() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [bsky]
                    at: 2026-11-25 10:00
                    text: \(repeated("日", 300))1️⃣\(repeated("日", 700))2️⃣日
                """),
            [
                finding(TextLengthRule.description, at: "1️⃣", message: "text is 1001 of 300 graphemes"),
                finding(TextLengthRule.description, at: "2️⃣", message: "text is 3003 of 3000 UTF-8 bytes", "shorten it by 3 bytes"),
            ],
            stages: .checks)
    }

    @Test("on Mastodon a 40-character link counts 23: 517 graphemes as typed count 505 and overflow at the 76th letter after the link")
    func mastodonLinkCounts23() throws {
        #expect(fortyCharacterURL.count == 40)
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [masto]
                    at: 2026-11-25 10:00
                    text: \(repeated("a", 400)) \(fortyCharacterURL) \(repeated("b", 75))1️⃣\(repeated("b", 5))
                """),
            [finding(TextLengthRule.description, at: "1️⃣", message: "text is 505 of 500 graphemes on Mastodon ('masto')", "shorten it by 5")],
            stages: .checks)
    }

    @Test("on Mastodon a text of 517 graphemes as typed, 500 with its 40-character link counted 23, is within the limit")
    func mastodonLinkCountsWithin() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [masto]
                    at: 2026-11-25 10:00
                    text: \(repeated("a", 400)) \(fortyCharacterURL) \(repeated("b", 75))
                """),
            [], stages: .checks)
    }

    @Test("Bluesky counts a link in full: the same 40-character link does not count 23 there")
    func blueskyLinkCountsInFull() throws {
        // 250 + 1 + 40 + 1 + 9 = 301 graphemes; with links counted 23 it would be 284.
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [bsky]
                    at: 2026-11-25 10:00
                    text: \(repeated("a", 250)) \(fortyCharacterURL) \(repeated("b", 8))1️⃣b
                """),
            [finding(TextLengthRule.description, at: "1️⃣", message: "text is 301 of 300 graphemes")],
            stages: .checks)
    }
}

@Suite("Platform checks: where a text finding points")
struct TextPositionTests {
    @Test("after escapes in a double-quoted text, text-length still points at the 301st grapheme")
    func positionAfterEscapes() throws {
        // "Line one\nCafé " is 14 graphemes written as 22 characters.
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [bsky]
                    at: 2026-11-25 10:00
                    text: "Line one\\nCaf\\u00E9 \(repeated("a", 286))1️⃣XYZ"
                  - id: other
                    kind: post
                    channels: [bsky]
                    at: 2026-11-25 10:00
                    text: Short.
                """),
            [finding(TextLengthRule.description, at: "1️⃣", message: "text is 303 of 300 graphemes")],
            stages: .checks)
    }

    @Test("in a single-quoted text, a doubled quote is one grapheme")
    func positionAfterDoubledQuote() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [bsky]
                    at: 2026-11-25 10:00
                    text: 'it''s \(repeated("a", 295))1️⃣XY'
                """),
            [finding(TextLengthRule.description, at: "1️⃣", message: "text is 302 of 300 graphemes")],
            stages: .checks)
    }

    @Test("in a plain text over two lines, text-length points into the second line")
    func positionInPlainMultiLine() throws {
        // 150 + 1 (the folded line break) + 149 = 300 graphemes before X.
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [bsky]
                    at: 2026-11-25 10:00
                    text: \(repeated("a", 150))
                      \(repeated("b", 149))1️⃣XYZ
                """),
            [finding(TextLengthRule.description, at: "1️⃣", message: "text is 303 of 300 graphemes")],
            stages: .checks)
    }
}

@Suite("Platform checks: variant texts")
struct VariantTextTests {
    @Test("a base text too long for Bluesky passes when Bluesky has a short variant of its own")
    func blueskyVariantReplacesLongBaseText() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [li-page, bsky]
                    at: 2026-11-25 10:00
                    text: \(repeated("a", 310))
                    variants:
                      bsky: { text: Planner goes live in three weeks. }
                """),
            [], stages: .checks)
    }

    @Test("an X variant too long for X is text-length inside the variant, on X only")
    func xVariantTooLongFailsOnXOnly() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [li-page, bsky, x]
                    at: 2026-11-25 10:00
                    text: Our planner goes live in three weeks.
                    variants:
                      x: { text: "\(repeated("a", 280))1️⃣b" }
                """),
            [finding(TextLengthRule.description, at: "1️⃣", message: "text is 281 of 280", "on X ('x')", "or give 'x' its own text under 'variants'")],
            stages: .checks)
    }

    @Test("the base text is checked on the channels without a variant")
    func baseTextCheckedOnOtherChannels() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [bsky, x]
                    at: 2026-11-25 10:00
                    text: \(repeated("a", 300))1️⃣b
                    variants:
                      x: { text: Short for X. }
                """),
            [finding(TextLengthRule.description, at: "1️⃣", message: "text is 301 of 300 graphemes on Bluesky ('bsky')")],
            stages: .checks)
    }
}

@Suite("Platform checks: hashtags")
struct HashtagCountTests {
    // Quoted: in a plain scalar, " #" starts a YAML comment.
    static let sixHashtags = #""Launch day #planning #socialmedia #b2b #marketing #content 1️⃣#calendar""#

    @Test("six hashtags on Instagram after 18 December 2025 are hashtag-count at the sixth")
    func instagramSixHashtagsIn2026() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: launch
                    kind: post
                    channels: [insta]
                    at: 2026-01-10 10:00
                    text: \(Self.sixHashtags)
                    media: [{ type: image, file: launch.png, alt: The week view }]
                """),
            [
                finding(
                    HashtagCountRule.description, at: "1️⃣", message: "text has 6 hashtags; Instagram allows 5 (since 2025-12-18)",
                    "keep the 5 that matter most")
            ],
            stages: .checks)
    }

    @Test("six hashtags on Instagram in early December 2025 pass: the limit was 30 on the item's date")
    func instagramSixHashtagsIn2025() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: launch
                    kind: post
                    channels: [insta]
                    at: 2025-12-10 10:00
                    text: \(MarkedText(Self.sixHashtags).text)
                    media: [{ type: image, file: launch.png, alt: The week view }]
                """),
            [], stages: .checks)
    }

    @Test("five hashtags on Instagram in 2026 are within the limit")
    func instagramFiveHashtags() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: launch
                    kind: post
                    channels: [insta]
                    at: 2026-01-10 10:00
                    text: "Launch day #planning #socialmedia #b2b #marketing #content"
                    media: [{ type: image, file: launch.png, alt: The week view }]
                """),
            [], stages: .checks)
    }

    @Test("a repeating item takes its facts from the repeat's first day")
    func repeatTakesFactsFromItsStart() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: tip
                    kind: post
                    channels: [insta]
                    repeat: { every: week, on: [tue], at: "08:30", from: 2026-01-06, until: 2026-03-31 }
                    text: \(Self.sixHashtags)
                    media: [{ type: image, file: tip.png, alt: A tip }]
                """),
            [finding(HashtagCountRule.description, at: "1️⃣", message: "6 hashtags; Instagram allows 5")],
            stages: .checks)
    }
}

@Suite("Platform checks: links")
struct LinkCountTests {
    static func links(_ count: Int) -> [String] {
        (1...count).map { "https://acme.example/\($0)" }
    }

    @Test("six distinct links on Threads are link-count at the sixth")
    func threadsSixLinks() throws {
        let five = Self.links(5).joined(separator: " ")
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: roundup
                    kind: post
                    channels: [threads]
                    at: 2026-11-25 10:00
                    text: Reading list \(five) 1️⃣https://acme.example/6
                """),
            [
                finding(
                    LinkCountRule.description, at: "1️⃣", message: "post 'roundup' on 'threads' (Threads) has 6 links; Threads allows 5",
                    "link one page that lists them")
            ],
            stages: .checks)
    }

    @Test("five distinct links on Threads are within the limit")
    func threadsFiveLinks() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: roundup
                    kind: post
                    channels: [threads]
                    at: 2026-11-25 10:00
                    text: Reading list \(Self.links(5).joined(separator: " "))
                """),
            [], stages: .checks)
    }

    @Test("the same link twice counts once on Threads")
    func threadsRepeatedLinkCountsOnce() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: roundup
                    kind: post
                    channels: [threads]
                    at: 2026-11-25 10:00
                    text: Reading list \(Self.links(5).joined(separator: " ")) and again https://acme.example/1
                """),
            [], stages: .checks)
    }

    @Test("an item's 'link' counts with the links in its text: five in the text and a sixth attached is link-count at the text")
    func threadsLinkFieldCounts() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: roundup
                    kind: post
                    channels: [threads]
                    at: 2026-11-25 10:00
                    text: 1️⃣Reading list \(Self.links(5).joined(separator: " "))
                    link: https://acme.example/more
                """),
            [finding(LinkCountRule.description, at: "1️⃣", message: "has 6 links; Threads allows 5")],
            stages: .checks)
    }

    @Test("a variant's link counts on its channel: five links in the text and the variant's sixth are link-count")
    func threadsVariantLinkCounts() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: roundup
                    kind: post
                    channels: [threads]
                    at: 2026-11-25 10:00
                    text: 1️⃣Reading list \(Self.links(5).joined(separator: " "))
                    variants:
                      threads: { link: https://acme.example/more }
                """),
            [finding(LinkCountRule.description, at: "1️⃣", message: "has 6 links; Threads allows 5")],
            stages: .checks)
    }

    @Test("with a link repeated, link-count points at the first link past the limit, not at a repeat")
    func threadsOverflowPastRepeats() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: roundup
                    kind: post
                    channels: [threads]
                    at: 2026-11-25 10:00
                    text: Reading https://acme.example/1 https://acme.example/1 \(Self.links(5).dropFirst().joined(separator: " ")) 1️⃣https://acme.example/6
                """),
            [finding(LinkCountRule.description, at: "1️⃣", message: "has 6 links")],
            stages: .checks)
    }

    @Test("Threads had no link limit before 22 December 2025")
    func threadsNoLinkLimitBefore2025_12_22() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: roundup
                    kind: post
                    channels: [threads]
                    at: 2025-12-21 10:00
                    text: Reading list \(Self.links(6).joined(separator: " "))
                """),
            [], stages: .checks)
    }
}

@Suite("Platform checks: forbidden characters")
struct ForbiddenCharacterTests {
    @Test("U+FEFF written as a double-quoted escape is forbidden-character on X at the escape")
    func xRejectsZeroWidthNoBreakSpace() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [x]
                    at: 2026-11-25 10:00
                    text: "Hello1️⃣\\uFEFF world"
                """),
            [finding(ForbiddenCharacterRule.description, at: "1️⃣", message: "text contains U+FEFF, which X rejects", "delete it")],
            stages: .checks)
    }

    @Test("U+FFFE is forbidden-character on X too")
    func xRejectsNoncharacterFFFE() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [x]
                    at: 2026-11-25 10:00
                    text: "Hello 1️⃣\\uFFFE world"
                """),
            [finding(ForbiddenCharacterRule.description, at: "1️⃣", message: "U+FFFE")],
            stages: .checks)
    }

    @Test("the same character is fine on a platform that does not forbid it")
    func blueskyTakesZeroWidthNoBreakSpace() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [bsky]
                    at: 2026-11-25 10:00
                    text: "Hello\\uFEFF world"
                """),
            [], stages: .checks)
    }

    @Test("a text without forbidden characters passes on X")
    func xPlainTextPasses() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [x]
                    at: 2026-11-25 10:00
                    text: "Hello\\u00A0world"
                """),
            [], stages: .checks)
    }
}

/// Whether X's text length is counted with twitter-text's weights yet: `TextLength` counted
/// graphemes as a stand-in until `WeightedLengthCounter` was wired in.
private let xWeightingIsWired: Bool = {
    guard let weighting = ProfileRegistry.builtIn["x"]?.weighting(on: nil) else { return false }
    return TextLength(counting: .xWeighted, weighting: weighting).count("日") == 2
}()

@Suite("Platform checks: X's weighted length", .enabled(if: xWeightingIsWired, "X's text length is not weighted yet (TextLength's stand-in)"))
struct XWeightedLengthTests {
    /// A 40-character link with a real top-level domain, which twitter-text recognises.
    static let url = "https://www.acme.com/launch/planner-2026"

    @Test("140 CJK characters weigh 280 on X, within the limit")
    func cjkWithin() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [x]
                    at: 2026-11-25 10:00
                    text: \(repeated("日", 140))
                """),
            [], stages: .checks)
    }

    @Test("141 CJK characters weigh 282 on X: text-length at the 141st")
    func cjkOver() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [x]
                    at: 2026-11-25 10:00
                    text: \(repeated("日", 140))1️⃣日
                """),
            [finding(TextLengthRule.description, at: "1️⃣", message: "text is 282 of 280 weighted characters on X ('x')", "shorten it by 2")],
            stages: .checks)
    }

    @Test("a 40-character link weighs 23 on X: 297 characters as typed weigh 280")
    func linkWithin() throws {
        #expect(Self.url.count == 40)
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [x]
                    at: 2026-11-25 10:00
                    text: \(repeated("a", 200)) \(Self.url) \(repeated("b", 55))
                """),
            [], stages: .checks)
    }

    @Test("a 40-character link weighs 23 on X: one letter more after it is text-length at that letter")
    func linkOver() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: teaser
                    kind: post
                    channels: [x]
                    at: 2026-11-25 10:00
                    text: \(repeated("a", 200)) \(Self.url) \(repeated("b", 55))1️⃣b
                """),
            [finding(TextLengthRule.description, at: "1️⃣", message: "text is 281 of 280 weighted characters")],
            stages: .checks)
    }
}
