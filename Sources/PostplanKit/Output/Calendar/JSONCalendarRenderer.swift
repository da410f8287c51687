import Foundation

/// The calendar model as JSON, written the way every machine format of postplan is
/// (`StableJSON`: keys sorted, indented), so a committed calendar diffs line by line. The
/// structure is documented in docs/calendar-json.md.
///
/// Written week by week, the bytes are those of the whole model encoded at once: the calendar's
/// fields without its weeks, cut where its `weeks` list (whose key sorts last) opens, then each
/// week encoded alone and indented to its place in the list (blank lines, inside empty lists,
/// stay blank).
public struct JSONCalendarRenderer: CalendarRenderer {
    public init() {}

    public func opening(of calendar: CalendarStream) -> String {
        let header = StableJSON.text(of: calendar.header)
        guard calendar.weekCount > 0, let list = header.range(of: Self.weeksKey, options: .backwards) else { return header }
        return header[..<list.upperBound] + "\n"
    }

    public func text(of week: CalendarWeek, at index: Int, in calendar: CalendarStream) -> String {
        // Written from the values the templates read, which come from the same `Encodable`
        // conformance; `JSONEncoder` only for a value those cannot write.
        var json = TemplateValueJSON()
        if index > 0 { json.append(",\n") }
        if json.write(TemplateValues.of(week), level: 2) { return String(decoding: json.bytes, as: UTF8.self) }
        let encoded = StableJSON.bytes(of: week)
        var text: [UInt8] = index == 0 ? [] : Array(",\n".utf8)
        text.reserveCapacity(text.count + encoded.count + encoded.count / 8)
        var startsLine = true
        for byte in encoded {
            if startsLine, byte != UInt8(ascii: "\n") { text += Self.indentation }
            text.append(byte)
            startsLine = byte == UInt8(ascii: "\n")
        }
        return String(decoding: text, as: UTF8.self)
    }

    public func closing(of calendar: CalendarStream) -> String {
        calendar.weekCount > 0 ? "\n  ]\n}\n" : ""
    }

    /// A week's place in the list: inside the calendar's object and its `weeks` list.
    private static let indentation = Array("    ".utf8)

    /// Where the list of weeks opens in the encoded calendar.
    private static let weeksKey = "\n  \"weeks\" : ["
}
