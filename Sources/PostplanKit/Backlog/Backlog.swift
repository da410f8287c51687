/// The ideas and drafts that wait without a time, as `postplan backlog` lists them: the
/// oldest first (by `created`; those without one last), then by id. The JSON of
/// `postplan backlog --format json` is this structure, documented in docs/backlog-json.md.
public struct Backlog: Codable, Hashable, Sendable {
    public static let currentVersion = 1

    /// The format's version, 1; raised when a field changes meaning or goes away.
    public var version: Int
    /// The day ages are counted to (`--today`, else today in the repo's time zone).
    public var today: String
    public var entries: [BacklogEntry]

    /// The backlog of the items given: those in the backlog, sorted, with their ages on `today`.
    public init(items: some Sequence<Item>, today: LocalDate) {
        version = Self.currentVersion
        self.today = today.description
        entries = items.filter(\.isInBacklog).map { BacklogEntry($0, today: today) }
            .sorted { ($0.created ?? "9999-99-99", $0.item) < ($1.created ?? "9999-99-99", $1.item) }
    }

    /// How many entries have each status, in the order statuses run (ideas, then drafts).
    public var countsByStatus: [(status: ItemStatus, count: Int)] {
        ItemStatus.allCases.compactMap { status in
            let count = entries.filter { $0.status == status.rawValue }.count
            return count == 0 ? nil : (status, count)
        }
    }
}

/// One item waiting in the backlog.
public struct BacklogEntry: Codable, Hashable, Sendable {
    /// The item's id.
    public var item: String
    /// The kind's name in plans (`post`, `poll` …) and as the listing shows it (`Poll`).
    public var kind: String
    public var kindName: String
    public var channels: [String]
    /// `idea` or `draft`.
    public var status: String
    public var pillar: String?
    public var owner: String?
    public var campaign: String?
    /// The day it was written down (`created:`), and how many days ago that was.
    public var created: String?
    public var ageDays: Int?
    /// Where the item is written: `plans/ideas.yaml:12`.
    public var file: String
    public var line: Int
    public var source: String

    init(_ item: Item, today: LocalDate) {
        self.item = item.id.value
        kind = item.kind.rawValue
        kindName = item.kind.displayName.capitalizedFirst
        channels = item.channels.map(\.value)
        status = item.status?.value.rawValue ?? ""
        pillar = item.pillar?.value.rawValue
        owner = item.owner?.value
        campaign = item.campaign?.value
        created = item.created?.value.description
        ageDays = item.created.map { today - $0.value }
        file = item.range.path
        line = item.range.start.line
        source = "\(item.range.path):\(item.range.start.line)"
    }
}
