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
        let lines = StableJSON.text(of: week).dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        return (index == 0 ? "" : ",\n") + lines.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    }

    public func closing(of calendar: CalendarStream) -> String {
        calendar.weekCount > 0 ? "\n  ]\n}\n" : ""
    }

    /// Where the list of weeks opens in the encoded calendar.
    private static let weeksKey = "\n  \"weeks\" : ["
}
