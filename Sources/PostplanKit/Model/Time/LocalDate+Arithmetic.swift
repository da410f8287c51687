/// Calendar arithmetic on dates, by day numbers (days since 1970-01-01 in the proleptic
/// Gregorian calendar), so that week numbers and repeats need no time zone.
extension LocalDate {
    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        Self.dayNumber(year: year, month: month, day: day)
    }

    /// The day number of a year, month and day, whether or not they form a valid date;
    /// months past 12 roll over into the following years.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let year = year + (month - 1) / 12, month = (month - 1) % 12 + 1
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day number (the inverse of `dayNumber`).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(inRange: year, month, day)
    }

    public func adding(days: Int) -> LocalDate {
        LocalDate(dayNumber: dayNumber + days)
    }

    /// The same day of the month `months` later, or nil when that month is too short
    /// (January 31 + 1 month), as RFC 5545 skips such dates.
    public func adding(months: Int) -> LocalDate? {
        let index = year * 12 + (month - 1) + months
        return LocalDate(year: index / 12, month: index % 12 + 1, day: day)
    }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((dayNumber % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday.allCases[index]
    }

    public static func - (lhs: LocalDate, rhs: LocalDate) -> Int {
        lhs.dayNumber - rhs.dayNumber
    }
}

/// An ISO 8601 week: weeks start on Monday, and week 1 is the one with the year's first
/// Thursday, so 2027-W01 starts on 2027-01-04 and 2026 has a week 53.
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var week: Int

    public init?(year: Int, week: Int) {
        guard (1...9999).contains(year), (1...ISOWeek.weeks(in: year)).contains(week) else { return nil }
        self.year = year
        self.week = week
        // Dates stop at 9999-12-31: the last week of 9999 ends in 10000.
        guard sunday.dayNumber <= LocalDate.dayNumber(year: 9999, month: 12, day: 31) else { return nil }
    }

    /// The week a date falls in.
    public init(containing date: LocalDate) {
        let thursday = date.adding(days: 4 - date.weekday.isoNumber)
        year = thursday.year
        week = (thursday.dayNumber - LocalDate.dayNumber(year: thursday.year, month: 1, day: 1)) / 7 + 1
    }

    /// `2026-W48` (also `2026-w48` and `2026W48`).
    public init?(iso text: String) {
        let parts = text.uppercased().replacingOccurrences(of: "-W", with: "W").split(separator: "W")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let year = Int(parts[0]), let week = Int(parts[1])
        else { return nil }
        self.init(year: year, week: week)
    }

    /// 52 or 53: a year has 53 weeks when it starts on a Thursday, or is a leap year
    /// starting on a Wednesday.
    public static func weeks(in year: Int) -> Int {
        let starts = LocalDate(dayNumber: LocalDate.dayNumber(year: year, month: 1, day: 1)).weekday
        return starts == .thu || (starts == .wed && LocalDate.isLeapYear(year)) ? 53 : 52
    }

    public var monday: LocalDate {
        let january4 = LocalDate(dayNumber: LocalDate.dayNumber(year: year, month: 1, day: 4))
        return january4.adding(days: 1 - january4.weekday.isoNumber + (week - 1) * 7)
    }

    public var sunday: LocalDate { monday.adding(days: 6) }

    public var next: ISOWeek { ISOWeek(containing: monday.adding(days: 7)) }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }

    public var description: String { "\(pad(year, 4))-W\(pad(week, 2))" }
}
