/// One thing the team plans to publish: a post, poll, story, product page or ad.
///
/// The fields live in one immutable box: items are copied into every platform check, every
/// occurrence of the schedule and every calendar slot, and a copy then costs one reference
/// count instead of one for each of the many texts and lists an item holds. Changing a field
/// (rare: tests, scaffolding) makes a new box.
public struct Item: Sendable {
    private struct Values: Sendable {
        var id: Located<String>
        var channels: [Located<String>]
        var schedule: Schedule?
        var timezone: Located<TimeZoneID>?
        var title: Located<String>?
        var text: Located<String>?
        var media: [Media]
        var link: Located<String>?
        var variants: [Variant]
        var pillar: Located<Pillar>?
        var intent: Located<Intent>?
        var checklist: [Located<String>]
        var status: Located<ItemStatus>?
        var owner: Located<String>?
        var campaign: Located<String>?
        var details: ItemDetails
        var range: SourceRange
    }

    private final class Box: Sendable {
        let values: Values

        init(_ values: Values) {
            self.values = values
        }
    }

    private var box: Box

    public var id: Located<String> {
        get { box.values.id }
        set { update { $0.id = newValue } }
    }

    public var channels: [Located<String>] {
        get { box.values.channels }
        set { update { $0.channels = newValue } }
    }

    /// Nil for product pages, which are scheduled by their `launch`.
    public var schedule: Schedule? {
        get { box.values.schedule }
        set { update { $0.schedule = newValue } }
    }

    public var timezone: Located<TimeZoneID>? {
        get { box.values.timezone }
        set { update { $0.timezone = newValue } }
    }

    public var title: Located<String>? {
        get { box.values.title }
        set { update { $0.title = newValue } }
    }

    public var text: Located<String>? {
        get { box.values.text }
        set { update { $0.text = newValue } }
    }

    public var media: [Media] {
        get { box.values.media }
        set { update { $0.media = newValue } }
    }

    public var link: Located<String>? {
        get { box.values.link }
        set { update { $0.link = newValue } }
    }

    public var variants: [Variant] {
        get { box.values.variants }
        set { update { $0.variants = newValue } }
    }

    public var pillar: Located<Pillar>? {
        get { box.values.pillar }
        set { update { $0.pillar = newValue } }
    }

    public var intent: Located<Intent>? {
        get { box.values.intent }
        set { update { $0.intent = newValue } }
    }

    public var checklist: [Located<String>] {
        get { box.values.checklist }
        set { update { $0.checklist = newValue } }
    }

    public var status: Located<ItemStatus>? {
        get { box.values.status }
        set { update { $0.status = newValue } }
    }

    public var owner: Located<String>? {
        get { box.values.owner }
        set { update { $0.owner = newValue } }
    }

    public var campaign: Located<String>? {
        get { box.values.campaign }
        set { update { $0.campaign = newValue } }
    }

    public var details: ItemDetails {
        get { box.values.details }
        set { update { $0.details = newValue } }
    }

    /// The whole item entry.
    public var range: SourceRange {
        get { box.values.range }
        set { update { $0.range = newValue } }
    }

    public init(
        id: Located<String>, channels: [Located<String>], schedule: Schedule?, timezone: Located<TimeZoneID>? = nil,
        title: Located<String>? = nil, text: Located<String>? = nil, media: [Media] = [], link: Located<String>? = nil,
        variants: [Variant] = [], pillar: Located<Pillar>? = nil, intent: Located<Intent>? = nil,
        checklist: [Located<String>] = [], status: Located<ItemStatus>? = nil, owner: Located<String>? = nil,
        campaign: Located<String>? = nil, details: ItemDetails, range: SourceRange
    ) {
        box = Box(Values(
            id: id,
            channels: channels,
            schedule: schedule,
            timezone: timezone,
            title: title,
            text: text,
            media: media,
            link: link,
            variants: variants,
            pillar: pillar,
            intent: intent,
            checklist: checklist,
            status: status,
            owner: owner,
            campaign: campaign,
            details: details,
            range: range))
    }

    private mutating func update(_ change: (inout Values) -> Void) {
        var values = box.values
        change(&values)
        box = Box(values)
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
