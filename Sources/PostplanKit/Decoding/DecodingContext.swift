import YAMLTree

/// What decoding one file needs besides the node at hand: the file's path, for ranges, and
/// the diagnostics found so far.
struct DecodingContext {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    func range(_ span: Span) -> SourceRange {
        SourceRange(path: path, span: span)
    }

    func range(of node: Node) -> SourceRange {
        range(node.span)
    }

    func located<T>(_ value: T, _ node: Node) -> Located<T> {
        Located(value, at: range(node.span))
    }

    mutating func report(_ message: Diagnostic.Message, at span: Span, related: [Diagnostic.Related] = []) {
        diagnostics.append(Diagnostic(message, at: range(span), related: related))
    }

    /// Reports a word that is not one of `candidates`, with the likely match in the message
    /// and as a fix; `message` is the part before the hint.
    mutating func reportMisspelt(
        _ message: Diagnostic.Message, word: String, among candidates: [String], listUpTo maxListed: Int = 12, at span: Span,
        unless taken: (String) -> Bool = { _ in false }
    ) {
        let advice = Suggestion.advice(for: word, among: candidates, listUpTo: maxListed)
        diagnostics.append(
            Diagnostic(message.appending(advice.hint), at: range(span)).fixing(word, at: range(span), with: advice, unless: taken))
    }

    mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}

extension Node {
    /// How a node's shape is named in messages: "text", "a list", "a mapping".
    var shapeName: String {
        if isNull { return "nothing" }
        switch content {
        case .scalar: return "text"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}
