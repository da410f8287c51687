/// When a channel posts what the queue gives it (`slots:` on the channel): times of day per
/// weekday, on the wall clock of the channel's time zone, and days it posts nothing
/// (`blackout:`). Items pinned to a time go out whatever the slots say.
public struct PostingSlots: Sendable {
    /// Times per weekday, sorted, each once; a weekday without slots is missing.
    public var times: [Weekday: [LocalTime]]
    /// Days without slots: holidays, a product freeze.
    public var blackouts: [Blackout]
    /// The `slots:` value.
    public var range: SourceRange

    public init(times: [Weekday: [LocalTime]], blackouts: [Blackout] = [], range: SourceRange) {
        self.times = times
        self.blackouts = blackouts
        self.range = range
    }

    /// Whether a day is in one of the blackouts.
    public func isBlackedOut(_ date: LocalDate) -> Bool {
        blackouts.contains { $0.from <= date && date <= $0.until }
    }
}

/// Days a channel's slots are off, from `from` to `until`, both included.
public struct Blackout: Sendable {
    public var from: LocalDate
    public var until: LocalDate
    /// Why, as the plan says it (`reason: Christmas`).
    public var reason: String?
    public var range: SourceRange

    public init(from: LocalDate, until: LocalDate, reason: String? = nil, range: SourceRange) {
        self.from = from
        self.until = until
        self.reason = reason
        self.range = range
    }
}
