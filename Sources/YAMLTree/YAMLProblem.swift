/// Something wrong with a YAML text, with where it is. YAMLTree reports problems as values;
/// what they are called and how severe they are is the caller's business.
public struct YAMLProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// libyaml rejected the text; nothing after this point was read.
        case syntax
        /// A tab in indentation, which YAML forbids.
        case tabIndentation
        /// Bytes that are not valid UTF-8 (or UTF-16 with a byte-order mark), or characters YAML forbids.
        case encoding
        /// A key that appears twice in one mapping; `related` is the first one.
        case duplicateKey
        /// An `*alias` naming no anchor defined before it.
        case undefinedAlias
        /// Aliases expand to more nodes than the budget allows (an alias bomb, "billion laughs").
        case aliasLimit
        /// Collections nested deeper than the limit.
        case depthLimit
        /// The text is larger than the limit.
        case sizeLimit
    }

    public var kind: Kind
    public var message: String
    public var span: Span
    /// A second place that belongs to the problem, such as the first of two duplicate keys.
    public var related: Span?

    public init(kind: Kind, message: String, span: Span, related: Span? = nil) {
        self.kind = kind
        self.message = message
        self.span = span
        self.related = related
    }

    /// Whether the problem stopped the parse, so that the documents are incomplete.
    public var isFatal: Bool { kind != .duplicateKey }

    public var description: String { "\(span.start): \(message)" }
}
