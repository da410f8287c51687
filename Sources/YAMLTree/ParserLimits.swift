/// Bounds that keep hostile or accidental input from exhausting time, memory or the stack.
public struct ParserLimits: Hashable, Sendable {
    /// Largest text accepted, in bytes.
    public var maxBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// How many nodes aliases may add to a document in all, counting each alias as the size
    /// of what it names. Plain anchors and aliases stay far below it; an alias bomb does not.
    public var maxAliasExpansion: Int

    public init(maxBytes: Int = 32 << 20, maxDepth: Int = 256, maxAliasExpansion: Int = 1_000_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    public static let `default` = ParserLimits()
}
