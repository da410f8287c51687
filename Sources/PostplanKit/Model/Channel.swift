/// An account items are published to: a LinkedIn company page, an X account, ...
public struct Channel: Sendable {
    public var id: Located<String>
    /// The id of the channel's platform profile: a built-in one such as `linkedin`, or one
    /// the plan repo defines under `platforms:`.
    public var platform: Located<String>
    /// As written, or `profile` (the default) placed at the channel's id.
    public var account: Located<AccountType>
    public var handle: Located<String>?
    public var timezone: Located<TimeZoneID>?
    /// The Mastodon server's host name, such as `mastodon.social`.
    public var instance: Located<String>?
    /// The whole channel entry.
    public var range: SourceRange

    public init(
        id: Located<String>, platform: Located<String>, account: Located<AccountType>,
        handle: Located<String>? = nil, timezone: Located<TimeZoneID>? = nil, instance: Located<String>? = nil,
        range: SourceRange
    ) {
        self.id = id
        self.platform = platform
        self.account = account
        self.handle = handle
        self.timezone = timezone
        self.instance = instance
        self.range = range
    }
}
