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

    @Test("'this', 'next' and 'last' name the week of today, the one after and the one before, across a year end")
    func namedWeeks() {
        #expect(ISOWeek(named: "this", today: date(2026, 11, 22))?.description == "2026-W47")
        #expect(ISOWeek(named: "next", today: date(2026, 11, 22))?.description == "2026-W48")
        #expect(ISOWeek(named: "next", today: date(2026, 12, 31))?.description == "2027-W01")
        #expect(ISOWeek(named: "2026-W53", today: date(2026, 1, 1))?.description == "2026-W53")
        #expect(ISOWeek(named: "2027-W53", today: date(2026, 1, 1)) == nil)
        #expect(ISOWeek(named: "last", today: date(2026, 1, 1))?.description == "2025-W52")
        #expect(ISOWeek(named: "last", today: date(2027, 1, 4))?.description == "2026-W53")
        #expect(ISOWeek(named: "previous", today: date(2026, 1, 1)) == nil)
    }

    @Test("a month names its first and last day, February 29 in a leap year; 'last' in January is the December before")
    func months() throws {
        let february = try #require(CalendarMonth(named: "2028-02", today: date(2026, 1, 1)))
        #expect(CalendarSpan(month: february).first == date(2028, 2, 1))
        #expect(CalendarSpan(month: february).last == date(2028, 2, 29))
        #expect(CalendarMonth(named: "last", today: date(2027, 1, 15))?.description == "2026-12")
        #expect(CalendarMonth(named: "next", today: date(2026, 12, 31))?.description == "2027-01")
        #expect(CalendarMonth(named: "2026-13", today: date(2026, 1, 1)) == nil)
        #expect(CalendarMonth(named: "2026-1", today: date(2026, 1, 1)) == nil)
        #expect(CalendarMonth(named: "+202-12", today: date(2026, 1, 1)) == nil)
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
        let plan = berlinCalendarPlan(
            """
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

@Suite("Calendar: weeks that start on another day")
struct WeekLayoutTests {
    static let sunday = WeekLayout(start: .sun), saturday = WeekLayout(start: .sat)

    @Test(
        "a week is named after the ISO week that holds most of its days (its Thursday's), and starts on the layout's day",
        arguments: [
            (Weekday.mon, date(2026, 11, 23)), (.tue, date(2026, 11, 24)), (.wed, date(2026, 11, 25)), (.thu, date(2026, 11, 26)),
            (.fri, date(2026, 11, 20)), (.sat, date(2026, 11, 21)), (.sun, date(2026, 11, 22)),
        ])
    func namedByItsThursday(start: Weekday, first: LocalDate) throws {
        let layout = WeekLayout(start: start), week = try #require(ISOWeek(iso: "2026-W48"))
        #expect((layout.firstDay(of: week), layout.lastDay(of: week)) == (first, first.adding(days: 6)))
        // Four or more of its seven days are in ISO week 48.
        #expect((0..<7).filter { ISOWeek(containing: first.adding(days: $0)) == week }.count >= 4)
    }

    @Test("weeks that would reach past 0001-01-01 or 9999-12-31 are not covered")
    func dateLimits() throws {
        let first = try #require(ISOWeek(iso: "0001-W01"))
        #expect(WeekLayout.iso.covers(first))
        #expect(!Self.sunday.covers(first))
        #expect(!WeekLayout(start: .tue).covers(WeekLayout.iso.week(containing: date(9999, 12, 31))))
    }

    @Test("every day of a week falls in that week, for every start day", arguments: Weekday.allCases)
    func daysFallInTheirWeek(start: Weekday) throws {
        let layout = WeekLayout(start: start)
        for name in ["2026-W01", "2026-W48", "2026-W53", "2027-W01", "2028-W09"] {
            let week = try #require(ISOWeek(iso: name))
            let first = layout.firstDay(of: week)
            #expect(first.weekday == start)
            for offset in 0..<7 {
                #expect(layout.week(containing: first.adding(days: offset)) == week, "\(start) \(name) +\(offset)")
            }
            #expect(layout.week(containing: first.adding(days: 7)) == week.next)
        }
    }

    @Test("at a year end, Sunday 2027-01-03 starts 2027-W01 when weeks start on Sunday, and ends 2026-W53 when they start on Monday")
    func yearEnd() {
        #expect(Self.sunday.week(containing: date(2027, 1, 3)).description == "2027-W01")
        #expect(WeekLayout.iso.week(containing: date(2027, 1, 3)).description == "2026-W53")
        #expect(Self.sunday.week(containing: date(2026, 12, 27)).description == "2026-W53")
    }

    @Test("a leap day falls in the week of the Monday it belongs to under each layout")
    func leapDay() {
        // 2028-02-29 is a Tuesday: ISO 2028-W09 from Monday 02-28; from Sunday 02-27 too.
        #expect(WeekLayout.iso.week(containing: date(2028, 2, 29)).description == "2028-W09")
        #expect(Self.sunday.week(containing: date(2028, 2, 29)).description == "2028-W09")
        #expect(Self.saturday.firstDay(of: Self.saturday.week(containing: date(2028, 2, 29))) == date(2028, 2, 26))
    }

    @Test("a span of a Sunday week runs Sunday to Saturday, is titled by the week, and 'this' follows the layout")
    func sundaySpan() throws {
        let week = try #require(ISOWeek(iso: "2026-W48"))
        let span = CalendarSpan(week: week, layout: Self.sunday)
        #expect((span.first, span.last, span.title) == (date(2026, 11, 22), date(2026, 11, 28), "2026-W48"))
        #expect(span.weeks == [week])
        // Sunday 2026-11-29 is in ISO week 48, but in the Sunday week 49.
        #expect(ISOWeek(named: "this", today: date(2026, 11, 29), layout: Self.sunday)?.description == "2026-W49")
        #expect(ISOWeek(named: "this", today: date(2026, 11, 29))?.description == "2026-W48")
    }

    @Test("a Sunday-week calendar lists Sunday first, and a Sunday post lands in the week it starts")
    func sundayCalendar() throws {
        let plan = berlinCalendarPlan(
            """
              - { id: sunday-post, kind: post, channels: [acme], at: 2026-11-29 10:00, text: A Sunday post. }
            """)
        let result = try calendar(plan, CalendarSpan(week: try #require(ISOWeek(iso: "2026-W49")), layout: Self.sunday))
        #expect(result.weeks.map(\.id) == ["2026-W49"])
        #expect(result.weeks.first?.days.map(\.weekday) == ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
        #expect(result.weekOf(item: "sunday-post") == "2026-W49")
        #expect((result.weeks.first?.from, result.weeks.first?.to) == ("2026-11-29", "2026-12-05"))
    }
}
