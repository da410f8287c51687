/// What the queue did with a repo's posting slots: which slot each queued item takes, what
/// did not fit, and every slot with what fills it. The same repo and the same today give the
/// same plan, whatever the order of its files.
public struct QueuePlan: Sendable {
    /// The channels that declare slots, by id.
    public var channels: [ChannelSlots] = []
    /// Where queued items go, in the order the queue placed them.
    public var placements: [Placement] = []
    /// Queued items that found no free slot inside their window, in queue order.
    public var overflows: [Overflow] = []
    /// Slots the clocks skip (a daylight-saving gap), left out rather than moved.
    public var skipped: [SkippedSlot] = []

    /// The slots of one channel from the first day the queue plans, in time order.
    public struct ChannelSlots: Sendable {
        public var channelID: String
        public var zone: TimeZoneID
        public var slots: [PostingSlot]
    }

    /// One posting slot and what fills it.
    public struct PostingSlot: Sendable {
        /// The wall-clock day and time in the channel's zone.
        public var date: LocalDate
        public var time: LocalTime
        /// Seconds since 1970-01-01T00:00Z.
        public var start: Int
        public var state: SlotState
    }

    public enum SlotState: Sendable, Equatable {
        case free
        /// An item goes out at the slot: queued there (`proposed`), or pinned to its time.
        case filled(itemIndex: Int, proposed: Bool)
        /// Closer to an item than the platform's minimum gap, or on a day that has as many
        /// items as the platform allows.
        case crowded(byItemIndex: Int)
    }

    /// A queued item in a slot of one channel.
    public struct Placement: Sendable {
        public var itemIndex: Int
        public var channelID: String
        /// The wall-clock time in the zone the item's `at:` is read in on the channel: what
        /// `postplan schedule --write` pins.
        public var date: LocalDate
        public var time: LocalTime
        public var zone: TimeZoneID
        public var start: Int
    }

    /// A queued item that did not fit on some of its channels.
    public struct Overflow: Sendable {
        public var itemIndex: Int
        public var channelIDs: [String]
        /// The days it was allowed, in the channels' zones.
        public var window: ClosedRange<LocalDate>
        /// Per channel, how many slots the window holds and how many of them were still free
        /// when the item's turn came (free ones that never coincide, for `together`).
        public var slotCounts: [String: (slots: Int, free: Int)]
    }

    /// A slot time that does not exist on a day: the clocks jump over it.
    public struct SkippedSlot: Sendable {
        public var channelID: String
        public var date: LocalDate
        public var time: LocalTime
        public var zone: TimeZoneID
    }
}
