import Testing

@testable import PostplanKit

@Suite("Calendar: slots across time zones and daylight saving")
struct CalendarTimeTests {
    @Test("in the week the clocks go forward, a daily 09:00 stays at 09:00 while its UTC time moves an hour")
    func springForwardWeek() throws {
        let plan = berlinCalendarPlan(
            """
              - id: daily
                kind: post
                channels: [acme]
                repeat: { every: day, at: "09:00", from: 2026-03-27, until: 2026-04-05 }
                text: Daily.
            """)
        let slots = try calendar(plan, try week("2026-W13")).slots
        #expect(slots.map(\.date) == ["2026-03-27", "2026-03-28", "2026-03-29"])
        #expect(slots.map(\.time) == ["09:00", "09:00", "09:00"])
        #expect(slots.map(\.utc) == ["2026-03-27T08:00Z", "2026-03-28T08:00Z", "2026-03-29T07:00Z"])
    }

    @Test("on the night of the gap, an instant written with the old offset reads as the hour after the gap")
    func gapNight() throws {
        let plan = berlinCalendarPlan(
            """
              - { id: before, kind: post, channels: [acme], at: 2026-03-29 01:30, text: Before. }
              - { id: fixed, kind: post, channels: [acme-x], at: 2026-03-29T02:30+01:00, text: Fixed. }
            """)
        let slots = try calendar(plan, try week("2026-W13")).slots
        #expect(slots.map { "\($0.item) \($0.time) \($0.utc)" } == ["before 01:30 2026-03-29T00:30Z", "fixed 03:30 2026-03-29T01:30Z"])
    }

    @Test("a time that happens twice when the clocks go back is taken at its first instant")
    func overlapTime() throws {
        let plan = berlinCalendarPlan(
            """
              - { id: twice, kind: post, channels: [acme], at: 2026-10-25 02:30, text: Twice. }
            """)
        let slot = try #require(try calendar(plan, try week("2026-W43")).slots.first)
        #expect(slot.time == "02:30")
        #expect(slot.utc == "2026-10-25T00:30Z")
    }

    @Test("a slot of a channel in another zone is read on the calendar's clock, with a note of its own time")
    func zoneNote() throws {
        let plan = berlinCalendarPlan(
            """
              - { id: webinar, kind: post, channels: [acme-us, acme], at: 2026-12-03 11:00, text: Webinar. }
            """)
        let slots = try calendar(plan, try week("2026-W49")).slots
        let us = try #require(slots.first { $0.channel == "acme-us" })
        #expect((us.date, us.time, us.zoneNote) == ("2026-12-03", "17:00", "11:00 America/New_York"))
        #expect((us.zone, us.zoneDate, us.zoneTime) == ("America/New_York", "2026-12-03", "11:00"))
        let berlin = try #require(slots.first { $0.channel == "acme" })
        #expect(berlin.zoneNote == nil)
    }

    @Test("a Sunday evening in New York is Monday morning in Berlin: it lands in the next calendar week")
    func crossesDayAndWeek() throws {
        let plan = berlinCalendarPlan(
            """
              - { id: late, kind: post, channels: [acme-us], at: 2026-11-29 20:00, text: Late. }
            """)
        #expect(try calendar(plan, try week("2026-W48")).slots.isEmpty)
        let slot = try #require(try calendar(plan, try week("2026-W49")).slots.first)
        #expect((slot.date, slot.time, slot.zoneNote) == ("2026-11-30", "02:00", "2026-11-29 20:00 America/New_York"))
    }
}

@Suite("Calendar: dates, repeats and deadlines")
struct CalendarDateTests {
    @Test("the leap day 2028-02-29 is a day of its week and holds its slots, one-off and monthly")
    func leapDay() throws {
        let plan = berlinCalendarPlan(
            """
              - { id: leap, kind: post, channels: [acme], at: 2028-02-29 12:00, text: Leap. }
              - id: monthly
                kind: post
                channels: [acme]
                repeat: { every: month, at: "09:00", from: 2028-01-29 }
                text: On the 29th.
            """)
        let result = try calendar(plan, try week("2028-W09"), today: date(2028, 1, 1))
        let leapDay = try #require(result.weeks.first?.days.first { $0.date == "2028-02-29" })
        #expect(leapDay.weekday == "Tuesday")
        #expect(leapDay.slots.map(\.item) == ["monthly", "leap"])
    }

