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

    /// The days of one calendar month, cut into weeks by `layout`.
    public init(month: CalendarMonth, layout: WeekLayout = .iso) {
        first = month.firstDay
        last = month.lastDay
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
    /// `this` (the week of `today`), `next` (the week after), `last` (the week before), or an
    /// ISO week such as `2026-W48`.
    public init?(named name: String, today: LocalDate, layout: WeekLayout = .iso) {
        switch name.lowercased() {
        case "this": self = layout.week(containing: today)
        case "next": self = layout.week(containing: today).next
        case "last": self = layout.week(containing: today.adding(days: -7))
        default:
            guard let week = ISOWeek(iso: name) else { return nil }
            self = week
        }
    }
}

/// A month of the calendar, as `--month 2026-12` names it.
public struct CalendarMonth: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// Nil unless `year` is 1 to 9999 and `month` 1 to 12.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// `this` (the month of `today`), `next`, `last`, or `YYYY-MM` such as `2026-12`.
    public init?(named name: String, today: LocalDate) {
        let offset: Int
        switch name.lowercased() {
        case "this": offset = 0
        case "next": offset = 1
        case "last": offset = -1
        default:
            let parts = name.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
                parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
                let year = Int(parts[0]), let month = Int(parts[1])
            else { return nil }
            self.init(year: year, month: month)
            return
        }
        let index = today.year * 12 + (today.month - 1) + offset
        self.init(year: index / 12, month: index % 12 + 1)
    }

    public var firstDay: LocalDate { LocalDate(inRange: year, month, 1) }

    public var lastDay: LocalDate { LocalDate(inRange: year, month, LocalDate.daysInMonth(month, year: year)) }

    public var description: String { "\(pad(year, 4))-\(pad(month, 2))" }
}
