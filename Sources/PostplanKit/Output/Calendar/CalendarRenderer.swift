import Foundation

/// A format a posting calendar is written in, day by day: what comes before the weeks, what
/// comes before and after each week's days, each day's text, and what comes after the weeks.
/// ``write(_:to:)`` makes the days side by side on all cores and writes them in order as they
/// are done, a few ahead of the one being written, so a calendar of any length is held a few
/// days at a time.
public protocol CalendarRenderer: Sendable {
    /// The text before the first week: a title, a file header.
    func opening(of calendar: CalendarStream) -> String
    /// The text of a week before its first day: a heading.
    /// - Parameters:
    ///   - week: the week's outline (``CalendarStream/outline(ofWeek:)``).
    ///   - index: its place among the calendar's weeks (0 is the first).
    ///   - calendar: the calendar it belongs to.
    func opening(of week: CalendarWeek, at index: Int, in calendar: CalendarStream) -> String
    /// One day's text. The renderer makes the day (``CalendarStream/day(_:ofWeek:)``) when it
    /// writes days one at a time; one that writes a week whole writes nothing here.
    func text(ofDay day: Int, ofWeek week: Int, in calendar: CalendarStream) -> String
    /// The text of a week after its last day: a summary.
    func closing(of week: CalendarWeek, at index: Int, in calendar: CalendarStream) -> String
    /// The text after the last week.
    func closing(of calendar: CalendarStream) -> String
}

extension CalendarRenderer {
    /// Writes the calendar to `output`: the opening first, then each week's opening, days and
    /// closing, then the closing. The pieces are made on all cores, at most one more than there
    /// are cores ahead of the one being written, and each is let go of once written.
    public func write(_ calendar: CalendarStream, to output: inout some TextOutputStream) {
        output.write(opening(of: calendar))
        let pieces = (0..<calendar.weekCount).flatMap { week in
            [CalendarPiece.opening(week: week)] + calendar.outline(ofWeek: week).days.indices.map { CalendarPiece.day($0, week: week) }
                + [.closing(week: week)]
        }
        let window = ProcessInfo.processInfo.activeProcessorCount + 1
        concurrentlyMaking(pieces.count, window: window) { index in
            switch pieces[index] {
            case .opening(let week): opening(of: calendar.outline(ofWeek: week), at: week, in: calendar)
            case .day(let day, let week): text(ofDay: day, ofWeek: week, in: calendar)
            case .closing(let week): closing(of: calendar.outline(ofWeek: week), at: week, in: calendar)
            }
        } consume: { text in
            output.write(text)
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

/// A piece of a calendar ``CalendarRenderer/write(_:to:)`` makes on its own.
private enum CalendarPiece {
    case opening(week: Int)
    case day(Int, week: Int)
    case closing(week: Int)
}
