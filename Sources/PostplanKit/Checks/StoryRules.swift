/// A story against its platform: whether stories exist there on the story's date, and how
/// long they stay up.
enum StoryRules {
    /// Whether stories exist on the platform on the story's date.
    @discardableResult
    static func check(_ story: Story, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) -> Bool {
        guard StoryUnsupportedRule.check(post, into: &diagnostics) else { return false }
        StoryExpiryRule.check(story, post, into: &diagnostics)
        MediaRequiredRule.checkStory(post, into: &diagnostics)
        StoryTextOnlyRule.check(post, into: &diagnostics)
        return true
    }
}

enum StoryUnsupportedRule: RuleDefinition {
    static let description = Rule(
        id: "story-unsupported", category: .platform, defaultSeverity: .error,
        summary: "A story is planned where the platform has no stories on that date (LinkedIn retired them on 2021-09-30).",
        examples: StoryRuleExamples.storyUnsupported)

    /// - Parameter fact: the fact saying so, whose validity and source the message names.
    static func noStories(_ post: ChannelPost, fact: Fact?) -> Diagnostic.Message {
        let when = fact.map { $0.validity.isEmpty ? "" : " (\($0.validity): \($0.source))" } ?? ""
        return message(
            "no-stories",
            "\(post.profile.name) has no stories on \(post.date)\(when); publish '\(post.item.id.value)' as a post, or on a platform with stories")
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) -> Bool {
        guard post.profile.flag(.storySupported, on: post.date)?.0 == true else {
            diagnostics.append(Diagnostic(noStories(post, fact: post.profile.fact(.storySupported, on: post.date)), at: post.channelReference))
            return false
        }
        return true
    }
}

enum StoryExpiryRule: RuleDefinition {
    static let description = Rule(
        id: "story-expiry", category: .platform, defaultSeverity: .error,
        summary: "A story's `expires` is longer than its platform keeps stories.",
        examples: StoryRuleExamples.storyExpiry)

    static func tooLong(_ expires: PlanDuration, maximum: PlanDuration, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-long",
            "\(post.profile.name) keeps stories up for \(maximum); 'expires: \(expires)' is longer; shorten it or post the content to the feed\(post.caveat(fact))"
        )
    }

    static func check(_ story: Story, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        if let expires = story.expires, let (maximum, fact) = post.profile.duration(.storyMaxExpiry, on: post.date), expires.value > maximum {
            diagnostics.append(Diagnostic(tooLong(expires.value, maximum: maximum, post, fact: fact), at: expires.range))
        }
    }
}

enum StoryTextOnlyRule: RuleDefinition {
    static let description = Rule(
        id: "story-text-only", category: .platform, defaultSeverity: .error,
        summary: "A story carries media where the platform's stories are text only (Threads' ghost posts, archived after 24 hours).",
        examples: StoryRuleExamples.storyTextOnly)

    static func hasMedia(_ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "has-media",
            "a story on \(post.profile.name) is a ghost post, text only; drop the media from '\(post.item.id.value)' or publish it as a post\(post.caveat(fact))"
        )
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        if let attachment = post.media.first, let (textOnly, fact) = post.profile.flag(.storyTextOnly, on: post.date), textOnly {
            diagnostics.append(Diagnostic(hasMedia(post, fact: fact), at: attachment.range))
        }
    }
}
