/// A live event against its platform: whether the platform hosts live events
/// (`live.supported`), and its title against the platform's event title limit
/// (`live.max-title-length`, LinkedIn Live 75, YouTube 100), counted the platform's way. Its
/// characters are `title-character`'s, through the kind's `titleFacts`; `title-length` does not
/// check a live event's title, so that one title gives one finding.
enum LiveRules {
    /// Whether live events exist on the platform; its text and media are checked as a post's
    /// when they do.
    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) -> Bool {
        guard LiveUnsupportedRule.check(post, into: &diagnostics) else { return false }
        LiveTitleLengthRule.check(post, into: &diagnostics)
        return true
    }
}

enum LiveUnsupportedRule: RuleDefinition {
    static let description = Rule(
        id: "live-unsupported", category: .platform, defaultSeverity: .error,
        summary: "A live event is planned where the platform hosts none (Bluesky, Mastodon, Threads).",
        examples: LiveRuleExamples.liveUnsupported)

    static func noLive(_ post: ChannelPost, fact: Fact?) -> Diagnostic.Message {
        message(
            "no-live",
            "\(post.profile.name) hosts no live events; host '\(post.item.id.value)' where it can go live (LinkedIn, X, Facebook) and announce it on '\(post.channel.id.value)' with a post\(fact.map(post.caveat) ?? "")"
        )
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) -> Bool {
        guard post.profile.flag(.liveSupported, on: post.date)?.0 == true else {
            diagnostics.append(Diagnostic(noLive(post, fact: post.profile.fact(.liveSupported, on: post.date)), at: post.channelReference))
            return false
        }
        return true
    }
}

enum LiveTitleLengthRule: RuleDefinition {
    static let description = Rule(
        id: "live-title-length", category: .platform, defaultSeverity: .error,
        summary: "A live event's title is longer than its platform allows (LinkedIn Live: 75 characters; YouTube Live: 100, the video's title).",
        examples: LiveRuleExamples.liveTitleLength)

    static func tooLong(_ count: Int, of limit: Int, unit: String, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-long",
            "live event title is \(count) of \(limit) \(unit) on \(post.profile.name) ('\(post.channel.id.value)'); shorten it by \(count - limit) and say the rest in its text\(post.caveat(fact))"
        )
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let title = post.item.title, let (limit, fact) = post.profile.integer(.liveMaxTitleLength, on: post.date) else { return }
        let length = post.profile.textLength(on: post.date)
        guard let over = TextLengthRule.overLength(title.value, limit: limit, length) else { return }
        diagnostics.append(
            Diagnostic(tooLong(over.count, of: limit, unit: length.unitName, post, fact: fact), at: post.range(ofCharacter: over.offset, in: title)))
    }
}
