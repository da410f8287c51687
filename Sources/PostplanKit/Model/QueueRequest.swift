/// How a queued item (`at: next-slot`) wants to be placed (`queue:`): inside which days, how
/// urgently, and whether its channels go out together.
public struct QueueRequest: Sendable {
    /// The first day it may go out (`from:`); nil for today.
    public var from: Located<LocalDate>?
    /// The last day it may go out (`until:`); nil for the end of the scheduling horizon.
    public var until: Located<LocalDate>?
    /// `priority: 1` is placed first, then 2, and so on; items without one come last.
    public var priority: Located<Int>?
    /// Whether every channel gets the same wall-clock slot (`together: true`), as one `at:`
    /// would say; otherwise (the default) each channel takes its own earliest free slot.
    public var together: Bool
    /// The `at: next-slot` value: what `postplan schedule --write` replaces.
    public var at: SourceRange

    /// What `at:` says to queue an item.
    public static let keyword = "next-slot"

    public init(
        from: Located<LocalDate>? = nil, until: Located<LocalDate>? = nil, priority: Located<Int>? = nil, together: Bool = false,
        at: SourceRange
    ) {
        self.from = from
        self.until = until
        self.priority = priority
        self.together = together
        self.at = at
    }
}
