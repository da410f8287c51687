import Testing

@testable import PostplanKit

/// How `slots:`, `blackout:`, `at: next-slot` and `queue:` are read, and what is wrong with them.
@Suite("Queue: reading slots, blackouts and queue settings")
struct QueueDecodingTests {
    static func findings(channel: String = "{ platform: linkedin, account: company-page, slots: { mon-fri: \"09:00\" } }", items: String) throws
        -> [String]
    {
        let plan = """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme: \(channel)
            items:
            \(items)

            """
        let repo = try PlanRepository.open(
            ["/repo/plans"], on: InMemoryFileSystem(files: ["/repo/plans/plan.yaml": plan]), today: .date(date(2026, 11, 23)))
        return repo.validate().diagnostics.map { "\($0.range.start) \($0.messageID)" }
    }

    static let queued = "  - { id: tip, kind: post, channels: [acme], at: next-slot, text: A tip. }"

    @Test("day keys: a weekday, a range (also across the weekend), daily")
    func dayKeys() {
        #expect(QueueDecoder.days(named: "wed") == [.wed])
        #expect(QueueDecoder.days(named: "mon-fri") == [.mon, .tue, .wed, .thu, .fri])
        #expect(QueueDecoder.days(named: "fri-mon") == [.fri, .sat, .sun, .mon])
        #expect(QueueDecoder.days(named: "daily")?.count == 7)
        #expect(QueueDecoder.days(named: "weekdays") == nil)
    }

    @Test("slot times unquoted (08:30, which YAML 1.1 reads as a number) and quoted are both times")
    func unquotedTimes() throws {
        let plan = """
            postplan: 1
            channels:
              acme: { platform: linkedin, account: company-page, slots: { mon: [08:30, "12:00"], tue: 9:05 } }

            """
        let repo = try PlanRepository.open(
            ["/repo/plans"], on: InMemoryFileSystem(files: ["/repo/plans/plan.yaml": plan]), today: .date(date(2026, 11, 23)))
        let slots = try #require(repo.workspace.channels["acme"]?.slots)
        #expect(slots.times[.mon]?.map(\.description) == ["08:30", "12:00"])
        #expect(slots.times[.tue]?.map(\.description) == ["09:05"])
    }

    @Test("a misspelt day key is an invalid value with a suggestion")
    func misspeltDay() throws {
        let found = try Self.findings(channel: "{ platform: linkedin, account: company-page, slots: { mno: \"09:00\" } }", items: "")
        #expect(found == ["4:63 invalid-value.not-slot-days"])
    }

    @Test("a slot that is not a time is an invalid time")
    func badTime() throws {
        let found = try Self.findings(channel: "{ platform: linkedin, account: company-page, slots: { mon: [\"9am\"] } }", items: "")
        #expect(found == ["4:69 invalid-time.malformed"])
    }

    @Test("blackout without slots is a missing field")
    func blackoutWithoutSlots() throws {
        let found = try Self.findings(channel: "{ platform: linkedin, account: company-page, blackout: [2026-12-24] }", items: "")
        #expect(found == ["4:54 missing-field.blackout-without-slots"])
    }

    @Test("a blackout range that ends before it starts is an invalid date")
    func blackoutBackwards() throws {
        let found = try Self.findings(
            channel: "{ platform: linkedin, account: company-page, slots: { mon: \"09:00\" }, blackout: [{ from: 2026-12-24, until: 2026-12-20 }] }",
            items: "")
        #expect(found == ["4:117 invalid-date.range-ends-before-start"])
    }

    @Test("queue without at: next-slot, and queue on a repeat, are refused at the queue key")
    func queueWithoutNextSlot() throws {
        #expect(
            try Self.findings(items: "  - { id: tip, kind: post, channels: [acme], queue: { priority: 1 }, status: idea, text: A tip. }")
                == ["6:46 at-or-repeat.queue-without-next-slot"])
        #expect(
            try Self.findings(
                items:
                    "  - { id: tip, kind: post, channels: [acme], repeat: { every: week, at: \"09:00\", from: 2026-11-23 }, queue: {}, text: A tip. }"
            ) == ["6:102 at-or-repeat.queue-on-repeat"])
    }

    @Test("an ad cannot be queued")
    func adCannotQueue() throws {
        let found = try Self.findings(
            items: "  - { id: ad, kind: ad, channels: [acme], at: next-slot, placement: sponsored-content, text: Try it. }")
        #expect(found == ["6:47 at-or-repeat.cannot-queue"])
    }

    @Test("queue keys: a window that ends before it starts, a priority that is not a positive number, together: yes")
    func badQueueValues() throws {
        #expect(
            try Self.findings(
                items: "  - { id: tip, kind: post, channels: [acme], at: next-slot, queue: { from: 2026-12-10, until: 2026-12-01 }, text: A. }")
                == ["6:95 invalid-date.range-ends-before-start"])
        #expect(
            try Self.findings(items: "  - { id: tip, kind: post, channels: [acme], at: next-slot, queue: { priority: 0 }, text: A. }")
                == ["6:80 invalid-value.malformed"])
        #expect(
            try Self.findings(items: "  - { id: tip, kind: post, channels: [acme], at: next-slot, queue: { together: yes }, text: A. }")
                == ["6:80 invalid-value.ambiguous-flag"])
    }

    @Test("a queued item is valid as it stands")
    func queuedIsValid() throws {
        #expect(try Self.findings(items: Self.queued) == [])
    }
}
