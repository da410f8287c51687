import Foundation

/// How a calendar names an item on one channel: a title short enough for a line, and the
/// whole text as it goes out there.
struct SlotWording {
    let item: Item
    let channelID: String
    /// The text on this channel: its variant's, else the item's, without the line breaks that
    /// end a block scalar (`text: |`); a thread's parts on this channel, a blank line apart.
    let text: String?

    init(item: Item, channelID: String) {
        self.item = item
        self.channelID = channelID
        let variant = item.variants.first { $0.channel.value == channelID }
        let parts = Self.threadParts(of: item, on: channelID)
        text = ((variant?.text ?? item.text)?.value ?? parts?.compactMap(\.text?.value).joined(separator: "\n\n")).map(Self.withoutFinalLineBreaks)
    }

    private var variant: Variant? {
        item.variants.first { $0.channel.value == channelID }
    }

    /// The text without the line breaks it ends with; the text itself, not a copy, when it
    /// ends with none.
    private static func withoutFinalLineBreaks(_ text: String) -> String {
        var end = text.endIndex
        while end > text.startIndex, case let before = text.index(before: end), text[before].isNewline { end = before }
        return end == text.endIndex ? text : String(text[..<end])
    }

    /// The content warning on this channel (its variant's, else the item's), on one line.
    var contentWarning: String? {
        item.contentWarning(on: channelID).flatMap { Self.joinedLines(of: $0.value) }
    }

    /// Whether the text on this channel is its variant's (a thread's: split its own way).
    var isVariantText: Bool {
        variant?.text != nil || isSplitByVariant
    }

    /// A thread's parts on this channel; nil for other kinds.
    private var threadParts: [ThreadPart]? {
        Self.threadParts(of: item, on: channelID)
    }

    private static func threadParts(of item: Item, on channelID: String) -> [ThreadPart]? {
        guard case .thread(let thread) = item.details else { return nil }
        return thread.parts(on: channelID)
    }

    private var isSplitByVariant: Bool {
        guard case .thread(let thread) = item.details else { return false }
        return thread.variantParts[channelID] != nil
    }

    /// How many parts the item has on this channel: a thread's; nil for other kinds.
    var partCount: Int? {
        threadParts?.count
    }

    /// The attachments on this channel: its variant's, if it has its own list, else the item's;
    /// a thread's parts' in order.
    var media: [SlotMedia] {
        // An empty alt text is no alt text, as an empty text is no text.
        (variant?.media ?? threadParts?.flatMap(\.media) ?? item.media).map { media in
            SlotMedia(type: media.type.value.rawValue, file: media.file.value, alt: media.alt.map(\.value).flatMap { $0.isEmpty ? nil : $0 })
        }
    }

    /// The checklist task the first comment on this channel (its variant's, else the item's)
    /// becomes, due when the slot goes out: "At 09:00, right after it goes out, post the first
    /// comment: Read the story: https://…", on one line; nil without one.
    func firstCommentTask(at time: LocalTime) -> String? {
        item.firstComment(on: channelID).flatMap { Self.joinedLines(of: $0.value) }
            .map { "At \(time), right after it goes out, post the first comment: \($0)" }
    }

    /// How many characters of a text a card shows before it is opened; about one X post.
    static let excerptLength = 280

    /// The text cut at the last space within `excerptLength` characters, with "…"; nil when
    /// it is no longer than that.
    static func excerpt(of text: String) -> String? {
        let utf8 = text.utf8
        // No more bytes than that is no more characters than that.
        guard utf8.count > excerptLength else { return nil }
        // Up to the cut, ASCII without a CR is a character per byte (CR LF is one character),
        // and an ASCII byte after it starts a character: its bytes say where to cut.
        let asciiEnd = utf8.index(utf8.startIndex, offsetBy: excerptLength)
        if !utf8[...asciiEnd].contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }) {
            let head = text[..<asciiEnd]
            let cut = head.utf8.lastIndex(where: { $0 == UInt8(ascii: " ") || (0x0A...0x0D).contains($0) }).map { head[..<$0] } ?? head
            return cut.trimmingWhitespace() + "…"
        }
        // Only as far as the cut is walked, not the whole text.
        guard let end = text.index(text.startIndex, offsetBy: excerptLength, limitedBy: text.endIndex), end < text.endIndex
        else { return nil }
        let head = text[..<end]
        let cut = head.lastIndex(where: { $0 == " " || $0.isNewline }).map { head[..<$0] } ?? head
        return cut.trimmingWhitespace() + "…"
    }

    var link: String? {
        (variant?.link ?? item.link)?.value
    }

    /// The item's `title`; else what names it best: a poll's question, a product page's name,
    /// the first line of its text, its first media's alt text; else its kind and id.
    ///
    /// A title, question or name is one value written to name the item, so all of it is kept:
    /// its lines (however they end: LF, CR, CR LF, U+0085, U+2028, ...) are joined with spaces,
    /// and no format loses what follows a line break. Of a text or alt text, which run on, the
    /// first line names the slot.
    var title: String {
        var names: [String?] = [item.title?.value]
        switch item.details {
        case .poll(let poll): names.append(poll.question.value)
        case .productPage(let page): names.append(page.name.value)
        case .post, .story, .ad, .thread, .live: break
        }
        for case let name? in names {
            if let line = Self.joinedLines(of: name) { return line }
        }
        for case let text? in [text, item.media.first?.alt?.value] {
            if let line = Self.firstLine(of: text) { return line }
        }
        return "\(item.kind.displayName) '\(item.id.value)'"
    }

    /// Every line with more than spaces on it, trimmed, joined with single spaces; nil when
    /// there is none.
    static func joinedLines(of text: String) -> String? {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: isLineBreak) else { return firstLine(of: text) }
        let lines = text.unicodeScalars.split(whereSeparator: isLineBreak).map { String(String.UnicodeScalarView($0)).trimmingSpaces() }
        let joined = lines.filter { !$0.isEmpty }.joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }

    /// The first line with more than spaces on it, trimmed; nil when there is none.
    ///
    /// Lines end at the scalars `Character.isNewline` names (LF, VT, FF, CR, U+0085, U+2028,
    /// U+2029; CR LF counts twice, which only adds an empty line). Each is a grapheme of its own,
    /// so scanning scalars cuts where scanning characters would, without splitting the whole text.
    static func firstLine(of text: String) -> String? {
        let scalars = text.unicodeScalars
        var lineStart = scalars.startIndex
        while lineStart < scalars.endIndex {
            let lineEnd = scalars[lineStart...].firstIndex(where: isLineBreak) ?? scalars.endIndex
            let line = text[lineStart..<lineEnd].trimmingSpaces()
            if !line.isEmpty { return line }
            lineStart = lineEnd == scalars.endIndex ? lineEnd : scalars.index(after: lineEnd)
        }
        return nil
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
