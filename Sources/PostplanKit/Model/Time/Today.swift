/// The day a run takes as today: a date given (`--today`, reproducible), or the date it is
/// now in the plan repo's default time zone, known once the plans are read. A team in Berlin
/// whose CI runs on UTC gets its own date around midnight, and its own week on a Sunday
/// evening in Los Angeles.
public enum Today: Hashable, Sendable {
    case date(LocalDate)
    /// Now, as seconds since 1970-01-01T00:00Z.
    case now(instant: Int)

    /// The date in `zone` (a date given is the date, whatever the zone).
    public func date(in zone: TimeZoneID) -> LocalDate {
        switch self {
        case .date(let date): date
        case .now(let instant):
            // A zone the system does not know (plans are checked for that) counts as UTC.
            if let converter = ZoneConverter(zone) {
                converter.local(instant).date
            } else {
                LocalDate(dayNumber: Int((Double(instant) / 86_400).rounded(.down)))
            }
        }
    }

    /// The instant of `now`; nil for a date given.
    var instant: Int? {
        if case .now(let instant) = self { instant } else { nil }
    }
}
