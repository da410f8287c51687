import Testing

@testable import PostplanKit

@Suite("Calendar: spans and ISO weeks")
struct CalendarSpanTests {
    @Test("a week span runs Monday to Sunday and is titled by its ISO week")
    func weekSpan() throws {
        let span = try week("2026-W48")
        #expect(span.first == date(2026, 11, 23))
        #expect(span.last == date(2026, 11, 29))
        #expect(span.title == "2026-W48")
        #expect(span.weeks.map(\.description) == ["2026-W48"])
    }

    @Test("'this' and 'next' name the week of today and the one after, across a year end")
    func namedWeeks() {
        #expect(ISOWeek(named: "this", today: date(2026, 11, 22))?.description == "2026-W47")
        #expect(ISOWeek(named: "next", today: date(2026, 11, 22))?.description == "2026-W48")
        #expect(ISOWeek(named: "next", today: date(2026, 12, 31))?.description == "2027-W01")
        #expect(ISOWeek(named: "2026-W53", today: date(2026, 1, 1))?.description == "2026-W53")
        #expect(ISOWeek(named: "2027-W53", today: date(2026, 1, 1)) == nil)
        #expect(ISOWeek(named: "last", today: date(2026, 1, 1)) == nil)
    }

    @Test("a range of days is titled by its dates and touches every week it overlaps")
    func rangeSpan() throws {
        let range = try span(date(2026, 12, 30), date(2027, 1, 5))
        #expect(range.title == "2026-12-30 to 2027-01-05")
        #expect(range.weeks.map(\.description) == ["2026-W53", "2027-W01"])
        #expect(CalendarSpan(from: date(2026, 12, 2), to: date(2026, 12, 1)) == nil)
    }

    @Test("2026-W53 exists and holds the days from 2026-12-28 to 2027-01-03")
    func week53() throws {
        let plan = berlinCalendarPlan("""
          - { id: new-year-eve, kind: post, channels: [acme], at: 2026-12-31 18:00, text: Happy new year. }
          - { id: new-year, kind: post, channels: [acme], at: 2027-01-03 10:00, text: First Sunday. }
          - { id: first-monday, kind: post, channels: [acme], at: 2027-01-04 09:00, text: Back to work. }
        """)
        let result = try calendar(plan, try span(date(2026, 12, 28), date(2027, 1, 10)))
        #expect(result.weeks.map(\.id) == ["2026-W53", "2027-W01"])
        #expect(result.weekOf(item: "new-year-eve") == "2026-W53")
        #expect(result.weekOf(item: "new-year") == "2026-W53")
        #expect(result.weekOf(item: "first-monday") == "2027-W01")
        #expect(result.weeks.first?.days.map(\.date).first == "2026-12-28")
        #expect(result.weeks.last?.days.map(\.weekday).first == "Monday")
        #expect(result.weeks.last?.from == "2027-01-04")
    }

    @Test("a range that starts mid-week cuts its first and last week to the range")
    func partialWeeks() throws {
        let result = try calendar(berlinCalendarPlan(""), try span(date(2026, 11, 26), date(2026, 12, 1)))
        #expect(result.weeks.map(\.id) == ["2026-W48", "2026-W49"])
        #expect(result.weeks.first?.days.map(\.weekday) == ["Thursday", "Friday", "Saturday", "Sunday"])
        #expect(result.weeks.last?.days.map(\.date) == ["2026-11-30", "2026-12-01"])
    }
}
