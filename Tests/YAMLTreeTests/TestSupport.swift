import Testing
import YAMLTree

/// A position, written the way problems print it: `at(3, 5)` is line 3, column 5.
func at(_ line: Int, _ column: Int) -> Position {
    Position(line: line, column: column)
}

/// A span from `line:column` to `line:column` (end exclusive).
func span(_ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) -> Span {
    Span(start: at(startLine, startColumn), end: at(endLine, endColumn))
}

/// Parses text that must yield exactly one document and no problems, and returns that document.
func parseDocument(
    _ text: String, limits: ParserLimits = .default, sourceLocation: SourceLocation = #_sourceLocation
) throws -> Node {
    let result = YAMLParser(limits: limits).parse(text)
    #expect(result.problems.isEmpty, "unexpected problems: \(result.problems)", sourceLocation: sourceLocation)
    try #require(result.documents.count == 1, "expected one document, got \(result.documents.count)", sourceLocation: sourceLocation)
    return result.documents[0]
}

/// Parses text that must yield exactly one problem, and returns it.
func parseProblem(
    _ text: String, limits: ParserLimits = .default, sourceLocation: SourceLocation = #_sourceLocation
) throws -> YAMLProblem {
    try parseProblem(Array(text.utf8), limits: limits, sourceLocation: sourceLocation)
}

func parseProblem(
    _ bytes: [UInt8], limits: ParserLimits = .default, sourceLocation: SourceLocation = #_sourceLocation
) throws -> YAMLProblem {
    let result = YAMLParser(limits: limits).parse(bytes)
    try #require(result.problems.count == 1, "expected one problem, got \(result.problems)", sourceLocation: sourceLocation)
    return result.problems[0]
}

extension Node {
    /// The value of the first pair whose key's text is `key`.
    subscript(key: String) -> Node? {
        mapping?.first { $0.key.scalar?.text == key }?.value
    }

    /// The item at `index` of a sequence.
    subscript(index: Int) -> Node? {
        guard let items = sequence, items.indices.contains(index) else { return nil }
        return items[index]
    }
}
