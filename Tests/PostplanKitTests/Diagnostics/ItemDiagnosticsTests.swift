import Testing

@testable import PostplanKit

@Suite("Decoding diagnostics: required fields")
struct MissingFieldTests {
    @Test("a poll without 'duration' is missing-field at the start of the item")
    func pollWithoutDuration() throws {
        try expectFindings(
            planWithItems(
                """
                  - 1️⃣id: cert-poll
                    kind: poll
                    channels: [acme]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, No]
                """),
            [finding(MissingFieldRule.description, at: "1️⃣", message: "poll 'cert-poll' has no 'duration'; add 'duration: 1w'")])
    }

    @Test("an ad with an empty 'text:' is missing-field at the key")
    func adWithEmptyText() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: winter-ad
                    kind: ad
                    channels: [acme]
                    placement: sponsored-content
                    at: 2026-12-01 08:00
                    1️⃣text:
                """),
            [finding(MissingFieldRule.description, at: "1️⃣", message: "'text' of ad 'winter-ad' is empty")])
    }

    @Test("a post with neither text nor media is missing-field at the start of the item")
    func postWithoutTextOrMedia() throws {
        try expectFindings(
            planWithItems(
                """
                  - 1️⃣id: teaser
                    kind: post
                    channels: [acme]
                    at: 2026-11-25 10:00
                """),
            [finding(MissingFieldRule.description, at: "1️⃣", message: "neither 'text' nor 'media'")])
    }

    @Test("a story with neither media nor text is missing-field at the start of the item")
    func storyWithoutMedia() throws {
        try expectFindings(
            planWithItems(
                """
                  - 1️⃣id: office
                    kind: story
                    channels: [acme]
                    at: 2026-11-26 12:00
                """),
            [finding(MissingFieldRule.description, at: "1️⃣", message: "story 'office' has neither 'media' nor 'text'")])
    }

    @Test("an empty channels list is missing-field at the list")
    func emptyChannels() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: 1️⃣[]
                    at: 2026-11-25 10:00
                    text: Soon.
                """),
            [finding(MissingFieldRule.description, at: "1️⃣", message: "'channels' of post 'teaser' is empty")])
    }

    @Test("a channel without 'platform' is missing-field at the start of the channel")
    func channelWithoutPlatform() throws {
        try expectFindings(
            """
            postplan: 1
            channels:
              acme: 1️⃣{ handle: acme }
            """,
            [finding(MissingFieldRule.description, at: "1️⃣", message: "channel 'acme' has no 'platform'")])
    }
}

@Suite("Decoding diagnostics: wrong types")
struct WrongTypeTests {
    @Test("poll options written as a mapping are wrong-type at the mapping")
    func optionsAsMapping() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [acme]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: 1️⃣{ a: Yes, b: No }
                    duration: 1w
                """),
            [finding(WrongTypeRule.description, at: "1️⃣", message: "'options' must be a list")])
    }

    @Test("an item's channels written as a single name are wrong-type at the name")
    func channelsAsScalar() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: 1️⃣acme
                    at: 2026-11-25 10:00
                    text: Soon.
                """),
            [finding(WrongTypeRule.description, at: "1️⃣", message: "'channels' must be a list")])
    }

    @Test("an item written as text instead of a mapping is wrong-type at the text")
    func itemAsText() throws {
        try expectFindings(
            planWithItems("  - 1️⃣teaser\n"), [finding(WrongTypeRule.description, at: "1️⃣", message: "expected a mapping of keys for item")])
    }
}

@Suite("Decoding diagnostics: unknown keys")
struct UnknownKeyTests {
    @Test("a misspelt key is unknown-key at the key with a did-you-mean, and the key it misses is missing")
    func misspeltKey() throws {
        try expectFindings(
            planWithItems(
                """
                  - 1️⃣id: cert-poll
                    kind: poll
                    channels: [acme]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    2️⃣optoins: [Yes, No]
                    duration: 1w
                """),
            [
                finding(UnknownKeyRule.description, at: "2️⃣", message: "unknown key 'optoins' in poll 'cert-poll'; did you mean 'options'?"),
                finding(MissingFieldRule.description, at: "1️⃣", message: "has no 'options'"),
            ])
    }

    @Test("a key of another kind of item says which kinds it is for")
    func keyOfAnotherKind() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: [acme]
                    at: 2026-11-25 10:00
                    text: Soon.
                    1️⃣question: Why?
                """),
            [finding(UnknownKeyRule.description, at: "1️⃣", message: "key 'question' does not belong in post 'teaser'; it is for polls")])
    }

    @Test("a key that several kinds share names all of them")
    func keyOfSeveralKinds() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: [acme]
                    at: 2026-11-25 10:00
                    text: Soon.
                    1️⃣cta: { type: learn-more, url: https://acme.example }
                """),
            [finding(UnknownKeyRule.description, at: "1️⃣", message: "it is for product pages and ads")])
    }

    @Test("an unknown key in a channel is reported with a did-you-mean")
    func unknownChannelKey() throws {
        try expectFindings(
            """
            postplan: 1
            channels:
              acme: { platform: linkedin, 1️⃣handel: acme }
            """,
            [finding(UnknownKeyRule.description, at: "1️⃣", message: "did you mean 'handle'?")])
    }
}

