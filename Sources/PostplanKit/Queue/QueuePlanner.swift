/// Places queued items (`at: next-slot`) into the posting slots of their channels.
///
/// Items pinned to a time take their slots first. Then the queued items are placed one after
/// the other, in a fixed order: by `priority` (1 first, none last), then by the end of their
/// window (the earliest first, none last), then by id. Each takes the earliest free slot of
/// each of its channels inside its window, or, with `together: true`, the earliest wall-clock
/// time that is a free slot on all of them. A slot is free while no item goes out closer to
/// it than the platform's minimum gap and its day has fewer items than the platform's daily
/// limit. Nothing placed moves for what comes after it in the order, so adding an item moves
/// only items behind it.
///
/// Slots are kept per channel in time order, with a "next free slot" forest (a union-find
/// with path halving) over them: finding the earliest free slot from any point costs almost
/// constant time, and the whole plan grows as n log n in items and slots.
struct QueuePlanner {
    let workspace: Workspace
    /// The days the queue makes slots for.
    let days: ClosedRange<LocalDate>
    /// No slot before this instant is taken (the time now, when the run knows it).
    let notBefore: Int?

    /// The days from `today` on that the queue fills: as far ahead as `validate` looks.
    static func horizon(from today: LocalDate) -> ClosedRange<LocalDate> {
        today...today.adding(days: PlanRepository.horizonDays)
    }

    /// Whether the workspace gives the queue anything to do: a channel with slots, or a queued item.
    static func hasWork(in workspace: Workspace) -> Bool {
        workspace.channels.values.contains { $0.slots != nil }
            || workspace.items.contains { if case .queued = $0.schedule { true } else { false } }
    }

    /// The plan, given the occurrences of the pinned items, and its findings.
    func plan(pinned: [Occurrence]) -> (plan: QueuePlan, diagnostics: [Diagnostic]) {
        var plan = QueuePlan()
        var diagnostics: [Diagnostic] = []
        var lanes: [String: Lane] = [:]
        var converters: [String: ZoneConverter] = [:]
        func converter(_ zone: TimeZoneID) -> ZoneConverter? {
            if let known = converters[zone.identifier] { return known }
            let made = ZoneConverter(zone)
            converters[zone.identifier] = made
            return made
        }
        for channel in workspace.channels.values.sorted(by: { $0.id.value < $1.id.value }) {
            guard let slots = channel.slots, let zoneConverter = converter(workspace.timeZone(of: channel)) else { continue }
            let profile = workspace.profile(of: channel)
            let lane = Lane(
                channel: channel, zone: workspace.timeZone(of: channel), converter: zoneConverter, slots: slots, days: days,
                notBefore: notBefore, gap: profile?.duration(.scheduleMinGap, on: days.lowerBound)?.0.seconds,
                limit: profile?.integer(.scheduleMaxPerDay, on: days.lowerBound)?.0, skipped: &plan.skipped)
            lanes[channel.id.value] = lane
        }
        for occurrence in pinned where !occurrence.isProposed {
            lanes[occurrence.channelID]?.occupy(occurrence.start, by: occurrence.itemIndex, proposed: false)
        }
        for (index, request) in queuedItems() {
            let item = workspace.items[index]
            var laneIDs: [String] = []
            for reference in item.channels {
                guard workspace.channels[reference.value] != nil else { continue }  // an unknown channel is reported elsewhere
                if lanes[reference.value] != nil {
                    laneIDs.append(reference.value)
                } else {
                    diagnostics.append(Diagnostic(NoSlotsRule.noSlots(item: item.id.value, channel: reference.value), at: request.at))
                }
            }
            guard !laneIDs.isEmpty else { continue }
            let from = max(request.from?.value ?? days.lowerBound, days.lowerBound)
            let until = min(request.until?.value ?? days.upperBound, days.upperBound)
            guard from <= until else {
                let message =
                    until < days.lowerBound
                    ? QueueOverflowRule.windowPassed(item: item.id.value, until: until, today: days.lowerBound)
                    : QueueOverflowRule.beyondHorizon(item: item.id.value, from: from, lastDay: days.upperBound)
                diagnostics.append(Diagnostic(message, at: request.at))
                plan.overflows.append(
                    QueuePlan.Overflow(
                        itemIndex: index, channelIDs: laneIDs,
                        window: (request.from?.value ?? until)...max(request.until?.value ?? from, request.from?.value ?? until),
                        slotCounts: Dictionary(uniqueKeysWithValues: laneIDs.map { ($0, (0, 0)) })))
                continue
            }
            let window = from...until
            // The zone each channel reads the item's `at:` in, which `together` compares.
            let zones = laneIDs.map { id in workspace.timeZone(of: item, on: workspace.channels[id]!) }
            let readers = zones.map { converter($0) }
            if request.together, laneIDs.count > 1, readers.allSatisfy({ $0 != nil }) {
                let found = together(laneIDs, readers: readers.map { $0! }, window: window, lanes: &lanes)
                guard let found else {
                    let counts = Dictionary(uniqueKeysWithValues: laneIDs.map { ($0, lanes[$0]!.counts(in: window)) })
                    diagnostics.append(
                        Diagnostic(
                            QueueOverflowRule.noCommonSlot(item: item.id.value, window: window, counts: laneIDs.map { ($0, counts[$0]!) }),
                            at: request.at))
                    plan.overflows.append(QueuePlan.Overflow(itemIndex: index, channelIDs: laneIDs, window: window, slotCounts: counts))
                    continue
                }
                for (position, id) in laneIDs.enumerated() {
                    let start = lanes[id]!.slots[found[position]].start
                    lanes[id]!.take(found[position], by: index)
                    plan.placements.append(placement(index, on: id, at: start, zone: zones[position], reader: readers[position]!))
                }
                continue
            }
            var full: [(String, (slots: Int, free: Int))] = []
            for (position, id) in laneIDs.enumerated() {
                guard let reader = readers[position] else { continue }
                guard let slot = lanes[id]!.firstFree(in: window) else {
                    full.append((id, lanes[id]!.counts(in: window)))
                    continue
                }
                let start = lanes[id]!.slots[slot].start
                lanes[id]!.take(slot, by: index)
                plan.placements.append(placement(index, on: id, at: start, zone: zones[position], reader: reader))
            }
            if !full.isEmpty {
                diagnostics.append(Diagnostic(QueueOverflowRule.full(item: item.id.value, window: window, counts: full), at: request.at))
                plan.overflows.append(
                    QueuePlan.Overflow(
                        itemIndex: index, channelIDs: full.map(\.0), window: window, slotCounts: Dictionary(uniqueKeysWithValues: full)))
            }
        }
        plan.channels = lanes.keys.sorted().map { id in
            QueuePlan.ChannelSlots(channelID: id, zone: lanes[id]!.zone, slots: lanes[id]!.slots)
        }
        return (plan, diagnostics)
    }

