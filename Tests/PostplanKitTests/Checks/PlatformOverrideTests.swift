import Testing

@testable import PostplanKit

/// A plan file with the `platforms:` lines given, one channel `masto` on Mastodon, and a post
/// on `channel` with `text`.
private func plan(platforms: String, channels: String = "  masto: { platform: mastodon }", channel: String = "masto", text: String) -> String {
    """
    postplan: 1
    platforms:
    \(platforms)
    channels:
    \(channels)
    items:
      - id: essay
        kind: post
        channels: [\(channel)]
        at: 2026-11-25 10:00
        text: \(text)
    """
}

@Suite("Platform overrides: changing a built-in profile")
struct BuiltInOverrideTests {
    @Test("without an override, a 700-grapheme text is text-length on Mastodon")
    func mastodonDefaultLimit() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: essay
                    kind: post
                    channels: [masto]
                    at: 2026-11-25 10:00
                    text: \(repeated("a", 500))1️⃣\(repeated("a", 200))
                """),
            [finding(TextLengthRule.description, at: "1️⃣", message: "text is 700 of 500 graphemes on Mastodon")],
            stages: .checks)
    }

    @Test("an override of Mastodon's text max-length to 1000 lets a 700-grapheme text pass")
    func mastodonRaisedLimit() throws {
        try expectFindings(
            plan(platforms: "  mastodon:\n    text: { max-length: 1000 }", text: repeated("a", 700)),
            [], stages: .checks)
    }

    @Test("an overridden limit is the one enforced, and a confirmed fact carries no caveat")
    func mastodonOverriddenLimitEnforced() throws {
        let result = try expectFindings(
            plan(platforms: "  mastodon:\n    text: { max-length: 600 }", text: repeated("a", 600) + "1️⃣b"),
            [finding(TextLengthRule.description, at: "1️⃣", message: "text is 601 of 600 graphemes on Mastodon")],
            stages: .checks)
        #expect(result.diagnostics.allSatisfy { !$0.message.contains("not verified") })
    }

    @Test("overriding one fact keeps the profile's others: links still count 23 on Mastodon")
    func overrideKeepsOtherFacts() throws {
        // 560 + 1 + 40 = 601 graphemes as typed, 584 counted.
        try expectFindings(
            plan(platforms: "  mastodon:\n    text: { max-length: 600 }", text: repeated("a", 560) + " " + fortyCharacterURL),
            [], stages: .checks)
    }

    @Test("a bare override value is recorded as confirmed, sourced to the plan file")
    func bareValueIsConfirmed() throws {
        let result = try expectFindings(
            plan(platforms: "  mastodon:\n    text: { max-length: 1000 }", text: "Short."),
            [], stages: .checks)
        let mastodon = try #require(result.workspace.profiles["mastodon"])
        let fact = try #require(mastodon.fact(.textMaxLength, on: date(2026, 11, 25)))
        #expect(fact.confidence == .confirmed)
        #expect(fact.source == "set in plan.yaml")
        #expect(mastodon.integer(.textMaxLength, on: date(2026, 11, 25))?.0 == 1000)
    }

    @Test("an override written as a full fact keeps its confidence, and an unverified one earns the caveat")
    func fullFactKeepsConfidence() throws {
        try expectFindings(
            plan(
                platforms: "  mastodon:\n    text:\n      max-length: { value: 600, source: our admin said so, confidence: unverified }",
                text: repeated("a", 600) + "1️⃣b"),
            [
                finding(
                    TextLengthRule.description, at: "1️⃣", message: "601 of 600",
                    "this Mastodon fact is not verified, override it under 'platforms: mastodon:'")
            ],
            stages: .checks)
    }

    @Test("an override of LinkedIn's cta types makes a team's own button type valid")
    func ctaTypesOverride() throws {
        try expectFindings(
            """
            postplan: 1
            platforms:
              linkedin:
                product-page: { cta-types: [request-demo, book-a-call] }
            channels:
              li-page: { platform: linkedin, account: company-page }
            items:
              - id: planner-page
                kind: product-page
                channels: [li-page]
                name: Acme Planner
                category: Social Media Management Software
                launch: 2026-12-15
                cta: { type: book-a-call, url: https://acme.example/call }
                media: [{ type: video, file: tour.mp4 }]
            """,
            [], stages: .checks)
    }
}

@Suite("Platform overrides: new profiles that extend a built-in one")
struct ExtendedProfileTests {
    static let fosstodon = "  fosstodon:\n    extends: mastodon\n    text: { max-length: 600 }"
    static let channel = "  foss: { platform: fosstodon, instance: fosstodon.org }"

    @Test("a channel on a profile extending Mastodon gets Mastodon's counting: a 40-character link counts 23")
    func inheritsCounting() throws {
        // 560 + 1 + 40 = 601 graphemes as typed, 584 counted: over Mastodon's 500, within 600.
        try expectFindings(
            plan(platforms: Self.fosstodon, channels: Self.channel, channel: "foss", text: repeated("a", 560) + " " + fortyCharacterURL),
            [], stages: .checks)
    }

    @Test("a channel on a profile extending Mastodon gets its own limit, and messages name the profile")
    func ownLimit() throws {
        try expectFindings(
            plan(platforms: Self.fosstodon, channels: Self.channel, channel: "foss", text: repeated("a", 600) + "1️⃣b"),
            [finding(TextLengthRule.description, at: "1️⃣", message: "text is 601 of 600 graphemes on Mastodon (fosstodon) ('foss')")],
            stages: .checks)
    }

    @Test("the extended profile leaves Mastodon itself unchanged")
    func baseUnchanged() throws {
        try expectFindings(
            plan(
                platforms: Self.fosstodon, channels: Self.channel + "\n  masto: { platform: mastodon }", channel: "masto",
                text: repeated("a", 500) + "1️⃣b"),
            [finding(TextLengthRule.description, at: "1️⃣", message: "501 of 500 graphemes on Mastodon ('masto')")],
            stages: .checks)
    }

    @Test("an extended profile may have a name of its own")
    func ownName() throws {
        try expectFindings(
            plan(
                platforms: Self.fosstodon + "\n    name: Fosstodon", channels: Self.channel, channel: "foss",
                text: repeated("a", 600) + "1️⃣b"),
            [finding(TextLengthRule.description, at: "1️⃣", message: "on Fosstodon ('foss')")],
            stages: .checks)
    }
}

@Suite("Platform overrides: mistakes")
struct OverrideMistakeTests {
    @Test("an override of an unknown platform without 'extends' is unknown-platform at its key, with a hint about 'extends'")
    func unknownPlatformWithoutExtends() throws {
        try expectFindings(
            plan(platforms: "  1️⃣fosstodon:\n    text: { max-length: 600 }", text: "Short."),
            [
                finding(
                    UnknownPlatformRule.description, at: "1️⃣", message: "'fosstodon' is not a built-in platform",
                    "add 'extends:' with the platform it is based on")
            ],
            stages: .checks)
    }

    @Test("'extends' on a built-in platform is unknown-platform at the extends value")
    func extendsOnBuiltIn() throws {
        try expectFindings(
            plan(platforms: "  mastodon:\n    extends: 1️⃣linkedin\n    text: { max-length: 600 }", text: "Short."),
            [
                finding(
                    UnknownPlatformRule.description, at: "1️⃣", message: "'mastodon' is a built-in platform and cannot extend another",
                    "remove 'extends'")
            ],
            stages: .checks)
    }

    @Test("extending a platform that does not exist is unknown-platform at the extends value, with a did-you-mean")
    func extendsUnknownBase() throws {
        try expectFindings(
            plan(platforms: "  fosstodon:\n    extends: 1️⃣mastodn", text: "Short."),
            [finding(UnknownPlatformRule.description, at: "1️⃣", message: "'mastodn' is not a platform", "did you mean 'mastodon'?")],
            stages: .checks)
    }

    @Test("a fact of the wrong type is wrong-type at the value")
    func wrongTypeInteger() throws {
        try expectFindings(
            plan(platforms: "  mastodon:\n    text: { max-length: 1️⃣lots }", text: "Short."),
            [finding(WrongTypeRule.description, at: "1️⃣", message: "'text.max-length' must be a whole number, found 'lots'")],
            stages: .checks)
    }

    @Test("a flag that is neither true nor false is wrong-type at the value")
    func wrongTypeFlag() throws {
        try expectFindings(
            plan(platforms: "  mastodon:\n    poll: { supported: 1️⃣sometimes }", text: "Short."),
            [finding(WrongTypeRule.description, at: "1️⃣", message: "'poll.supported' must be true or false")],
            stages: .checks)
    }

    @Test("two files overriding the same platform are duplicate-id at the second, related to the first")
    func twoFilesOverrideSamePlatform() throws {
        try expectFindings(
            files: [
                "a.yaml": """
                postplan: 1
                platforms:
                  2️⃣mastodon:
                    text: { max-length: 1000 }
                """,
                "b.yaml": """
                postplan: 1
                platforms:
                  1️⃣mastodon:
                    text: { max-length: 800 }
                """,
            ],
            [
                finding(
                    DuplicateIDRule.description, at: "1️⃣", message: "platform 'mastodon' is already overridden at a.yaml:3:3",
                    "keep its changes in one place",
                    related: ["2️⃣"])
            ],
            stages: .checks)
    }
}
