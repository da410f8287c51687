import Foundation

/// The calendar model as JSON, written the way every machine format of postplan is
/// (`StableJSON`: keys sorted, indented), so a committed calendar diffs line by line. The
/// structure is documented in docs/calendar-json.md.
///
/// Written a run of slots at a time, the bytes are those of the whole model encoded at once:
/// the calendar's fields without its weeks, cut where its `weeks` list (whose key sorts last)
/// opens; then for each week its `days` list (whose key sorts first), each day written without
/// slots and cut around its empty `slots` list, each slot encoded alone and indented to its
/// place (blank lines, inside empty lists, stay blank), and the week's other fields.
public struct JSONCalendarRenderer: CalendarRenderer {
    public init() {}

    public func opening(of calendar: CalendarStream) -> String {
        let header = StableJSON.text(of: calendar.header)
        guard calendar.weekCount > 0, let list = header.range(of: Self.weeksKey, options: .backwards) else { return header }
        return header[..<list.upperBound] + "\n"
    }

    public func text(of piece: CalendarPiece, in calendar: CalendarStream) -> String {
        switch piece {
        case .weekOpening(let week):
            return (week > 0 ? ",\n" : "") + Self.daysOpening
        case .dayOpening(let day, let week):
            let made = calendar.day(day, ofWeek: week), text = Self.text(ofDayWithoutSlots: made)
            let opening = made.slotCount == 0 ? text[...] : text[..<Self.emptySlots(in: text).lowerBound] + Self.slotsKey
            return (day > 0 ? ",\n" : "") + opening
        case .slots(let run, let day, let week):
            // The run's slots written into one buffer, each where it starts a line in the list.
            let made = calendar.day(day, ofWeek: week), maker = TemplateValues.Maker()
            var json = TemplateValueJSON()
            for index in run {
                if index > 0 { json.append(",\n") }
                let slot = made.slot(index)
                if !json.write(maker.of(slot), level: 6) { json.append(Self.encoded(slot, level: 6)) }
            }
            return json.text
        case .dayClosing(let day, let week):
            let made = calendar.day(day, ofWeek: week)
            guard made.slotCount > 0 else { return "" }
            let text = Self.text(ofDayWithoutSlots: made)
            return "\n" + Self.indentation(5) + "]" + text[Self.emptySlots(in: text).upperBound...]
        case .weekClosing(let week):
            // `days` sorts first among a week's fields: the week's outline, written with no
            // days, goes on after its empty list of days.
            var outline = calendar.outline(ofWeek: week)
            outline.days = []
            let text = Self.text(of: TemplateValues.of(outline, maker: TemplateValues.Maker()), level: 2, else: outline)
            return "\n      ]" + text.dropFirst(Self.daysOpening.count + Self.emptyDays.count)
        }
    }

    /// The day as JSON in its place in its week, with an empty list of slots: what goes before
    /// and after its slots.
    private static func text(ofDayWithoutSlots day: CalendarStream.Day) -> String {
        let empty = CalendarDay(date: day.date, weekday: day.weekday, slots: [], deadlines: day.deadlines)
        return text(of: TemplateValues.of(empty), level: 4, else: empty)
    }

    /// Where the empty list of slots is in a day written without slots: `slots` sorts after
    /// `deadlines`, whose texts are escaped, so the key's last appearance is the day's own.
    private static func emptySlots(in day: String) -> Range<String.Index> {
        day.range(of: slotsKey + "\n" + indentation(5) + "]", options: .backwards) ?? day.endIndex..<day.endIndex
    }

    private static let slotsKey = "\"slots\" : [\n"

    public func closing(of calendar: CalendarStream) -> String {
        calendar.weekCount > 0 ? "\n  ]\n}\n" : ""
    }

    private static func indentation(_ level: Int) -> String {
        String(repeating: " ", count: 2 * level)
    }

    /// A week's opening, up to its days: inside the calendar's object and its `weeks` list.
    private static let daysOpening = "    {\n      \"days\" : [\n"
    /// What follows `daysOpening` in a week written with no days.
    private static let emptyDays = "\n      ]"

    /// The value as JSON, as if it started a line `level` levels in: written from the values
    /// the templates read, which come from the same `Encodable` conformance; by `JSONEncoder`,
    /// from the model they were made of, only for values those cannot write.
    private static func text(of value: TemplateValue, level: Int, else model: @autoclosure () -> some Encodable) -> String {
        var json = TemplateValueJSON()
        return json.write(value, level: level) ? json.text : encoded(model(), level: level)
    }

    /// The value as `StableJSON` writes it, indented as if it started a line `level` levels in.
    private static func encoded(_ value: some Encodable, level: Int) -> String {
        let encoded = StableJSON.bytes(of: value)
        let indentation = repeatElement(UInt8(ascii: " "), count: 2 * level)
        var text: [UInt8] = []
        text.reserveCapacity(encoded.count + encoded.count / 8)
        var startsLine = true
        for byte in encoded {
            if startsLine, byte != UInt8(ascii: "\n") { text += indentation }
            text.append(byte)
            startsLine = byte == UInt8(ascii: "\n")
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Where the list of weeks opens in the encoded calendar.
    private static let weeksKey = "\n  \"weeks\" : ["
}
