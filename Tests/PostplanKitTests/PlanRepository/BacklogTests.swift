import Testing

@testable import PostplanKit

/// Ideas and drafts without a time: read, checked, left off calendars, listed oldest first.
@Suite("Backlog")
struct BacklogTests {
    static func open(_ items: String, today: LocalDate = date(2026, 11, 30)) throws -> PlanRepository {
        let plan = """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme: { platform: linkedin, account: company-page }
              acme-x: { platform: x }
            items:

            """ + items
        return try PlanRepository.open(["/repo/plans"], on: InMemoryFileSystem(files: ["/repo/plans/plan.yaml": plan]), today: .date(today))
    }

    static func week49() throws -> CalendarSpan {
        CalendarSpan(week: try #require(ISOWeek(iso: "2026-W49")))
    }

    static func ruleIDs(_ repo: PlanRepository) -> [String] {
        repo.validate().diagnostics.map(\.ruleID)
    }

    @Test("an idea or a draft without at or repeat is read, with no finding")
    func ideaWithoutTime() throws {
        let repo = try Self.open(
            """
              - { id: story-idea, kind: post, channels: [acme], status: idea, text: A customer story. }
              - { id: poll-draft, kind: poll, channels: [acme], status: draft, question: Which day?, options: [Mon, Tue], duration: 3d }
              - { id: ad-idea, kind: ad, channels: [acme], status: idea, placement: sponsored-content, text: Try it. }
            """)
        #expect(Self.ruleIDs(repo) == [])
        #expect(repo.workspace.items.map(\.isInBacklog) == [true, true, true])
    }

    @Test("an item that is ready, or has no status, still needs at or repeat", arguments: ["ready", "scheduled", "published"])
    func readyItemNeedsTime(_ status: String) throws {
        let repo = try Self.open("  - { id: tip, kind: post, channels: [acme], status: \(status), text: A tip. }\n")
        #expect(Self.ruleIDs(repo) == ["at-or-repeat"])
    }

    @Test("an idea is checked against its platforms like any item")
    func ideaChecked() throws {
        let repo = try Self.open("  - { id: long, kind: post, channels: [acme-x], status: idea, text: \(String(repeating: "a", count: 300)) }\n")
        #expect(Self.ruleIDs(repo) == ["text-length"])
    }

    @Test("an idea with an at is scheduled, not in the backlog")
    func ideaWithTime() throws {
        let repo = try Self.open("  - { id: tip, kind: post, channels: [acme], status: idea, at: 2026-12-01 09:00, text: A tip. }\n")
        #expect(repo.backlog().entries.isEmpty)
        let week = try #require(repo.calendar(for: try Self.week49()).calendar).collected()
        #expect(week.weeks.flatMap(\.days).flatMap(\.slots).map(\.item) == ["tip"])
    }

    @Test("an idea is on no calendar")
    func ideaOffCalendar() throws {
        let repo = try Self.open("  - { id: story-idea, kind: post, channels: [acme], status: idea, text: A customer story. }\n")
        let week = try #require(repo.calendar(for: try Self.week49()).calendar).collected()
        #expect(week.weeks.flatMap(\.days).allSatisfy { $0.slots.isEmpty })
    }

    @Test("the backlog lists the oldest first, those without created last, with ages on today")
    func backlogOrder() throws {
        let repo = try Self.open(
            """
              - { id: b-new, kind: post, channels: [acme], status: idea, created: 2026-11-20, text: New. }
              - { id: a-undated, kind: post, channels: [acme], status: draft, text: Undated. }
              - { id: c-old, kind: post, channels: [acme, acme-x], status: idea, created: 2026-10-31, text: Old., owner: urs, pillar: insights }
              - { id: scheduled, kind: post, channels: [acme], at: 2026-12-01 09:00, text: Has a time. }
            """)
        let backlog = repo.backlog()
        #expect(backlog.entries.map(\.item) == ["c-old", "b-new", "a-undated"])
        #expect(backlog.entries.map(\.ageDays) == [30, 10, nil])
        #expect(backlog.entries[0].channels == ["acme", "acme-x"] && backlog.entries[0].owner == "urs" && backlog.entries[0].pillar == "insights")
    }

    @Test("a created that is not a date is an error at its value")
    func invalidCreated() throws {
        let repo = try Self.open("  - { id: idea, kind: post, channels: [acme], status: idea, created: 2026-02-30, text: Idea. }\n")
        let found = repo.validate().diagnostics
        #expect(found.map(\.ruleID) == ["invalid-date"])
        #expect(found.first?.range.start.column == 70)
    }

    @Test("the Markdown backlog counts the items by status and escapes plan text in its table")
    func markdownBacklog() throws {
        let repo = try Self.open(
            "  - { id: idea, kind: post, channels: [acme], status: idea, created: 2026-11-29, owner: \"Urs | Team\", text: Idea. }\n")
        let text = BacklogReporter.markdown(repo.backlog())
        #expect(text.contains("1 item waiting (1 idea), ages on 2026-11-30."))
        #expect(text.contains("| `idea` | Post | acme | idea |  | Urs \\| Team | 2026-11-29 | 1 day | /repo/plans/plan.yaml:7 |"))
    }

    @Test("an empty backlog says so in one line")
    func emptyBacklog() throws {
        let repo = try Self.open("  - { id: tip, kind: post, channels: [acme], at: 2026-12-01 09:00, text: A tip. }\n")
        #expect(BacklogReporter.markdown(repo.backlog()) == "# Backlog\n\nNothing waits: every item has a time (`at` or `repeat`).\n")
    }
}
