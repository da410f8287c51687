/// A place in a YAML text: 1-based line and 1-based column, counted in Unicode code points
/// (libyaml's unit), so a column is the same whatever the encoding of the file.
public struct Position: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A stretch of a YAML text from `start` up to, not including, `end` (the SARIF convention:
/// the end is the position just after the last character).
public struct Span: Hashable, Sendable, CustomStringConvertible {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    /// An empty span at one position, for problems that have a place but no extent.
    public init(at position: Position) {
        self.init(start: position, end: position)
    }

    public var description: String { "\(start)-\(end)" }
}
