/// A posting calendar whose days are made one at a time, as a renderer asks for them: a
/// calendar of a large repo is written day by day, and only the days being written are held.
/// ``CalendarBuilder/stream(for:from:)`` makes one from a schedule; a calendar made already
/// (``PostingCalendar``) is read as one too, so every renderer has one way in.
///
/// A week comes as its ``outline(ofWeek:)`` (its id, its span, its days' dates and its summary)
/// and its days (``day(_:ofWeek:)``), whose slots are made one at a time; ``week(_:)`` makes
/// a week whole.
public struct CalendarStream: Sendable {
    /// One day of a calendar: its date and deadlines, and its slots, each made when it is
    /// asked for (``slot(_:)``), so that a renderer can write a day of thousands of slots
    /// holding one at a time.
    public struct Day: Sendable {
        /// `2026-11-24`.
        public let date: String
        /// `Tuesday`.
        public let weekday: String
        /// The tasks due on this day, by time (all-day tasks first).
        public let deadlines: [CalendarDeadline]
        /// How many slots the day has.
        public let slotCount: Int
        private let makeSlot: @Sendable (Int) -> CalendarSlot

        init(
            date: String, weekday: String, deadlines: [CalendarDeadline], slotCount: Int,
            makeSlot: @escaping @Sendable (Int) -> CalendarSlot
        ) {
            self.date = date
            self.weekday = weekday
            self.deadlines = deadlines
            self.slotCount = slotCount
            self.makeSlot = makeSlot
        }

        /// A day made already.
        init(_ day: CalendarDay) {
            let slots = day.slots
            self.init(date: day.date, weekday: day.weekday, deadlines: day.deadlines, slotCount: slots.count) { slots[$0] }
        }

        /// The slot at `index` (by time, then channel; 0 is the first), made now: each call
        /// makes it again.
        public func slot(_ index: Int) -> CalendarSlot {
            makeSlot(index)
        }

        /// The day with every slot made.
        public func collected() -> CalendarDay {
            CalendarDay(date: date, weekday: weekday, slots: (0..<slotCount).map(slot), deadlines: deadlines)
        }
    }

    /// The calendar's title, span, zone and week start; its `weeks` are empty.
    public let header: PostingCalendar
    /// How many weeks the calendar has.
    public let weekCount: Int
    /// The zones the slots' times are written in, and the calendar's own when a deadline is
    /// due at a time, sorted: what an iCalendar file describes before its first event.
    public let zones: [String]
    private let outlines: [CalendarWeek]
    private let makeDay: @Sendable (_ day: Int, _ week: Int) -> Day

    /// - Parameters:
    ///   - outlines: each week with its summary and its days' dates, the days without their
    ///     slots and deadlines.
    ///   - makeDay: the day at an index of a week (0 is the week's first day).
    init(
        header: PostingCalendar, outlines: [CalendarWeek], zones: [String],
        makeDay: @escaping @Sendable (_ day: Int, _ week: Int) -> Day
    ) {
        self.header = header
        self.weekCount = outlines.count
        self.zones = zones
        self.outlines = outlines
        self.makeDay = makeDay
    }

    /// A calendar made already, read day by day.
    public init(_ calendar: PostingCalendar) {
        var header = calendar
        header.weeks = []
        let days = calendar.weeks.flatMap(\.days)
        var zones = Set(days.lazy.flatMap(\.slots).map(\.zone))
        if days.contains(where: { $0.deadlines.contains { $0.time != nil } }) { zones.insert(calendar.timeZone) }
        let weeks = calendar.weeks
        self.init(header: header, outlines: weeks.map(Self.outline), zones: zones.sorted()) { Day(weeks[$1].days[$0]) }
    }

    /// The week at `index` (0 is the first) without what its days hold: its id, span and
    /// summary, and its days with their dates and weekdays but no slots or deadlines.
    public func outline(ofWeek index: Int) -> CalendarWeek {
        outlines[index]
    }

    /// The day at `day` of the week at `week` (0 is the first of each), its deadlines found
    /// now and its slots made as they are asked for.
    public func day(_ day: Int, ofWeek week: Int) -> Day {
        makeDay(day, week)
    }

    /// The week at `index` (0 is the first), every day of it made now.
    public func week(_ index: Int) -> CalendarWeek {
        var week = outlines[index]
        week.days = week.days.indices.map { day($0, ofWeek: index).collected() }
        return week
    }

    /// The whole calendar, every week made and held: for a program that wants the model
    /// rather than a rendering of it.
    public func collected() -> PostingCalendar {
        var calendar = header
        calendar.weeks = (0..<weekCount).map(week)
        return calendar
    }

    /// The week with its days' slots and deadlines left out.
    static func outline(of week: CalendarWeek) -> CalendarWeek {
        var outline = week
        outline.days = week.days.map { CalendarDay(date: $0.date, weekday: $0.weekday, slots: [], deadlines: []) }
        return outline
    }
}
