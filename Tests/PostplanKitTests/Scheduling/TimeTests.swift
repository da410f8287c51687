import Testing

@testable import PostplanKit

@Suite("ISO weeks")
struct ISOWeekTests {
    @Test("2026 has a week 53, 2027 does not")
    func weeksPerYear() {
        #expect(ISOWeek.weeks(in: 2026) == 53)
        #expect(ISOWeek.weeks(in: 2027) == 52)
        #expect(ISOWeek(year: 2026, week: 53) != nil)
        #expect(ISOWeek(year: 2027, week: 53) == nil)
    }

    @Test("week 1 of 2027 starts on Monday 2027-01-04")
    func firstWeekOf2027() throws {
        let week = try #require(ISOWeek(iso: "2027-W01"))
        #expect(week.monday == date(2027, 1, 4))
        #expect(week.sunday == date(2027, 1, 10))
    }

    @Test(
        "the last days of 2026 and the first of 2027 belong to 2026-W53",
        arguments: [
            (2026, 12, 28), (2026, 12, 31), (2027, 1, 1), (2027, 1, 3),
        ])
    func yearEnd(day: (Int, Int, Int)) {
        #expect(ISOWeek(containing: date(day.0, day.1, day.2)).description == "2026-W53")
    }

    @Test("2021-01-03, a Sunday, is in 2020-W53")
    func sundayBeforeFirstWeek() {
        #expect(ISOWeek(containing: date(2021, 1, 3)).description == "2020-W53")
    }

    @Test("2026-W48 runs from Monday 2026-11-23 to Sunday 2026-11-29, and the next week is W49")
    func week48() throws {
        let week = try #require(ISOWeek(iso: "2026-W48"))
        #expect(week.monday == date(2026, 11, 23))
        #expect(week.sunday == date(2026, 11, 29))
        #expect(week.next.description == "2026-W49")
        #expect(ISOWeek(iso: "2026-W53")?.next.description == "2027-W01")
    }

    @Test("malformed week texts are refused", arguments: ["2026-48", "2026-W4", "2026-W00", "2027-W53", "W48"])
    func malformed(text: String) {
        #expect(ISOWeek(iso: text) == nil)
    }
}

@Suite("Dates: day arithmetic")
struct DayArithmeticTests {
    @Test(
        "day numbers round-trip across leap days and centuries",
        arguments: [
            (1970, 1, 1), (2000, 2, 29), (2024, 2, 29), (2100, 3, 1), (1, 1, 1), (9999, 12, 31),
        ])
    func roundTrip(day: (Int, Int, Int)) {
        let value = date(day.0, day.1, day.2)
        #expect(LocalDate(dayNumber: value.dayNumber) == value)
    }

    @Test("weekdays are right: 2026-11-24 is a Tuesday, 2028-02-29 a Tuesday")
    func weekdays() {
        #expect(date(2026, 11, 24).weekday == .tue)
        #expect(date(2028, 2, 29).weekday == .tue)
    }

    @Test("adding a month to January 31 gives no date; to January 15 gives February 15")
    func addingMonths() {
        #expect(date(2027, 1, 31).adding(months: 1) == nil)
        #expect(date(2027, 1, 15).adding(months: 1) == date(2027, 2, 15))
        #expect(date(2027, 12, 15).adding(months: 1) == date(2028, 1, 15))
    }
}

@Suite("Time zones: daylight saving")
struct ZoneConverterTests {
    let berlin = ZoneConverter(TimeZoneID("Europe/Berlin"))!

    @Test("2026-03-29 02:30 in Berlin falls into the spring-forward gap and shifts to 03:30")
    func springForwardGap() {
        let resolution = berlin.resolve(date(2026, 3, 29), time(2, 30))
        guard case .gap(let shifted) = resolution else {
            Issue.record("expected a gap, got \(resolution)")
            return
        }
        #expect(berlin.local(shifted).time == time(3, 30))
    }

