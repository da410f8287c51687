/// Examples of the first-comment rules: a LinkedIn post whose first comment carries the link,
/// within 1,250 characters or past them.
enum FirstCommentRuleExamples {
    static let firstCommentLength = RuleExamples(
        triggering: [RuleExample(linkedInPost(comment: "\"\(String(repeating: "Read more. ", count: 113))and mor1️⃣e: https://acme.example/blog\""))],
        nonTriggering: [RuleExample(linkedInPost(comment: "\"Read the whole story: https://acme.example/blog\""))])

    /// A LinkedIn page post with the given first comment (double-quoted).
    private static func linkedInPost(comment: String) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
        items:
          - id: year-post
            kind: post
            channels: [acme-linkedin]
            at: 2026-11-26 12:00
            text: What a year of planning taught us, in five lessons. The link is in the first comment.
            first-comment: \(comment)
            checklist: [Reply to every comment within 24 hours]

        """
    }
}
