import Foundation
import PostplanTestSupport
import Testing

@testable import PostplanKit

/// `PlanRepository.diff(from:window:)` over two in-memory repos: occurrences compared by item
/// and channel, derived deadlines, and findings matched by rule, item and channel.
@Suite("PlanDiff")
struct PlanDiffTests {
    static let channels = DiffFixtures.channels
    static let week = DiffFixtures.week()

    static let today = Today.date(date(2026, 11, 30))

    static func repo(_ files: [String: String]) throws -> PlanRepository {
        try PlanRepository.open(["/repo/plans"], on: InMemoryFileSystem(files: files), today: today)
    }

    static func diff(_ head: [String: String], against base: [String: String] = ["/repo/plans/week.yaml": week]) throws -> PlanDiff {
        let channelsFile = ["/repo/plans/channels.yaml": channels]
        return try repo(head.merging(channelsFile) { $1 }).diff(from: repo(base.merging(channelsFile) { $1 }))
    }

    static func edited(_ replacements: [(String, String)]) -> String {
        replacements.reduce(week) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    @Test("the same plans make an empty diff")
    func unchanged() throws {
        let diff = try Self.diff(["/repo/plans/week.yaml": Self.week])
        #expect(diff.isEmpty)
        #expect(diff.from == "2026-11-30")
        #expect(diff.to == "2027-03-01")
    }

    @Test("an item only the head has is added on each of its channels")
    func added() throws {
        let head = Self.week + "  - { id: new-one, kind: post, channels: [acme, acme-x], at: 2026-12-03 11:00, text: New., intent: dialogue }\n"
        let diff = try Self.diff(["/repo/plans/week.yaml": head])
        #expect(diff.changes.map(\.change) == [.added, .added])
        #expect(diff.changes.map(\.channel) == ["acme", "acme-x"])
        #expect(diff.changes.first?.after == Slot(date: "2026-12-03", time: "11:00", zone: "Europe/Berlin"))
        #expect(diff.summary.added == 2)
    }

    @Test("an item only the base has is removed")
    func removed() throws {
        let head = Self.edited([("  - { id: again, kind: post, channels: [acme], at: 2026-12-02 09:00, text: Again., intent: promotion }\n", "")])
        let diff = try Self.diff(["/repo/plans/week.yaml": head])
        #expect(
            diff.changes == [
                ScheduleChange(.removed, item: "again", kind: "post", channel: "acme", before: Self.slot("2026-12-02", "09:00"), after: nil)
            ])
    }

