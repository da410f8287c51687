/// The dates a `repeat` rule falls on, deterministically.
///
/// - `every: day` — every day from `from`, or only on the `on` weekdays;
/// - `every: week` — on the `on` weekdays (default: `from`'s weekday) of every week;
/// - `every: month` — on `from`'s day of the month; a month without that day (the 31st) is
///   skipped, as RFC 5545 does.
///
/// `count` counts occurrences from `from`, including those before the window asked for.
enum RecurrenceExpander {
    static func dates(of rule: Recurrence, within window: ClosedRange<LocalDate>) -> [LocalDate] {
        let start = rule.from.value
        let end = min(rule.until?.value ?? window.upperBound, window.upperBound)
        guard start <= end else { return [] }
        let weekdays = Set(rule.on.map(\.value))
        var dates: [LocalDate] = []
        var emitted = 0
        func emit(_ date: LocalDate) -> Bool {
            if let count = rule.count?.value, emitted >= count { return false }
            emitted += 1
            if window.contains(date) { dates.append(date) }
            return true
        }
        switch rule.every.value {
        case .day, .week:
            let days = rule.every.value == .week && weekdays.isEmpty ? [start.weekday] : weekdays
            // Without a count, the days before the window matter to nobody: start there.
            var date = rule.count == nil ? max(start, window.lowerBound) : start
            while date <= end {
                if days.isEmpty || days.contains(date.weekday) {
                    guard emit(date) else { break }
                }
                date = date.adding(days: 1)
            }
        case .month:
            var months = 0
            // Stop once the month itself starts after the end; a short month is skipped.
            while LocalDate.dayNumber(year: start.year, month: start.month + months, day: 1) <= end.dayNumber {
                defer { months += 1 }
                guard let date = start.adding(months: months), date <= end else { continue }
                guard emit(date) else { break }
            }
        }
        return dates
    }
}
