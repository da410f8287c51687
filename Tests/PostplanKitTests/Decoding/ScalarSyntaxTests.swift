import Testing

@testable import PostplanKit

extension Result where Failure == ScalarSyntax.Failure {
    var value: Success? {
        if case .success(let value) = self { return value }
        return nil
    }

    var message: String? {
        if case .failure(let failure) = self { return failure.message }
        return nil
    }
}

@Suite("Scalar syntax: dates")
struct DateSyntaxTests {
    @Test(
        "real dates in YYYY-MM-DD are read",
        arguments: [
            ("2026-11-24", date(2026, 11, 24)),
            ("2028-02-29", date(2028, 2, 29)),
            ("2000-02-29", date(2000, 2, 29)),
            ("2026-12-31", date(2026, 12, 31)),
            ("0001-01-01", date(1, 1, 1)),
        ])
    func validDates(text: String, expected: LocalDate) {
        #expect(ScalarSyntax.date(text).value == expected)
    }

    @Test(
        "dates that do not exist or are not YYYY-MM-DD are refused with what is wrong",
        arguments: [
            ("2026-02-29", "2026 is not a leap year"),
            ("1900-02-29", "1900 is not a leap year"),
            ("2026-11-31", "November 2026 has 30 days"),
            ("2026-04-31", "April 2026 has 30 days"),
            ("2026-13-01", "has month 13; months run from 01 to 12"),
            ("2026-00-10", "has month 0"),
            ("2026-11-00", "does not exist"),
            ("0000-01-01", "has year 0000; years run from 0001 to 9999"),
            ("2026-1-05", "is not a date; write YYYY-MM-DD"),
            ("26-11-24", "is not a date"),
            ("2026/11/24", "is not a date"),
            ("2026-11-24x", "is not a date"),
            ("", "is not a date"),
        ])
    func invalidDates(text: String, fragment: String) throws {
        let message = try #require(ScalarSyntax.date(text).message)
        #expect(message.contains(fragment), "\(message)")
    }
}

@Suite("Scalar syntax: times")
struct TimeSyntaxTests {
    @Test(
        "times of day in HH:MM (and H:MM) are read; ':00' seconds are accepted",
        arguments: [
            ("09:30", time(9, 30)),
            ("9:30", time(9, 30)),
            ("00:00", time(0, 0)),
            ("23:59", time(23, 59)),
            ("09:30:00", time(9, 30)),
        ])
    func validTimes(text: String, expected: LocalTime) {
        #expect(ScalarSyntax.time(text).value == expected)
    }

    @Test(
        "times that are not a time of day are refused",
        arguments: [
            ("24:00", "is not a time of day"),
            ("25:00", "is not a time of day"),
            ("12:60", "is not a time of day"),
            ("9", "is not a time; write HH:MM"),
            ("09:5", "is not a time"),
            ("123:00", "is not a time"),
            ("nine", "is not a time"),
        ])
    func invalidTimes(text: String, fragment: String) throws {
        let message = try #require(ScalarSyntax.time(text).message)
        #expect(message.contains(fragment), "\(message)")
    }

    @Test("seconds other than :00 are refused: postplan schedules to the minute")
    func secondsRefused() throws {
        let message = try #require(ScalarSyntax.time("09:30:30").message)
        #expect(message.contains("to the minute"))
    }
}

@Suite("Scalar syntax: date-times")
struct DateTimeSyntaxTests {
    @Test(
        "date-times with a space or T, with or without a UTC offset, are read",
        arguments: [
            ("2026-11-24 09:00", nil),
            ("2026-11-24T09:00", nil),
            ("2026-11-24t09:00", nil),
            ("2026-11-24 09:00:00", nil),
            ("2026-11-24T09:00Z", 0),
            ("2026-11-24T09:00z", 0),
            ("2026-11-24T09:00+01:00", 3_600),
            ("2026-11-24T09:00+0100", 3_600),
            ("2026-11-24T09:00+01", 3_600),
            ("2026-11-24 09:00 +01:00", 3_600),
            ("2026-11-24T09:00:00+05:30", 19_800),
            ("2026-11-24T09:00-05:00", -18_000),
            ("2026-11-24T09:00+14:00", 50_400),
            ("2026-11-24T09:00-12:00", -43_200),
        ] as [(String, Int?)])
    func validDateTimes(text: String, offset: Int?) {
        #expect(ScalarSyntax.dateTime(text).value == DateTimeValue(date: date(2026, 11, 24), time: time(9, 0), utcOffsetSeconds: offset))
    }

