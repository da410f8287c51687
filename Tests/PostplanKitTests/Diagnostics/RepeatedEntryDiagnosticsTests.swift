import Testing

@testable import PostplanKit

@Suite("Decoding diagnostics: one finding per repeated entry")
struct RepeatedEntryDiagnosticsTests {
    @Test("a channel listed twice in an item's channels is invalid-value at the second")
    func channelListedTwice() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: [acme, 1️⃣acme]
                    at: 2026-11-25 10:00
                    text: Soon.
                """),
            [finding(InvalidValueRule.description, at: "1️⃣", message: "listed twice")])
    }

    @Test("a channel id repeated in one channels mapping is only duplicate-key, not also duplicate-id")
    func channelKeyRepeated() throws {
        try expectFindings(
            """
            postplan: 1
            channels:
              acme: { platform: linkedin }
              1️⃣acme: { platform: linkedin }
            """,
            [finding(DuplicateKeyRule.description, at: "1️⃣")])
    }

    @Test("a post whose text is empty and whose media list is empty has no content")
    func emptyTextAndMediaAreNoContent() throws {
        try expectFindings(
            planWithItems(
                """
                  - 1️⃣id: teaser
                    kind: post
                    channels: [acme]
                    at: 2026-11-25 10:00
                    text: ''
                    media: []
                """),
            [finding(MissingFieldRule.description, at: "1️⃣", message: "neither 'text' nor 'media'")])
    }

    @Test("an item that takes its kind from a merge key is named and checked as that kind")
    func kindFromMergeKey() throws {
        try expectFindings(
            """
            postplan: 1
            channels:
              acme: { platform: linkedin, account: company-page }
            items:
              - &base { id: base, kind: post, channels: [acme], at: 2026-11-25 10:00, text: Soon. }
              - <<: *base
                id: second
                1️⃣question: Why?
            """,
            [finding(UnknownKeyRule.description, at: "1️⃣", message: "does not belong in post 'second'; it is for polls")])
    }
}
