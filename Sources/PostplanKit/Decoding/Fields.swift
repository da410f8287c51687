import YAMLTree

/// The keys of one mapping in a plan file, read against the keys its schema knows.
///
/// Unknown keys are reported once, when the fields are made, with a suggestion; each key's
/// first occurrence wins (later ones are already reported as `duplicate-key`). YAML merge
/// keys (`<<: *defaults`) contribute the keys the mapping does not set itself.
struct Fields {
    /// How the mapping is named in messages, like "poll 'cert-poll'".
    let owner: String
    let node: Node
    /// The mapping's own pairs, then those its merge keys bring in, in that order. A lookup
    /// takes the first pair with its key, so the mapping's own keys win over merged ones, and
    /// the first of two equal keys wins (the second is a `duplicate-key` already). Unknown keys
    /// stay in the list, reported once here: lookups only ask for known keys. The list is the
    /// node's own array, not a copy, unless merge keys add to it.
    private var pairs: [Pair]

    /// Nil, with a `wrong-type` diagnostic, when the node is not a mapping.
    init?(
        _ node: Node, owner: String, known: Set<String>, elsewhere: (String) -> String? = { _ in nil },
        context: inout DecodingContext
    ) {
        guard let mapping = node.mapping else {
            context.report(WrongTypeRule.notKeys(for: owner, found: node), at: node.span)
            return nil
        }
        self.owner = owner
        self.node = node
        self.pairs = mapping
        checkKeys(of: mapping, known: known, elsewhere: elsewhere, context: &context, depth: 0)
    }

    /// Reports keys that are not text or not known, and appends what merge keys bring in.
    private mutating func checkKeys(
        of mapping: [Pair], known: Set<String>, elsewhere: (String) -> String?, context: inout DecodingContext, depth: Int
    ) {
        var merged: [Node] = []
        // By index: iterating the pairs themselves would copy (and retain) every one.
        for index in mapping.indices {
            guard case .scalar(let key) = mapping[index].key.content else {
                let keyNode = mapping[index].key
                context.report(WrongTypeRule.keyNotText(in: owner, found: keyNode), at: keyNode.span)
                continue
            }
            if key.text == "<<", key.style == .plain {
                merged.append(mapping[index].value)
                continue
            }
            // `x-` keys hold what postplan does not read, such as anchors for merge keys.
            if depth == 0, !known.contains(key.text),
                !(known.contains(Self.extensionPrefix) && key.text.hasPrefix(Self.extensionPrefix))
            {
                reportUnknown(key.text, at: mapping[index].key.span, in: mapping, known: known, elsewhere: elsewhere, context: &context)
            }
        }
        // Merged mappings come after the mapping's own keys, so its own keys win.
        for source in merged {
            let sources = source.sequence ?? [source]
            for mergedNode in sources {
                guard let mergedPairs = mergedNode.mapping else {
                    context.report(WrongTypeRule.mergeNotMapping(found: mergedNode), at: mergedNode.span)
                    continue
                }
                for pair in mergedPairs {
                    if let key = pair.key.scalar?.text, key != "<<", !known.contains(key) {
                        reportUnknown(key, at: pair.key.span, in: mergedPairs, known: known, elsewhere: elsewhere, context: &context)
                    }
                }
                pairs += mergedPairs
                checkKeys(of: mergedPairs, known: known, elsewhere: elsewhere, context: &context, depth: depth + 1)
            }
        }
    }

    /// - Parameter mapping: the pairs the key is written among; a suggested key already there
    ///   gets no fix, which would only make a duplicate key.
    private func reportUnknown(
        _ key: String, at span: Span, in mapping: [Pair], known: Set<String>, elsewhere: (String) -> String?, context: inout DecodingContext
    ) {
        if let home = elsewhere(key) {
            context.report(UnknownKeyRule.elsewhere(key, in: owner, belongsTo: home), at: span)
        } else {
            context.reportMisspelt(
                UnknownKeyRule.misspelt(key, in: owner), word: key, among: known.sorted(), listUpTo: 0, at: span,
                unless: { match in mapping.contains { $0.key.scalar?.text == match } })
        }
    }

    /// A key's value in a mapping node, looking through merge keys as `Fields` does, before
    /// the node is read as fields (to name an item by its id and kind in every message).
    static func lookup(_ key: String, in node: Node, depth: Int = 0) -> Node? {
        guard let pairs = node.mapping, depth < 8 else { return nil }
        if let own = index(of: key, in: pairs) { return pairs[own].value }
        for pair in pairs where pair.key.scalar?.text == "<<" {
            for source in pair.value.sequence ?? [pair.value] {
                if let found = lookup(key, in: source, depth: depth + 1) { return found }
            }
        }
        return nil
    }

    /// The first pair with a key. Lengths are compared first, which skips most keys without a
    /// call into the string comparison; that is exact because the keys asked for are schema
    /// keys (lowercase ASCII letters, digits, `-`, `.`, `_`), which no other spelling is
    /// canonically equivalent to, as `é` has two (see `Composer.duplicateKeys`). By index:
    /// iterating the pairs would copy every one.
    private static func index(of key: String, in pairs: [Pair]) -> Int? {
        assert(key.utf8.allSatisfy(isSchemaKeyByte), "'\(key)' is not a schema key; compare it without the length shortcut")
        let length = key.utf8.count
        for index in pairs.indices {
            if case .scalar(let scalar) = pairs[index].key.content, scalar.text.utf8.count == length, scalar.text == key {
                return index
            }
        }
        return nil
    }

    private static func isSchemaKeyByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
    }

    /// Listed among a mapping's known keys, it lets the mapping hold `x-...` keys that are
    /// not read (as docker-compose does), a place for shared anchors.
    static let extensionPrefix = "x-"

    /// The value of a key, or nil when the key is absent or its value is null.
    subscript(key: String) -> Node? {
        guard let index = Self.index(of: key, in: pairs), !pairs[index].value.isNull else { return nil }
        return pairs[index].value
    }

    /// The key node itself, for diagnostics that point at a key.
    func keyNode(_ key: String) -> Node? {
        Self.index(of: key, in: pairs).map { pairs[$0].key }
    }

    func has(_ key: String) -> Bool {
        Self.index(of: key, in: pairs) != nil
    }

    /// The value of a required key; reports `missing-field` (with what to write) when it is
    /// absent or empty.
    /// - Parameter purpose: what the value is for, said after the example where the key's
    ///   name does not say it.
    func required(_ key: String, example: String, purpose: String? = nil, context: inout DecodingContext) -> Node? {
        if let value = self[key] { return value }
        let why = purpose.map { ", \($0)" } ?? ""
        if let keyNode = keyNode(key) {
            context.report(MissingFieldRule.emptyKey(key, of: owner, example: example, why: why), at: keyNode.span)
        } else {
            context.report(MissingFieldRule.noKey(key, of: owner, example: example, why: why), at: Span(at: node.span.start))
        }
        return nil
    }
}
