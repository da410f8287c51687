import YAMLTree

/// The tasks every calendar slot of a kind and platform starts with, from
/// `templates/checklists.yaml`: good practice from the domain (pin an "Other, see comments"
/// reply under a poll, answer comments within a day), kept as data so a team can replace it
/// with its own copy.
public struct ChecklistDefaults: Sendable {
    /// For every item, whatever its kind.
    public var everyItem: [Located<String>]
    public var kinds: [ItemKind: [Located<String>]]
    /// By platform id, then kind.
    public var platforms: [String: [ItemKind: [Located<String>]]]

    public init(
        everyItem: [Located<String>] = [], kinds: [ItemKind: [Located<String>]] = [:], platforms: [String: [ItemKind: [Located<String>]]] = [:]
    ) {
        self.everyItem = everyItem
        self.kinds = kinds
        self.platforms = platforms
    }

    /// The checklist of one item on one platform: the defaults for every item, its kind and
    /// its platform (a derived platform's base first), then the item's own tasks, then those
    /// that follow from its data. A task already listed (ignoring case) is not repeated.
    public func checklist(for item: Item, on profile: PlatformProfile?, derived: [String]) -> [ChecklistEntry] {
        defaults(for: item.kind, on: profile).adding(item: item, derived: derived)
    }

    /// The defaults of a kind on a platform: what every checklist of such a slot starts with.
    func defaults(for kind: ItemKind, on profile: PlatformProfile?) -> Checklist {
        var checklist = Checklist()
        everyItem.forEach { checklist.add($0.value, .everyItem) }
        kinds[kind, default: []].forEach { checklist.add($0.value, .kind) }
        for id in [profile?.base, profile?.id].compactMap({ $0 }) {
            platforms[id]?[kind, default: []].forEach { checklist.add($0.value, .platform) }
        }
        return checklist
    }
}

/// A checklist being put together: each task once, ignoring case. The defaults of a kind on a
/// platform are put together once (``ChecklistDefaults/defaults(for:on:)``), and each slot's
/// checklist goes on from a copy of them.
struct Checklist: Sendable {
    private(set) var entries: [ChecklistEntry] = []
    /// The entries' texts, lower-cased: what a task is compared by.
    private var keys: [String] = []

    /// Adds the task unless one of the same text (ignoring case) is there already.
    mutating func add(_ text: String, _ origin: ChecklistEntry.Origin) {
        let key = text.lowercased()
        guard !keys.contains(key) else { return }
        keys.append(key)
        entries.append(ChecklistEntry(text: text, origin: origin))
    }

    /// These entries, then the item's own tasks, then those that follow from its data.
    func adding(item: Item, derived: [String]) -> [ChecklistEntry] {
        var checklist = self
        item.checklist.forEach { checklist.add($0.value, .item) }
        derived.forEach { checklist.add($0, .derived) }
        return checklist.entries
    }
}

extension ChecklistDefaults {
    /// Where the built-in defaults live, in the repository and inside the binary.
    public static let builtInPath = "templates/checklists.yaml"

    /// The defaults shipped in `templates/checklists.yaml` and embedded in the binary.
    public static let builtIn: ChecklistDefaults = loadBuiltIn().defaults

    /// Problems in the built-in file; a test keeps this empty.
    public static var builtInDiagnostics: [Diagnostic] { loadBuiltIn().diagnostics }

    private static func loadBuiltIn() -> (defaults: ChecklistDefaults, diagnostics: [Diagnostic]) {
        let text = EmbeddedResources.files[builtInPath] ?? ""
        let (defaults, diagnostics) = ChecklistDefaultsDecoder.decode(
            YAMLParser().parse(text), path: builtInPath, platforms: ProfileRegistry.builtIn.profiles.keys.sorted())
        return (defaults ?? ChecklistDefaults(), diagnostics)
    }
}
