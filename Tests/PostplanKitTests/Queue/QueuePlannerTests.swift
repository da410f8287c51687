import Testing

@testable import PostplanKit

/// The queue: queued items (`at: next-slot`) placed into posting slots, deterministically,
/// around pinned items, gaps, daily limits, blackouts and daylight-saving changes.
@Suite("Queue: placing queued items into posting slots")
struct QueuePlannerTests {
    static let header = """
        postplan: 1
        timezone: Europe/Berlin

        """

    /// A repo of one plan file (or several), opened on `today` (Monday 2026-11-23 by default).
    static func open(_ files: [String: String], today: Today = .date(date(2026, 11, 23))) throws -> PlanRepository {
        try PlanRepository.open(["/repo/plans"], on: InMemoryFileSystem(files: files.mapKeys { "/repo/plans/\($0)" }), today: today)
    }

    static func open(_ plan: String, today: Today = .date(date(2026, 11, 23))) throws -> PlanRepository {
        try open(["plan.yaml": header + plan], today: today)
    }

    /// "item channel YYYY-MM-DD HH:MM" for each placement, in the order the queue made them.
    static func placements(_ repo: PlanRepository) -> [String] {
        let plan = repo.validate().schedule.queue
        return plan.placements.map { "\(repo.workspace.items[$0.itemIndex].id.value) \($0.channelID) \($0.date) \($0.time)" }
    }

    static func ruleIDs(_ repo: PlanRepository) -> [String] {
        repo.validate().diagnostics.map(\.ruleID)
    }

