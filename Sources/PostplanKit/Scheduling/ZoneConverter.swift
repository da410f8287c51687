import Foundation

/// Where a wall-clock time lands in a time zone: one instant, none (the clocks jumped over
/// it), or two (the clocks went back and it happened twice).
public enum WallClockResolution: Equatable, Sendable {
    case exact(Int)
    /// Skipped by a spring-forward change; `shifted` is the instant the same time lands on
    /// when read with the offset before the change (02:30 becomes 03:30).
    case gap(shifted: Int)
    /// Repeated by a fall-back change: `first` is earlier than `second`.
    case overlap(first: Int, second: Int)

    /// The instant postplan uses: the only one, the first of two, or the shifted one.
    public var instant: Int {
        switch self {
        case .exact(let instant), .gap(let instant), .overlap(let instant, _): instant
        }
    }
}

/// Converts between wall-clock times in one IANA time zone and instants (seconds since
/// 1970-01-01T00:00Z), with DST gaps and overlaps made explicit.
public struct ZoneConverter: Sendable {
    public let zone: TimeZone

    public init?(_ id: TimeZoneID) {
        guard let zone = TimeZone(identifier: id.identifier) else { return nil }
        self.zone = zone
    }

    public func resolve(_ date: LocalDate, _ time: LocalTime) -> WallClockResolution {
        let naive = date.dayNumber * 86_400 + time.hour * 3_600 + time.minute * 60
        let before = offset(at: naive - 86_400), after = offset(at: naive + 86_400)
        let candidates = Set([before, after]).map { naive - $0 }.filter { candidate in
            offset(at: candidate) == naive - candidate
        }.sorted()
        switch candidates.count {
        case 0: return .gap(shifted: naive - before)
        case 1: return .exact(candidates[0])
        default: return .overlap(first: candidates[0], second: candidates[candidates.count - 1])
        }
    }

    /// The wall-clock date and time of an instant in this zone.
    public func local(_ instant: Int) -> (date: LocalDate, time: LocalTime) {
        let local = instant + offset(at: instant)
        let day = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - day * 86_400
        // Hours and minutes are in range by construction.
        return (LocalDate(dayNumber: day), LocalTime(hour: seconds / 3_600, minute: seconds % 3_600 / 60) ?? LocalTime.midnight)
    }

    public func offset(at instant: Int) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
    }
}

extension LocalTime {
    static let midnight = LocalTime(hour: 0, minute: 0)!
}
