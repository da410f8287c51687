/// One thing the team plans to publish: a post, poll, story, product page or ad.
public struct Item: Sendable {
    public var id: Located<String>
    public var channels: [Located<String>]
    /// Nil for product pages, which are scheduled by their `launch`.
    public var schedule: Schedule?
    public var timezone: Located<TimeZoneID>?
    public var title: Located<String>?
    public var text: Located<String>?
    public var media: [Media]
    public var link: Located<String>?
    public var variants: [Variant]
    public var pillar: Located<Pillar>?
    public var intent: Located<Intent>?
    public var checklist: [Located<String>]
    public var status: Located<ItemStatus>?
    public var owner: Located<String>?
    public var campaign: Located<String>?
    public var details: ItemDetails
    /// The whole item entry.
    public var range: SourceRange

    public init(
        id: Located<String>, channels: [Located<String>], schedule: Schedule?, timezone: Located<TimeZoneID>? = nil,
        title: Located<String>? = nil, text: Located<String>? = nil, media: [Media] = [], link: Located<String>? = nil,
        variants: [Variant] = [], pillar: Located<Pillar>? = nil, intent: Located<Intent>? = nil,
        checklist: [Located<String>] = [], status: Located<ItemStatus>? = nil, owner: Located<String>? = nil,
        campaign: Located<String>? = nil, details: ItemDetails, range: SourceRange
    ) {
        self.id = id
        self.channels = channels
        self.schedule = schedule
        self.timezone = timezone
        self.title = title
        self.text = text
        self.media = media
        self.link = link
        self.variants = variants
        self.pillar = pillar
        self.intent = intent
        self.checklist = checklist
        self.status = status
        self.owner = owner
        self.campaign = campaign
        self.details = details
        self.range = range
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
