/// A posting calendar whose weeks are made one at a time, as a renderer asks for them: a
/// calendar of a large repo is written week by week, and only the weeks being written are
/// held. ``CalendarBuilder/stream(for:from:)`` makes one from a schedule; a calendar made
/// already (``PostingCalendar``) is read as one too, so every renderer has one way in.
public struct CalendarStream: Sendable {
    /// The calendar's title, span, zone and week start; its `weeks` are empty.
    public let header: PostingCalendar
    /// How many weeks ``week(_:)`` makes.
    public let weekCount: Int
    /// The zones the slots' times are written in, and the calendar's own when a deadline is
    /// due at a time, sorted: what an iCalendar file describes before its first event.
    public let zones: [String]
    private let makeWeek: @Sendable (Int) -> CalendarWeek

    init(header: PostingCalendar, weekCount: Int, zones: [String], makeWeek: @escaping @Sendable (Int) -> CalendarWeek) {
        self.header = header
        self.weekCount = weekCount
        self.zones = zones
        self.makeWeek = makeWeek
    }

    /// A calendar made already, read week by week.
    public init(_ calendar: PostingCalendar) {
        var header = calendar
        header.weeks = []
        let days = calendar.weeks.flatMap(\.days)
        var zones = Set(days.lazy.flatMap(\.slots).map(\.zone))
        if days.contains(where: { $0.deadlines.contains { $0.time != nil } }) { zones.insert(calendar.timeZone) }
        let weeks = calendar.weeks
        self.init(header: header, weekCount: weeks.count, zones: zones.sorted()) { weeks[$0] }
    }

    /// The week at `index` (0 is the first), made now: each call makes it again.
    public func week(_ index: Int) -> CalendarWeek {
        makeWeek(index)
    }

    /// The whole calendar, every week made and held: for a program that wants the model
    /// rather than a rendering of it.
    public func collected() -> PostingCalendar {
        var calendar = header
        calendar.weeks = (0..<weekCount).map(week)
        return calendar
    }
}
