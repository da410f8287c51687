/// An account items are published to: a LinkedIn company page, an X account, ...
///
/// The fields are a `SharedValue`: a channel is copied for every item that goes out on it, and
/// a copy costs one retain instead of one per text it holds.
public struct Channel: Sendable {
    private struct Values: Sendable {
        var id: Located<String>
        var platform: Located<String>
        var account: Located<AccountType>
        var handle: Located<String>?
        var timezone: Located<TimeZoneID>?
        var instance: Located<String>?
        var slots: PostingSlots?
        var range: SourceRange
    }

    private var values: SharedValue<Values>

    public var id: Located<String> {
        get { values.value.id }
        set { values.value.id = newValue }
    }

    /// The id of the channel's platform profile: a built-in one such as `linkedin`, or one
    /// the plan repo defines under `platforms:`.
    public var platform: Located<String> {
        get { values.value.platform }
        set { values.value.platform = newValue }
    }

    /// As written, or `profile` (the default) placed at the channel's id.
    public var account: Located<AccountType> {
        get { values.value.account }
        set { values.value.account = newValue }
    }

    public var handle: Located<String>? {
        get { values.value.handle }
        set { values.value.handle = newValue }
    }

    public var timezone: Located<TimeZoneID>? {
        get { values.value.timezone }
        set { values.value.timezone = newValue }
    }

    /// The Mastodon server's host name, such as `mastodon.social`.
    public var instance: Located<String>? {
        get { values.value.instance }
        set { values.value.instance = newValue }
    }

    /// When the queue may place items on it (`slots:` and `blackout:`); nil without slots.
    public var slots: PostingSlots? {
        get { values.value.slots }
        set { values.value.slots = newValue }
    }

    /// The whole channel entry.
    public var range: SourceRange {
        get { values.value.range }
        set { values.value.range = newValue }
    }

    public init(
        id: Located<String>, platform: Located<String>, account: Located<AccountType>,
        handle: Located<String>? = nil, timezone: Located<TimeZoneID>? = nil, instance: Located<String>? = nil,
        slots: PostingSlots? = nil, range: SourceRange
    ) {
        values = SharedValue(
            Values(
                id: id,
                platform: platform,
                account: account,
                handle: handle,
                timezone: timezone,
                instance: instance,
                slots: slots,
                range: range))
    }
}
