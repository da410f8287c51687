/// The calendar model as JSON, written the way every machine format of postplan is
/// (`StableJSON`: keys sorted, indented), so a committed calendar diffs line by line. The
/// structure is documented in docs/calendar-json.md.
public struct JSONCalendarRenderer: Sendable {
    public init() {}

    public func render(_ calendar: PostingCalendar) -> String {
        StableJSON.text(of: calendar)
    }
}
