public import YAMLTree

/// One decoded plan file. A plan repo is a folder of them; see `Workspace`.
public struct PlanFile: Sendable {
    public var path: String
    /// The default time zone for the file's items (and the repo's, see `Workspace`).
    public var timezone: Located<TimeZoneID>?
    public var channels: [Channel]
    /// Every channel id the file declares, including channels with errors, so that items
    /// naming them are not also reported as naming an unknown channel.
    public var channelIDs: [Located<String>]
    /// The file's bytes, for findings that point inside a text value. Files read by
    /// `PlanLoader` read them again when first asked (see `SourceText`).
    public var source: [UInt8] {
        get { sourceText.bytes }
        set { sourceText = SourceText(bytes: newValue) }
    }
    var sourceText = SourceText(bytes: [])
    /// A digest of the bytes as read, so that an edit made from them (`schedule --write`) can
    /// tell when the file changed meanwhile.
    var digest = 0
    /// The file's `#` comments, where suppression directives live.
    public var comments: [Comment] = []
    /// The file's changes to platform profiles (`platforms:`).
    public var profileOverrides: [ProfileOverride] = []
    /// What the file's items achieved (`results:`).
    public var results: [PublishedResult] = []
    /// How many entries the file's `items:` list has, complete or not: what a summary counts.
    public var itemEntryCount = 0
    /// The items that decoded completely, until `Workspace.assemble` moves them into
    /// `Workspace.items` (so that each is kept once); empty in a workspace's files.
    var items: [Item]
    /// Ids and channel references of every item with a readable id, complete or not, until
    /// `Workspace.assemble` has checked them; empty in a workspace's files.
    var references: [ItemReference]

    init(
        path: String, timezone: Located<TimeZoneID>? = nil, channels: [Channel] = [], items: [Item] = [],
        channelIDs: [Located<String>]? = nil, references: [ItemReference]? = nil
    ) {
        self.path = path
        self.timezone = timezone
        self.channels = channels
        self.channelIDs = channelIDs ?? channels.map(\.id)
        self.items = items
        self.references = references ?? items.map(ItemReference.init)
    }
}

extension PlanFile {
    /// The digest ``digest`` holds, of a file's bytes.
    static func digest(of bytes: [UInt8]) -> Int {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }
}
