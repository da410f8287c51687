/// The first comment (`first-comment:`) a team posts under its own post, poll or thread,
/// against the platform's comment or reply limit (`comment.max-length`, `comment.max-bytes`),
/// counted the way the platform counts its posts' text. A platform without a comment limit in
/// its profile is not checked.
enum FirstCommentLengthRule: RuleDefinition {
    static let description = Rule(
        id: "first-comment-length", category: .platform, defaultSeverity: .error,
        summary:
            "A first comment is longer than the platform allows under a post (LinkedIn comments 1,250 characters, replies on X, Bluesky, Mastodon and Threads their post limits).",
        examples: FirstCommentRuleExamples.firstCommentLength)

    /// - Parameter unit: what is counted, such as "graphemes" or "weighted characters".
    static func tooLong(_ count: Int, of limit: Int, unit: String, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-long",
            "first comment is \(count) of \(limit) \(unit) on \(post.profile.name) ('\(post.channel.id.value)'); shorten it by \(count - limit), \(hint(post))\(post.caveat(fact))"
        )
    }

    static func tooManyBytes(_ count: Int, of limit: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-many-bytes",
            "first comment is \(count) of \(limit) UTF-8 bytes on \(post.profile.name) ('\(post.channel.id.value)'); shorten it by \(count - limit) bytes, \(hint(post))\(post.caveat(fact))"
        )
    }

    private static func hint(_ post: ChannelPost) -> String {
        "or give '\(post.channel.id.value)' its own 'first-comment' under 'variants'"
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let comment = post.firstComment else { return }
        let length = post.profile.textLength(on: post.date)
        if let (limit, fact) = post.profile.integer(.commentMaxLength, on: post.date),
            let over = TextLengthRule.overLength(comment.value, limit: limit, length)
        {
            diagnostics.append(
                Diagnostic(
                    tooLong(over.count, of: limit, unit: length.unitName, post, fact: fact), at: post.range(ofCharacter: over.offset, in: comment)))
        }
        if let (limit, fact) = post.profile.integer(.commentMaxBytes, on: post.date),
            let over = TextLengthRule.overBytes(comment.value, limit: limit, length)
        {
            diagnostics.append(
                Diagnostic(tooManyBytes(over.count, of: limit, post, fact: fact), at: post.range(ofCharacter: over.offset, in: comment)))
        }
    }
}
