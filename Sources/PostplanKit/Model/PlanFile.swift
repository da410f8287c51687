/// One decoded plan file. A plan repo is a folder of them; see `Workspace`.
public struct PlanFile: Sendable {
    public var path: String
    /// The default time zone for the file's items (and the repo's, see `Workspace`).
    public var timezone: Located<TimeZoneID>?
    public var channels: [Channel]
    /// The items that decoded completely.
    public var items: [Item]
    /// Ids and channel references of every item with a readable id, complete or not.
    public var references: [ItemReference]

    public init(
        path: String, timezone: Located<TimeZoneID>? = nil, channels: [Channel] = [], items: [Item] = [],
        references: [ItemReference]? = nil
    ) {
        self.path = path
        self.timezone = timezone
        self.channels = channels
        self.items = items
        self.references = references ?? items.map(ItemReference.init)
    }
}
