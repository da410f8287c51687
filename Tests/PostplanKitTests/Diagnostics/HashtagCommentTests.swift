import Testing

@testable import PostplanKit

@Suite("Decoding diagnostics: hashtags YAML reads as comments")
struct HashtagCommentTests {
    @Test("a #hashtag after an unquoted text is hashtag-comment at the #")
    func hashtagAfterPlainText() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: [acme]
                    at: 2026-11-25 10:00
                    text: Launch day 1️⃣#planning
                """),
            [finding(HashtagCommentRule.description, at: "1️⃣", message: "'#planning' is read as a YAML comment")])
    }

    @Test("an ordinary comment, with a blank after #, and a hashtag in quotes are fine")
    func ordinaryCommentsAndQuotedHashtags() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: teaser   # the teaser
                    kind: post
                    channels: [acme]
                    at: 2026-11-25 10:00
                    text: "Launch day #planning"
                #comment on its own line
                """),
            [])
    }

    @Test("a #hashtag line indented under a multi-line unquoted text is hashtag-comment")
    func hashtagLineUnderPlainText() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: [acme]
                    at: 2026-11-25 10:00
                    text: Launch day is here,
                      come and see
                      1️⃣#launch #planner
                """),
            [finding(HashtagCommentRule.description, at: "1️⃣", message: "'#launch #planner'")])
    }

    @Test("commented-out keys and items are not hashtags")
    func commentedOutLines() throws {
        try expectFindings(
            planWithItems(
                """
                  #- id: old
                  - id: teaser
                    kind: post
                    channels: [acme]
                    at: 2026-11-25 10:00
                    text: Hello
                    #media: [{ type: image, file: a.png }]
                """),
            [])
    }
}
