public import YAMLTree

/// A stretch of one file: the path as the user named it, and the span in that file.
public struct SourceRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var path: String
    public var span: Span

    public init(path: String, span: Span) {
        self.path = path
        self.span = span
    }

    /// The start of a file, for problems with the file as a whole.
    public static func startOfFile(_ path: String) -> SourceRange {
        SourceRange(path: path, span: Span(at: Position(line: 1, column: 1)))
    }

    public var start: Position { span.start }
    public var end: Position { span.end }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.path, lhs.span.start, lhs.span.end.line, lhs.span.end.column)
            < (rhs.path, rhs.span.start, rhs.span.end.line, rhs.span.end.column)
    }

    public var description: String { "\(path):\(span.start.line):\(span.start.column)" }
}
