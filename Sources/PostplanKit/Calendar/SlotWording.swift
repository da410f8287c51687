/// How a calendar names an item on one channel: a title short enough for a line, and the
/// whole text as it goes out there.
struct SlotWording {
    let item: Item
    let channelID: String

    private var variant: Variant? {
        item.variants.first { $0.channel.value == channelID }
    }

    /// The text on this channel: its variant's, else the item's.
    var text: String? {
        (variant?.text ?? item.text)?.value
    }

    var link: String? {
        (variant?.link ?? item.link)?.value
    }

    /// The item's `title`; else what names it best: a poll's question, a product page's name,
    /// the first line of its text, its first media's alt text; else its kind and id.
    var title: String {
        var candidates: [String?] = [item.title?.value]
        switch item.details {
        case .poll(let poll): candidates.append(poll.question.value)
        case .productPage(let page): candidates.append(page.name.value)
        case .post, .story, .ad: break
        }
        candidates += [text, item.media.first?.alt?.value]
        for case let candidate? in candidates {
            if let line = Self.firstLine(of: candidate) { return line }
        }
        return "\(item.kind.displayName) '\(item.id.value)'"
    }

    /// The first line with more than spaces on it, trimmed; nil when there is none.
    private static func firstLine(of text: String) -> String? {
        text.split(whereSeparator: \.isNewline).lazy.map { $0.trimmingSpaces() }.first { !$0.isEmpty }
    }
}
