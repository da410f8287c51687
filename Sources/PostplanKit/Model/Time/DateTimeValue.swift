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
        if offset == 0 { return local + "Z" }
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return "\(local)\(sign)\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))"
    }
}
