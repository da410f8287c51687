import Testing
import YAMLTree

@testable import PostplanKit

/// The library entry point driven directly, as a program built on PostplanKit would: no
/// process, an in-memory file system.
@Suite("PlanRepository")
struct PlanRepositoryTests {
    /// Two files: channels, and a week of items in 2026-W49 (Monday 2026-11-30).
    static let files = [
        "/repo/plans/channels.yaml": """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme: { platform: linkedin, account: company-page }
          acme-x: { platform: x }

        """,
        "/repo/plans/week.yaml": """
        postplan: 1
        items:
          - { id: hello, kind: post, channels: [acme, acme-x], at: 2026-12-01 09:00, text: Hello., intent: promotion }
          - { id: again, kind: post, channels: [acme], at: 2026-12-02 09:00, text: Again., intent: promotion }
          - { id: more, kind: post, channels: [acme], at: 2026-12-03 09:00, text: More., intent: promotion }

        """,
    ]

    static let today = Today.date(date(2026, 11, 30))

    /// The week of the items.
    static func week49() throws -> CalendarSpan {
        CalendarSpan(week: try #require(ISOWeek(iso: "2026-W49")))
    }

    static func open(_ files: [String: String] = files, options: PlanRepository.Options = PlanRepository.Options()) throws -> PlanRepository {
        try PlanRepository.open(["/repo/plans"], on: InMemoryFileSystem(files: files), today: today, options: options)
    }

    @Test("open reads every file once and counts files and items; today is the repo's date")
    func openCounts() throws {
        let repo = try Self.open()
        #expect(repo.fileCount == 2)
        #expect(repo.itemCount == 3)
        #expect(repo.workspace.items.map(\.id.value) == ["hello", "again", "more"])
        #expect(repo.today == date(2026, 11, 30))
        #expect(repo.readingDiagnostics.isEmpty)
    }

    @Test("an instant as today is read in the repo's default time zone")
    func todayInRepoZone() throws {
        // 2026-11-29 23:30 UTC is already Monday 00:30 in Berlin.
        let instant = date(2026, 11, 29).dayNumber * 86_400 + 23 * 3_600 + 30 * 60
        let repo = try PlanRepository.open(["/repo/plans"], on: InMemoryFileSystem(files: Self.files), today: .now(instant: instant))
        #expect(repo.today == date(2026, 11, 30))
    }

    @Test("validate reports a platform finding with its position")
    func validateFindsTextLength() throws {
        var files = Self.files
        files["/repo/plans/week.yaml"]? +=
            "  - { id: long, kind: post, channels: [acme-x], at: 2026-12-04 09:00, text: \(String(repeating: "a", count: 281)) }\n"
        let result = try Self.open(files).validate()
        let finding = try #require(result.diagnostics.first)
        #expect(result.diagnostics.map(\.ruleID) == ["text-length"])
        #expect(finding.range.path == "/repo/plans/week.yaml")
        #expect(finding.range.start.line == 6)
    }

    @Test("a path that does not exist is an input error, not a finding")
    func missingPath() throws {
        #expect(throws: InputError.pathNotFound("/repo/nowhere")) {
            try PlanRepository.open(["/repo/nowhere"], on: InMemoryFileSystem(files: Self.files), today: Self.today)
        }
    }

