/// A date and time as written in a plan: local wall-clock time (`2026-11-24 09:00`), read in
/// the item's, channel's or plan's time zone, or a fixed instant with a UTC offset
/// (`2026-11-24T09:00+01:00`).
public struct DateTimeValue: Hashable, Sendable, CustomStringConvertible {
    public var date: LocalDate
    public var time: LocalTime
    /// Seconds east of UTC when the text gave an offset (`Z` is 0); nil for local time.
    public var utcOffsetSeconds: Int?

    public init(date: LocalDate, time: LocalTime, utcOffsetSeconds: Int? = nil) {
        self.date = date
        self.time = time
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    public var description: String {
        let local = "\(date) \(time)"
        guard let offset = utcOffsetSeconds else { return local }
        return local + (offset == 0 ? "Z" : Self.offsetText(offset))
    }

    /// A UTC offset as a plan writes it: `+02:00`, `-05:00`, `+00:00`.
    static func offsetText(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return "\(seconds < 0 ? "-" : "+")\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))"
    }
}
