/// Length, hashtags, links and forbidden characters of the text an item publishes.
enum TextRules {
    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let text = publishedText(of: post) else { return }
        var hint: String { "or give '\(post.channel.id.value)' its own text under 'variants'" }
        let length = post.profile.textLength(on: post.date)
        // Each check first compares a ceiling read off the bytes with the limit: nearly every
        // text is well within it, and then the graphemes need not be walked.
        if let (limit, fact) = post.profile.integer(.textMaxLength, on: post.date), length.ceiling(of: text.value).map({ $0 > limit }) ?? true {
            let count = length.count(text.value)
            if count > limit {
                let offset = length.fittingPrefix(of: text.value, limit: limit, measure: length.count) ?? 0
                diagnostics.append(
                    Diagnostic(
                        .textLength,
                        "text is \(count) of \(limit) \(length.unitName) on \(post.profile.name) ('\(post.channel.id.value)'); shorten it by \(count - limit), \(hint)\(post.caveat(fact))",
                        at: post.range(ofCharacter: offset, in: text)))
            }
        }
        if let (limit, fact) = post.profile.integer(.textMaxBytes, on: post.date) {
            let count = TextLength.published(text.value).utf8.count
            if count > limit {
                let offset = length.fittingPrefix(of: text.value, limit: limit) { TextLength.published($0).utf8.count } ?? 0
                diagnostics.append(
                    Diagnostic(
                        .textLength,
                        "text is \(count) of \(limit) UTF-8 bytes on \(post.profile.name) ('\(post.channel.id.value)'); shorten it by \(count - limit) bytes, \(hint)\(post.caveat(fact))",
                        at: post.range(ofCharacter: offset, in: text)))
            }
        }
        if let (limit, fact) = post.profile.integer(.textMaxHashtags, on: post.date), LinkScanner.hashtagCeiling(of: text.value) > limit {
            let hashtags = LinkScanner.hashtags(in: text.value)
            if hashtags.count > limit {
                let offset = text.value.distance(from: text.value.startIndex, to: hashtags[limit].lowerBound)
                let since = fact.validity.isEmpty ? "" : " (\(fact.validity))"
                diagnostics.append(
                    Diagnostic(
                        .hashtagCount,
                        "text has \(hashtags.count) hashtags; \(post.profile.name) allows \(limit)\(since); keep the \(limit) that matter most\(post.caveat(fact))",
                        at: post.range(ofCharacter: offset, in: text)))
            }
        }
        if let (limit, fact) = post.profile.integer(.textMaxLinks, on: post.date),
            LinkScanner.linkCeiling(of: text.value) + (post.link == nil ? 0 : 1) > limit
        {
            // The first link in the text past the limit; none when the attached link is.
            let (count, overflow) = TextMeasures.distinctLinks(in: text.value, attached: post.link?.value, limit: limit)
            if count > limit {
                let offset = overflow.map { text.value.distance(from: text.value.startIndex, to: $0.lowerBound) } ?? 0
                diagnostics.append(
                    Diagnostic(
                        .linkCount,
                        "\(post.subject) has \(count) links; \(post.profile.name) allows \(limit); drop some or link one page that lists them\(post.caveat(fact))",
                        at: post.range(ofCharacter: offset, in: text)))
            }
        }
        if let (forbidden, _) = TextMeasures.forbiddenCharacters(of: post.profile, on: post.date),
            let (offset, bad) = TextMeasures.firstForbidden(in: text.value, among: forbidden)
        {
            diagnostics.append(
                Diagnostic(
                    .forbiddenCharacter,
                    "text contains \(TextMeasures.code(of: bad)), which \(post.profile.name) rejects; delete it (it is invisible in most editors)",
                    at: post.range(ofCharacter: offset, in: text)))
        }
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
