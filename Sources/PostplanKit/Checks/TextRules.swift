/// Length, hashtags, links and forbidden characters of the text an item publishes.
enum TextRules {
    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let text = publishedText(of: post) else {
            // Media under a content warning: the warning alone still counts toward the limit.
            TextLengthRule.checkCounted(text: nil, post, into: &diagnostics)
            return
        }
        TextLengthRule.check(text, post, into: &diagnostics)
        HashtagCountRule.check(text, post, into: &diagnostics)
        LinkCountRule.check(text, post, into: &diagnostics)
        ForbiddenCharacterRule.check(text, post, into: &diagnostics)
    }

    /// The text an item publishes on a channel; for a poll whose platform uses the question
    /// as the post text, the question when the item has no text of its own.
    static func publishedText(of post: ChannelPost) -> Located<String>? {
        if let text = post.text { return text }
        if case .poll(let poll) = post.item.details, post.profile.flag(.pollQuestionIsText, on: post.date)?.0 == true {
            return poll.question
        }
        return nil
    }
}

enum TextLengthRule: RuleDefinition {
    static let description = Rule(
        id: "text-length", category: .platform, defaultSeverity: .error,
        summary: "A text is longer than its platform allows, counted the platform's way (X weights, Bluesky graphemes and bytes).",
        examples: TextRuleExamples.textLength)

    /// - Parameter unit: what is counted, such as "graphemes" or "weighted characters".
    static func tooLong(_ count: Int, of limit: Int, unit: String, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-long",
            "\(post.textName) is \(count) of \(limit) \(unit) on \(post.profile.name) ('\(post.channel.id.value)'); shorten it by \(count - limit), \(variantHint(post))\(post.caveat(fact))"
        )
    }

    static func tooManyBytes(_ count: Int, of limit: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-many-bytes",
            "\(post.textName) is \(count) of \(limit) UTF-8 bytes on \(post.profile.name) ('\(post.channel.id.value)'); shorten it by \(count - limit) bytes, \(variantHint(post))\(post.caveat(fact))"
        )
    }

    /// - Parameters:
    ///   - warning: how many units the content warning counts; `text`, the text's.
    static func tooLongWithWarning(_ count: Int, of limit: Int, unit: String, warning: Int, text: Int, _ post: ChannelPost, fact: Fact)
        -> Diagnostic.Message
    {
        message(
            "too-long-with-content-warning",
            "content warning and \(post.textName) are \(count) of \(limit) \(unit) on \(post.profile.name) ('\(post.channel.id.value)'), which counts them together (warning \(warning), \(post.textName) \(text)); shorten them by \(count - limit), \(variantHint(post))\(post.caveat(fact))"
        )
    }

    private static func variantHint(_ post: ChannelPost) -> String {
        post.part == nil
            ? "or give '\(post.channel.id.value)' its own text under 'variants'"
            : "or move the rest into a part of its own (a variant can split '\(post.channel.id.value)' its own way)"
    }

    static func check(_ text: Located<String>, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        let length = post.profile.textLength(on: post.date)
        if post.countedContentWarning != nil {
            checkCounted(text: text, post, into: &diagnostics)
        } else if let (limit, fact) = post.profile.integer(.textMaxLength, on: post.date), let over = overLength(text.value, limit: limit, length) {
            diagnostics.append(
                Diagnostic(
                    tooLong(over.count, of: limit, unit: length.unitName, post, fact: fact), at: post.range(ofCharacter: over.offset, in: text)))
        }
        if let (limit, fact) = post.profile.integer(.textMaxBytes, on: post.date), let over = overBytes(text.value, limit: limit, length) {
            diagnostics.append(Diagnostic(tooManyBytes(over.count, of: limit, post, fact: fact), at: post.range(ofCharacter: over.offset, in: text)))
        }
    }

    /// The text and the content warning against the length limit together, where the platform
    /// counts them so (Mastodon's StatusLengthValidator counts `[spoiler_text, text].join`):
    /// the warning's graphemes as written, links at their full length, then the text counted
    /// the platform's way. A finding points at the first grapheme past the limit, in the warning
    /// when the warning alone is too long, else in the text. Nothing to do without a warning.
    static func checkCounted(text: Located<String>?, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let warning = post.countedContentWarning, let (limit, fact) = post.profile.integer(.textMaxLength, on: post.date) else {
            return
        }
        let length = post.profile.textLength(on: post.date)
        var warningLength = length
        warningLength.urlLength = nil
        let warningCount = warningLength.count(warning.value)
        let textCount = text.map { length.count($0.value) } ?? 0
        let count = warningCount + textCount
        guard count > limit else { return }
        let range =
            if let text, warningCount <= limit {
                post.range(ofCharacter: length.fittingPrefix(of: text.value, limit: limit - warningCount, measure: length.count) ?? 0, in: text)
            } else {
                post.range(ofCharacter: warningLength.fittingPrefix(of: warning.value, limit: limit, measure: warningLength.count) ?? 0, in: warning)
            }
        diagnostics.append(
            Diagnostic(
                tooLongWithWarning(count, of: limit, unit: length.unitName, warning: warningCount, text: textCount, post, fact: fact), at: range))
    }

    /// How long a text longer than `limit` is, counted by `length`, and the offset of its
    /// first character past the limit; nil for a text within it.
    static func overLength(_ text: String, limit: Int, _ length: TextLength) -> (count: Int, offset: Int)? {
        // A ceiling read off the bytes first: nearly every text is well within it, and then
        // the graphemes need not be walked.
        guard length.ceiling(of: text).map({ $0 > limit }) ?? true else { return nil }
        let count = length.count(text)
        guard count > limit else { return nil }
        return (count, length.fittingPrefix(of: text, limit: limit, measure: length.count) ?? 0)
    }

    /// How many UTF-8 bytes a text of more than `limit` has as published, and the offset of
    /// its first character past the limit; nil for a text within it.
    static func overBytes(_ text: String, limit: Int, _ length: TextLength) -> (count: Int, offset: Int)? {
        let count = TextLength.published(text).utf8.count
        guard count > limit else { return nil }
        return (count, length.fittingPrefix(of: text, limit: limit) { TextLength.published($0).utf8.count } ?? 0)
    }
}