@Suite("Decoding diagnostics: kinds, platforms and values")
struct KeywordValueTests {
    @Test("an unknown kind is unknown-kind at the value, listing the kinds")
    func unknownKind() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: teaser
                    kind: 1️⃣article
                    channels: [acme]
                    at: 2026-11-25 10:00
                    text: Soon.
                """),
            [finding(UnknownKindRule.description, at: "1️⃣", message: "expected one of post, poll, story, product-page, ad")])
    }

    @Test("a kind that spells out a known one suggests it")
    func kindTypo() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: teaser
                    kind: 1️⃣posts
                    channels: [acme]
                    at: 2026-11-25 10:00
                    text: Soon.
                """),
            [finding(UnknownKindRule.description, at: "1️⃣", message: "did you mean 'post'?")])
    }

    @Test("an unknown platform is unknown-platform at the value")
    func unknownPlatform() throws {
        try expectFindings(
            """
            postplan: 1
            channels:
              acme-myspace: { platform: 1️⃣myspace }
            """,
            [finding(UnknownPlatformRule.description, at: "1️⃣", message: "'myspace'")])
    }

    @Test("an account type the platform does not have is unknown-account-type at the value")
    func accountTypeOfAnotherPlatform() throws {
        try expectFindings(
            """
            postplan: 1
            channels:
              urs-linkedin: { platform: linkedin, account: 1️⃣page }
            """,
            [finding(UnknownAccountTypeRule.description, at: "1️⃣", message: "'page' is not an account type on")])
    }

    @Test("an account type no platform has is unknown-account-type with a did-you-mean")
    func accountTypeTypo() throws {
        try expectFindings(
            """
            postplan: 1
            channels:
              acme: { platform: linkedin, account: 1️⃣company-pag }
            """,
            [finding(UnknownAccountTypeRule.description, at: "1️⃣", message: "did you mean 'company-page'?")])
    }

    @Test("an invalid pillar is invalid-value with a did-you-mean")
    func invalidPillar() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: [acme]
                    at: 2026-11-25 10:00
                    text: Soon.
                    pillar: 1️⃣insight
                """),
            [finding(InvalidValueRule.description, at: "1️⃣", message: "'insight' is not a valid 'pillar'; did you mean 'insights'?")])
    }

    @Test("a weekday spelt out in full suggests its three-letter form")
    func weekdaySpeltOut() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: tip
                    kind: post
                    channels: [acme]
                    repeat: { every: week, on: [1️⃣monday], at: "08:30", from: 2026-11-23 }
                    text: A tip.
                """),
            [finding(InvalidValueRule.description, at: "1️⃣", message: "did you mean 'mon'?")])
    }

    @Test("'other-option: yes' is invalid-value: YAML 1.1 and 1.2 read it differently")
    func otherOptionYes() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [acme]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, No]
                    duration: 1w
                    other-option: 1️⃣yes
                """),
            [finding(InvalidValueRule.description, at: "1️⃣", message: "'other-option: yes' is ambiguous")])
    }

    @Test("an id with a space is invalid-id at the id")
    func invalidID() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: 1️⃣launch teaser
                    kind: post
                    channels: [acme]
                    at: 2026-11-25 10:00
                    text: Soon.
                """),
            [finding(InvalidIDRule.description, at: "1️⃣", message: "'launch teaser' is not a valid id")])
    }

    @Test("a channel id starting with '-' is invalid-id at the id")
    func invalidChannelID() throws {
        try expectFindings(
            """
            postplan: 1
            channels:
              1️⃣"-acme": { platform: linkedin }
            """,
            [finding(InvalidIDRule.description, at: "1️⃣", message: "'-acme' is not a valid id")])
    }

    @Test("an invalid duration is invalid-duration at the value")
    func invalidDuration() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [acme]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, No]
                    duration: 1️⃣1 week
                """),
            [finding(InvalidDurationRule.description, at: "1️⃣", message: "'1 week' is not a duration; write a whole number and a unit")])
    }

    @Test("a zero duration is invalid-duration")
    func zeroDuration() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [acme]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, No]
                    duration: 1️⃣0d
                """),
            [finding(InvalidDurationRule.description, at: "1️⃣", message: "'0d' is zero")])
    }
}
