/// Which keys each kind of item takes (DESIGN.md, "Plan format v1").
enum ItemSchema {
    static let commonKeys: Set<String> = [
        "id", "kind", "channels", "at", "repeat", "timezone", "title", "text", "media", "link", "variants",
        "pillar", "intent", "checklist", "status", "owner", "campaign", "created", "queue",
        "tags",
    ]

    /// The keys only one kind (or a few) takes, from its definition.
    static func kindKeys(_ kind: ItemKind) -> Set<String> {
        kind.definition.keys
    }

    static func keys(for kind: ItemKind?) -> Set<String> {
        guard let kind else { return allKeys }
        return keysByKind[kind] ?? allKeys
    }

    /// Made once: every item asks for its kind's keys.
    private static let keysByKind: [ItemKind: Set<String>] = Dictionary(
        uniqueKeysWithValues: ItemKind.allCases.map { ($0, commonKeys.subtracting(commonKeysNotTaken(by: $0)).union(kindKeys($0))) })

    /// The common keys a kind does not take: a thread's text and media are its parts'.
    static func commonKeysNotTaken(by kind: ItemKind) -> Set<String> {
        kind == .thread ? ThreadKind.keysInParts : []
    }

    /// Where a key that an item of `kind` does not take belongs, for `unknown-key`'s message:
    /// "polls", or the parts of a thread; nil when it belongs nowhere.
    static func home(of key: String, on kind: ItemKind?) -> String? {
        if let kind, commonKeysNotTaken(by: kind).contains(key) { return "each entry of its 'parts'" }
        return kindsUsing(key)
    }

    /// The keys a variant takes on an item of `kind`: a thread's variant splits it into parts
    /// of its own.
    static func variantKeys(for kind: ItemKind?) -> Set<String> {
        let keys = kind == .thread ? PlanSchema.threadVariantKeys : PlanSchema.variantKeys
        return keys.subtracting(PlanSchema.kindVariantKeys.filter { !takes($0, kind) })
    }

    /// Whether items of `kind` take `key`, one of the keys only some kinds take (posts, polls
    /// and threads take a `first-comment` and a `content-warning`; a kind that is not known
    /// yet is given the benefit of the doubt).
    static func takes(_ key: String, _ kind: ItemKind?) -> Bool {
        kind.map { kindKeys($0).contains(key) } ?? true
    }

    /// Where a key a variant does not take belongs: `parts` in the variants of threads, `text`
    /// and `media` of a thread's variant in each of its parts.
    static func variantHome(of key: String, known: Set<String>) -> String? {
        if key == "parts", !known.contains(key) { return "the variants of threads" }
        if ThreadKind.keysInParts.contains(key), !known.contains(key) { return "each entry of its 'parts'" }
        if PlanSchema.kindVariantKeys.contains(key), !known.contains(key) { return kindsUsing(key).map { "the variants of \($0)" } }
        return nil
    }

    static let allKeys: Set<String> = ItemKind.allCases.reduce(commonKeys) { $0.union(kindKeys($1)) }

    /// For a key that belongs to other kinds: "polls", or "product pages and ads".
    static func kindsUsing(_ key: String) -> String? {
        let kinds = ItemKind.allCases.filter { kindKeys($0).contains(key) }
        guard !kinds.isEmpty else { return nil }
        return kinds.map(\.pluralName).joined(separator: " and ")
    }
}

/// Which keys the other mappings of a plan file take.
enum PlanSchema {
    static let fileKeys: Set<String> = ["postplan", "timezone", "platforms", "channels", "items", "results"]
    static let channelKeys: Set<String> = ["platform", "account", "handle", "timezone", "instance", "slots", "blackout"]
    static let blackoutKeys: Set<String> = ["from", "until", "reason"]
    static let queueKeys: Set<String> = ["from", "until", "priority", "together"]
    static let mediaKeys: Set<String> = ["type", "file", "alt", "pages", "size", "duration", "aspect"]
    static let variantKeys: Set<String> = ["text", "media", "link", "first-comment", "content-warning"]
    /// A thread's variant: its own parts instead of a text and media.
    static let threadVariantKeys: Set<String> = ["parts", "link", "first-comment", "content-warning"]
    /// The keys a variant takes only where its item's kind takes them.
    static let kindVariantKeys: Set<String> = ["first-comment", "content-warning"]
    /// One entry of a thread's `parts` written as a mapping.
    static let threadPartKeys: Set<String> = ["text", "media"]
    static let ctaKeys: Set<String> = ["type", "url"]
    static let repeatKeys: Set<String> = ["every", "on", "at", "from", "until", "count"]
}