    @Test(
        "date-times that are incomplete or have an impossible offset are refused with what is wrong",
        arguments: [
            ("2026-11-24", "has no time; add one, like '2026-11-24 09:00'"),
            ("12:30", "has no date"),
            ("tomorrow", "is not a date and time; write YYYY-MM-DD HH:MM"),
            ("2026-11-24T09:00+15:00", "is out of range"),
            ("2026-11-24T09:00+14:30", "is out of range"),
            ("2026-11-24T09:00-13:00", "is out of range"),
            ("2026-11-24T09:00+01:60", "is out of range"),
            ("2026-11-24T09:00+1", "unreadable UTC offset"),
            ("2026-11-24T09:00+01:0", "unreadable UTC offset"),
            ("2026-11-24T09:00:30Z", "to the minute"),
            ("2026-11-31 09:00", "November 2026 has 30 days"),
            ("2026-11-24 25:00", "is not a time of day"),
        ])
    func invalidDateTimes(text: String, fragment: String) throws {
        let message = try #require(ScalarSyntax.dateTime(text).message)
        #expect(message.contains(fragment), "\(message)")
    }
}

@Suite("Scalar syntax: durations and counts")
struct DurationSyntaxTests {
    @Test(
        "a whole number and a unit is a duration",
        arguments: [
            ("30m", PlanDuration(amount: 30, unit: .minutes)),
            ("12h", PlanDuration(amount: 12, unit: .hours)),
            ("1d", PlanDuration(amount: 1, unit: .days)),
            ("3d", PlanDuration(amount: 3, unit: .days)),
            ("1w", PlanDuration(amount: 1, unit: .weeks)),
            ("2w", PlanDuration(amount: 2, unit: .weeks)),
            ("999999m", PlanDuration(amount: 999_999, unit: .minutes)),
        ])
    func validDurations(text: String, expected: PlanDuration) {
        #expect(ScalarSyntax.duration(text).value == expected)
    }

    @Test("anything else is not a duration", arguments: ["1 week", "1.5h", "-1d", "w", "1W", "10", "", "1000000m", "1dd", "1 w", "01w"])
    func invalidDurations(text: String) throws {
        let message = try #require(ScalarSyntax.duration(text).message)
        #expect(message.contains("is not a duration; write a whole number and a unit"), "\(message)")
    }

    @Test("a zero duration is refused as zero", arguments: ["0d", "0m", "0w"])
    func zeroDurations(text: String) throws {
        let message = try #require(ScalarSyntax.duration(text).message)
        #expect(message.contains("is zero"))
    }

    @Test(
        "positive whole numbers are read as decimals, leading zeros and all",
        arguments: [
            ("1", 1), ("10", 10), ("010", 10), ("999999999", 999_999_999),
        ])
    func validPositiveIntegers(text: String, expected: Int) {
        #expect(ScalarSyntax.positiveInteger(text).value == expected)
    }

    @Test(
        "zero, signs, separators and other YAML number forms are not positive whole numbers",
        arguments: [
            "0", "000", "-1", "+1", "1_000", "0x10", "0o17", "1e3", "1.0", "", "1:30",
        ])
    func invalidPositiveIntegers(text: String) throws {
        let message = try #require(ScalarSyntax.positiveInteger(text).message)
        #expect(message.contains("is not a positive whole number"))
    }

    @Test(
        "whole numbers past the largest, however long, are too large, with the largest named",
        arguments: [
            "1000000000", "99999999999999999999", "0001000000000",
        ])
    func tooLargePositiveIntegers(text: String) throws {
        let message = try #require(ScalarSyntax.positiveInteger(text).message)
        #expect(message == "'\(text)' is too large; the largest number postplan takes here is 999999999")
    }
}
