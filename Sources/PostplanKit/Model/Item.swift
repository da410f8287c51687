/// One thing the team plans to publish: a post, poll, story, product page, ad or thread.
///
/// The fields are a `SharedValue`: an item is copied into every platform check, occurrence
/// and calendar slot, and a copy costs one retain instead of one per text and list.
public struct Item: Sendable {
    private struct Values: Sendable {
        var id: Located<String>
        var channels: [Located<String>]
        var schedule: Schedule?
        var title: Located<String>?
        var text: Located<String>?
        var media: [Media]
        var pillar: Located<Pillar>?
        var intent: Located<Intent>?
        var checklist: [Located<String>]
        var status: Located<ItemStatus>?
        var owner: Located<String>?
        var campaign: Located<String>?
        var details: ItemDetails
        var range: SourceRange
        var rare: RareFields<Rare>
    }

    /// The fields few items set.
    private struct Rare: RareFieldSet {
        var timezone: Located<TimeZoneID>?
        var link: Located<String>?
        var firstComment: Located<String>?
        var contentWarning: Located<String>?
        var variants: [Variant] = []
        var created: Located<LocalDate>?
        var tags: [Located<String>] = []

        var isEmpty: Bool {
            timezone == nil && link == nil && firstComment == nil && contentWarning == nil && variants.isEmpty && created == nil
                && tags.isEmpty
        }
    }

    private var values: SharedValue<Values>

    public var id: Located<String> {
        get { values.value.id }
        set { values.value.id = newValue }
    }

    public var channels: [Located<String>] {
        get { values.value.channels }
        set { values.value.channels = newValue }
    }

    /// Nil for product pages, which are scheduled by their `launch`.
    public var schedule: Schedule? {
        get { values.value.schedule }
        set { values.value.schedule = newValue }
    }

    public var timezone: Located<TimeZoneID>? {
        get { values.value.rare.fields.timezone }
        set { values.value.rare.fields.timezone = newValue }
    }

    public var title: Located<String>? {
        get { values.value.title }
        set { values.value.title = newValue }
    }

    public var text: Located<String>? {
        get { values.value.text }
        set { values.value.text = newValue }
    }

    public var media: [Media] {
        get { values.value.media }
        set { values.value.media = newValue }
    }

    public var link: Located<String>? {
        get { values.value.rare.fields.link }
        set { values.value.rare.fields.link = newValue }
    }

    /// The comment (or reply) the team posts under the item right after it goes out
    /// (`first-comment:`): the link in the first comment, the pinned reply under a poll. Nil
    /// for none, and for the kinds that do not take one.
    public var firstComment: Located<String>? {
        get { values.value.rare.fields.firstComment }
        set { values.value.rare.fields.firstComment = newValue }
    }

    /// The content warning (`content-warning:`) readers see before the text and media, which
    /// stay hidden until they open it: Mastodon's spoiler text. On a thread, every part carries
    /// it. Nil for none, and for the kinds that do not take one.
    public var contentWarning: Located<String>? {
        get { values.value.rare.fields.contentWarning }
        set { values.value.rare.fields.contentWarning = newValue }
    }

    public var variants: [Variant] {
        get { values.value.rare.fields.variants }
        set { values.value.rare.fields.variants = newValue }
    }

    public var pillar: Located<Pillar>? {
        get { values.value.pillar }
        set { values.value.pillar = newValue }
    }

    public var intent: Located<Intent>? {
        get { values.value.intent }
        set { values.value.intent = newValue }
    }

    public var checklist: [Located<String>] {
        get { values.value.checklist }
        set { values.value.checklist = newValue }
    }

    public var status: Located<ItemStatus>? {
        get { values.value.status }
        set { values.value.status = newValue }
    }

    public var owner: Located<String>? {
        get { values.value.owner }
        set { values.value.owner = newValue }
    }

    public var campaign: Located<String>? {
        get { values.value.campaign }
        set { values.value.campaign = newValue }
    }

    /// The day the item was written down (`created:`): how long an idea has waited.
    public var created: Located<LocalDate>? {
        get { values.value.rare.fields.created }
        set { values.value.rare.fields.created = newValue }
    }

    /// Whether the item waits in the backlog: an idea or a draft without `at` or `repeat`
    /// (a product page, scheduled by its `launch`, never does). It is checked like any item
    /// and is on no calendar.
    public var isInBacklog: Bool {
        schedule == nil && !kind.definition.scheduling.isOwnDate
    }

    public var details: ItemDetails {
        get { values.value.details }
        set { values.value.details = newValue }
    }

    /// The tags the platform publishes with the item (YouTube's video tags), in order.
    public var tags: [Located<String>] {
        get { values.value.rare.fields.tags }
        set { values.value.rare.fields.tags = newValue }
    }

    /// The whole item entry.
    public var range: SourceRange {
        get { values.value.range }
        set { values.value.range = newValue }
    }

    public init(
        id: Located<String>, channels: [Located<String>], schedule: Schedule?, timezone: Located<TimeZoneID>? = nil,
        title: Located<String>? = nil, text: Located<String>? = nil, media: [Media] = [], link: Located<String>? = nil,
        firstComment: Located<String>? = nil, contentWarning: Located<String>? = nil, variants: [Variant] = [], pillar: Located<Pillar>? = nil,
        intent: Located<Intent>? = nil,
        checklist: [Located<String>] = [], status: Located<ItemStatus>? = nil, owner: Located<String>? = nil,
        campaign: Located<String>? = nil, created: Located<LocalDate>? = nil, tags: [Located<String>] = [], details: ItemDetails,
        range: SourceRange
    ) {
        values = SharedValue(
            Values(
                id: id, channels: channels, schedule: schedule, title: title, text: text, media: media, pillar: pillar, intent: intent,
                checklist: checklist, status: status, owner: owner, campaign: campaign, details: details, range: range,
                rare: RareFields(
                    Rare(
                        timezone: timezone, link: link, firstComment: firstComment, contentWarning: contentWarning, variants: variants,
                        created: created, tags: tags))))
    }

    public var kind: ItemKind { details.kind }
}

extension ItemReference {
    /// The reference of a complete item.
    public init(_ item: Item) {
        self.init(
            id: item.id, displayName: "\(item.kind.displayName) '\(item.id.value)'", channels: item.channels,
            variantChannels: item.variants.map(\.channel))
    }
}
