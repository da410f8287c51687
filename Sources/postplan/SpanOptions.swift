import ArgumentParser
import PostplanKit

/// `--week`, `--month`, `--from` and `--to`: the days a command covers, shared by `calendar`,
/// `report` and `schedule`. Each command says what no option means.
struct SpanOptions: ParsableArguments {
    @Option(help: ArgumentHelp("An ISO week such as 2026-W48, or this, next or last.", valueName: "week"))
    var week: String?

    @Option(help: ArgumentHelp("A month such as 2026-12, or this, next or last, instead of --week.", valueName: "month"))
    var month: String?

    @Option(help: ArgumentHelp("The first day (YYYY-MM-DD) of a range, instead of --week; alone, that one day.", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("The last day (YYYY-MM-DD) of a range that starts at --from.", valueName: "date"))
    var to: String?

    /// The days asked for, cut into weeks by `layout`, or nil when no option names any; usage
    /// errors for malformed or conflicting options.
    func span(layout: WeekLayout, today: LocalDate) throws -> CalendarSpan? {
        let chosen = [week.map { _ in "--week" }, month.map { _ in "--month" }, from.map { _ in "--from" }].compactMap { $0 }
        guard chosen.count <= 1 else {
            throw ValidationError("use one of --week, --month and --from, not \(chosen.joined(separator: " and "))")
        }
        if let week {
            guard let isoWeek = ISOWeek(named: week, today: today, layout: layout) else {
                throw ValidationError("'--week \(week)' is not a week; write an ISO week like 2026-W48, or this, next or last")
            }
            return try withinDateLimits(CalendarSpan(week: isoWeek, layout: layout))
        }
        if let month {
            guard let calendarMonth = CalendarMonth(named: month, today: today) else {
                throw ValidationError("'--month \(month)' is not a month; write YYYY-MM like 2026-12, or this, next or last")
            }
            return try withinDateLimits(CalendarSpan(month: calendarMonth, layout: layout))
        }
        switch (from, to) {
        case (nil, nil):
            return nil
        case (let from?, let to):
            let first = try date(from, option: "--from")
            let last = try to.map { try date($0, option: "--to") } ?? first
            guard let span = CalendarSpan(from: first, to: last, layout: layout) else {
                throw ValidationError("'--to \(to ?? "")' is before '--from \(from)'")
            }
            return try withinDateLimits(span)
        case (nil, let to?):
            throw ValidationError("'--to \(to)' ends a range; name its first day with --from")
        }
    }

    /// The week of `today`, as `layout` cuts weeks: what `calendar` covers without an option.
    func thisWeek(layout: WeekLayout, today: LocalDate) throws -> CalendarSpan {
        try withinDateLimits(CalendarSpan(week: layout.week(containing: today), layout: layout))
    }

    /// `count` weeks from the week of `today`: what `schedule` covers without an option.
    func weeks(_ count: Int, layout: WeekLayout, today: LocalDate) throws -> CalendarSpan {
        let first = layout.firstDay(of: layout.week(containing: today))
        guard let span = CalendarSpan(from: first, to: first.adding(days: count * 7 - 1), layout: layout) else {
            throw ValidationError("cannot show \(count) weeks from \(first)")
        }
        return try withinDateLimits(span)
    }

    /// The span, when its weeks stay within the dates postplan handles.
    private func withinDateLimits(_ span: CalendarSpan) throws -> CalendarSpan {
        guard span.layout.covers(span.layout.week(containing: span.first)), span.layout.covers(span.layout.week(containing: span.last)) else {
            throw ValidationError("the weeks of \(span.first) to \(span.last) reach past the dates postplan handles, 0001-01-01 to 9999-12-31")
        }
        return span
    }

    private func date(_ text: String, option: String) throws -> LocalDate {
        guard let date = LocalDate(iso: text) else {
            throw ValidationError("'\(option) \(text)' is not a date; write YYYY-MM-DD, like 2026-11-23")
        }
        return date
    }
}
