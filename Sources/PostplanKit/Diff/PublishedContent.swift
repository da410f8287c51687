import Foundation

/// What an item publishes on one channel, as the diff compares it: the text and media (a
/// variant's, or the item's own), a poll's question and options, the call to action, the
/// first comment and the content warning.
struct PublishedContent: Equatable {
    var text: String?
    var media: String?
    var firstComment: String?
    var contentWarning: String?
    var pollOptions: String?
    var cta: String?

    init(_ item: Item, on channelID: String) {
        let variant = item.variant(on: channelID)
        text = (variant?.text ?? item.text)?.value
        firstComment = item.firstComment(on: channelID)?.value
        contentWarning = item.contentWarning(on: channelID)?.value
        var media = variant?.media ?? item.media
        if case .thread(let thread) = item.details {
            let parts = thread.parts(on: channelID)
            text = parts.compactMap(\.text?.value).joined(separator: "\n\n")
            media = parts.flatMap(\.media)
        }
        self.media = media.isEmpty ? nil : media.map { "\($0.type.value.rawValue) \($0.file.value)" }.joined(separator: ", ")
        switch item.details {
        case .poll(let poll):
            let options = poll.options.map(\.value) + (poll.otherOption.map { [$0.value] } ?? [])
            pollOptions = poll.question.value + " " + options.map { "[\($0)]" }.joined(separator: " ")
        case .ad(let ad): cta = ad.cta.map(Self.describe)
        case .productPage(let page): cta = page.cta.map(Self.describe)
        case .post, .story, .thread, .live: break
        }
    }

    /// The fields that differ from `base`, as excerpts.
    func changes(from base: PublishedContent) -> [FieldChange] {
        let fields: [(String, KeyPath<PublishedContent, String?>)] = [
            ("text", \.text), ("media", \.media), ("poll-options", \.pollOptions), ("cta", \.cta), ("first-comment", \.firstComment),
            ("content-warning", \.contentWarning),
        ]
        return fields.compactMap { name, path in
            base[keyPath: path] == self[keyPath: path]
                ? nil : FieldChange(field: name, before: base[keyPath: path].map(Self.excerpt), after: self[keyPath: path].map(Self.excerpt))
        }
    }

    /// How long an excerpt is, in characters, before it is cut with "…".
    static let excerptLength = 60

    /// A text on one line, cut to ``excerptLength`` characters.
    static func excerpt(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ")
        return line.count > excerptLength ? String(line.prefix(excerptLength - 1)) + "…" : line
    }

    private static func describe(_ cta: CallToAction) -> String {
        [cta.type?.value, cta.url?.value].compactMap { $0 }.joined(separator: " ")
    }
}
