import Foundation

/// A format a posting calendar is written in, a piece at a time: what comes before the weeks,
/// each piece of each week (``CalendarPiece``: the text around its days, around each day's
/// slots, and of each run of slots), and what comes after the weeks. ``write(_:to:)`` makes
/// the pieces side by side on all cores and writes them in order as they are done, a few ahead
/// of the one being written, so a calendar of any length is held a few runs of slots at a time.
public protocol CalendarRenderer: Sendable {
    /// The text before the first week: a title, a file header.
    func opening(of calendar: CalendarStream) -> String
    /// The text of one piece of a week. A renderer that writes a day (or a week) whole writes
    /// it as the day's (or the week's) opening, and nothing for the pieces inside it.
    func text(of piece: CalendarPiece, in calendar: CalendarStream) -> String
    /// The text after the last week.
    func closing(of calendar: CalendarStream) -> String
}

/// A piece of a calendar's text that ``CalendarRenderer/write(_:to:)`` makes on its own. Weeks
/// and days are counted from 0, a day within its week (``CalendarStream/day(_:ofWeek:)``).
public enum CalendarPiece: Hashable, Sendable {
    /// A week's text before its first day: a heading.
    case weekOpening(week: Int)
    /// A day's text before its slots.
    case dayOpening(day: Int, week: Int)
    /// The text of a run of a day's slots (the slots at those indices).
    case slots(Range<Int>, day: Int, week: Int)
    /// A day's text after its slots: its deadlines.
    case dayClosing(day: Int, week: Int)
    /// A week's text after its last day: its summary.
    case weekClosing(week: Int)

    /// How many slots a run holds at most: enough that a run costs little beyond its slots,
    /// few enough that the runs in flight are small beside the repo.
    public static let slotsPerRun = 200

    /// The pieces of ``all(of:)`` in groups of consecutive pieces that hold at most
    /// ``slotsPerRun`` slots between them (a run alone, or the pieces of quiet days together):
    /// what is handed to a core at a time. Handing over every piece of a year of quiet days
    /// cost more than making them (a year of 10,000 items as iCalendar took a third longer).
    public static func groups(of calendar: CalendarStream) -> [[CalendarPiece]] {
        var groups: [[CalendarPiece]] = [], group: [CalendarPiece] = [], slots = 0
        for piece in all(of: calendar) {
            let count = if case .slots(let run, _, _) = piece { run.count } else { 0 }
            if slots + count > slotsPerRun, !group.isEmpty {
                groups.append(group)
                (group, slots) = ([], 0)
            }
            group.append(piece)
            slots += count
        }
        if !group.isEmpty { groups.append(group) }
        return groups
    }

    /// The pieces of a calendar's weeks, in the order their texts follow one another.
    public static func all(of calendar: CalendarStream) -> [CalendarPiece] {
        var pieces: [CalendarPiece] = []
        for week in 0..<calendar.weekCount {
            pieces.append(.weekOpening(week: week))
            for day in calendar.outline(ofWeek: week).days.indices {
                pieces.append(.dayOpening(day: day, week: week))
                let count = calendar.day(day, ofWeek: week).slotCount
                for start in stride(from: 0, to: count, by: slotsPerRun) {
                    pieces.append(.slots(start..<min(start + slotsPerRun, count), day: day, week: week))
                }
                pieces.append(.dayClosing(day: day, week: week))
            }
            pieces.append(.weekClosing(week: week))
        }
        return pieces
    }
}

extension CalendarRenderer {
    /// Writes the calendar to `output`: the opening first, then each piece of each week, then
    /// the closing. The pieces are made on all cores, in groups of up to a run's slots
    /// (``CalendarPiece/groups(of:)``), at most one group more than there are cores ahead of the
    /// one being written, and each is let go of once written.
    public func write(_ calendar: CalendarStream, to output: inout some TextOutputStream) {
        output.write(opening(of: calendar))
        let groups = CalendarPiece.groups(of: calendar)
        let window = ProcessInfo.processInfo.activeProcessorCount + 1
        concurrentlyMaking(groups.count, window: window) { index in
            groups[index].map { text(of: $0, in: calendar) }.joined()
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