    @Test("an item at another time is moved, with its old and new local time")
    func moved() throws {
        let diff = try Self.diff(["/repo/plans/week.yaml": Self.edited([("2026-12-02 09:00", "2026-12-03 14:30")])])
        #expect(
            diff.changes == [
                ScheduleChange(
                    .moved, item: "again", kind: "post", channel: "acme", before: Self.slot("2026-12-02", "09:00"),
                    after: Self.slot("2026-12-03", "14:30"))
            ])
    }

    @Test("a queued item whose proposed time moves is a move of proposed slots, in the model and the Markdown")
    func proposedMove() throws {
        let channels = """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme: { platform: linkedin, account: company-page, slots: { daily: "09:00" } }

            """
        let queued = """
            postplan: 1
            items:
              - { id: queued, kind: post, channels: [acme], at: next-slot, text: Queued., intent: promotion }

            """
        let pinned =
            queued + """
                  - { id: pinned, kind: post, channels: [acme], at: 2026-11-30 09:00, text: Pinned., intent: promotion }

                """
        let base = try Self.repo(["/repo/plans/channels.yaml": channels, "/repo/plans/week.yaml": queued])
        let head = try Self.repo(["/repo/plans/channels.yaml": channels, "/repo/plans/week.yaml": pinned])
        let diff = head.diff(from: base)
        let move = try #require(diff.changes.first { $0.item == "queued" })
        #expect(move.change == .moved)
        #expect(move.before == Slot(date: "2026-11-30", time: "09:00", zone: "Europe/Berlin", proposed: true))
        #expect(move.after == Slot(date: "2026-12-01", time: "09:00", zone: "Europe/Berlin", proposed: true))
        #expect(diff.changes.first { $0.item == "pinned" }?.after?.proposed == nil)
        #expect(DiffFormat.md.render(diff).contains("moved from Mon 2026-11-30 09:00 (proposed)"))
    }

    @Test("a window past the year lint schedules is scheduled on its own: a move there is found")
    func windowPastTheHorizon() throws {
        let far = Self.edited([("2026-12-02 09:00", "2028-01-10 09:00")])
        let base = try Self.repo(["/repo/plans/channels.yaml": Self.channels, "/repo/plans/week.yaml": far])
        let head = try Self.repo([
            "/repo/plans/channels.yaml": Self.channels,
            "/repo/plans/week.yaml": far.replacingOccurrences(of: "2028-01-10 09:00", with: "2028-01-11 10:00"),
        ])
        let diff = head.diff(from: base, window: LocalDate(iso: "2028-01-03")!...LocalDate(iso: "2028-01-16")!)
        #expect(
            diff.changes == [
                ScheduleChange(
                    .moved, item: "again", kind: "post", channel: "acme", before: Self.slot("2028-01-10", "09:00"),
                    after: Self.slot("2028-01-11", "10:00"))
            ])
    }

    @Test("other text is a change with excerpts of both texts")
    func changedText() throws {
        let diff = try Self.diff(["/repo/plans/week.yaml": Self.edited([("text: Again.", "text: \"Again, and better.\"")])])
        #expect(diff.changes.map(\.change) == [.changed])
        #expect(diff.changes.first?.fields == [FieldChange(field: "text", before: "Again.", after: "Again, and better.")])
    }

    @Test("a variant's text is compared on its own channel only")
    func variantText() throws {
        let head = Self.edited([("text: Hello., intent: promotion }", "text: Hello., intent: promotion, variants: { acme-x: { text: Hi. } } }")])
        let diff = try Self.diff(["/repo/plans/week.yaml": head])
        #expect(diff.changes.map(\.channel) == ["acme-x"])
        #expect(diff.changes.first?.fields == [FieldChange(field: "text", before: "Hello.", after: "Hi.")])
    }

    @Test("a repeat whose until grows adds its new occurrences and keeps the old ones")
    func repeatUntil() throws {
        let diff = try Self.diff(["/repo/plans/week.yaml": Self.edited([("until: 2026-12-18", "until: 2027-01-01")])])
        #expect(diff.changes.map(\.change) == [.added, .added])
        #expect(diff.changes.map(\.slot.date) == ["2026-12-25", "2027-01-01"])
    }

    @Test("an item in a renamed file, or moved to another file, is not a change")
    func renamedAndMoved() throws {
        let moved = """
            postplan: 1
            items:
              - { id: again, kind: post, channels: [acme], at: 2026-12-02 09:00, text: Again., intent: promotion }

            """
        let rest = Self.edited([("  - { id: again, kind: post, channels: [acme], at: 2026-12-02 09:00, text: Again., intent: promotion }\n", "")])
        #expect(try Self.diff(["/repo/plans/renamed.yaml": Self.week]).isEmpty)
        #expect(try Self.diff(["/repo/plans/week.yaml": rest, "/repo/plans/other.yaml": moved]).isEmpty)
    }

    @Test("a poll's longer duration moves its results deadline, a derived change")
    func pollClose() throws {
        let poll = { (duration: String) in
            Self.week
                + "  - { id: asks, kind: poll, channels: [acme], at: 2026-12-01 12:00, question: Which?, options: [A, B], duration: \(duration), intent: dialogue }\n"
        }
        let diff = try Self.diff(["/repo/plans/week.yaml": poll("2w")], against: ["/repo/plans/week.yaml": poll("1w")])
        #expect(
            diff.changes == [
                ScheduleChange(
                    .derived, item: "asks", kind: "poll", channel: "acme", before: Self.slot("2026-12-08", "12:00"),
                    after: Self.slot("2026-12-15", "12:00"),
                    deadline: "post-results")
            ])
    }

    @Test("poll options that differ are a change")
    func pollOptions() throws {
        let poll = { (options: String) in
            Self.week
                + "  - { id: asks, kind: poll, channels: [acme], at: 2026-12-01 12:00, question: Which?, options: \(options), duration: 1w, intent: dialogue }\n"
        }
        let diff = try Self.diff(["/repo/plans/week.yaml": poll("[A, B, C]")], against: ["/repo/plans/week.yaml": poll("[A, B]")])
        #expect(diff.changes.first?.fields == [FieldChange(field: "poll-options", before: "Which? [A] [B]", after: "Which? [A] [B] [C]")])
    }

    @Test("a live event announced earlier moves its announcement, a derived change")
    func liveAnnouncement() throws {
        let live = { (announce: String) in
            Self.week
                + "  - { id: live, kind: live, channels: [acme], at: 2026-12-20 18:00, duration: 1h, title: Launch live, announce: \(announce), intent: dialogue }\n"
        }
        let diff = try Self.diff(["/repo/plans/week.yaml": live("2w")], against: ["/repo/plans/week.yaml": live("1w")])
        #expect(
            diff.changes == [
                ScheduleChange(
                    .derived, item: "live", kind: "live", channel: "acme", before: Self.slot("2026-12-13", "18:00"),
                    after: Self.slot("2026-12-06", "18:00"), deadline: "announce")
            ])
    }

    @Test("a first comment that differs is a change of the field first-comment")
    func firstComment() throws {
        let post = { (comment: String) in
            Self.week
                + "  - { id: story, kind: post, channels: [acme], at: 2026-12-01 12:00, text: Our story., first-comment: \"\(comment)\", intent: dialogue }\n"
        }
        let diff = try Self.diff(["/repo/plans/week.yaml": post("Read it here: b")], against: ["/repo/plans/week.yaml": post("Read it here: a")])
        #expect(diff.changes.first?.fields == [FieldChange(field: "first-comment", before: "Read it here: a", after: "Read it here: b")])
    }

    @Test("a poll added brings its results deadline as part of the addition, not as a derived change")
    func addedPollHasNoDerived() throws {
        let head =
            Self.week
            + "  - { id: asks, kind: poll, channels: [acme], at: 2026-12-01 12:00, question: Which?, options: [A, B], duration: 1w, intent: dialogue }\n"
        let diff = try Self.diff(["/repo/plans/week.yaml": head])
        #expect(diff.changes.map(\.change) == [.added])
    }

    @Test("a finding the head adds is new, matched by rule, item and channel; one it removes is fixed")
    func findings() throws {
        let long = String(repeating: "word ", count: 70)
        let head = Self.edited([("text: Hello.", "text: \(long)")])
        let diff = try Self.diff(["/repo/plans/week.yaml": head])
        let new = try #require(diff.newFindings.first)
        #expect(new.item == "hello")
        #expect(new.channel == "acme-x")
        #expect(new.location.hasPrefix("/repo/plans/week.yaml:"))
        let back = try Self.diff(["/repo/plans/week.yaml": Self.week], against: ["/repo/plans/week.yaml": head])
        #expect(back.fixedFindings.map(\.messageId) == diff.newFindings.map(\.messageId))
        #expect(back.newFindings.isEmpty)
    }

    @Test("a finding on a line that moved is the same finding, not new and fixed")
    func findingOnMovedLine() throws {
        let long = String(repeating: "word ", count: 70)
        let base = Self.edited([("text: Hello.", "text: \(long)")])
        let head = base.replacingOccurrences(
            of: "items:\n", with: "items:\n  - { id: first, kind: post, channels: [acme], at: 2026-12-05 09:00, text: First., intent: dialogue }\n")
        let diff = try Self.diff(["/repo/plans/week.yaml": head], against: ["/repo/plans/week.yaml": base])
        #expect(diff.newFindings.isEmpty)
        #expect(diff.fixedFindings.isEmpty)
        #expect(diff.changes.map(\.item) == ["first"])
    }

    @Test("a finding in a channel's definition whose message changes is matched by the channel, not new and fixed")
    func channelFinding() throws {
        // acme-x goes silent after 2026-12-01 either way; the head's silence is longer.
        let base = Self.week + "  - { id: later, kind: post, channels: [acme-x], at: 2026-12-20 09:00, text: Later., intent: dialogue }\n"
        let head = Self.week + "  - { id: later, kind: post, channels: [acme-x], at: 2026-12-27 09:00, text: Later., intent: dialogue }\n"
        for side in [base, head] {
            let repo = try Self.repo(["/repo/plans/week.yaml": side, "/repo/plans/channels.yaml": Self.channels])
            #expect(repo.lint().diagnostics.contains { $0.ruleID == "silent-channel" }, "each side has the finding")
        }
        let diff = try Self.diff(["/repo/plans/week.yaml": head], against: ["/repo/plans/week.yaml": base])
        #expect(diff.newFindings.filter { $0.ruleId == "silent-channel" }.isEmpty)
        #expect(diff.fixedFindings.filter { $0.ruleId == "silent-channel" }.isEmpty)
        #expect(diff.changes.map(\.change) == [.moved])
    }

    static func slot(_ date: String, _ time: String) -> Slot {
        Slot(date: date, time: time, zone: "Europe/Berlin")
    }
}
