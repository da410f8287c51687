import Foundation

/// The calendar model as JSON, written the way every machine format of postplan is
/// (`StableJSON`: keys sorted, indented), so a committed calendar diffs line by line. The
/// structure is documented in docs/calendar-json.md.
///
/// Written day by day, the bytes are those of the whole model encoded at once: the calendar's
/// fields without its weeks, cut where its `weeks` list (whose key sorts last) opens; then for
/// each week its `days` list (whose key sorts first), each day encoded alone and indented to
/// its place in it (blank lines, inside empty lists, stay blank), and the week's other fields.
public struct JSONCalendarRenderer: CalendarRenderer {
    public init() {}

    public func opening(of calendar: CalendarStream) -> String {
        let header = StableJSON.text(of: calendar.header)
        guard calendar.weekCount > 0, let list = header.range(of: Self.weeksKey, options: .backwards) else { return header }
        return header[..<list.upperBound] + "\n"
    }

    public func opening(of week: CalendarWeek, at index: Int, in calendar: CalendarStream) -> String {
        (index > 0 ? ",\n" : "") + Self.daysOpening
    }

    public func text(ofDay day: Int, ofWeek week: Int, in calendar: CalendarStream) -> String {
        let made = calendar.day(day, ofWeek: week)
        return (day > 0 ? ",\n" : "") + Self.text(of: TemplateValues.of(made, maker: TemplateValues.Maker()), level: 4, else: made.collected())
    }

    /// The week's other fields, after its days: `days` sorts first among them, so the week's
    /// outline, written with no days, goes on after its empty list of days.
    public func closing(of week: CalendarWeek, at index: Int, in calendar: CalendarStream) -> String {
        var outline = week
        outline.days = []
        let text = Self.text(of: TemplateValues.of(outline), level: 2, else: outline)
        return "\n      ]" + text.dropFirst(Self.daysOpening.count + Self.emptyDays.count)
    }

    public func closing(of calendar: CalendarStream) -> String {
        calendar.weekCount > 0 ? "\n  ]\n}\n" : ""
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
        if json.write(value, level: level) { return json.text }
        let encoded = StableJSON.bytes(of: model())
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
