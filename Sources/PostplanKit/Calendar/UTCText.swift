/// Instants (seconds since 1970-01-01T00:00Z) written the way the calendar model and its
/// renderers exchange them: `2026-11-24T08:00Z`, to the minute, as postplan schedules.
enum UTCText {
    static func format(_ instant: Int) -> String {
        let day = Int((Double(instant) / 86_400).rounded(.down))
        let minutes = (instant - day * 86_400) / 60
        return "\(LocalDate(dayNumber: day))T\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))Z"
    }

    /// The instant of a text `format` wrote; nil for anything else.
    static func instant(_ text: String) -> Int? {
        guard case .success(let value) = ScalarSyntax.dateTime(text), value.utcOffsetSeconds == 0 else { return nil }
        return value.date.dayNumber * 86_400 + value.time.hour * 3_600 + value.time.minute * 60
    }
}
