import Testing

@testable import PostplanKit

/// `schedule --write`: the queued items' `at: next-slot` become the times they got, and
/// nothing else in the file changes.
@Suite("Queue: pinning proposed times into plan files")
struct PinEditorTests {
    static let path = "/repo/plans/plan.yaml"
    static let week = CalendarSpan(week: ISOWeek(year: 2026, week: 48)!)

    /// The file after pinning what the queue proposes for 2026-W48, and the items left queued.
    static func pinned(_ text: String) throws -> (text: String, skipped: [PinPlan.Skipped]) {
        let fileSystem = InMemoryFileSystem(files: [path: text])
        let repo = try PlanRepository.open(["/repo/plans"], on: fileSystem, today: .date(date(2026, 11, 23)))
        let pins = repo.pins(repo.schedule(for: week))
        var bytes = Array(text.utf8)
        for edit in pins.edits { bytes = try edit.apply(to: bytes) }
        return (String(decoding: bytes, as: UTF8.self), pins.skipped)
    }

    /// The findings of the pinned file, and whether its items are all pinned now.
    static func revalidated(_ text: String) throws -> (ruleIDs: [String], allPinned: Bool) {
        let repo = try PlanRepository.open(
            ["/repo/plans"], on: InMemoryFileSystem(files: [path: text]), today: .date(date(2026, 11, 23)))
        let queued = repo.workspace.items.contains { if case .queued = $0.schedule { true } else { false } }
        return (repo.validate().diagnostics.map(\.ruleID), !queued)
    }

    static let channels = """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme: { platform: linkedin, account: company-page, slots: { mon-fri: "09:00" } }

        """

    @Test("in a block mapping with comments, only the 'at: next-slot' value changes")
    func blockWithComments() throws {
        let plan =
            Self.channels + """
                items:
                  # The winter series, queued.
                  - id: tip-1      # first
                    kind: post
                    channels: [acme]
                    at: next-slot  # the queue decides
                    text: "Tip one."

                """
        let (text, skipped) = try Self.pinned(plan)
        #expect(text == plan.replacingOccurrences(of: "at: next-slot  #", with: "at: 2026-11-23 09:00  #"))
        #expect(skipped.isEmpty)
        #expect(try Self.revalidated(text) == ([], true))
    }

