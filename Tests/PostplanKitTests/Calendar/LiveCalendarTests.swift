import Testing

@testable import PostplanKit

@Suite("Calendar: live events")
struct LiveCalendarTests {
    /// A LinkedIn Live on 2026-12-10 at 18:00 for 90 minutes, with the keys given.
    static func plan(_ extra: String = "", channel: String = "acme") -> String {
        berlinCalendarPlan(
            """
              - id: launch-live
                kind: live
                channels: [\(channel)]
                at: 2026-12-10 18:00
                duration: 90m
                title: Planner launch, live
            """ + extra)
    }

    static var twoWeeks: CalendarSpan {
        get throws { try span(date(2026, 11, 30), date(2026, 12, 13)) }
    }

    @Test("the slot spans the event: it ends when the duration is over, and the checklist plans replies while it runs and the recording")
    func slot() throws {
        let slot = try #require(try calendar(Self.plan(), try Self.twoWeeks).slots.first)
        #expect(slot.kindName == "live event")
        #expect(slot.title == "Planner launch, live")
        #expect(slot.time == "18:00")
        #expect(slot.end?.text == "live until 2026-12-10 19:30")
        let derived = slot.checklist.filter { $0.origin == .derived }.map(\.text)
        #expect(
            derived == [
                "Reply to comments and questions while it is live, until 2026-12-10 19:30",
                "Post the recording after the event ends on 2026-12-10 19:30",
            ])
    }

    @Test("LinkedIn's announce lead (a week), a reminder a day before and the recording at the end are tasks at their times")
    func defaultTasks() throws {
        let deadlines = try calendar(Self.plan(), try Self.twoWeeks).deadlines
        #expect(deadlines.map(\.kind) == ["announce", "remind", "post-recording"])
        #expect(deadlines.map { "\($0.date) \($0.time ?? "")" } == ["2026-12-03 18:00", "2026-12-09 18:00", "2026-12-10 19:30"])
        #expect(deadlines.first?.title == "Announce live event 'launch-live' on acme (1w before it starts on 2026-12-10 18:00)")
    }

    @Test("announce and reminders of the item win; each reminder is a task of its own, with a uid of its own")
    func ownLeads() throws {
        let deadlines = try calendar(Self.plan("\n    announce: 2w\n    reminders: [1h, 1d]"), try Self.twoWeeks).deadlines
        #expect(
            deadlines.map { "\($0.kind) \($0.date) \($0.time ?? "")" } == [
                "remind 2026-12-09 18:00", "remind 2026-12-10 17:00", "post-recording 2026-12-10 19:30",
            ])
        #expect(Set(deadlines.map(\.uid)).count == 3)
        // Two weeks before is 2026-11-26, before the span.
        let earlier = try calendar(Self.plan("\n    announce: 2w"), try span(date(2026, 11, 23), date(2026, 11, 29))).deadlines
        #expect(earlier.map { "\($0.kind) \($0.date) \($0.time ?? "")" } == ["announce 2026-11-26 18:00"])
    }

    @Test("an X Space is announced a day before (X's announce lead), so a reminder a day before is left out")
    func xSpace() throws {
        let deadlines = try calendar(Self.plan(channel: "acme-x"), try Self.twoWeeks).deadlines
        #expect(deadlines.map { "\($0.kind) \($0.date) \($0.time ?? "")" } == ["announce 2026-12-09 18:00", "post-recording 2026-12-10 19:30"])
    }

    @Test("in iCalendar the event lasts its real length: DTEND is its end, not the 15 minutes of a post")
    func icsLength() throws {
        let ics = ICSCalendarRenderer().render(try calendar(Self.plan(), try Self.twoWeeks))
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("DTSTART;TZID=Europe/Berlin:20261210T180000\r\nDTEND;TZID=Europe/Berlin:20261210T193000\r\n"))
    }
}