    @Test("a templates folder that does not exist is an input error")
    func missingTemplates() throws {
        #expect(throws: InputError.notAFolder("/repo/own", option: "--templates")) {
            try Self.open(options: PlanRepository.Options(templates: "/repo/own"))
        }
    }

    @Test("lint adds the strategy rules: three promotion posts in a week on one channel")
    func lintFindsPromotionShare() throws {
        let result = try Self.open().lint()
        #expect(result.diagnostics.map(\.ruleID).contains("promotion-share"))
    }

    @Test("lint applies the config: a rule turned off reports nothing")
    func lintAppliesConfig() throws {
        let (config, problems) = ConfigDecoder.decode(YAMLParser().parse("rules:\n  promotion-share: off\n"), path: "/repo/.postplan.yml")
        #expect(problems.isEmpty)
        let result = try Self.open(options: PlanRepository.Options(config: config)).lint()
        #expect(!result.diagnostics.map(\.ruleID).contains("promotion-share"))
    }

    @Test("calendar builds the week's slots, one per item and channel, on the repo's clock")
    func calendarOfWeek() throws {
        let result = try Self.open().calendar(for: try Self.week49())
        let calendar = try #require(result.calendar).collected()
        let slots = calendar.weeks.flatMap(\.days).flatMap(\.slots)
        #expect(
            slots.map { "\($0.date) \($0.time) \($0.item) \($0.channel)" } == [
                "2026-12-01 09:00 hello acme", "2026-12-01 09:00 hello acme-x", "2026-12-02 09:00 again acme", "2026-12-03 09:00 more acme",
            ])
        #expect(calendar.timeZone == "Europe/Berlin")
    }

    @Test("an error in the plans leaves the calendar out and is reported")
    func calendarWithError() throws {
        var files = Self.files
        files["/repo/plans/week.yaml"]? += "  - { id: broken, kind: post, channels: [nowhere], at: 2026-12-04 09:00, text: Hi. }\n"
        let result = try Self.open(files).calendar(for: try Self.week49())
        #expect(result.calendar == nil)
        #expect(result.diagnostics.map(\.ruleID) == ["unknown-channel"])
    }

    @Test("the calendar expands repeats only in its window: a repeat's nonexistent time in March is validate's to report, not this week's calendar's")
    func calendarSchedulesItsWindow() throws {
        var files = Self.files
        // 2027-03-28 02:30 does not exist in Berlin: the clocks jump from 02:00 to 03:00.
        files["/repo/plans/week.yaml"]? +=
            "  - { id: spring, kind: post, channels: [acme], repeat: { every: week, at: \"02:30\", from: 2027-03-21, until: 2027-04-04 }, text: Spring. }\n"
        let repo = try Self.open(files)
        #expect(repo.validate().diagnostics.map(\.ruleID) == ["nonexistent-time"])
        let result = repo.calendar(for: try Self.week49())
        #expect(result.diagnostics.isEmpty)
        #expect(result.calendar != nil)
    }

    @Test("a repo's own checklists.yaml with an error leaves the calendar out and says why")
    func brokenChecklists() throws {
        var files = Self.files
        files["/repo/templates/checklists.yaml"] = "postplan-checklists: 1\nevery-itme: [Check]\n"
        let repo = try Self.open(files)
        #expect(repo.checklistProblems.map(\.ruleID) == ["unknown-key"])
        let result = repo.calendar(for: try Self.week49())
        #expect(result.calendar == nil)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("render writes the calendar in each format from the same model")
    func renderFormats() throws {
        let repo = try Self.open()
        let calendar = try #require(repo.calendar(for: try Self.week49()).calendar)
        #expect(try repo.render(calendar, as: .markdown).contains("hello"))
        #expect(try repo.render(calendar, as: .iCalendar).hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(try repo.render(calendar, as: .json).contains("\"item\" : \"again\""))
        #expect(try repo.render(calendar, as: .html).contains("<html"))
    }

    @Test("profileOverrideDiagnostics are the findings inside platforms: overrides, and only those")
    func overrideFindings() throws {
        var files = Self.files
        files["/repo/plans/platforms.yaml"] = "postplan: 1\nplatforms:\n  mastodon:\n    text: { max-lenght: 600 }\n"
        files["/repo/plans/week.yaml"]? += "  - { id: broken, kind: post, channels: [nowhere], at: 2026-12-04 09:00, text: Hi. }\n"
        let repo = try Self.open(files)
        #expect(repo.readingDiagnostics.map(\.ruleID).sorted() == ["unknown-channel", "unknown-key"])
        #expect(repo.profileOverrideDiagnostics.map(\.range.path) == ["/repo/plans/platforms.yaml"])
    }
}
