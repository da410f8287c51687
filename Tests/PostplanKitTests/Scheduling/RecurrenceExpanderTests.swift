import Testing
import YAMLTree

@testable import PostplanKit

@Suite("Repeats: the dates a rule falls on")
struct RecurrenceExpanderTests {
    let here = SourceRange.startOfFile("plan.yaml")

    func rule(
        _ every: Recurrence.Frequency, on days: [Weekday] = [], from: LocalDate = date(2026, 11, 23), until: LocalDate? = nil, count: Int? = nil
    ) -> Recurrence {
        Recurrence(
            every: Located(every, at: here), on: days.map { Located($0, at: here) }, at: Located(time(8, 30), at: here),
            from: Located(from, at: here), until: until.map { Located($0, at: here) },
            count: count.map { Located($0, at: here) }, range: here)
    }

    func dates(_ rule: Recurrence, _ first: LocalDate, _ last: LocalDate) -> [String] {
        RecurrenceExpander.dates(of: rule, within: first...last).map(\.description)
    }

    @Test("weekly on Tuesday and Thursday until a date stops on that date")
    func weeklyUntil() {
        let dates = dates(rule(.week, on: [.tue, .thu], from: date(2026, 11, 23), until: date(2026, 12, 3)), date(2026, 11, 1), date(2026, 12, 31))
        #expect(dates == ["2026-11-24", "2026-11-26", "2026-12-01", "2026-12-03"])
    }

    @Test("a weekly repeat without weekdays falls on the weekday of 'from'")
    func weeklyOnFromsWeekday() {
        let dates = dates(rule(.week, from: date(2026, 11, 27)), date(2026, 11, 1), date(2026, 12, 12))
        #expect(dates == ["2026-11-27", "2026-12-04", "2026-12-11"])
    }

    @Test("count counts from 'from', even the occurrences before the window")
    func countBeforeWindow() {
        let dates = dates(rule(.week, on: [.fri], from: date(2026, 11, 27), count: 6), date(2026, 12, 14), date(2027, 1, 31))
        #expect(dates == ["2026-12-18", "2026-12-25", "2027-01-01"])
    }

    @Test("a monthly repeat from the 31st skips the months that have no 31st")
    func monthlySkipsShortMonths() {
        let dates = dates(rule(.month, from: date(2027, 1, 31)), date(2027, 1, 1), date(2027, 6, 30))
        #expect(dates == ["2027-01-31", "2027-03-31", "2027-05-31"])
    }

    @Test("a monthly repeat from February 29 of a leap year falls on February 29 only in leap years")
    func leapDay() {
        let dates = dates(rule(.month, from: date(2028, 2, 29)), date(2028, 1, 1), date(2028, 4, 30))
        #expect(dates == ["2028-02-29", "2028-03-29", "2028-04-29"])
    }

    @Test("a daily repeat with weekdays falls only on those days")
    func dailyOnWeekdays() {
        let dates = dates(rule(.day, on: [.mon, .fri], from: date(2026, 11, 23)), date(2026, 11, 23), date(2026, 11, 30))
        #expect(dates == ["2026-11-23", "2026-11-27", "2026-11-30"])
    }

    @Test("a window inside a series holds exactly the series' dates that fall in it")
    func windowInsideSeries() {
        let series = rule(.week, on: [.tue, .thu], from: date(2026, 11, 3))
        let whole = dates(series, date(2026, 11, 1), date(2026, 11, 30))
        let lastWeek = dates(series, date(2026, 11, 23), date(2026, 11, 29))
        #expect(lastWeek == ["2026-11-24", "2026-11-26"])
        #expect(whole.filter { $0 >= "2026-11-23" } == lastWeek)
    }
}
