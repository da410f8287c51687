/// A per-channel override of an item's text, media, link, first comment or content warning.
public struct Variant: Sendable {
    public var channel: Located<String>
    public var text: Located<String>?
    /// Nil when the variant keeps the item's media; empty when it drops them.
    public var media: [Media]?
    public var link: Located<String>?
    /// The channel's own first comment, instead of the item's.
    public var firstComment: Located<String>?
    /// The channel's own content warning, instead of the item's; an empty one means none there.
    public var contentWarning: Located<String>?
    public var range: SourceRange

    public init(
        channel: Located<String>, text: Located<String>?, media: [Media]?, link: Located<String>?, firstComment: Located<String>? = nil,
        contentWarning: Located<String>? = nil, range: SourceRange
    ) {
        self.channel = channel
        self.text = text
        self.media = media
        self.link = link
        self.firstComment = firstComment
        self.contentWarning = contentWarning
        self.range = range
    }
}

extension Item {
    /// The item's variant for a channel, whose text, media and link win over the item's there.
    func variant(on channelID: String) -> Variant? {
        variants.first { $0.channel.value == channelID }
    }

    /// The first comment on a channel: its variant's, else the item's.
    func firstComment(on channelID: String) -> Located<String>? {
        variant(on: channelID)?.firstComment ?? firstComment
    }

    /// The content warning on a channel: its variant's, else the item's; nil when neither has
    /// one or the one that applies is empty (`content-warning: ""` in a variant: none there).
    func contentWarning(on channelID: String) -> Located<String>? {
        (variant(on: channelID)?.contentWarning ?? contentWarning).flatMap { $0.value.isEmpty ? nil : $0 }
    }
}
