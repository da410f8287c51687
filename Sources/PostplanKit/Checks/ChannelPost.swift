import YAMLTree

/// One item as it goes out on one channel: the text and media it publishes there (a variant's,
/// or the item's own), the channel's platform profile, and the date whose facts apply.
struct ChannelPost {
    let item: Item
    let channel: Channel
    let profile: PlatformProfile
    let date: LocalDate
    /// The variant's text for this channel, or the item's.
    let text: Located<String>?
    /// The variant's media for this channel, or the item's.
    let media: [Media]
    /// The variant's link for this channel, or the item's.
    let link: Located<String>?
    /// The plan files' texts by path, read only for findings that point inside a text.
    let sources: [String: SourceText]

    init(item: Item, channel: Channel, profile: PlatformProfile, date: LocalDate, sources: [String: SourceText]) {
        self.item = item
        self.channel = channel
        self.profile = profile
        self.date = date
        let variant = item.variant(on: channel.id.value)
        text = variant?.text ?? item.text
        media = variant?.media ?? item.media
        link = variant?.link ?? item.link
        self.sources = sources
    }

    /// How messages name what is being checked: "poll 'cert-poll' on 'acme-x' (X)".
    var subject: String {
        "\(item.kind.displayName) '\(item.id.value)' on '\(channel.id.value)' (\(profile.name))"
    }

    /// Where the item names this channel in its `channels:` list.
    var channelReference: SourceRange {
        item.channels.first { $0.value == channel.id.value }?.range ?? item.id.range
    }

    /// A range covering one grapheme of a text, found in the plan file's source.
    func range(ofCharacter offset: Int, in text: Located<String>) -> SourceRange {
        let position = TextLocator(source: sources[text.range.path]).position(ofCharacter: offset, in: text)
        return SourceRange(path: text.range.path, span: Span(start: position, end: Position(line: position.line, column: position.column + 1)))
    }

    /// "; this limit is not verified (source: ...)" for facts worth double-checking.
    func caveat(_ fact: Fact) -> String {
        profile.caveat(fact)
    }
}

extension PlatformProfile {
    /// "; this limit is not verified (source: ...)" for facts of the profile worth double-checking.
    func caveat(_ fact: Fact) -> String {
        fact.confidence == .unverified
            ? "; this \(name) fact is not verified, override it under 'platforms: \(id):' if yours differs"
            : ""
    }
}

extension Item {
    /// The day whose platform facts apply: the item's date, a repeat's first day, a product page's
    /// launch, the first day a queued item may go out (today for an item without a schedule).
    func factDate(today: LocalDate) -> LocalDate {
        switch (schedule, details) {
        case (.once(let at)?, _): at.value.date
        case (.recurring(let rule)?, _): rule.from.value
        case (.queued(let request)?, _): max(request.from?.value ?? today, today)
        case (nil, _): details.ownDate?.value ?? today
        }
    }
}