    @Test("a repeat's count ends it inside the week")
    func countInsideWeek() throws {
        let plan = berlinCalendarPlan(
            """
              - id: three
                kind: post
                channels: [acme]
                repeat: { every: day, at: "09:00", from: 2026-11-25, count: 3 }
                text: Three times.
            """)
        let slots = try calendar(plan, try week("2026-W48")).slots
        #expect(slots.map(\.date) == ["2026-11-25", "2026-11-26", "2026-11-27"])
    }

    @Test("a repeat's count counts the occurrences before the week too")
    func countBeforeWeek() throws {
        let plan = berlinCalendarPlan(
            """
              - id: weekly
                kind: post
                channels: [acme]
                repeat: { every: week, on: [mon, thu], at: "09:00", from: 2026-11-16, count: 3 }
                text: Three times.
            """)
        let slots = try calendar(plan, try week("2026-W48")).slots
        #expect(slots.map(\.date) == ["2026-11-23"])
    }

    @Test("a repeat's until ends it inside the week, the until day included")
    func untilInsideWeek() throws {
        let plan = berlinCalendarPlan(
            """
              - id: until
                kind: post
                channels: [acme]
                repeat: { every: week, on: [mon, wed, fri], at: "09:00", from: 2026-11-01, until: 2026-11-25 }
                text: Until Wednesday.
            """)
        let slots = try calendar(plan, try week("2026-W48")).slots
        #expect(slots.map(\.date) == ["2026-11-23", "2026-11-25"])
    }

    @Test("a product page's review task lands 14 days before the launch, in an earlier week than the launch")
    func reviewLandsInEarlierWeek() throws {
        let plan = berlinCalendarPlan(productPageItem(launch: "2026-12-14"))
        let result = try calendar(plan, try span(date(2026, 11, 23), date(2026, 12, 20)))
        #expect(result.weekOf(item: "page", deadline: "submit-review") == "2026-W49")
        #expect(result.weekOf(item: "page", deadline: "launch") == "2026-W51")
        let review = try #require(result.deadlines.first { $0.kind == "submit-review" })
        #expect(review.date == "2026-11-30")
        #expect(review.time == nil)
        #expect(review.checklist.last == ChecklistEntry(text: "Submit the page for review by 2026-11-30", origin: .derived))
        #expect(review.checklist.contains { $0.text.hasPrefix("Attach a video or a document") })
        let reviewWeek = try #require(result.weeks.first { $0.id == "2026-W49" })
        #expect(reviewWeek.summary.deadlines.map(\.kind) == ["submit-review"])
        #expect(result.slots.isEmpty, "a product page has deadlines, not slots")
    }

    @Test("a poll's close is its slot's end, a task to post the results in the week it closes, and a derived checklist task")
    func pollClose() throws {
        let plan = berlinCalendarPlan(
            """
              - id: poll
                kind: poll
                channels: [acme]
                at: 2026-11-27 09:00
                question: Worth it?
                options: [Yes, No]
                other-option: true
                duration: 1w
            """)
        let result = try calendar(plan, try span(date(2026, 11, 23), date(2026, 12, 6)))
        let slot = try #require(result.slots.first)
        #expect(
            slot.end
                == SlotEnd(what: "poll closes", date: "2026-12-04", time: "09:00", utc: "2026-12-04T08:00Z", text: "poll closes 2026-12-04 09:00"))
        #expect(slot.checklist.last == ChecklistEntry(text: "Post the results after the poll closes on 2026-12-04 09:00", origin: .derived))
        #expect(slot.checklist.contains { $0.text.hasPrefix("Pin a reply \"Other, see comments\"") })
        #expect(result.weekOf(item: "poll", deadline: "post-results") == "2026-W49")
        #expect(result.deadlines.first?.time == "09:00")
    }

    @Test("a repeating poll that went out the week before brings its results task into the week it closes")
    func repeatingPollClosesInWeek() throws {
        let plan = berlinCalendarPlan(
            """
              - id: weekly-poll
                kind: poll
                channels: [acme]
                repeat: { every: week, on: [fri], at: "09:00", from: 2026-11-01 }
                question: Worth it?
                options: [Yes, No]
                duration: 3d
            """)
        let result = try calendar(plan, try week("2026-W48"))
        #expect(
            result.deadlines.map { "\($0.date) \($0.time ?? "") \($0.uid)" } == [
                "2026-11-23 09:00 weekly-poll.acme.post-results.20261123@postplan"
            ])
        #expect(result.slots.map(\.date) == ["2026-11-27"])
    }

    @Test("a story expires and an ad's run ends: both are the slot's end")
    func storyAndAdEnds() throws {
        let plan = berlinCalendarPlan(
            """
              - { id: story, kind: story, channels: [acme-fb], at: 2026-11-24 12:00, media: [{ type: image, file: a.png }], expires: 12h }
              - id: ad
                kind: ad
                channels: [acme]
                placement: sponsored-content
                at: 2026-11-25 08:00
                until: 2026-11-30
                text: Buy.
            """)
        let slots = try calendar(plan, try week("2026-W48"), today: date(2020, 1, 1)).slots
        // An end at midnight is the end of the day before: an ad 'until: 2026-11-30' runs all of that day.
        #expect(slots.first { $0.item == "story" }?.end?.text == "story expires 2026-11-24, end of day")
        #expect(slots.first { $0.item == "ad" }?.end?.text == "ad run ends 2026-11-30, end of day")
        #expect(slots.first { $0.item == "ad" }?.end?.date == "2026-12-01")
    }
}

