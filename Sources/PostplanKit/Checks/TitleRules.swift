/// A title the platform publishes (YouTube: the video's title) against its profile: there
/// when required, within its length, without characters the platform rejects.
enum TitleRules {
    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let title = post.item.title else {
            TitleRequiredRule.check(post, into: &diagnostics)
            return
        }
        TitleLengthRule.check(title, post, into: &diagnostics)
        TitleCharacterRule.check(title, post, into: &diagnostics)
    }
}

enum TitleRequiredRule: RuleDefinition {
    static let description = Rule(
        id: "title-required", category: .platform, defaultSeverity: .error,
        summary: "An item has no `title` on a platform that publishes one (YouTube: the video's title; LinkedIn: a document's).",
        examples: TitleRuleExamples.titleRequired)

    static func noTitle(_ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "no-title",
            "\(post.subject) has no 'title', which \(post.profile.name) publishes with it; add 'title:' to '\(post.item.id.value)'\(post.caveat(fact))"
        )
    }

    static func documentWithoutTitle(_ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "document-without-title",
            "\(post.subject) carries a document, which \(post.profile.name) shows under a title; add 'title:' to '\(post.item.id.value)'\(post.caveat(fact))"
        )
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        if post.isCommunityPost { return }
        if let (required, fact) = post.profile.flag(.titleRequired, on: post.date), required {
            diagnostics.append(Diagnostic(noTitle(post, fact: fact), at: post.channelReference))
        } else if post.item.kind == .post, let document = post.media.first(where: { $0.type.value == .document }),
            let (required, fact) = post.profile.flag(.documentTitleRequired, on: post.date), required
        {
            diagnostics.append(Diagnostic(documentWithoutTitle(post, fact: fact), at: document.range))
        }
    }
}

enum TitleLengthRule: RuleDefinition {
    static let description = Rule(
        id: "title-length", category: .platform, defaultSeverity: .error,
        summary: "A published title is longer than its platform allows (YouTube: 100 characters).",
        examples: TitleRuleExamples.titleLength)

    static func tooLong(_ count: Int, maximum: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-long",
            "the title of \(post.subject) is \(count) characters; \(post.profile.name) allows \(maximum); shorten it by \(count - maximum)\(post.caveat(fact))"
        )
    }

    static func check(_ title: Located<String>, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        if let key = post.item.kind.definition.titleFacts.maxLength, let (maximum, fact) = post.profile.integer(key, on: post.date),
            title.value.count > maximum
        {
            diagnostics.append(
                Diagnostic(tooLong(title.value.count, maximum: maximum, post, fact: fact), at: post.range(ofCharacter: maximum, in: title)))
        }
    }
}

enum TitleCharacterRule: RuleDefinition {
    static let description = Rule(
        id: "title-character", category: .platform, defaultSeverity: .error,
        summary: "A published title holds a character its platform rejects (YouTube: `<` and `>`).",
        examples: TitleRuleExamples.titleCharacter)

    static func rejected(_ character: Unicode.Scalar, _ post: ChannelPost) -> Diagnostic.Message {
        message(
            "rejected",
            "the title contains \(TextMeasures.code(of: character)), which \(post.profile.name) rejects in titles; \(TextMeasures.deleteAdvice(for: character))"
        )
    }

    static func check(_ title: Located<String>, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        if let (forbidden, _) = TextMeasures.forbiddenCharacters(
            of: post.profile, on: post.date, key: post.item.kind.definition.titleFacts.forbiddenCharacters),
            let (offset, bad) = TextMeasures.firstForbidden(in: title.value, among: forbidden)
        {
            diagnostics.append(Diagnostic(rejected(bad, post), at: post.range(ofCharacter: offset, in: title)))
        }
    }
}