    @Test("in a flow mapping, and with a quoted value, only the value changes")
    func flowAndQuoted() throws {
        let plan =
            Self.channels + """
                items:
                  - { id: tip-1, kind: post, channels: [acme], at: 'next-slot', queue: { priority: 1 }, text: One. }
                  - {id: tip-2, kind: post, channels: [acme], at: "next-slot", text: Two.}

                """
        let (text, _) = try Self.pinned(plan)
        #expect(
            text
                == plan.replacingOccurrences(of: "at: 'next-slot'", with: "at: 2026-11-23 09:00")
                .replacingOccurrences(of: "at: \"next-slot\"", with: "at: 2026-11-24 09:00"))
        #expect(try Self.revalidated(text) == ([], true))
    }

    @Test("an 'at' that comes from a merge key gets an 'at' of the item's own, in block and flow style")
    func mergeKeys() throws {
        let plan =
            Self.channels + """
                x-queued: &queued { at: next-slot, kind: post, channels: [acme] }
                items:
                  - <<: *queued
                    id: tip-1
                    text: One.
                  - { <<: *queued, id: tip-2, text: Two. }

                """
        let (text, _) = try Self.pinned(plan)
        #expect(
            text
                == plan.replacingOccurrences(of: "  - <<: *queued\n", with: "  - at: 2026-11-23 09:00\n    <<: *queued\n")
                .replacingOccurrences(of: "{ <<: *queued, id: tip-2", with: "{ at: 2026-11-24 09:00, <<: *queued, id: tip-2"))
        #expect(text.contains("&queued { at: next-slot"))
        #expect(try Self.revalidated(text) == ([], true))
    }

    @Test("an item whose mapping is an anchor others merge is left queued, with the reason")
    func anchoredItem() throws {
        let plan =
            Self.channels + """
                items:
                  - &base { id: tip-1, kind: post, channels: [acme], at: next-slot, text: One. }

                """
        let (text, skipped) = try Self.pinned(plan)
        #expect(text == plan)
        #expect(skipped.map(\.item) == ["tip-1"])
    }

    @Test("CRLF line endings stay CRLF, also in an inserted line")
    func crlf() throws {
        let plan =
            (Self.channels + """
                x-queued: &queued { at: next-slot }
                items:
                  - id: tip-1
                    <<: *queued
                    kind: post
                    channels: [acme]
                    text: One.
                  - id: tip-2
                    kind: post
                    channels: [acme]
                    at: next-slot
                    text: Two.

                """).replacingOccurrences(of: "\n", with: "\r\n")
        let (text, _) = try Self.pinned(plan)
        #expect(
            text
                == plan.replacingOccurrences(of: "  - id: tip-1\r\n", with: "  - at: 2026-11-23 09:00\r\n    id: tip-1\r\n")
                .replacingOccurrences(of: "    at: next-slot\r\n", with: "    at: 2026-11-24 09:00\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(try Self.revalidated(text) == ([], true))
    }

    @Test("an item whose channels got different times is left queued; together: true pins it")
    func differentTimes() throws {
        let plan = """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme: { platform: linkedin, account: company-page, slots: { daily: "09:00" } }
              acme-x: { platform: x, slots: { daily: ["09:00", "12:00"] } }
            items:
              - { id: tip-1, kind: post, channels: [acme-x], at: 2026-11-23 09:00, text: X only. }
              - { id: tip-2, kind: post, channels: [acme, acme-x], at: next-slot, text: Apart. }
              - { id: tip-3, kind: post, channels: [acme, acme-x], at: next-slot, queue: { together: true }, text: Together. }

            """
        let (text, skipped) = try Self.pinned(plan)
        #expect(skipped.map(\.item) == ["tip-2"])
        #expect(text.contains("at: 2026-11-24 09:00, queue: { together: true }"))
    }

    @Test("an edit is refused on a file that changed since it was read")
    func changedFile() throws {
        let plan = Self.channels + "items:\n  - { id: tip-1, kind: post, channels: [acme], at: next-slot, text: One. }\n"
        let repo = try PlanRepository.open(
            ["/repo/plans"], on: InMemoryFileSystem(files: [Self.path: plan]), today: .date(date(2026, 11, 23)))
        let edit = try #require(repo.pins(repo.schedule(for: Self.week)).edits.first)
        #expect(throws: PlanEdit.Refusal.self) { try edit.apply(to: Array((plan + "# edited meanwhile\n").utf8)) }
        #expect(try edit.apply(to: Array(plan.utf8)) != Array(plan.utf8))
    }

    @Test("a slot the clocks go back over is pinned with its offset, and reads back to the same instant without ambiguous-time")
    func fallBackOverlap() throws {
        let plan = """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme: { platform: linkedin, account: company-page, slots: { daily: "02:30" } }
            items:
              - { id: night-1, kind: post, channels: [acme], at: next-slot, text: At night. }

            """
        let fallBack = CalendarSpan(week: ISOWeek(year: 2026, week: 43)!)
        let today = Today.date(date(2026, 10, 25))
        let queued = try PlanRepository.open(["/repo/plans"], on: InMemoryFileSystem(files: [Self.path: plan]), today: today)
        let result = queued.schedule(for: fallBack)
        let placement = try #require(result.plan.placements.first)
        var bytes = Array(plan.utf8)
        for edit in queued.pins(result).edits { bytes = try edit.apply(to: bytes) }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("at: 2026-10-25T02:30+02:00, text: At night."), "\(text)")
        let pinned = try PlanRepository.open(["/repo/plans"], on: InMemoryFileSystem(files: [Self.path: text]), today: today)
        let (diagnostics, schedule) = pinned.check(scheduling: fallBack.first...fallBack.last)
        #expect(!diagnostics.map(\.ruleID).contains(AmbiguousTimeRule.description.id))
        #expect(schedule.occurrences.map(\.start) == [placement.start])
    }

    @Test("the same slot time written by hand, without an offset, is ambiguous-time")
    func handWrittenOverlap() throws {
        let plan = """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme: { platform: linkedin, account: company-page }
            items:
              - { id: night-1, kind: post, channels: [acme], at: 2026-10-25 02:30, text: At night. }

            """
        let repo = try PlanRepository.open(["/repo/plans"], on: InMemoryFileSystem(files: [Self.path: plan]), today: .date(date(2026, 10, 25)))
        #expect(repo.check(scheduling: date(2026, 10, 19)...date(2026, 10, 25)).diagnostics.map(\.ruleID).contains(AmbiguousTimeRule.description.id))
    }
}
