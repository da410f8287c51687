/// One node of a YAML document, with where it stands in the text.
///
/// Scalars keep their raw text and style: deciding whether `No` is a string or a boolean is
/// left to whoever knows what the field means (schema-directed decoding), not to YAML 1.1's
/// resolver.
public struct Node: Sendable {
    public enum Content: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    public var content: Content
    /// Where the node's text is. For a node reached through an alias this is the anchored
    /// node's own text; `aliasSpan` says where the alias stood.
    public var span: Span
    /// Tag, anchor and alias site, which few nodes have, kept out of line: every node is
    /// copied into its parent and read by the decoder, and a small node is cheap to move.
    private var decorations: Decorations?

    /// The resolved tag when one was written (`!!str` arrives as `tag:yaml.org,2002:str`).
    public var tag: String? {
        get { decorations?.tag }
        set { decorate { $0.tag = newValue } }
    }

    public var anchor: String? {
        get { decorations?.anchor }
        set { decorate { $0.anchor = newValue } }
    }

    /// Where the `*alias` stood when this node was reached through one.
    public var aliasSpan: Span? {
        get { decorations?.aliasSpan }
        set { decorate { $0.aliasSpan = newValue } }
    }

    public init(content: Content, span: Span, tag: String? = nil, anchor: String? = nil, aliasSpan: Span? = nil) {
        self.content = content
        self.span = span
        if tag != nil || anchor != nil || aliasSpan != nil {
            decorations = Decorations(tag: tag, anchor: anchor, aliasSpan: aliasSpan)
        }
    }

    /// A reference, so that a node without decorations pays one pointer for them.
    private final class Decorations: Sendable {
        let tag: String?
        let anchor: String?
        let aliasSpan: Span?

        init(tag: String?, anchor: String?, aliasSpan: Span?) {
            self.tag = tag
            self.anchor = anchor
            self.aliasSpan = aliasSpan
        }
    }

    private mutating func decorate(_ change: (inout (tag: String?, anchor: String?, aliasSpan: Span?)) -> Void) {
        var values = (tag: decorations?.tag, anchor: decorations?.anchor, aliasSpan: decorations?.aliasSpan)
        change(&values)
        let isEmpty = values.tag == nil && values.anchor == nil && values.aliasSpan == nil
        decorations = isEmpty ? nil : Decorations(tag: values.tag, anchor: values.anchor, aliasSpan: values.aliasSpan)
    }

    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// A plain scalar that YAML reads as null: empty, `~`, or `null` in any of its spellings.
    public var isNull: Bool {
        // The length first: nearly every scalar is longer than `null`, and is then no null.
        guard let scalar, scalar.style == .plain, scalar.text.utf8.count <= 4, tag == nil else { return false }
        switch scalar.text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}

public struct Scalar: Hashable, Sendable {
    /// The scalar's value as written, with quotes, escapes and block indentation resolved,
    /// and no type conversion.
    public var text: String
    public var style: ScalarStyle

    public init(text: String, style: ScalarStyle) {
        self.text = text
        self.style = style
    }
}

public enum ScalarStyle: String, Hashable, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded

    /// Quoted or block scalars are always strings; only plain ones can mean anything else.
    public var isPlain: Bool { self == .plain }
}

/// A key and its value in a mapping. Keys are nodes, so their positions are kept.
public struct Pair: Sendable {
    public var key: Node
    public var value: Node

    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}
