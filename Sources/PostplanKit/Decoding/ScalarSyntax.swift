/// Reads the textual forms of dates, times, durations and numbers in plan files. Each
/// function takes a scalar's raw text and returns the value or a message that says what is
/// wrong and how to write it.
enum ScalarSyntax {
    enum Failure: Error, Equatable {
        case invalid(String)
        /// The time of day is what is wrong (also inside a date and time), reported as
        /// `invalid-time` whichever key holds it.
        case invalidTime(String)

        var message: String {
            switch self {
            case .invalid(let message), .invalidTime(let message): message
            }
        }
    }

    static func date(_ text: String) -> Result<LocalDate, Failure> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = digits(parts[0]), let month = digits(parts[1]), let day = digits(parts[2])
        else {
            return .failure(.invalid("'\(text)' is not a date; write YYYY-MM-DD, like 2026-11-24"))
        }
        guard (1...12).contains(month) else {
            return .failure(.invalid("'\(text)' has month \(month); months run from 01 to 12 (YYYY-MM-DD)"))
        }
        guard year >= 1 else {
            return .failure(.invalid("'\(text)' has year 0000; years run from 0001 to 9999 (YYYY-MM-DD)"))
        }
        guard let date = LocalDate(year: year, month: month, day: day) else {
            if month == 2, day == 29 {
                return .failure(.invalid("'\(text)' does not exist: \(year) is not a leap year"))
            }
            let days = LocalDate.daysInMonth(month, year: year)
            return .failure(.invalid("'\(text)' does not exist: \(monthNames[month - 1]) \(year) has \(days) days"))
        }
        return .success(date)
    }

    static func time(_ text: String) -> Result<LocalTime, Failure> {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        let usage = "write HH:MM on a 24-hour clock, like 09:30"
        guard parts.count == 2 || (parts.count == 3 && parts[2] == "00"),
            (1...2).contains(parts[0].count), parts[1].count == 2,
            let hour = digits(parts[0]), let minute = digits(parts[1])
        else {
            if parts.count == 3 {
                return .failure(.invalidTime("'\(text)' has seconds; postplan schedules to the minute, \(usage)"))
            }
            return .failure(.invalidTime("'\(text)' is not a time; \(usage)"))
        }
        guard let time = LocalTime(hour: hour, minute: minute) else {
            return .failure(.invalidTime("'\(text)' is not a time of day; \(usage) (00:00 to 23:59)"))
        }
        return .success(time)
    }

    /// `2026-11-24 09:00`, `2026-11-24T09:00`, optionally with `:00` seconds and a UTC offset
    /// (`Z`, `+01:00`, `+0100`, `+01`).
    static func dateTime(_ text: String) -> Result<DateTimeValue, Failure> {
        if let value = plainDateTime(text) { return .success(value) }
        // The separator follows the date's last digit, so that a word like "tomorrow" is not split at its "t".
        let separatorIndex = text.indices.dropFirst().first { index in
            " Tt".contains(text[index]) && text[text.index(before: index)].isWholeNumber
        }
        guard let separatorIndex else {
            if case .success = date(text) {
                return .failure(.invalid("'\(text)' has no time; add one, like '\(text) 09:00'"))
            }
            if case .success = time(text) {
                return .failure(
                    .invalid("'\(text)' has no date; write the date too, like '2026-11-24 \(text)', or use 'repeat' for a time on several days"))
            }
            return .failure(.invalid("'\(text)' is not a date and time; write YYYY-MM-DD HH:MM, like 2026-11-24 09:00"))
        }
        let datePart = String(text[..<separatorIndex])
        var timePart = String(text[text.index(after: separatorIndex)...]).trimmingSpaces()
        var offset: Int?
        switch utcOffset(splittingFrom: &timePart) {
        case .success(let parsed): offset = parsed
        case .failure(let failure): return .failure(failure)
        }
        timePart = timePart.trimmingSpaces()
        let parsedDate: LocalDate
        switch date(datePart) {
        case .success(let value): parsedDate = value
        case .failure(let failure): return .failure(failure)
        }
        switch time(timePart) {
        case .success(let parsedTime):
            return .success(DateTimeValue(date: parsedDate, time: parsedTime, utcOffsetSeconds: offset))
        case .failure(let failure):
            return .failure(failure)
        }
    }

    /// The usual form, `YYYY-MM-DD HH:MM` (or with `T`), read straight from its 16 bytes;
    /// nil for anything else, which `dateTime` reads (and explains) the long way.
    private static func plainDateTime(_ text: String) -> DateTimeValue? {
        let utf8 = text.utf8
        guard utf8.count == 16 else { return nil }
        return utf8.withContiguousStorageIfAvailable { bytes -> DateTimeValue? in
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            let separator = bytes[10]
            guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[13] == UInt8(ascii: ":"),
                separator == UInt8(ascii: " ") || separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t"),
                let year = number(0..<4), year >= 1, let month = number(5..<7), let day = number(8..<10),
                let hour = number(11..<13), let minute = number(14..<16),
                let date = LocalDate(year: year, month: month, day: day), let time = LocalTime(hour: hour, minute: minute)
            else { return nil }
            return DateTimeValue(date: date, time: time)
        } ?? nil
    }

    static func duration(_ text: String) -> Result<PlanDuration, Failure> {
        let usage = "write a whole number and a unit (m, h, d, w), like 30m, 12h, 3d or 1w"
        guard let part = durationSyntax.parts(text)?.first, let amount = part.wholeValue else {
            return .failure(.invalid("'\(text)' is not a duration; \(usage)"))
        }
        guard amount > 0 else {
            return .failure(.invalid("'\(text)' is zero; a duration must be longer than that"))
        }
        return .success(PlanDuration(amount: amount, unit: part.unit))
    }

    /// A whole number of up to six digits, without leading zeros, and one unit: `90m`, `2h`.
    private static let durationSyntax = UnitNumberSyntax(
        units: PlanDuration.Unit.allCases.map { .init(symbol: $0.rawValue, unit: $0, wholeDigits: 6) }, leadingZeros: false)

    /// The largest whole number a plan file's counts take (nine digits: far beyond any plan,
    /// and no overflow anywhere it is multiplied).
    static let largestPositiveInteger = 999_999_999

    /// A decimal whole number (no sign, no YAML 1.1 octal or sexagesimal forms).
    static func positiveInteger(_ text: String) -> Result<Int, Failure> {
        let significant = text.drop { $0 == "0" }
        guard isDecimal(Substring(text)), !significant.isEmpty else {
            return .failure(.invalid("'\(text)' is not a positive whole number"))
        }
        // Only digits are left, so a number Int cannot hold is too large too.
        guard let value = Int(significant), value <= largestPositiveInteger else {
            return .failure(.invalid("'\(text)' is too large; the largest number postplan takes here is \(largestPositiveInteger)"))
        }
        return .success(value)
    }

    /// A file size in bytes: a whole number of bytes, or a number with a 1,000-based unit
    /// (`800KB`, `12 MB`, `1.5GB`; the case of the unit does not matter).
    static func byteSize(_ text: String) -> Result<Int, Failure> {
        guard let part = byteSizeSyntax.parts(text)?.first, let value = Double(part.number), value > 0 else {
            return .failure(.invalid("'\(text)' is not a file size; write a number and a unit, like 800KB, 12MB or 1.5GB"))
        }
        let bytes = (value * part.unit).rounded(.up)
        guard bytes <= Double(Int32.max) * 4 else { return .failure(.invalid("'\(text)' is too large a file size")) }
        return .success(Int(bytes))
    }

    /// Bytes to a unit; decimals only in the units larger than a byte.
    private static let byteSizeSyntax = UnitNumberSyntax<Double>(
        units: [
            .init(symbol: "kb", unit: 1e3, decimals: nil), .init(symbol: "mb", unit: 1e6, decimals: nil),
            .init(symbol: "gb", unit: 1e9, decimals: nil), .init(symbol: "b", unit: 1), .init(symbol: "", unit: 1),
        ],
        ignoresCase: true, spaceBeforeUnit: true)

    /// A video's length in milliseconds: minutes with `m` and seconds with `s`, either or both,
    /// seconds with up to three decimals (`45s`, `0.5s`, `2m30s`, `3m`). A unit is required, so
    /// neither a bare number nor YAML 1.1's sexagesimal `2:30` is taken for seconds.
    static func videoDuration(_ text: String) -> Result<Int, Failure> {
        let usage = "write minutes with m and seconds with s, like 45s, 0.5s, 2m30s or 3m"
        guard let parts = videoDurationSyntax.parts(text) else {
            return .failure(.invalid("'\(text)' is not a video length; \(usage)"))
        }
        var milliseconds = 0
        for part in parts {
            let whole = part.wholeValue ?? 0
            switch part.unit {
            case .minutes:
                milliseconds += whole * 60_000
            case .seconds:
                if parts.count > 1, whole >= 60 {
                    return .failure(.invalid("'\(text)' has 60 or more seconds after its minutes; \(usage)"))
                }
                let thousandths = part.fraction.isEmpty ? 0 : (Int(part.fraction) ?? 0) * [100, 10, 1][part.fraction.count - 1]
                milliseconds += whole * 1_000 + thousandths
            }
        }
        guard milliseconds > 0 else { return .failure(.invalid("'\(text)' is zero; a video is longer than that")) }
        return .success(milliseconds)
    }

    private enum VideoLengthUnit { case minutes, seconds }

    /// Up to 9999 whole minutes, then seconds with up to three decimals, either or both.
    private static let videoDurationSyntax = UnitNumberSyntax<VideoLengthUnit>(
        units: [.init(symbol: "m", unit: .minutes, wholeDigits: 4), .init(symbol: "s", unit: .seconds, decimals: 3, wholeDigits: 6)],
        compound: true)

    /// A width to height: two positive decimal numbers around a colon (`9:16`, `1.91:1`).
    static func aspectRatio(_ text: String) -> Result<AspectRatio, Failure> {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        func part(_ part: Substring) -> Double? {
            let pieces = part.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...2).contains(pieces.count), pieces.allSatisfy(isDecimal), pieces.allSatisfy({ $0.count <= 5 }),
                let value = Double(part), value > 0
            else { return nil }
            return value
        }
        guard parts.count == 2, let width = part(parts[0]), let height = part(parts[1]) else {
            return .failure(.invalid("'\(text)' is not an aspect ratio; write width:height, like 9:16, 4:5, 1:1 or 1.91:1"))
        }
        return .success(AspectRatio(width: width, height: height))
    }

    /// A count of things: a whole number, 0 included.
    static func count(_ text: String) -> Result<Int, Failure> {
        if !text.isEmpty, text.allSatisfy({ $0 == "0" }) { return .success(0) }
        return positiveInteger(text).mapError { failure in
            guard case .invalid(let problem) = failure, problem.hasSuffix("positive whole number") else { return failure }
            return .invalid("'\(text)' is not a count; write a whole number, 0 or more, without separators")
        }
    }

    private static func utcOffset(splittingFrom time: inout String) -> Result<Int?, Failure> {
        if time.hasSuffix("Z") || time.hasSuffix("z") {
            time.removeLast()
            return .success(0)
        }
        guard let signIndex = time.lastIndex(where: { $0 == "+" || $0 == "-" }) else { return .success(nil) }
        let sign = time[signIndex] == "-" ? -1 : 1
        let body = time[time.index(after: signIndex)...].filter { $0 != ":" }
        time = String(time[..<signIndex])
        guard body.count == 2 || body.count == 4, let value = digits(Substring(body)) else {
            return .failure(.invalid("'\(time)\(sign < 0 ? "-" : "+")\(body)' has an unreadable UTC offset; write it like +01:00 or Z"))
        }
        let hours = body.count == 2 ? value : value / 100
        let minutes = body.count == 2 ? 0 : value % 100
        let totalMinutes = hours * 60 + minutes
        guard minutes < 60, totalMinutes <= (sign < 0 ? 12 : 14) * 60 else {
            return .failure(.invalid("UTC offset \(sign < 0 ? "-" : "+")\(body) is out of range; offsets run from -12:00 to +14:00"))
        }
        return .success(sign * (hours * 3_600 + minutes * 60))
    }

    private static func digits(_ text: Substring) -> Int? {
        guard isDecimal(text) else { return nil }
        return Int(text)
    }

    /// Whether a text is one or more ASCII digits.
    private static func isDecimal(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}

extension String {
    /// The text without leading and trailing spaces and tabs; the same string, without a
    /// copy, when it has none (as nearly every value has).
    func trimmingSpaces() -> String {
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = utf8.first, let last = utf8.last, isBlank(first) || isBlank(last) else { return self }
        return Substring(self).trimmingSpaces()
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space and line breaks (the scalars with
    /// Unicode's White_Space property), without a copy and without Foundation's bridging.
    /// Foundation's `.whitespacesAndNewlines` holds the same scalars and, on Linux, U+200B.
    func trimmingWhitespace() -> SubSequence {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return self[endIndex...] }
        return self[first...last]
    }

    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
