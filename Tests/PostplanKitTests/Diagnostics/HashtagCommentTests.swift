import Testing

@testable import PostplanKit

@Suite("Decoding diagnostics: hashtags YAML reads as comments")
struct HashtagCommentTests {
    @Test("a #hashtag after an unquoted text is hashtag-comment at the #")
    func hashtagAfterPlainText() throws {
        try expectFindings(
            planWithItems("""
              - id: teaser
                kind: post
                channels: [acme]
                at: 2026-11-25 10:00
                text: Launch day 1️⃣#planning
            """),
            [finding(.hashtagComment, at: "1️⃣", message: "'#planning' is read as a YAML comment")])
    }

    @Test("an ordinary comment, with a blank after #, and a hashtag in quotes are fine")
    func ordinaryCommentsAndQuotedHashtags() throws {
        try expectFindings(
            planWithItems("""
              - id: teaser   # the teaser
                kind: post
                channels: [acme]
                at: 2026-11-25 10:00
                text: "Launch day #planning"
            #comment on its own line
            """),
            [])
    }
}
