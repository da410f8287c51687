import Foundation

/// The VTIMEZONE of one zone for some years, from Foundation's time zone data: one STANDARD
/// or DAYLIGHT part per kind of change (same offsets), its first onset as DTSTART and the
/// others as RDATEs. Listing each onset rather than a yearly rule stays right for zones whose
/// rules changed, and needs no rule inference; the change before the first year is included
/// so the offset on January 1 is known.
struct TimeZoneObservances {
    struct Observance: Hashable {
        var isDaylight: Bool
        var offsetFrom: Int
        var offsetTo: Int
        /// Wall-clock onsets in the offset before the change, as `YYYYMMDDTHHMMSS`.
        var onsets: [String]
    }

    let zoneID: String
    let observances: [Observance]

    /// Nil when the system does not know the zone.
    init?(zone zoneID: String, years: ClosedRange<Int>) {
        guard let zone = TimeZone(identifier: zoneID) else { return nil }
        self.zoneID = zoneID
        let start = Self.instant(year: years.lowerBound), end = Self.instant(year: years.upperBound + 1)
        var changes: [(instant: Int, observance: Observance)] = []
        // A year back finds the change in force on January 1 in zones with daylight saving time.
        var cursor = Date(timeIntervalSince1970: TimeInterval(Self.instant(year: years.lowerBound - 1)))
        while let change = zone.nextDaylightSavingTimeTransition(after: cursor), change.timeIntervalSince1970 < TimeInterval(end) {
            let instant = Int(change.timeIntervalSince1970)
            let from = zone.secondsFromGMT(for: change.addingTimeInterval(-1)), to = zone.secondsFromGMT(for: change)
            let observance = Observance(
                isDaylight: zone.isDaylightSavingTime(for: change), offsetFrom: from, offsetTo: to,
                onsets: [Self.wallClock(instant + from)])
            if instant < start { changes.removeAll() }
            changes.append((instant, observance))
            cursor = change
        }
        if changes.isEmpty {
            // No changes: one standard time, in force since long before.
            let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(start)))
            observances = [Observance(isDaylight: false, offsetFrom: offset, offsetTo: offset, onsets: ["19700101T000000"])]
            return
        }
        var grouped: [Observance] = []
        for (_, change) in changes {
            if let index = grouped.firstIndex(where: {
                ($0.isDaylight, $0.offsetFrom, $0.offsetTo) == (change.isDaylight, change.offsetFrom, change.offsetTo)
            }) {
                grouped[index].onsets += change.onsets
            } else {
                grouped.append(change)
            }
        }
        observances = grouped
    }

    func write(to lines: inout ICSContentLines) {
        lines.begin("VTIMEZONE")
        lines.add("TZID", raw: zoneID)
        for observance in observances {
            let component = observance.isDaylight ? "DAYLIGHT" : "STANDARD"
            lines.begin(component)
            lines.add("DTSTART", raw: observance.onsets[0])
            if observance.onsets.count > 1 {
                lines.add("RDATE", raw: observance.onsets.dropFirst().joined(separator: ","))
            }
            lines.add("TZOFFSETFROM", raw: Self.offset(observance.offsetFrom))
            lines.add("TZOFFSETTO", raw: Self.offset(observance.offsetTo))
            lines.end(component)
        }
        lines.end("VTIMEZONE")
    }

    /// January 1, 00:00 UTC of a year.
    private static func instant(year: Int) -> Int {
        LocalDate.dayNumber(year: year, month: 1, day: 1) * 86_400
    }

    /// `20261025T030000` for seconds since the epoch read as wall-clock time.
    static func wallClock(_ seconds: Int) -> String {
        let day = Int((Double(seconds) / 86_400).rounded(.down))
        let date = LocalDate(dayNumber: day)
        let time = seconds - day * 86_400
        return "\(pad(date.year, 4))\(pad(date.month, 2))\(pad(date.day, 2))T\(pad(time / 3_600, 2))\(pad(time % 3_600 / 60, 2))\(pad(time % 60, 2))"
    }

    /// `+0100`, `-0430`, `+053328` (seconds only when there are some).
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let value = abs(seconds)
        let text = "\(sign)\(pad(value / 3_600, 2))\(pad(value % 3_600 / 60, 2))"
        return value % 60 == 0 ? text : text + pad(value % 60, 2)
    }
}
