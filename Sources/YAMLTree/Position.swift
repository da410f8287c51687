/// A place in a YAML text: 1-based line and 1-based column, counted in Unicode code points
/// (libyaml's unit), so a column is the same whatever the encoding of the file.
public struct Position: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Stored in 32 bits: every node and every decoded value carries positions, so this halves
    // their size (a 100,000-item plan repo holds millions). Files are capped at 32 MiB by
    // default, far below 2^31 lines or columns; larger values saturate instead of trapping.
    private var storedLine: Int32
    private var storedColumn: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
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
