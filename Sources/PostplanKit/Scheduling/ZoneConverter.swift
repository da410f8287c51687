import Foundation
import Synchronization

/// Where a wall-clock time lands in a time zone: one instant, none (the clocks jumped over
/// it), or two (the clocks went back and it happened twice).
enum WallClockResolution: Equatable, Sendable {
    case exact(Int)
    /// Skipped by a spring-forward change; `shifted` is the instant the same time lands on
    /// when read with the offset before the change (02:30 becomes 03:30).
    case gap(shifted: Int)
    /// Repeated by a fall-back change: `first` is earlier than `second`.
    case overlap(first: Int, second: Int)

    /// The instant postplan uses: the only one, the first of two, or the shifted one.
    var instant: Int {
        switch self {
        case .exact(let instant), .gap(let instant), .overlap(let instant, _): instant
        }
    }
}

/// Converts between wall-clock times in one IANA time zone and instants (seconds since
/// 1970-01-01T00:00Z), with DST gaps and overlaps made explicit.
struct ZoneConverter: Sendable {
    let zone: TimeZone
    private let offsets: ZoneOffsetCache

    init?(_ id: TimeZoneID) {
        guard let zone = TimeZone(identifier: id.identifier) else { return nil }
        self.zone = zone
        offsets = ZoneOffsetCache.shared(for: id.identifier)
    }

    func resolve(_ date: LocalDate, _ time: LocalTime) -> WallClockResolution {
        let naive = date.dayNumber * 86_400 + time.hour * 3_600 + time.minute * 60
        let before = offset(at: naive - 86_400), after = offset(at: naive + 86_400)
        // The instant read with each of the day's offsets, if that offset is the one in force
        // then: none (a gap), one, or two different ones (an overlap).
        func instant(reading offset: Int) -> Int? {
            self.offset(at: naive - offset) == offset ? naive - offset : nil
        }
        let early = instant(reading: before), late = after == before ? nil : instant(reading: after)
        switch (early, late) {
        case (nil, nil): return .gap(shifted: naive - before)
        case (let only?, nil), (nil, let only?): return .exact(only)
        case (let one?, let other?): return .overlap(first: min(one, other), second: max(one, other))
        }
    }

    /// The wall-clock date and time of an instant in this zone.
    func local(_ instant: Int) -> (date: LocalDate, time: LocalTime) {
        let local = instant + offset(at: instant)
        let day = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - day * 86_400
        // Hours and minutes are in range by construction.
        return (LocalDate(dayNumber: day), LocalTime(hour: seconds / 3_600, minute: seconds % 3_600 / 60) ?? LocalTime.midnight)
    }

    func offset(at instant: Int) -> Int {
        offsets.offset(at: instant, in: zone)
    }
}

/// The stretches of time over which a zone's UTC offset stays the same, learnt as instants
/// are asked about. `TimeZone.secondsFromGMT` is slow, and scheduling a large plan repo asks
/// it about the same few stretches (two a year, with daylight saving) hundreds of thousands
/// of times; a lookup here is a binary search.
///
/// An offset read at an instant holds until the zone's next transition, so each question
/// Foundation answers covers the whole rest of its stretch. One cache per zone, shared by
/// every converter of that zone in the process, safe to use from several threads.
final class ZoneOffsetCache: Sendable {
    /// From `start` up to, not including, `end`, the zone is `offset` seconds east of UTC.
    private struct Stretch {
        var start: Int
        var end: Int
        var offset: Int
    }

    /// Known stretches, sorted by start, not overlapping.
    private let stretches = Mutex<[Stretch]>([])

    private static let caches = Mutex<[String: ZoneOffsetCache]>([:])

    static func shared(for identifier: String) -> ZoneOffsetCache {
        caches.withLock { caches in
            if let cache = caches[identifier] { return cache }
            let cache = ZoneOffsetCache()
            caches[identifier] = cache
            return cache
        }
    }

    func offset(at instant: Int, in zone: TimeZone) -> Int {
        if let known = stretches.withLock({ Self.stretch(containing: instant, in: $0)?.offset }) { return known }
        let date = Date(timeIntervalSince1970: TimeInterval(instant))
        let offset = zone.secondsFromGMT(for: date)
        let next = zone.nextDaylightSavingTimeTransition(after: date).map { Int($0.timeIntervalSince1970.rounded(.up)) }
        let stretch = Stretch(start: instant, end: max(next ?? Int.max, instant + 1), offset: offset)
        stretches.withLock { Self.insert(stretch, into: &$0) }
        return offset
    }

    /// The index of the first stretch that starts after `instant`.
    private static func firstIndex(after instant: Int, in stretches: [Stretch]) -> Int {
        var low = 0, high = stretches.count
        while low < high {
            let middle = (low + high) / 2
            if stretches[middle].start <= instant { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func stretch(containing instant: Int, in stretches: [Stretch]) -> Stretch? {
        let index = firstIndex(after: instant, in: stretches)
        guard index > 0, instant < stretches[index - 1].end else { return nil }
        return stretches[index - 1]
    }

    /// Adds a stretch that starts where none is known yet; it may run into the next known one,
    /// which then belongs to the same stretch of time (no transition lies between them).
    private static func insert(_ stretch: Stretch, into stretches: inout [Stretch]) {
        if Self.stretch(containing: stretch.start, in: stretches) != nil { return }  // another thread was first
        var stretch = stretch
        let index = firstIndex(after: stretch.start, in: stretches)
        if index < stretches.count, stretch.end >= stretches[index].start {
            if stretches[index].offset == stretch.offset {
                stretch.end = max(stretch.end, stretches[index].end)
                stretches.remove(at: index)
            } else {
                stretch.end = stretches[index].start  // never expected; keep both exact
            }
        }
        stretches.insert(stretch, at: index)
    }
}

extension LocalTime {
    static let midnight = LocalTime(hour: 0, minute: 0)!
}