    @Test("queued items take the earliest free slots, by priority, then window end, then id")
    func order() throws {
        let repo = try Self.open(
            """
            channels:
              acme: { platform: linkedin, account: company-page, slots: { mon-fri: "09:00" } }
            items:
              - { id: c-tip, kind: post, channels: [acme], at: next-slot, text: C. }
              - { id: b-tip, kind: post, channels: [acme], at: next-slot, queue: { until: 2026-12-31 }, text: B. }
              - { id: a-tip, kind: post, channels: [acme], at: next-slot, text: A. }
              - { id: z-tip, kind: post, channels: [acme], at: next-slot, queue: { priority: 2 }, text: Z. }
              - { id: y-tip, kind: post, channels: [acme], at: next-slot, queue: { priority: 1 }, text: Y. }
            """)
        #expect(
            Self.placements(repo) == [
                "y-tip acme 2026-11-23 09:00", "z-tip acme 2026-11-24 09:00", "b-tip acme 2026-11-25 09:00", "a-tip acme 2026-11-26 09:00",
                "c-tip acme 2026-11-27 09:00",
            ])
        #expect(Self.ruleIDs(repo) == [])
    }

    @Test("the assignment does not depend on the order of files or items")
    func independentOfFileOrder() throws {
        let channels = Self.header + "channels:\n  acme: { platform: linkedin, account: company-page, slots: { daily: \"09:00\" } }\n"
        let first = Self.header + "items:\n  - { id: same-b, kind: post, channels: [acme], at: next-slot, queue: { until: 2026-11-30 }, text: B. }\n"
        let second = Self.header + "items:\n  - { id: same-a, kind: post, channels: [acme], at: next-slot, queue: { until: 2026-11-30 }, text: A. }\n"
        let one = try Self.open(["0-channels.yaml": channels, "1.yaml": first, "2.yaml": second])
        let other = try Self.open(["0-channels.yaml": channels, "1.yaml": second, "2.yaml": first])
        #expect(Self.placements(one) == ["same-a acme 2026-11-23 09:00", "same-b acme 2026-11-24 09:00"])
        #expect(Self.placements(other) == Self.placements(one))
    }

    @Test("an item added in the middle of the queue moves only the items behind it")
    func addingMovesOnlyLaterItems() throws {
        let plan = """
            channels:
              acme: { platform: linkedin, account: company-page, slots: { daily: "09:00" } }
            items:
              - { id: first, kind: post, channels: [acme], at: next-slot, queue: { priority: 1 }, text: 1. }
              - { id: second, kind: post, channels: [acme], at: next-slot, queue: { priority: 2 }, text: 2. }
              - { id: last, kind: post, channels: [acme], at: next-slot, text: 3. }

            """
        let before = Self.placements(try Self.open(plan))
        let after = Self.placements(
            try Self.open(plan + "  - { id: added, kind: post, channels: [acme], at: next-slot, queue: { priority: 2 }, text: New. }\n"))
        #expect(before == ["first acme 2026-11-23 09:00", "second acme 2026-11-24 09:00", "last acme 2026-11-25 09:00"])
        #expect(
            after == ["first acme 2026-11-23 09:00", "added acme 2026-11-24 09:00", "second acme 2026-11-25 09:00", "last acme 2026-11-26 09:00"])
    }

    @Test("a pinned item takes its slot first, whatever its priority")
    func pinnedFirst() throws {
        let repo = try Self.open(
            """
            channels:
              acme: { platform: linkedin, account: company-page, slots: { mon-fri: ["09:00", "12:00"] } }
            items:
              - { id: queued, kind: post, channels: [acme], at: next-slot, queue: { priority: 1 }, text: Q. }
              - { id: pinned, kind: post, channels: [acme], at: 2026-11-23 09:00, text: P. }
            """)
        #expect(Self.placements(repo) == ["queued acme 2026-11-23 12:00"])
        let slots = repo.validate().schedule.queue.channels[0].slots
        #expect(slots[0].state == .filled(itemIndex: 1, proposed: false))
        #expect(slots[1].state == .filled(itemIndex: 0, proposed: true))
    }

    @Test("slots closer to an item than the platform's minimum gap are not used")
    func minimumGap() throws {
        let repo = try Self.open(
            """
            platforms:
              linkedin: { schedule: { min-gap: 2h } }
            channels:
              acme: { platform: linkedin, account: company-page, slots: { mon: ["09:00", "10:00", "12:00"] } }
            items:
              - { id: one, kind: post, channels: [acme], at: next-slot, text: 1. }
              - { id: two, kind: post, channels: [acme], at: next-slot, text: 2. }
            """)
        #expect(Self.placements(repo) == ["one acme 2026-11-23 09:00", "two acme 2026-11-23 12:00"])
        #expect(repo.validate().schedule.queue.channels[0].slots[1].state == .crowded(byItemIndex: 0))
    }

    @Test("a full day (the platform's daily limit) sends the next item to the next day")
    func fullChannel() throws {
        let repo = try Self.open(
            """
            platforms:
              linkedin: { schedule: { max-per-day: 1 } }
            channels:
              acme: { platform: linkedin, account: company-page, slots: { daily: ["09:00", "12:00"] } }
            items:
              - { id: pinned, kind: post, channels: [acme], at: 2026-11-23 16:00, text: P. }
              - { id: one, kind: post, channels: [acme], at: next-slot, text: 1. }
              - { id: two, kind: post, channels: [acme], at: next-slot, text: 2. }
            """)
        #expect(Self.placements(repo) == ["one acme 2026-11-24 09:00", "two acme 2026-11-25 09:00"])
        #expect(Self.ruleIDs(repo) == [])
    }

    @Test("no slot is used in a blackout week")
    func blackoutWeek() throws {
        let repo = try Self.open(
            """
            channels:
              acme:
                platform: linkedin
                account: company-page
                slots: { mon-fri: "09:00" }
                blackout: [2026-11-23, { from: 2026-11-24, until: 2026-11-27, reason: Offsite }]
            items:
              - { id: one, kind: post, channels: [acme], at: next-slot, text: 1. }
            """)
        #expect(Self.placements(repo) == ["one acme 2026-11-30 09:00"])
    }

    @Test("an item whose window closes before any free slot overflows, with the window and the slot counts")
    func windowTooShort() throws {
        let repo = try Self.open(
            """
            channels:
              acme: { platform: linkedin, account: company-page, slots: { mon-tue: "09:00" } }
            items:
              - { id: early, kind: post, channels: [acme], at: next-slot, queue: { priority: 1 }, text: E. }
              - { id: pinned, kind: post, channels: [acme], at: 2026-11-24 09:00, text: P. }
              - { id: squeezed, kind: post, channels: [acme], at: next-slot, queue: { from: 2026-11-23, until: 2026-11-25 }, text: S. }
            """)
        let result = repo.validate()
        let overflow = try #require(result.diagnostics.first { $0.ruleID == "queue-overflow" })
        #expect(
            overflow.message
                == "'squeezed' finds no free slot from 2026-11-23 to 2026-11-25 on 'acme' (2 slots, none free); widen its window ('queue: { until: ... }'), add slots, or give it a priority ('queue: { priority: 1 }')"
        )
        #expect(overflow.range.start.line == 8)
        #expect(result.schedule.queue.overflows.map { $0.slotCounts["acme"]?.slots } == [2])
        #expect(!result.schedule.occurrences.contains { repo.workspace.items[$0.itemIndex].id.value == "squeezed" })
    }

    @Test("a window that has passed overflows with its own message")
    func windowPassed() throws {
        let repo = try Self.open(
            """
            channels:
              acme: { platform: linkedin, account: company-page, slots: { daily: "09:00" } }
            items:
              - { id: late, kind: post, channels: [acme], at: next-slot, queue: { until: 2026-11-20 }, text: L. }
            """)
        #expect(repo.validate().diagnostics.map(\.messageID) == ["queue-overflow.window-passed"])
    }

    @Test("together: true gives every channel the same wall-clock slot, in each channel's zone")
    func together() throws {
        let repo = try Self.open(
            """
            channels:
              acme: { platform: linkedin, account: company-page, slots: { daily: ["09:00", "12:00"] } }
              acme-x: { platform: x, timezone: America/New_York, slots: { daily: ["12:00"] } }
            items:
              - { id: apart, kind: post, channels: [acme, acme-x], at: next-slot, text: Own slots. }
              - { id: both, kind: post, channels: [acme, acme-x], at: next-slot, queue: { together: true }, text: Same time. }
            """)
        // 'apart' comes first (by id) and takes 09:00 in Berlin and 12:00 in New York on Monday:
        // 12:00 is free in Berlin on Monday, not in New York, so 'both' goes out on Tuesday.
        #expect(
            Self.placements(repo) == [
                "apart acme 2026-11-23 09:00", "apart acme-x 2026-11-23 12:00", "both acme 2026-11-24 12:00", "both acme-x 2026-11-24 12:00",
            ])
    }

    @Test("together: true overflows when the channels share no free slot time")
    func togetherWithoutCommonSlot() throws {
        let repo = try Self.open(
            """
            channels:
              acme: { platform: linkedin, account: company-page, slots: { daily: "09:00" } }
              acme-x: { platform: x, slots: { daily: "10:00" } }
            items:
              - { id: both, kind: post, channels: [acme, acme-x], at: next-slot, queue: { together: true, until: 2026-11-24 }, text: T. }
            """)
        #expect(repo.validate().diagnostics.map(\.messageID) == ["queue-overflow.no-common-slot"])
    }

    @Test("a slot the clocks skip (Europe/Berlin, 2027-03-28 02:30) is left out with a note; later slots keep their wall-clock time")
    func springForwardBerlin() throws {
        let repo = try Self.open(
            """
            channels:
              acme: { platform: linkedin, account: company-page, slots: { daily: ["02:30", "09:00"] } }
            items:
              - { id: one, kind: post, channels: [acme], at: next-slot, queue: { from: 2027-03-28 }, text: 1. }
              - { id: two, kind: post, channels: [acme], at: next-slot, queue: { from: 2027-03-28 }, text: 2. }
            """, today: .date(date(2027, 3, 27)))
        let plan = repo.validate().schedule.queue
        #expect(plan.skipped.filter { $0.date.year == 2027 }.map { "\($0.channelID) \($0.date) \($0.time)" } == ["acme 2027-03-28 02:30"])
        #expect(Self.placements(repo) == ["one acme 2027-03-28 09:00", "two acme 2027-03-29 02:30"])
        #expect(Self.ruleIDs(repo) == [])
    }

    @Test("slots across New York's change back (2026-11-01) keep their wall-clock time; 01:30 happens twice and is used once")
    func fallBackNewYork() throws {
        let repo = try Self.open(
            """
            channels:
              acme: { platform: x, timezone: America/New_York, slots: { daily: ["01:30", "09:00"] } }
            items:
              - { id: tip-1, kind: post, channels: [acme], at: next-slot, text: 1. }
              - { id: tip-2, kind: post, channels: [acme], at: next-slot, text: 2. }
              - { id: tip-3, kind: post, channels: [acme], at: next-slot, text: 3. }
            """, today: .date(date(2026, 10, 31)))
        #expect(Self.placements(repo) == ["tip-1 acme 2026-10-31 01:30", "tip-2 acme 2026-10-31 09:00", "tip-3 acme 2026-11-01 01:30"])
        let slots = repo.validate().schedule.queue.channels[0].slots
        // 09:00 on the 31st is UTC-4, on the 1st UTC-5: a day and an hour apart.
        #expect(slots[3].start - slots[1].start == 25 * 3_600)
    }

    @Test("no slot before now is taken when the run knows the time")
    func notBeforeNow() throws {
        // 2026-11-23 10:00 in Berlin.
        let now = (date(2026, 11, 23).dayNumber * 86_400) + 9 * 3_600
        let repo = try Self.open(
            """
            channels:
              acme: { platform: linkedin, account: company-page, slots: { daily: ["09:00", "12:00"] } }
            items:
              - { id: one, kind: post, channels: [acme], at: next-slot, text: 1. }
            """, today: .now(instant: now))
        #expect(Self.placements(repo) == ["one acme 2026-11-23 12:00"])
    }

    @Test("a queued item's occurrences are proposed; only those in the window asked for are kept")
    func proposedOccurrences() throws {
        let repo = try Self.open(
            """
            channels:
              acme: { platform: linkedin, account: company-page, slots: { mon: "09:00" } }
            items:
              - { id: one, kind: post, channels: [acme], at: next-slot, text: 1. }
              - { id: two, kind: post, channels: [acme], at: next-slot, text: 2. }
            """)
        let week = CalendarSpan(week: try #require(ISOWeek(iso: "2026-W49")))
        let calendar = try #require(repo.calendar(for: week).calendar).collected()
        let slots = calendar.weeks.flatMap(\.days).flatMap(\.slots)
        #expect(slots.map(\.item) == ["two"])
        #expect(slots.map(\.proposed) == [true])
    }

    @Test("a queued item on a channel without slots is an error at its 'at'")
    func noSlots() throws {
        let repo = try Self.open(
            """
            channels:
              acme: { platform: linkedin, account: company-page }
            items:
              - { id: one, kind: post, channels: [acme], at: next-slot, text: 1. }
            """)
        let finding = try #require(repo.validate().diagnostics.first)
        #expect(finding.ruleID == "no-slots")
        #expect(finding.severity == .error)
        #expect("\(finding.range.start)" == "6:50")
    }
}

extension Dictionary {
    fileprivate func mapKeys<NewKey: Hashable>(_ transform: (Key) -> NewKey) -> [NewKey: Value] {
        [NewKey: Value](uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