    /// The queued items, in the order the queue places them.
    private func queuedItems() -> [(Int, QueueRequest)] {
        let queued = workspace.items.indices.compactMap { index -> (Int, QueueRequest)? in
            guard case .queued(let request) = workspace.items[index].schedule else { return nil }
            return (index, request)
        }
        return queued.sorted { lhs, rhs in
            let lhsPriority = lhs.1.priority?.value ?? Int.max, rhsPriority = rhs.1.priority?.value ?? Int.max
            if lhsPriority != rhsPriority { return lhsPriority < rhsPriority }
            let lhsEnd = lhs.1.until?.value.dayNumber ?? Int.max, rhsEnd = rhs.1.until?.value.dayNumber ?? Int.max
            if lhsEnd != rhsEnd { return lhsEnd < rhsEnd }
            let lhsID = workspace.items[lhs.0].id.value, rhsID = workspace.items[rhs.0].id.value
            return lhsID != rhsID ? lhsID < rhsID : lhs.0 < rhs.0
        }
    }

    /// The slot of each channel at the earliest wall-clock time (read as each channel reads the
    /// item's `at:`) that is free on all of them, inside the window.
    private func together(_ ids: [String], readers: [ZoneConverter], window: ClosedRange<LocalDate>, lanes: inout [String: Lane]) -> [Int]? {
        var wanted = Int.min
        while true {
            var found: [Int] = []
            var keys: [Int] = []
            for (position, id) in ids.enumerated() {
                guard let slot = lanes[id]!.firstFree(in: window, fromKey: wanted, reader: readers[position]) else { return nil }
                found.append(slot)
                keys.append(Lane.key(of: lanes[id]!.slots[slot].start, reader: readers[position]))
            }
            let latest = keys.max()!
            if keys.allSatisfy({ $0 == latest }) { return found }
            wanted = latest
        }
    }

    private func placement(_ index: Int, on channelID: String, at start: Int, zone: TimeZoneID, reader: ZoneConverter) -> QueuePlan.Placement {
        let (date, time) = reader.local(start)
        return QueuePlan.Placement(itemIndex: index, channelID: channelID, date: date, time: time, zone: zone, start: start)
    }
}

/// The slots of one channel while the queue fills them.
private struct Lane {
    let zone: TimeZoneID
    let converter: ZoneConverter
    var slots: [QueuePlan.PostingSlot] = []
    /// Each slot's wall-clock minute in the channel's zone (day number × 1,440 + minutes).
    var keys: [Int] = []
    /// The next free slot at or after each slot: the slot itself while it is free; the last
    /// entry (one past the slots) stands for "none".
    var next: [Int] = []
    /// Items per wall-clock day in the channel's zone, pinned and placed.
    var dayCounts: [Int: Int] = [:]
    let gap: Int?
    let limit: Int?

