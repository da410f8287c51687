internal import CYAML

/// Turns libyaml events into `Node` trees, one event at a time, with an explicit stack so that
/// deep nesting costs memory up to the limit and never the call stack.
struct Composer {
    private struct Frame {
        var isMapping: Bool
        var isFlow: Bool
        var start: Position
        var anchor: String?
        var tag: String?
        /// Where the collection's children start in `children`.
        var firstChild: Int
        /// Nodes in this subtree, counting what aliases in it expand to.
        var weight = 1
    }

    private let limits: ParserLimits
    private var documents: [Node] = []
    private var problems: [YAMLProblem] = []
    private var stack: [Frame] = []
    /// The children of every open collection, the innermost's last.
    private let children = NodeStack()
    private var anchors: [String: (node: Node, weight: Int)] = [:]
    private var aliasExpansion = 0
    /// Spans of quoted and block scalars, in text order, where a `#` is text, not a comment.
    private(set) var textSpans: [Span] = []
    /// The short texts met so far that do not fit inside a `String` (16 to 64 bytes): a text
    /// met again (a checklist task, an alt text, a file, a campaign) shares the first one's
    /// storage instead of keeping its own copy for as long as the plan is held. Compared by
    /// their bytes: `String`'s `==` would take "é" written as one scalar for it written as two.
    private var sharedTexts: Set<SameBytes> = []

    private struct SameBytes: Hashable {
        let text: String

        static func == (a: SameBytes, b: SameBytes) -> Bool {
            a.text.utf8.elementsEqual(b.text.utf8)
        }

        /// The length and the first and last eight bytes (the texts are 16 to 64 bytes long):
        /// a few words to hash rather than every byte; texts that share them are told apart
        /// by `==`.
        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { bytes in
                let raw = UnsafeRawBufferPointer(bytes)
                hasher.combine(bytes.count)
                hasher.combine(raw.loadUnaligned(as: UInt64.self))
                hasher.combine(raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
            }
        }
    }

    init(limits: ParserLimits) {
        self.limits = limits
    }

    var result: YAMLParseResult {
        // Duplicate keys are found when their mapping closes, so an inner mapping's come before
        // an outer one's; put them back in text order, as YAMLParseResult promises.
        YAMLParseResult(documents: documents, problems: problems.sorted { $0.span.start < $1.span.start })
    }

    mutating func fail(_ problem: YAMLProblem) {
        problems.append(problem)
    }

    /// Takes one event; returns false when composing must stop (a limit was hit).
    mutating func consume(_ event: yaml_event_t) -> Bool {
        let start = Position(event.start_mark)
        let end = Position(event.end_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            anchors.removeAll(keepingCapacity: true)
            aliasExpansion = 0
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            var text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            if (16...64).contains(data.length) { text = sharedTexts.insert(SameBytes(text: text)).memberAfterInsert.text }
            if data.style != YAML_PLAIN_SCALAR_STYLE { textSpans.append(Span(start: start, end: end)) }
            let node = Node(
                content: .scalar(Scalar(text: text, style: ScalarStyle(data.style))),
                span: Span(start: start, end: end),
                tag: string(data.tag),
                anchor: string(data.anchor))
            complete(node, weight: 1)
        case YAML_ALIAS_EVENT:
            return alias(named: string(event.data.alias.anchor) ?? "", span: Span(start: start, end: end))
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            return open(
                Frame(
                    isMapping: false, isFlow: data.style == YAML_FLOW_SEQUENCE_STYLE, start: start,
                    anchor: string(data.anchor), tag: string(data.tag), firstChild: children.count), at: start)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            return open(
                Frame(
                    isMapping: true, isFlow: data.style == YAML_FLOW_MAPPING_STYLE, start: start,
                    anchor: string(data.anchor), tag: string(data.tag), firstChild: children.count), at: start)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close(endingAt: end)
        default:
            break
        }
        return true
    }

    private mutating func open(_ frame: Frame, at start: Position) -> Bool {
        guard stack.count < limits.maxDepth else {
            problems.append(
                YAMLProblem(
                    kind: .depthLimit,
                    message: "nesting is deeper than \(limits.maxDepth) levels; flatten the structure",
                    span: Span(at: start)))
            return false
        }
        stack.append(frame)
        return true
    }

