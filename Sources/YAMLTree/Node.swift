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
    /// The resolved tag when one was written (`!!str` arrives as `tag:yaml.org,2002:str`).
    public var tag: String?
    public var anchor: String?
    /// Where the `*alias` stood when this node was reached through one.
    public var aliasSpan: Span?

    public init(content: Content, span: Span, tag: String? = nil, anchor: String? = nil, aliasSpan: Span? = nil) {
        self.content = content
        self.span = span
        self.tag = tag
        self.anchor = anchor
        self.aliasSpan = aliasSpan
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
        guard let scalar, scalar.style == .plain, tag == nil else { return false }
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
