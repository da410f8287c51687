import YAMLTree

/// What `postplan schedule --write` changes: per plan file, the edits that pin its queued
/// items, and the items it leaves queued, with the reason.
public struct PinPlan: Sendable {
    public var edits: [PlanEdit]
    public var skipped: [Skipped]

    /// A queued item that is not pinned.
    public struct Skipped: Sendable, Hashable {
        public var item: String
        public var reason: String
    }
}

/// The edits of one plan file, made from its bytes as they were read: applied only to the
/// same bytes, so that a file someone changed meanwhile is refused rather than damaged.
public struct PlanEdit: Sendable {
    public let path: String
    /// The items the edit pins, with the times it gives them (`2026-12-07 08:30`).
    public let pinned: [(item: String, at: String)]
    let digest: Int
    let replacements: [Fix.Replacement]

    /// Why an edit cannot be applied.
    public enum Refusal: Error, CustomStringConvertible {
        case changed(path: String)

        public var description: String {
            switch self {
            case .changed(let path): "'\(path)' changed since postplan read it; run 'postplan schedule --write' again"
            }
        }
    }

    /// The file's new bytes.
    /// - Throws: ``Refusal/changed(path:)`` when `bytes` are not those the edit was made for.
    public func apply(to bytes: [UInt8]) throws(Refusal) -> [UInt8] {
        guard PlanFile.digest(of: bytes) == digest, let edited = Fix.Replacement.apply(replacements, to: bytes) else {
            throw .changed(path: path)
        }
        return edited
    }
}

/// Finds, in a plan file's text, where each queued item's time goes: its own `at:
/// next-slot` value is replaced; when its `at:` comes from a merge key (`<<: *queued`), a new
/// `at:` key is written before its first key, in the mapping's style (block or flow) and the
/// file's line ending. Nothing else in the file changes, byte for byte. An item whose own
/// mapping or `at:` value is an anchor other items may share is left alone: pinning it would
/// pin them too.
enum PinEditor {
    static func edit(path: String, bytes: [UInt8], digest: Int, pinning items: [(id: String, at: String)]) -> (PlanEdit?, [PinPlan.Skipped]) {
        guard PlanFile.digest(of: bytes) == digest else {
            return (nil, items.map { .init(item: $0.id, reason: "'\(path)' changed since postplan read it") })
        }
        guard !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]) else {
            return (nil, items.map { .init(item: $0.id, reason: "'\(path)' is UTF-16, which postplan does not edit; save it as UTF-8") })
        }
        let parsed = YAMLParser().parse(bytes)
        let entries = parsed.documents.first?.mapping?.first { $0.key.scalar?.text == "items" }?.value.sequence ?? []
        var nodes: [String: Node] = [:]
        for entry in entries {
            guard let id = entry.mapping?.first(where: { $0.key.scalar?.text == "id" })?.value.scalar?.text, nodes[id] == nil else { continue }
            nodes[id] = entry
        }
        let lineEnding = bytes.firstRange(of: [13, 10]) != nil ? "\r\n" : "\n"
        var replacements: [Fix.Replacement] = []
        var pinned: [(item: String, at: String)] = []
        var skipped: [PinPlan.Skipped] = []
        for (id, time) in items {
            guard let node = nodes[id], let pairs = node.mapping, let first = pairs.first else {
                skipped.append(.init(item: id, reason: "its entry in '\(path)' was not found"))
                continue
            }
            if node.anchor != nil {
                skipped.append(.init(item: id, reason: "its mapping is an anchor (&\(node.anchor!)) other items may merge; write its 'at:' by hand"))
                continue
            }
            if let own = pairs.first(where: { $0.key.scalar?.text == "at" })?.value {
                guard own.anchor == nil else {
                    skipped.append(.init(item: id, reason: "its 'at:' value is an anchor (&\(own.anchor!)) other items may share; write it by hand"))
                    continue
                }
                replacements.append(Fix.Replacement(SourceRange(path: path, span: own.aliasSpan ?? own.span), with: time))
            } else {
                let isFlow = TextIndex(bytes).byteOffset(of: node.span.start).map { bytes[$0] == UInt8(ascii: "{") } ?? false
                let key = first.key.span.start
                let text = isFlow ? "at: \(time), " : "at: \(time)\(lineEnding)\(String(repeating: " ", count: key.column - 1))"
                replacements.append(Fix.Replacement(SourceRange(path: path, span: Span(at: key)), with: text))
            }
            pinned.append((id, time))
        }
        guard !replacements.isEmpty else { return (nil, skipped) }
        return (PlanEdit(path: path, pinned: pinned, digest: digest, replacements: replacements), skipped)
    }
}

extension Fix.Replacement {
    /// The bytes with the replacements made (ranges of one file, not overlapping); nil when a
    /// range lies outside the text.
    static func apply(_ replacements: [Fix.Replacement], to bytes: [UInt8]) -> [UInt8]? {
        let index = TextIndex(bytes)
        func offset(_ position: Position) -> Int? {
            index.byteOffset(of: position) ?? (index.position(ofByte: bytes.count) == position ? bytes.count : nil)
        }
        var spliced: [(range: Range<Int>, text: [UInt8])] = []
        for replacement in replacements {
            guard let start = offset(replacement.range.start), let end = offset(replacement.range.end), start <= end else { return nil }
            spliced.append((start..<end, Array(replacement.text.utf8)))
        }
        var edited = bytes
        for (range, text) in spliced.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            edited.replaceSubrange(range, with: text)
        }
        return edited
    }
}
