/// The days a calendar covers: one or more weeks, or any run of days (`--from`/`--to`), and
/// how they are cut into weeks.
public struct CalendarSpan: Hashable, Sendable {
    public let first: LocalDate
    public let last: LocalDate
    public let layout: WeekLayout

    /// Nil when `last` is before `first`.
    public init?(from first: LocalDate, to last: LocalDate, layout: WeekLayout = .iso) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
        self.layout = layout
    }

    /// The seven days of one week, from the layout's first day.
    public init(week: ISOWeek, layout: WeekLayout = .iso) {
        first = layout.firstDay(of: week)
        last = layout.lastDay(of: week)
        self.layout = layout
    }

    public func contains(_ date: LocalDate) -> Bool {
        first <= date && date <= last
    }

    /// The weeks the span touches, in order; the first and last may be partly outside it.
    public var weeks: [ISOWeek] {
        var weeks: [ISOWeek] = []
        var week = layout.week(containing: first)
        while layout.firstDay(of: week) <= last {
            weeks.append(week)
            // At 9999-12-31 dates stop, and so does counting weeks.
            guard week.next > week else { break }
            week = week.next
        }
        return weeks
    }

    /// `2026-W48` for exactly one week, else `2026-11-23 to 2026-12-06`.
    public var title: String {
        let week = layout.week(containing: first)
        return layout.firstDay(of: week) == first && layout.lastDay(of: week) == last ? week.description : "\(first) to \(last)"
    }
}

extension ISOWeek {
    /// `this` (the week of `today`), `next` (the week after), or an ISO week such as `2026-W48`.
    public init?(named name: String, today: LocalDate, layout: WeekLayout = .iso) {
        switch name.lowercased() {
        case "this": self = layout.week(containing: today)
        case "next": self = layout.week(containing: today).next
        default:
            guard let week = ISOWeek(iso: name) else { return nil }
            self = week
        }
    }
}
