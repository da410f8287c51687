/// Attachments against their platform: types, count, combinations and alt text.
enum MediaRules {
    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        MediaRequiredRule.check(post, into: &diagnostics)
        MediaTypeRule.check(post, into: &diagnostics)
        MediaCountRule.check(post, into: &diagnostics)
        MediaAloneRule.check(post, into: &diagnostics)
        AltTextRequiredRule.check(post, into: &diagnostics)
        AltTextLengthRule.check(post, into: &diagnostics)
    }
}

enum MediaRequiredRule: RuleDefinition {
    static let description = Rule(
        id: "media-required", category: .platform, defaultSeverity: .error,
        summary: "An item has no media on a platform that needs some (Instagram), or a story has none.",
        examples: MediaRuleExamples.mediaRequired)

    static func noMedia(_ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "no-media",
            "every \(post.item.kind.displayName) on \(post.profile.name) needs at least one image or video; add 'media' to '\(post.item.id.value)'\(post.caveat(fact))"
        )
    }

    static func titledWithoutMedia(_ post: ChannelPost, fact: Fact, community: Fact) -> Diagnostic.Message {
        message(
            "titled-without-media",
            "every \(post.item.kind.displayName) with a 'title' on \(post.profile.name) is a video and needs one; add 'media' to '\(post.item.id.value)', or drop its 'title' to publish it as a community post\(post.caveat(fact))\(post.caveat(community))"
        )
    }

    static func storyWithoutMedia(_ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "story-without-media", "\(post.profile.name) stories need an image or a video; add 'media' to '\(post.item.id.value)'\(post.caveat(fact))"
        )
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard post.item.kind.definition.takesMediaWhenPlanned else { return }
        guard post.media.isEmpty, !post.isCommunityPost, let (required, fact) = post.profile.flag(.mediaRequired, on: post.date), required
        else { return }
        let message = post.communityPostFact.map { titledWithoutMedia(post, fact: fact, community: $0) } ?? noMedia(post, fact: fact)
        diagnostics.append(Diagnostic(message, at: post.channelReference))
    }

    /// A story without media where the platform's stories need some; where every item needs
    /// media, `check` already says so.
    static func checkStory(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        let mediaAlwaysRequired = post.profile.flag(.mediaRequired, on: post.date)?.0 == true
        if post.media.isEmpty, !mediaAlwaysRequired, let (required, fact) = post.profile.flag(.storyRequiresMedia, on: post.date), required {
            diagnostics.append(Diagnostic(storyWithoutMedia(post, fact: fact), at: post.channelReference))
        }
    }
}

enum MediaTypeRule: RuleDefinition {
    static let description = Rule(
        id: "media-type", category: .platform, defaultSeverity: .error,
        summary: "An attachment's type is one its platform does not take.",
        examples: MediaRuleExamples.mediaType)

    static func notTaken(_ type: String, taken types: [String], _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "not-taken",
            "\(post.profile.name) does not take \(type) attachments; it takes \(types.joined(separator: ", "))\(post.caveat(fact))")
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let (types, fact) = post.profile.words(.mediaTypes, on: post.date) else { return }
        for attachment in post.media where !types.contains(attachment.type.value.rawValue) {
            diagnostics.append(Diagnostic(notTaken(attachment.type.value.rawValue, taken: types, post, fact: fact), at: attachment.type.range))
        }
    }
}

enum MediaCountRule: RuleDefinition {
    static let description = Rule(
        id: "media-count", category: .platform, defaultSeverity: .error,
        summary: "An item has more attachments than its platform allows.",
        examples: MediaRuleExamples.mediaCount)

    static func tooMany(_ count: Int, maximum: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-many",
            "\(post.subject) has \(count) attachments; \(post.profile.name) allows \(maximum); drop \(count - maximum) or split the post\(post.caveat(fact))"
        )
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        let media = post.media
        if let (maximum, fact) = post.profile.integer(.mediaMaxCount, on: post.date), media.count > maximum {
            diagnostics.append(Diagnostic(tooMany(media.count, maximum: maximum, post, fact: fact), at: media[maximum].range))
        }
    }
}

enum MediaAloneRule: RuleDefinition {
    static let description = Rule(
        id: "media-alone", category: .platform, defaultSeverity: .error,
        summary: "A video or GIF shares a post with other media where the platform allows it only alone (X: 4 images or 1 video or 1 GIF).",
        examples: MediaRuleExamples.mediaAlone)

    static func notAlone(_ type: String, count: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "not-alone",
            "on \(post.profile.name) a \(type) must be the only attachment, and '\(post.item.id.value)' has \(count); post it separately\(post.caveat(fact))"
        )
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        let media = post.media
        if media.count > 1, let (alone, fact) = post.profile.words(.mediaAlone, on: post.date),
            let single = media.first(where: { alone.contains($0.type.value.rawValue) })
        {
            diagnostics.append(Diagnostic(notAlone(single.type.value.rawValue, count: media.count, post, fact: fact), at: single.range))
        }
    }
}

enum AltTextRequiredRule: RuleDefinition {
    static let description = Rule(
        id: "alt-text-required", category: .platform, defaultSeverity: .error,
        summary: "An image has no alt text on a platform that needs it (Bluesky).",
        examples: MediaRuleExamples.altTextRequired)

    static func noAltText(_ type: String, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "no-alt-text",
            "\(post.profile.name) needs alt text on every \(type); add 'alt:' describing it for people who cannot see it\(post.caveat(fact))")
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let (types, fact) = post.profile.words(.mediaAltRequired, on: post.date) else { return }
        for attachment in post.media where types.contains(attachment.type.value.rawValue) && (attachment.alt?.value.isEmpty ?? true) {
            diagnostics.append(Diagnostic(noAltText(attachment.type.value.rawValue, post, fact: fact), at: attachment.range))
        }
    }
}

enum AltTextLengthRule: RuleDefinition {
    static let description = Rule(
        id: "alt-text-length", category: .platform, defaultSeverity: .error,
        summary: "An alt text is longer than its platform allows.",
        examples: MediaRuleExamples.altTextLength)

    static func tooLong(_ alt: String, maximum: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message("too-long", "alt text is \(alt.count) characters; \(post.profile.name) allows \(maximum); shorten it\(post.caveat(fact))")
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let (maximum, fact) = post.profile.integer(.mediaMaxAltLength, on: post.date) else { return }
        for attachment in post.media {
            guard let alt = attachment.alt, alt.value.count > maximum else { continue }
            diagnostics.append(Diagnostic(tooLong(alt.value, maximum: maximum, post, fact: fact), at: post.range(ofCharacter: maximum, in: alt)))
        }
    }
}