enum HashtagCountRule: RuleDefinition {
    static let description = Rule(
        id: "hashtag-count", category: .platform, defaultSeverity: .error,
        summary: "A text has more hashtags than its platform allows (Instagram: 5, Threads: 1).",
        examples: TextRuleExamples.hashtagCount)

    static func tooMany(_ count: Int, limit: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        let since = fact.validity.isEmpty ? "" : " (\(fact.validity))"
        return message(
            "too-many",
            "\(post.textName) has \(count) hashtags; \(post.profile.name) allows \(limit)\(since); keep the \(limit) that matter most\(post.caveat(fact))"
        )
    }

    static func check(_ text: Located<String>, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let (limit, fact) = post.profile.integer(.textMaxHashtags, on: post.date), LinkScanner.hashtagCeiling(of: text.value) > limit
        else { return }
        let hashtags = LinkScanner.hashtags(in: text.value)
        if hashtags.count > limit {
            let offset = text.value.distance(from: text.value.startIndex, to: hashtags[limit].lowerBound)
            diagnostics.append(Diagnostic(tooMany(hashtags.count, limit: limit, post, fact: fact), at: post.range(ofCharacter: offset, in: text)))
        }
    }
}

enum LinkCountRule: RuleDefinition {
    static let description = Rule(
        id: "link-count", category: .platform, defaultSeverity: .error,
        summary: "A text has more links than its platform allows.",
        examples: TextRuleExamples.linkCount)

    static func tooMany(_ count: Int, limit: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-many",
            "\(post.subject) has \(count) links; \(post.profile.name) allows \(limit); drop some or link one page that lists them\(post.caveat(fact))"
        )
    }

    static func check(_ text: Located<String>, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let (limit, fact) = post.profile.integer(.textMaxLinks, on: post.date),
            LinkScanner.linkCeiling(of: text.value) + (post.link == nil ? 0 : 1) > limit
        else { return }
        // The first link in the text past the limit; none when the attached link is.
        let (count, overflow) = TextMeasures.distinctLinks(in: text.value, attached: post.link?.value, limit: limit)
        if count > limit {
            let offset = overflow.map { text.value.distance(from: text.value.startIndex, to: $0.lowerBound) } ?? 0
            diagnostics.append(Diagnostic(tooMany(count, limit: limit, post, fact: fact), at: post.range(ofCharacter: offset, in: text)))
        }
    }
}

enum ForbiddenCharacterRule: RuleDefinition {
    static let description = Rule(
        id: "forbidden-character", category: .platform, defaultSeverity: .error,
        summary: "A text holds a character its platform rejects (X: U+FFFE, U+FEFF, U+FFFF).",
        examples: TextRuleExamples.forbiddenCharacter)

    static func rejected(_ character: Unicode.Scalar, _ post: ChannelPost) -> Diagnostic.Message {
        message(
            "rejected",
            "\(post.textName) contains \(TextMeasures.code(of: character)), which \(post.profile.name) rejects; \(TextMeasures.deleteAdvice(for: character))"
        )
    }

    static func check(_ text: Located<String>, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        if let (forbidden, _) = TextMeasures.forbiddenCharacters(of: post.profile, on: post.date),
            let (offset, bad) = TextMeasures.firstForbidden(in: text.value, among: forbidden)
        {
            diagnostics.append(Diagnostic(rejected(bad, post), at: post.range(ofCharacter: offset, in: text)))
        }
    }
}
