/// A posting calendar whose days are made one at a time, as a renderer asks for them: a
/// calendar of a large repo is written day by day, and only the days being written are held.
/// ``CalendarBuilder/stream(for:from:)`` makes one from a schedule; a calendar made already
/// (``PostingCalendar``) is read as one too, so every renderer has one way in.
///
/// A week comes as its ``outline(ofWeek:)`` (its id, its span, its days' dates and its summary)
/// and its days, each made by ``day(_:ofWeek:)``; ``week(_:)`` makes a week whole.
public struct CalendarStream: Sendable {
    /// The calendar's title, span, zone and week start; its `weeks` are empty.
    public let header: PostingCalendar
    /// How many weeks the calendar has.
    public let weekCount: Int
    /// The zones the slots' times are written in, and the calendar's own when a deadline is
    /// due at a time, sorted: what an iCalendar file describes before its first event.
    public let zones: [String]
    private let outlines: [CalendarWeek]
    private let makeDay: @Sendable (_ day: Int, _ week: Int) -> CalendarDay

    /// - Parameters:
    ///   - outlines: each week with its summary and its days' dates, the days without their
    ///     slots and deadlines.
    ///   - makeDay: the day at an index of a week (0 is the week's first day), with its slots
    ///     and deadlines.
    init(
        header: PostingCalendar, outlines: [CalendarWeek], zones: [String],
        makeDay: @escaping @Sendable (_ day: Int, _ week: Int) -> CalendarDay
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
        self.init(header: header, outlines: weeks.map(Self.outline), zones: zones.sorted()) { weeks[$1].days[$0] }
    }

    /// The week at `index` (0 is the first) without what its days hold: its id, span and
    /// summary, and its days with their dates and weekdays but no slots or deadlines.
    public func outline(ofWeek index: Int) -> CalendarWeek {
        outlines[index]
    }

    /// The day at `day` of the week at `week` (0 is the first of each), its slots and
    /// deadlines made now: each call makes it again.
    public func day(_ day: Int, ofWeek week: Int) -> CalendarDay {
        makeDay(day, week)
    }

    /// The week at `index` (0 is the first), every day of it made now.
    public func week(_ index: Int) -> CalendarWeek {
        var week = outlines[index]
        week.days = week.days.indices.map { day($0, ofWeek: index) }
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
