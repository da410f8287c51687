/// Finds items that crowd a channel: closer together than the platform's minimum gap, or
/// more on one day than it allows.
enum ConflictDetector {
    static func conflicts(in occurrences: [Occurrence], workspace: Workspace) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Grouped by their places, and each channel's occurrences copied out only while it is
        // checked: a copy of every occurrence at once was a tenth of a large repo's memory.
        let byChannel = Dictionary(grouping: occurrences.indices) { occurrences[$0].channelID }
        for channelID in byChannel.keys.sorted() {
            guard let places = byChannel[channelID], let channel = workspace.channels[channelID], let profile = workspace.profile(of: channel)
            else { continue }
            let slots = places.map { occurrences[$0] }
            guard let first = slots.first else { continue }
            func item(_ slot: Occurrence) -> Item { workspace.items[slot.itemIndex] }
            if let (gap, _) = profile.duration(.scheduleMinGap, on: first.date) {
                // One finding per pair of items, however often two repeats meet.
                let clashes = zip(slots, slots.dropFirst()).filter { $1.start - $0.start < gap.seconds }
                let byPair = Dictionary(grouping: clashes) { Pair(earlier: $0.0.itemIndex, later: $0.1.itemIndex) }
                for (earlier, later) in clashes where byPair[Pair(earlier: earlier.itemIndex, later: later.itemIndex)]?.first?.1.start == later.start
                {
                    let times = byPair[Pair(earlier: earlier.itemIndex, later: later.itemIndex)]?.count ?? 1
                    let minutes = (later.start - earlier.start) / 60
                    diagnostics.append(
                        Diagnostic(
                            ChannelGapRule.tooClose(
                                item(later).id.value, after: item(earlier).id.value, channel: channelID, minutes: minutes, on: later.date,
                                at: later.time, repeats: times, platform: profile.name, gap: gap),
                            at: item(later).scheduleRange,
                            related: [
                                Diagnostic.Related("'\(item(earlier).id.value)' at \(earlier.date) \(earlier.time)", at: item(earlier).scheduleRange)
                            ]))
                }
            }
            if let (limit, _) = profile.integer(.scheduleMaxPerDay, on: first.date) {
                let byDay = Dictionary(grouping: slots) { $0.date }
                var reported: Set<Int> = []
                for day in byDay.keys.sorted() {
                    guard let daySlots = byDay[day], daySlots.count > limit else { continue }
                    let extra = daySlots[limit]
                    // Once per item that tips a day over: a repeat would say it every day.
                    guard reported.insert(extra.itemIndex).inserted else { continue }
                    diagnostics.append(
                        Diagnostic(
                            DailyLimitRule.tooMany(
                                channel: channelID, items: daySlots.count, on: day, platform: profile.name, limit: limit, move: item(extra).id.value),
                            at: item(extra).scheduleRange,
                            related: daySlots.prefix(limit).map {
                                Diagnostic.Related("'\(item($0).id.value)' at \($0.time)", at: item($0).scheduleRange)
                            }))
                }
            }
            // One finding per item, for the first window it tips over.
            var overWindow: Set<Int> = []
            for (limit, _) in profile.windowLimits(on: first.date) where limit.maxPerWindow > 0 {
                diagnostics += windowConflicts(
                    slots, channel: channelID, window: limit.window, limit: limit.maxPerWindow, platform: profile.name, reported: &overWindow,
                    items: item)
            }
        }
        return diagnostics
    }

    /// An item that is one too many within any moving `window` on the channel: the window
    /// from the occurrence `limit` places before it holds `limit + 1`. Once per item, like
    /// the daily limit: `reported` holds the items already said to be over a window.
    private static func windowConflicts(
        _ slots: [Occurrence], channel: String, window: PlanDuration, limit: Int, platform: String, reported: inout Set<Int>,
        items item: (Occurrence) -> Item
    ) -> [Diagnostic] {
        let slots = slots.sorted { $0.start < $1.start }
        var diagnostics: [Diagnostic] = []
        for index in slots.indices.dropFirst(limit) {
            let extra = slots[index], earliest = slots[index - limit]
            guard extra.start - earliest.start < window.seconds, reported.insert(extra.itemIndex).inserted else { continue }
            let first = item(earliest)
            diagnostics.append(
                Diagnostic(
                    WindowLimitRule.tooMany(
                        item(extra).id.value, channel: channel, on: extra.date, at: extra.time, first: first.id.value,
                        firstAt: "\(earliest.date) \(earliest.time)", platform: platform, limit: limit, window: window),
                    at: item(extra).scheduleRange,
                    related: [Diagnostic.Related("'\(first.id.value)' at \(earliest.date) \(earliest.time)", at: first.scheduleRange)]))
        }
        return diagnostics
    }

    private struct Pair: Hashable {
        var earlier: Int
        var later: Int
    }
}