    @Test("2026-10-25 02:30 in Berlin happens twice; the first is 00:30 UTC, the second 01:30 UTC")
    func fallBackOverlap() {
        let midnightUTC = date(2026, 10, 25).dayNumber * 86_400
        #expect(berlin.resolve(date(2026, 10, 25), time(2, 30)) == .overlap(first: midnightUTC + 1_800, second: midnightUTC + 5_400))
    }

    @Test("an ordinary winter time is exact: 2026-11-24 09:00 in Berlin is 08:00 UTC")
    func ordinaryTime() {
        #expect(berlin.resolve(date(2026, 11, 24), time(9, 0)) == .exact(date(2026, 11, 24).dayNumber * 86_400 + 8 * 3_600))
    }

    @Test("an instant converts back to its wall-clock time")
    func instantToLocal() {
        let local = berlin.local(date(2026, 7, 1).dayNumber * 86_400 + 10 * 3_600)
        #expect(local.date == date(2026, 7, 1))
        #expect(local.time == time(12, 0))
    }
}

@Suite("Today: a date given, or now in the plan repo's time zone")
struct TodayTests {
    /// 2026-11-23 02:00 UTC: still Sunday 2026-11-22 in Los Angeles, Monday in Berlin.
    static let mondayMorningUTC = date(2026, 11, 23).dayNumber * 86_400 + 2 * 3_600

    static let losAngelesPlan = """
        postplan: 1
        timezone: America/Los_Angeles
        channels:
          acme: { platform: linkedin, account: company-page }
        items:
          - { id: saturday, kind: post, channels: [acme], at: 2026-11-21 09:00, text: Saturday., pillar: brand, checklist: [Reply to every comment] }

        """ + productPageItem(launch: "2026-12-05")

    @Test("now is read as a date on the clock of the zone asked for; a date given stays that date")
    func dateInZone() {
        let now = Today.now(instant: Self.mondayMorningUTC)
        #expect(now.date(in: TimeZoneID("America/Los_Angeles")) == date(2026, 11, 22))
        #expect(now.date(in: TimeZoneID("Europe/Berlin")) == date(2026, 11, 23))
        #expect(now.date(in: TimeZoneID("Pacific/Auckland")) == date(2026, 11, 23))
        #expect(now.date(in: TimeZoneID("No/Such_Zone")) == date(2026, 11, 23))
        #expect(Today.date(date(2026, 11, 30)).date(in: TimeZoneID("America/Los_Angeles")) == date(2026, 11, 30))
    }

    @Test("validate takes today in the repo's default time zone, not the machine's or UTC")
    func validateUsesRepoZone() throws {
        let fileSystem = InMemoryFileSystem(files: ["plans/plan.yaml": Self.losAngelesPlan])
        let result = try PlanRepository.open(["plans"], on: fileSystem, today: .now(instant: Self.mondayMorningUTC)).validate()
        let lead = try #require(result.diagnostics.first { $0.ruleID == "review-lead-time" })
        #expect(lead.message.contains("13 days from 2026-11-22"), "\(lead.message)")
    }

    @Test("lint's weeks start from today's week in the repo's time zone: Sunday evening in Los Angeles is still last week")
    func lintUsesRepoZone() throws {
        let fileSystem = InMemoryFileSystem(files: ["plans/plan.yaml": Self.losAngelesPlan])
        let repo = try PlanRepository.open(["plans"], on: fileSystem, today: .now(instant: Self.mondayMorningUTC))
        let messages = repo.lint().diagnostics.filter { $0.ruleID == "pillar-coverage" }.map(\.message)
        #expect(messages.contains { $0.hasPrefix("2026-W47 serves brand") }, "\(messages)")
        let utc = try PlanRepository.open(["plans"], on: fileSystem, today: .date(date(2026, 11, 23)))
        #expect(!utc.lint().diagnostics.contains { $0.message.hasPrefix("2026-W47") })
    }
}
