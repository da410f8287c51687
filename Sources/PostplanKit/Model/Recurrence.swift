/// A `repeat` rule: how often an item recurs, on which days, at what time, and for how long.
public struct Recurrence: Sendable {
    public enum Frequency: String, CaseIterable, Sendable {
        case day, week, month
    }

    public var every: Located<Frequency>
    /// Weekdays, for weekly repeats; empty means the weekday of `from`.
    public var on: [Located<Weekday>]
    public var at: Located<LocalTime>
    /// The first day of the series (required, so a calendar shows the same slots whatever day
    /// it is made on).
    public var from: Located<LocalDate>
    public var until: Located<LocalDate>?
    public var count: Located<Int>?
    public var range: SourceRange

    public init(
        every: Located<Frequency>, on: [Located<Weekday>], at: Located<LocalTime>,
        from: Located<LocalDate>, until: Located<LocalDate>?, count: Located<Int>?, range: SourceRange
    ) {
        self.every = every
        self.on = on
        self.at = at
        self.from = from
        self.until = until
        self.count = count
        self.range = range
    }
}

/// When an item goes out: once (`at`), on a rule (`repeat`), or in the next free posting slot
/// (`at: next-slot`).
///
/// `indirect` keeps the value out of line: a `Recurrence` is large, and every `Item` holds a
/// schedule, so this keeps items small (they are copied into the workspace and per channel).
public indirect enum Schedule: Sendable {
    case once(Located<DateTimeValue>)
    case recurring(Recurrence)
    /// `at: next-slot`: the queue places it into its channels' posting slots.
    case queued(QueueRequest)
}
