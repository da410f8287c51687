/// A thread against its platform: whether the platform takes reply chains, then each part on
/// the channel (its variant's split, else the thread's) checked as a post of its own by the
/// text and media rules, so that a finding names and points at the part; then its first comment.
enum ThreadRules {
    /// Checks the thread's parts on the channel; false, since the item as a whole has no text
    /// or media of its own left for the item-wide text and media rules.
    static func checkedAlone(_ thread: PostThread, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) -> Bool {
        guard ThreadUnsupportedRule.check(post, into: &diagnostics) else { return false }
        ContentWarningUnsupportedRule.check(post, into: &diagnostics)
        for part in thread.parts(on: post.channel.id.value) {
            let partPost = post.part(part)
            TextRules.check(partPost, into: &diagnostics)
            MediaRules.check(partPost, into: &diagnostics)
            VideoRules.check(partPost, into: &diagnostics)
        }
        FirstCommentLengthRule.check(post, into: &diagnostics)
        return false
    }
}

enum ThreadUnsupportedRule: RuleDefinition {
    static let description = Rule(
        id: "thread-unsupported", category: .platform, defaultSeverity: .error,
        summary: "A thread is planned where posts cannot be published as a reply chain (LinkedIn, Instagram, Facebook).",
        examples: ThreadRuleExamples.threadUnsupported)

    static func noThreads(_ post: ChannelPost, fact: Fact?) -> Diagnostic.Message {
        message(
            "no-threads",
            "\(post.profile.name) has no threads of posts; publish '\(post.item.id.value)' there as one post (kind: post), or leave '\(post.channel.id.value)' out of its channels\(fact.map(post.caveat) ?? "")"
        )
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) -> Bool {
        guard post.profile.flag(.threadSupported, on: post.date)?.0 == true else {
            diagnostics.append(Diagnostic(noThreads(post, fact: post.profile.fact(.threadSupported, on: post.date)), at: post.channelReference))
            return false
        }
        return true
    }
}
