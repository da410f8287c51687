/// The days a calendar covers: one or more ISO weeks, or any run of days (`--from`/`--to`).
public struct CalendarSpan: Hashable, Sendable {
    public let first: LocalDate
    public let last: LocalDate

    /// Nil when `last` is before `first`.
    public init?(from first: LocalDate, to last: LocalDate) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    /// Monday to Sunday of one ISO week.
    public init(week: ISOWeek) {
        first = week.monday
        last = week.sunday
    }

    public func contains(_ date: LocalDate) -> Bool {
        first <= date && date <= last
    }

    /// The ISO weeks the span touches, in order; the first and last may be partly outside it.
    public var weeks: [ISOWeek] {
        var weeks: [ISOWeek] = []
        var week = ISOWeek(containing: first)
        while week.monday <= last {
            weeks.append(week)
            week = week.next
        }
        return weeks
    }

    /// `2026-W48` for exactly one ISO week, else `2026-11-23 to 2026-12-06`.
    public var title: String {
        let week = ISOWeek(containing: first)
        return week.monday == first && week.sunday == last ? week.description : "\(first) to \(last)"
    }
}

extension ISOWeek {
    /// `this` (the week of `today`), `next` (the week after), or an ISO week such as `2026-W48`.
    public init?(named name: String, today: LocalDate) {
        switch name.lowercased() {
        case "this": self = ISOWeek(containing: today)
        case "next": self = ISOWeek(containing: today).next
        default:
            guard let week = ISOWeek(iso: name) else { return nil }
            self = week
        }
    }
}