@Suite("Calendar: uids, titles and summaries")
struct CalendarContentTests {
    static let plan = berlinCalendarPlan(
        """
          - id: tip
            kind: post
            channels: [acme, acme-x]
            repeat: { every: week, on: [tue, thu], at: "08:30", from: 2026-11-01 }
            text: |

              One tip.
              More lines.
          - { id: teaser, kind: post, channels: [acme], at: 2026-11-25 10:00, title: Teaser, text: Long text. }
          - { id: photo, kind: post, channels: [acme], at: 2026-11-26 10:00, media: [{ type: image, file: a.png, alt: A desk }] }
        """)

    @Test("uids are stable across runs; a repeating item's carry the date of the occurrence")
    func stableUIDs() throws {
        let first = try calendar(Self.plan, try week("2026-W48"))
        let second = try calendar(Self.plan, try span(date(2026, 11, 16), date(2026, 11, 29)))
        #expect(first.slots.map(\.uid) == second.slots.filter { $0.date >= "2026-11-23" }.map(\.uid))
        #expect(
            first.slots.map(\.uid) == [
                "tip.acme.20261124@postplan", "tip.acme-x.20261124@postplan", "teaser.acme@postplan",
                "tip.acme.20261126@postplan", "tip.acme-x.20261126@postplan", "photo.acme@postplan",
            ])
        #expect(Set(first.slots.map(\.uid)).count == first.slots.count)
    }

    @Test("a slot's title is the item's title, else the first line of its text, else its media's alt text")
    func titles() throws {
        let titles = try calendar(Self.plan, try week("2026-W48")).slots.map(\.title)
        #expect(titles == ["One tip.", "One tip.", "Teaser", "One tip.", "One tip.", "A desk"])
    }

    @Test("the week summary counts slots per channel and per kind")
    func summary() throws {
        let summary = try #require(try calendar(Self.plan, try week("2026-W48")).weeks.first?.summary)
        #expect(summary.slots == 6)
        #expect(summary.channels.map { "\($0.channel) \($0.platformName) \($0.count)" } == ["acme LinkedIn 4", "acme-x X 2"])
        #expect(summary.kinds.map { "\($0.kind) \($0.count)" } == ["post 6"])
        #expect(summary.deadlines.isEmpty)
    }

    @Test("a slot names where its item is written")
    func source() throws {
        let slot = try #require(try calendar(Self.plan, try week("2026-W48")).slots.first { $0.item == "teaser" })
        let line = try #require(Self.plan.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("id: teaser") }) + 1
        #expect((slot.file, slot.line, slot.source) == ("plan.yaml", line, "plan.yaml:\(line)"))
    }

    @Test("days without slots are kept, so every day of the span has its section")
    func emptyDays() throws {
        let days = try #require(try calendar(Self.plan, try week("2026-W48")).weeks.first?.days)
        #expect(days.map(\.weekday) == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
        #expect(days.filter { $0.slots.isEmpty }.count == 4)
    }
}
