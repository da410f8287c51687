/// What `postplan schedule` shows: the posting slots of some days, slot by slot, with what
/// fills each, where the queue proposes to put the queued items, and what did not fit. The
/// JSON of this type is documented in `docs/schedule-json.md`.
public struct ProposedSchedule: Codable, Hashable, Sendable {
    public static let currentVersion = 1

    /// The format's version, 1; raised when a field changes meaning or goes away.
    public var version: Int
    /// The day the queue starts filling (`--today`, else today in the repo's time zone).
    public var today: String
    /// The first and last day shown.
    public var from: String
    public var to: String
    /// The channels with slots, by id, with their slots on the days shown.
    public var channels: [ChannelSlots]
    /// The queued items placed on the days shown, in time order.
    public var placements: [Placement]
    /// Every queued item that found no slot, whatever its window.
    public var overflows: [Overflow]
    /// Slots the clocks skip on the days shown (daylight-saving gaps): left out, not moved.
    public var skipped: [SkippedSlot]

    public struct ChannelSlots: Codable, Hashable, Sendable {
        public var channel: String
        /// The IANA zone the slots' times are in.
        public var timezone: String
        public var slots: [Slot]
    }

    public struct Slot: Codable, Hashable, Sendable {
        public var date: String
        /// `mon` ... `sun`.
        public var weekday: String
        /// `HH:MM` on the channel's clock.
        public var time: String
        /// `free`; `proposed` (a queued item goes here) or `pinned` (an item with its own
        /// time goes out at this minute); `crowded` (an item is closer than the platform's
        /// minimum gap, or the day is full).
        public var state: String
        /// The item that fills or crowds the slot.
        public var item: String?
    }

    public struct Placement: Codable, Hashable, Sendable {
        public var item: String
        public var channel: String
        /// `YYYY-MM-DD HH:MM` in `timezone`: what `--write` puts into `at:`.
        public var at: String
        public var timezone: String
        /// Where the item's `at: next-slot` is, `path:line:column`.
        public var source: String
    }

    public struct Overflow: Codable, Hashable, Sendable {
        public var item: String
        public var channels: [String]
        /// The days the item may go out, as far as the queue plans.
        public var from: String
        public var until: String
        /// Per channel, the slots in the window and how many of them were free.
        public var slots: [String: SlotCount]
        public var source: String
    }

    public struct SlotCount: Codable, Hashable, Sendable {
        public var total: Int
        public var free: Int
    }

    public struct SkippedSlot: Codable, Hashable, Sendable {
        public var channel: String
        public var date: String
        public var time: String
        public var timezone: String
    }

    /// The part of a queue plan on the days of `span`.
    init(_ plan: QueuePlan, span: CalendarSpan, today: LocalDate, workspace: Workspace) {
        func id(_ index: Int) -> String { workspace.items[index].id.value }
        version = Self.currentVersion
        self.today = today.description
        from = span.first.description
        to = span.last.description
        channels = plan.channels.map { lane in
            ChannelSlots(
                channel: lane.channelID, timezone: lane.zone.identifier,
                slots: lane.slots.filter { span.contains($0.date) }.map { slot in
                    let (state, item): (String, Int?) =
                        switch slot.state {
                        case .free: ("free", nil)
                        case .filled(let index, let proposed): (proposed ? "proposed" : "pinned", index)
                        case .crowded(let index): ("crowded", index)
                        }
                    return Slot(
                        date: slot.date.description, weekday: slot.date.weekday.rawValue, time: slot.time.description, state: state,
                        item: item.map(id))
                })
        }
        placements = plan.placements.filter { span.contains($0.date) }
            .sorted { ($0.start, $0.channelID) < ($1.start, $1.channelID) }
            .map { placement in
                Placement(
                    item: id(placement.itemIndex), channel: placement.channelID, at: "\(placement.date) \(placement.time)",
                    timezone: placement.zone.identifier, source: workspace.items[placement.itemIndex].scheduleRange.description)
            }
        overflows = plan.overflows.map { overflow in
            Overflow(
                item: id(overflow.itemIndex), channels: overflow.channelIDs, from: overflow.window.lowerBound.description,
                until: overflow.window.upperBound.description,
                slots: overflow.slotCounts.mapValues { SlotCount(total: $0.slots, free: $0.free) },
                source: workspace.items[overflow.itemIndex].scheduleRange.description)
        }
        skipped = plan.skipped.filter { span.contains($0.date) }.map {
            SkippedSlot(channel: $0.channelID, date: $0.date.description, time: $0.time.description, timezone: $0.zone.identifier)
        }
    }
}
