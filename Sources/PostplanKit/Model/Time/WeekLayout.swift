/// Which day a team's week starts on: Monday (ISO 8601, the default), Sunday (as in the
/// United States), Saturday (as in much of the Middle East), or any other day.
///
/// A week is named after the ISO week that holds most of its days, which is the ISO week of
/// its Thursday (ISO's own rule for weeks across a year end): with weeks from Sunday,
/// `2026-W48` is Sunday 2026-11-22 to Saturday 2026-11-28; from Tuesday, it is Tuesday
/// 2026-11-24 to Monday 2026-11-30. So `--week 2026-W48` asks for the week that shares most
/// days with ISO week 48, whatever the layout.
public struct WeekLayout: Hashable, Sendable {
    public let start: Weekday

    public static let iso = WeekLayout(start: .mon)

    public init(start: Weekday) {
        self.start = start
    }

    /// The first day of a week.
    public func firstDay(of week: ISOWeek) -> LocalDate {
        LocalDate(dayNumber: firstDayNumber(of: week))
    }

    /// The last day of a week, six days after its first.
    public func lastDay(of week: ISOWeek) -> LocalDate {
        LocalDate(dayNumber: firstDayNumber(of: week) + 6)
    }

    /// The week a date falls in.
    public func week(containing date: LocalDate) -> ISOWeek {
        let first = date.adding(days: -((date.weekday.isoNumber - start.isoNumber + 7) % 7))
        return ISOWeek(containing: first.adding(days: thursdayOffset))
    }

    /// Whether every day of the week is a date postplan handles (0001-01-01 to 9999-12-31):
    /// the weeks at those ends may reach past them when they do not start on a Monday.
    public func covers(_ week: ISOWeek) -> Bool {
        let first = firstDayNumber(of: week)
        return first >= LocalDate.dayNumber(year: 1, month: 1, day: 1) && first + 6 <= LocalDate.dayNumber(year: 9999, month: 12, day: 31)
    }

    private func firstDayNumber(of week: ISOWeek) -> Int {
        week.monday.dayNumber + (Weekday.thu.isoNumber - Weekday.mon.isoNumber) - thursdayOffset
    }

    /// How many days after the week's first day its Thursday comes: 3 when weeks start on a
    /// Monday, 4 on a Sunday, 0 on a Thursday.
    private var thursdayOffset: Int {
        (Weekday.thu.isoNumber - start.isoNumber + 7) % 7
    }
}
