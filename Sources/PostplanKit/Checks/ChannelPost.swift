import YAMLTree

/// One item as it goes out on one channel: the text and media it publishes there (a variant's,
/// or the item's own), the channel's platform profile, and the date whose facts apply.
struct ChannelPost {
    let item: Item
    let channel: Channel
    let profile: PlatformProfile
    let date: LocalDate
    /// The variant's text for this channel, or the item's; a thread part's own.
    private(set) var text: Located<String>?
    /// The variant's media for this channel, or the item's; a thread part's own.
    private(set) var media: [Media]
    /// The variant's link for this channel, or the item's; on a thread, its first part's.
    private(set) var link: Located<String>?
    /// The variant's first comment for this channel, or the item's.
    let firstComment: Located<String>?
    /// The variant's content warning for this channel, or the item's; on a thread, every part's.
    let contentWarning: Located<String>?
    /// The part of a thread this is (`part(_:)`); nil for every other item.
    private(set) var part: ThreadPart?
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
        firstComment = variant?.firstComment ?? item.firstComment
        contentWarning = item.contentWarning(on: channel.id.value)
        self.sources = sources
    }

    /// One part of a thread, checked as a post of its own: its text and media; the thread's
    /// link goes with the first part.
    func part(_ part: ThreadPart) -> ChannelPost {
        var post = self
        post.text = part.text
        post.media = part.media
        post.link = part.number == 1 ? link : nil
        post.part = part
        return post
    }

    /// How messages name what is being checked: "poll 'cert-poll' on 'acme-x' (X)", "part 2
    /// of thread 'launch' on 'acme-x' (X)".
    var subject: String {
        "\(part.map { "part \($0.number) of " } ?? "")\(item.kind.displayName) '\(item.id.value)' on '\(channel.id.value)' (\(profile.name))"
    }

    /// How messages name the text being checked: "text", or "part 2 of 5" of a thread.
    var textName: String {
        part.map { "part \($0.number) of \($0.count)" } ?? "text"
    }

    /// Where the item names this channel in its `channels:` list.
    var channelReference: SourceRange {
        item.channels.first { $0.value == channel.id.value }?.range ?? item.id.range
    }

    /// The content warning, where the platform counts it toward the text's limit
    /// (`content-warning.counts-toward-text`); nil elsewhere and without one.
    var countedContentWarning: Located<String>? {
        guard profile.flag(.contentWarningCountsTowardText, on: date)?.0 == true else { return nil }
        return contentWarning
    }

    /// A range covering one grapheme of a text, found in the plan file's source.
    func range(ofCharacter offset: Int, in text: Located<String>) -> SourceRange {
        let position = TextLocator(source: sources[text.range.path]).position(ofCharacter: offset, in: text)
        return SourceRange(path: text.range.path, span: Span(start: position, end: Position(line: position.line, column: position.column + 1)))
    }

    /// The `community-post.supported` fact, where this platform takes community posts and this
    /// is a post; nil elsewhere.
    var communityPostFact: Fact? {
        guard item.kind == .post, let (supported, fact) = profile.flag(.communityPostSupported, on: date), supported else { return nil }
        return fact
    }

    /// Whether this goes out as a community post: a post with neither media nor a title where
    /// the platform takes community posts (YouTube), so it needs no video and no video title.
    var isCommunityPost: Bool {
        communityPostFact != nil && media.isEmpty && item.title == nil
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