    private mutating func close(endingAt end: Position) {
        let frame = stack.removeLast()
        // A child reached through an alias ends where the alias stands, not where its anchor is.
        let lastEnd = children.lastEnd(from: frame.firstChild) ?? frame.start
        // A block collection's end event stands at the next token, possibly lines later.
        let span = Span(start: frame.start, end: frame.isFlow ? end : lastEnd)
        let content: Node.Content
        if frame.isMapping {
            let pairs = children.popPairs(from: frame.firstChild)
            reportDuplicateKeys(in: pairs)
            content = .mapping(pairs)
        } else {
            content = .sequence(children.popNodes(from: frame.firstChild))
        }
        complete(Node(content: content, span: span, tag: frame.tag, anchor: frame.anchor), weight: frame.weight)
    }

    private mutating func alias(named name: String, span: Span) -> Bool {
        // The alias names the latest anchor before it: a collection still open is the latest
        // unless the same name was anchored again inside it.
        let openStart = stack.last { $0.anchor == name }?.start
        let isOpen = openStart.map { open in anchors[name].map { $0.node.span.start < open } ?? true } ?? false
        guard !isOpen, let (target, weight) = anchors[name] else {
            problems.append(
                YAMLProblem(
                    kind: .undefinedAlias,
                    message: isOpen
                        ? "alias '*\(name)' refers to the collection that contains it; an alias cannot include itself"
                        : "alias '*\(name)' names no anchor defined before it; define '&\(name)' first",
                    span: span))
            return false
        }
        aliasExpansion += weight
        guard aliasExpansion <= limits.maxAliasExpansion else {
            problems.append(
                YAMLProblem(
                    kind: .aliasLimit,
                    message: "aliases expand to more than \(limits.maxAliasExpansion) nodes (an alias bomb?); use fewer nested aliases",
                    span: span))
            return false
        }
        var node = target
        node.aliasSpan = span
        complete(node, weight: weight, registeringAnchor: false)
        return true
    }

    private mutating func complete(_ node: consuming Node, weight: Int, registeringAnchor: Bool = true) {
        if registeringAnchor, let anchor = node.anchor {
            anchors[anchor] = (node, weight)
        }
        if stack.isEmpty {
            documents.append(node)
        } else {
            stack[stack.count - 1].weight += weight
            children.push(node)
        }
    }

    private mutating func reportDuplicateKeys(in pairs: [Pair]) {
        guard pairs.count > 1 else { return }
        for (key, span, first) in duplicateKeys(in: pairs) {
            problems.append(
                YAMLProblem(
                    kind: .duplicateKey,
                    message: "key '\(key)' appears twice in this mapping (first at \(first.start)); keep one",
                    span: span,
                    related: first))
        }
    }

    /// Every key that repeats an earlier one, with where it and the first one stand.
    private func duplicateKeys(in pairs: [Pair]) -> [(key: String, span: Span, first: Span)] {
        var duplicates: [(key: String, span: Span, first: Span)] = []
        // Most mappings are small (an item has a dozen keys): comparing each key with those
        // before it, lengths first, is cheaper there than hashing every key into a dictionary.
        if pairs.count <= 16 {
            // Keys compare as Swift strings do, by canonical equivalence (`é` precomposed or as
            // `e` and an accent is one key), as the dictionary below does. Lengths decide only
            // between ASCII keys, which have no other spelling; bit i marks key i as not ASCII.
            var notASCII: UInt32 = 0
            for index in pairs.indices {
                if case .scalar(let key) = pairs[index].key.content, key.text.utf8.contains(where: { $0 >= 0x80 }) {
                    notASCII |= 1 << index
                }
            }
            for index in pairs.indices.dropFirst() {
                guard case .scalar(let key) = pairs[index].key.content else { continue }
                let length = key.text.utf8.count
                let first = pairs.indices[..<index].first { earlier in
                    guard case .scalar(let other) = pairs[earlier].key.content else { return false }
                    let lengthDecides = (notASCII >> index | notASCII >> earlier) & 1 == 0
                    return (!lengthDecides || other.text.utf8.count == length) && other.text == key.text
                }
                if let first { duplicates.append((key.text, pairs[index].key.span, pairs[first].key.span)) }
            }
            return duplicates
        }
        var firstByKey: [String: Span] = [:]
        firstByKey.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let key = pair.key.scalar?.text else { continue }
            if let first = firstByKey[key] {
                duplicates.append((key, pair.key.span, first))
            } else {
                firstByKey[key] = pair.key.span
            }
        }
        return duplicates
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

extension Position {
    init(_ mark: yaml_mark_t) {
        self.init(line: mark.line + 1, column: mark.column + 1)
    }
}

extension ScalarStyle {
    init(_ style: yaml_scalar_style_t) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: self = .literal
        case YAML_FOLDED_SCALAR_STYLE: self = .folded
        default: self = .plain
        }
    }
}