    init(
        channel: Channel, zone: TimeZoneID, converter: ZoneConverter, slots: PostingSlots, days: ClosedRange<LocalDate>, notBefore: Int?,
        gap: Int?, limit: Int?, skipped: inout [QueuePlan.SkippedSlot]
    ) {
        self.zone = zone
        self.converter = converter
        self.gap = gap
        self.limit = limit
        var day = days.lowerBound
        while day <= days.upperBound {
            defer { day = day.adding(days: 1) }
            guard let times = slots.times[day.weekday], !slots.isBlackedOut(day) else { continue }
            for time in times {
                let start: Int
                switch converter.resolve(day, time) {
                case .exact(let instant), .overlap(let instant, _): start = instant
                case .gap:
                    skipped.append(QueuePlan.SkippedSlot(channelID: channel.id.value, date: day, time: time, zone: zone))
                    continue
                }
                if let notBefore, start < notBefore { continue }
                self.slots.append(QueuePlan.PostingSlot(date: day, time: time, start: start, state: .free))
                keys.append(day.dayNumber * 1_440 + time.hour * 60 + time.minute)
            }
        }
        next = Array(0...self.slots.count)
    }

    static func key(of instant: Int, reader: ZoneConverter) -> Int {
        let (date, time) = reader.local(instant)
        return date.dayNumber * 1_440 + time.hour * 60 + time.minute
    }

    /// The first free slot at or after `index` (`slots.count` when none is).
    mutating func firstFree(from index: Int) -> Int {
        var index = index
        while next[index] != index {
            next[index] = next[next[index]]
            index = next[index]
        }
        return index
    }

    /// The earliest free slot on the days of `window`, at or after the wall-clock minute
    /// `fromKey` as `reader` reads the slots' instants.
    mutating func firstFree(in window: ClosedRange<LocalDate>, fromKey: Int = Int.min, reader: ZoneConverter? = nil) -> Int? {
        let (low, high) = bounds(of: window)
        var start = low
        if let reader, fromKey > Int.min {
            start = max(low, partition { Self.key(of: slots[$0].start, reader: reader) >= fromKey })
        }
        let found = firstFree(from: start)
        return found < high ? found : nil
    }

    /// The indices of the slots on the days of a window: from `low` up to, not including, `high`.
    func bounds(of window: ClosedRange<LocalDate>) -> (low: Int, high: Int) {
        let first = window.lowerBound.dayNumber * 1_440, end = (window.upperBound.dayNumber + 1) * 1_440
        return (partition { keys[$0] >= first }, partition { keys[$0] >= end })
    }

    /// How many slots the window holds, and how many of them are free.
    func counts(in window: ClosedRange<LocalDate>) -> (slots: Int, free: Int) {
        let (low, high) = bounds(of: window)
        return (high - low, slots[low..<high].count { $0.state == .free })
    }

    /// The first slot index for which `isAfter` holds (it holds for all later ones too).
    private func partition(_ isAfter: (Int) -> Bool) -> Int {
        var low = 0, high = slots.count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// A queued item goes out at a slot.
    mutating func take(_ index: Int, by item: Int) {
        occupy(slots[index].start, by: item, proposed: true)
    }

    /// An item goes out at an instant: the slot at that minute is filled, those closer than the
    /// minimum gap are crowded, and so is the rest of its day once the day is full.
    mutating func occupy(_ instant: Int, by item: Int, proposed: Bool) {
        let reach = gap ?? 1
        var index = partition { slots[$0].start > instant - reach }
        while index < slots.count, slots[index].start < instant + reach {
            mark(index, slots[index].start == instant ? .filled(itemIndex: item, proposed: proposed) : .crowded(byItemIndex: item))
            index += 1
        }
        guard let limit else { return }
        let day = converter.local(instant).date.dayNumber
        dayCounts[day, default: 0] += 1
        guard dayCounts[day]! >= limit else { return }
        let (low, high) = bounds(of: LocalDate(dayNumber: day)...LocalDate(dayNumber: day))
        for index in low..<high { mark(index, .crowded(byItemIndex: item)) }
    }

    /// Takes a slot: a free one is no longer free; a filled one stays filled.
    private mutating func mark(_ index: Int, _ state: QueuePlan.SlotState) {
        switch (slots[index].state, state) {
        case (.free, _):
            slots[index].state = state
            next[index] = index + 1
        case (.crowded, .filled):
            slots[index].state = state
        default:
            break
        }
    }
}
