/// Which day a team's week starts on: Monday (ISO 8601, the default), Sunday (as in the
/// United States), Saturday (as in much of the Middle East), or any other day.
///
/// A week keeps the name of the ISO week of the Monday it holds (every run of seven days
/// holds exactly one Monday): with weeks from Sunday, `2026-W48` is Sunday 2026-11-22 to
/// Saturday 2026-11-28. So a week is named the same way whatever the layout, and `--week
/// 2026-W48` asks for the week around the same Monday.
public struct WeekLayout: Hashable, Sendable {
    public let start: Weekday

    public static let iso = WeekLayout(start: .mon)

    public init(start: Weekday) {
        self.start = start
    }

    /// The first day of a week.
    public func firstDay(of week: ISOWeek) -> LocalDate {
        week.monday.adding(days: -mondayOffset)
    }

    /// The last day of a week, six days after its first.
    public func lastDay(of week: ISOWeek) -> LocalDate {
        firstDay(of: week).adding(days: 6)
    }

    /// The week a date falls in.
    public func week(containing date: LocalDate) -> ISOWeek {
        let first = date.adding(days: -((date.weekday.isoNumber - start.isoNumber + 7) % 7))
        return ISOWeek(containing: first.adding(days: mondayOffset))
    }

    /// How many days after the week's first day its Monday comes: 0 when weeks start on a
    /// Monday, 1 on a Sunday, 2 on a Saturday.
    private var mondayOffset: Int {
        (Weekday.mon.isoNumber - start.isoNumber + 7) % 7
    }
}
