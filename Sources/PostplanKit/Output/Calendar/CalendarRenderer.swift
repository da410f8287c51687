import Foundation

/// A format a posting calendar is written in, week by week: what comes before the weeks, each
/// week's text, and what comes after. ``write(_:to:)`` makes the weeks a few at a time, side
/// by side on all cores, and writes them in order as they are done, so a calendar of any
/// length is held a few weeks at a time.
public protocol CalendarRenderer: Sendable {
    /// The text before the first week: a title, a file header.
    func opening(of calendar: CalendarStream) -> String
    /// One week's text.
    /// - Parameters:
    ///   - week: the week, made for this call.
    ///   - index: its place among the calendar's weeks (0 is the first).
    ///   - calendar: the calendar it belongs to.
    func text(of week: CalendarWeek, at index: Int, in calendar: CalendarStream) -> String
    /// The text after the last week.
    func closing(of calendar: CalendarStream) -> String
}

extension CalendarRenderer {
    /// Writes the calendar to `output`, the opening first, then each week, then the closing.
    public func write(_ calendar: CalendarStream, to output: inout some TextOutputStream) {
        output.write(opening(of: calendar))
        // As many weeks at a time as there are cores: each week is made and written, then let go.
        let batch = max(1, ProcessInfo.processInfo.activeProcessorCount)
        for start in stride(from: 0, to: calendar.weekCount, by: batch) {
            let texts = [String](concurrentlyMapping: min(batch, calendar.weekCount - start)) { offset in
                text(of: calendar.week(start + offset), at: start + offset, in: calendar)
            }
            for text in texts { output.write(text) }
        }
        output.write(closing(of: calendar))
    }

    /// The calendar as one text.
    public func render(_ calendar: CalendarStream) -> String {
        var text = ""
        write(calendar, to: &text)
        return text
    }

    /// A calendar made already, as one text.
    public func render(_ calendar: PostingCalendar) -> String {
        render(CalendarStream(calendar))
    }
}
