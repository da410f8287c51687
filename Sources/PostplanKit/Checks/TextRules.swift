/// Length, hashtags, links and forbidden characters of the text an item publishes.
enum TextRules {
    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let text = publishedText(of: post) else { return }
        var hint: String { "or give '\(post.channel.id.value)' its own text under 'variants'" }
        let length = post.textLength
        // Each check first compares a ceiling read off the bytes with the limit: nearly every
        // text is well within it, and then the graphemes need not be walked.
        if let (limit, fact) = post.profile.integer(.textMaxLength, on: post.date), length.ceiling(of: text.value).map({ $0 > limit }) ?? true {
            let count = length.count(text.value)
            if count > limit {
                let offset = length.fittingPrefix(of: text.value, limit: limit, measure: length.count) ?? 0
                diagnostics.append(Diagnostic(
                    .textLength,
                    "text is \(count) of \(limit) \(length.unitName) on \(post.profile.name) ('\(post.channel.id.value)'); shorten it by \(count - limit), \(hint)\(post.caveat(fact))",
                    at: post.range(ofCharacter: offset, in: text)))
            }
        }
        if let (limit, fact) = post.profile.integer(.textMaxBytes, on: post.date) {
            let count = TextLength.published(text.value).utf8.count
            if count > limit {
                let offset = length.fittingPrefix(of: text.value, limit: limit) { TextLength.published($0).utf8.count } ?? 0
                diagnostics.append(Diagnostic(
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
                diagnostics.append(Diagnostic(
                    .hashtagCount,
                    "text has \(hashtags.count) hashtags; \(post.profile.name) allows \(limit)\(since); keep the \(limit) that matter most\(post.caveat(fact))",
                    at: post.range(ofCharacter: offset, in: text)))
            }
        }
        if let (limit, fact) = post.profile.integer(.textMaxLinks, on: post.date),
           LinkScanner.linkCeiling(of: text.value) + (post.link == nil ? 0 : 1) > limit {
            let links = LinkScanner.links(in: text.value)
            var distinct: Set<String> = []
            // The first link in the text past the limit; none when the attached link is.
            let overflow = links.first { distinct.insert(String(text.value[$0])).inserted && distinct.count > limit }
            distinct.formUnion(links.map { String(text.value[$0]) })
            if let link = post.link?.value { distinct.insert(link) }
            if distinct.count > limit {
                let offset = overflow.map { text.value.distance(from: text.value.startIndex, to: $0.lowerBound) } ?? 0
                diagnostics.append(Diagnostic(
                    .linkCount,
                    "\(post.subject) has \(distinct.count) links; \(post.profile.name) allows \(limit); drop some or link one page that lists them\(post.caveat(fact))",
                    at: post.range(ofCharacter: offset, in: text)))
            }
        }
        if let (codes, _) = post.profile.words(.textForbiddenCharacters, on: post.date),
           case let forbidden = codes.compactMap(scalar(fromCode:)), let lowest = forbidden.min(),
           // A scan of the scalars finds nothing in almost every text (the list is short, and
           // most scalars are below all of it); only then are the graphemes walked to say
           // where the character stands.
           text.value.unicodeScalars.contains(where: { $0 >= lowest && forbidden.contains($0) }) {
            var offset = 0
            for character in text.value {
                if let bad = character.unicodeScalars.first(where: forbidden.contains) {
                    diagnostics.append(Diagnostic(
                        .forbiddenCharacter,
                        "text contains \(code(of: bad)), which \(post.profile.name) rejects; delete it (it is invisible in most editors)",
                        at: post.range(ofCharacter: offset, in: text)))
                    break
                }
                offset += 1
            }
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

    /// `U+FFFE` as a scalar.
    static func scalar(fromCode code: String) -> Unicode.Scalar? {
        guard code.hasPrefix("U+"), let value = UInt32(code.dropFirst(2), radix: 16) else { return nil }
        return Unicode.Scalar(value)
    }

    static func code(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
