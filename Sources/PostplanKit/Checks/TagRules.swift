/// The tags an item publishes (YouTube's video tags) against their platform's total length.
enum TagsLengthRule: RuleDefinition {
    static let description = Rule(
        id: "tags-length", category: .platform, defaultSeverity: .error,
        summary: "An item's tags are longer together than its platform allows (YouTube: 500 characters).",
        examples: TagRuleExamples.tagsLength)

    static func tooLong(_ total: Int, maximum: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-long",
            "the tags of \(post.subject) are \(total) characters together; \(post.profile.name) allows \(maximum); drop or shorten tags from this one on\(post.caveat(fact))"
        )
    }

    /// At the first tag that takes the total over the limit.
    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let (maximum, fact) = post.profile.integer(.tagsMaxTotalLength, on: post.date) else { return }
        let lengths = post.item.tags.map(\.value.count)
        let total = lengths.reduce(0, +)
        guard total > maximum else { return }
        var running = 0
        let over = lengths.firstIndex { length in
            running += length
            return running > maximum
        }
        diagnostics.append(Diagnostic(tooLong(total, maximum: maximum, post, fact: fact), at: post.item.tags[over ?? 0].range))
    }
}
