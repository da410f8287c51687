import Foundation
import Testing

/// The shipped plans without their queued items (`plans/ideas.yaml`), whose proposed slots
/// follow today until they are pinned: every other slot of a calendar stays put.
func pinnedPlansFolder() throws -> URL {
    let folder = try scratchFolder()
    let plans = CommandRunner.packageRoot.appendingPathComponent("plans")
    for name in try FileManager.default.contentsOfDirectory(atPath: plans.path) where name.hasSuffix(".yaml") && name != "ideas.yaml" {
        try FileManager.default.copyItem(at: plans.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    return folder
}

@Suite("postplan calendar: the same plans give the same calendar, whatever day it runs")
struct CalendarStabilityTests {
    static let days = ["2026-11-18", "2026-11-22", "2026-11-25", "2026-11-29", "2026-12-20", "2027-06-01"]

    @Test("week 2026-W48 of pinned items is the same with --today before, inside and long after it", arguments: ["md", "html", "ics", "json"])
    func sameWeekOnEveryDay(format: String) throws {
        let plans = try pinnedPlansFolder()
        defer { try? FileManager.default.removeItem(at: plans) }
        let runs = try Self.days.map {
            try CommandRunner.run(["calendar", plans.path, "--week", "2026-W48", "--format", format, "--today", $0])
        }
        #expect(runs.allSatisfy { $0.status == 0 })
        #expect(Set(runs.map(\.stdout)).count == 1)
        // Past slots stay: Tuesday's post is in the week even on the Sunday that ends it.
        #expect(runs[3].stdout.contains("weekly-tip"))
    }

    @Test("a proposed slot follows today until it is pinned: the queued tip goes out on the first Tuesday slot from today")
    func proposedSlotFollowsToday() throws {
        let early = try CommandRunner.run(["calendar", "--from", "2026-11-23", "--to", "2026-12-06", "--format", "json", "--today", "2026-11-22"])
        let later = try CommandRunner.run(["calendar", "--from", "2026-11-23", "--to", "2026-12-06", "--format", "json", "--today", "2026-11-25"])
        func tipDates(_ json: String) throws -> [String] {
            let calendar = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let weeks = calendar["weeks"] as? [[String: Any]] ?? []
            let slots = weeks.flatMap { $0["days"] as? [[String: Any]] ?? [] }.flatMap { $0["slots"] as? [[String: Any]] ?? [] }
            return slots.filter { $0["item"] as? String == "template-tip" && $0["proposed"] as? Bool == true }.compactMap { $0["date"] as? String }
        }
        #expect(try tipDates(early.stdout) == ["2026-11-24"])
        #expect(try tipDates(later.stdout) == ["2026-11-25"])
    }

    @Test("--check of a calendar written on one day stays green on the days after")
    func checkStaysGreen() throws {
        let folder = try pinnedPlansFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("week.md").path
        let written = try CommandRunner.run(["calendar", folder.path, "--week", "2026-W48", "--output", output, "--today", Self.days[0]])
        #expect(written.status == 0, "\(written.stderr)")
        for day in Self.days.dropFirst() {
            let checked = try CommandRunner.run(["calendar", folder.path, "--week", "2026-W48", "--output", output, "--check", "--today", day])
            #expect(checked.status == 0, "--today \(day): \(checked.stderr)")
        }
    }
}

@Suite("postplan calendar: the format from the file's name")
struct CalendarFormatFromNameTests {
    @Test(
        "--output with an extension and no --format writes that format",
        arguments: [
            ("week.ics", "ics"), ("week.html", "html"), ("week.htm", "html"), ("week.json", "json"), ("week.MD", "md"), ("week.txt", "md"),
        ])
    func formatFromExtension(name: String, format: String) throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent(name)
        let written = try CommandRunner.run(["calendar", "--output", output.path] + goldenWeek)
        #expect(written.status == 0, "\(written.stderr)")
        let printed = try CommandRunner.run(["calendar", "--format", format] + goldenWeek)
        #expect(try String(contentsOf: output, encoding: .utf8) == printed.stdout)
    }

    @Test("--format that contradicts the extension is refused with status 2 and writes nothing")
    func contradiction() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("week.ics")
        let result = try CommandRunner.run(["calendar", "--format", "md", "--output", output.path] + goldenWeek)
        #expect(result.status == 2)
        #expect(result.stderr.contains("does not match"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("--format that agrees with the extension is accepted")
    func agreement() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("week.ics")
        let result = try CommandRunner.run(["calendar", "--format", "ics", "--output", output.path] + goldenWeek)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: output, encoding: .utf8).hasPrefix("BEGIN:VCALENDAR\r\n"))
    }
}

@Suite("postplan calendar: last week, a month, one day")
struct CalendarRangeNameTests {
    @Test("--week last is the week before today's")
    func lastWeek() throws {
        let last = try CommandRunner.run(["calendar", "--week", "last", "--today", "2026-12-02"])
        let named = try CommandRunner.run(["calendar", "--week", "2026-W48", "--today", "2026-12-02"])
        #expect(last.status == 0)
        #expect(last == named)
    }

    @Test("--month 2026-12 covers December 1 to 31, cut into the weeks it touches")
    func month() throws {
        let result = try CommandRunner.run(["calendar", "--month", "2026-12"] + CommandRunner.today)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Posting calendar 2026-12-01 to 2026-12-31\n"))
        #expect(result.stdout.contains("## Week 2026-W49\n"))
        #expect(result.stdout.contains("## Week 2026-W53\n"))
        #expect(result.stdout.contains("### Thursday, 2026-12-31"))
        #expect(!result.stdout.contains("2026-11-30"))
        #expect(!result.stdout.contains("### Friday, 2027-01-01"))
    }

    @Test("--month this, next and last count from today; January's last month is the December before")
    func namedMonths() throws {
        let plans = try pinnedPlansFolder()
        defer { try? FileManager.default.removeItem(at: plans) }
        let december = try CommandRunner.run(["calendar", plans.path, "--month", "2026-12"] + CommandRunner.today)
        let this = try CommandRunner.run(["calendar", plans.path, "--month", "this", "--today", "2026-12-31"])
        let next = try CommandRunner.run(["calendar", plans.path, "--month", "next", "--today", "2026-11-30"])
        let last = try CommandRunner.run(["calendar", plans.path, "--month", "last", "--today", "2027-01-15"])
        #expect(this.stdout == december.stdout)
        #expect(next.stdout == december.stdout)
        #expect(last.stdout == december.stdout)
    }

    @Test("--from without --to is that one day")
    func oneDay() throws {
        let result = try CommandRunner.run(["calendar", "--from", "2026-11-24"] + CommandRunner.today)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Posting calendar 2026-11-24 to 2026-11-24\n"))
        #expect(result.stdout.contains("### Tuesday, 2026-11-24"))
        #expect(!result.stdout.contains("### Wednesday"))
    }
}

@Suite("postplan calendar: the copy a person checks and posts")
struct CalendarCopyTests {
    static let longText = String(repeating: "Plan the week before it plans you. ", count: 12) + "The end."

    static func repo() throws -> URL {
        try scratchRepo([
            "plans/plan.yaml": """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme-linkedin: { platform: linkedin, account: company-page }
              acme-bluesky: { platform: bluesky }
            items:
              - id: teaser
                kind: post
                channels: [acme-linkedin, acme-bluesky]
                at: 2026-11-25 10:00
                title: Launch teaser
                text: The long text for LinkedIn.
                variants:
                  acme-bluesky: { text: "Short for Bluesky.", media: [{ type: image, file: sky.png, alt: The week view }] }
                media: [{ type: image, file: teaser.png }]
                status: draft
                owner: urs
              - id: essay
                kind: post
                channels: [acme-linkedin]
                at: 2026-11-26 10:00
                title: An essay
                text: \(longText)

            """
        ])
    }

    @Test("Markdown shows each channel's text, its variant marked, media with alt text or its lack, status and owner")
    func markdown() throws {
        let repo = try Self.repo()
        defer { try? FileManager.default.removeItem(at: repo) }
        let result = try CommandRunner.run(["calendar", "plans"] + goldenWeek, in: repo)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  `teaser` · plans/plan.yaml:7 · status: draft · owner: urs\n"))
        #expect(result.stdout.contains("  > “The long text for LinkedIn.”\n"))
        #expect(result.stdout.contains("  > Media: image teaser.png · **no alt text**\n"))
        #expect(result.stdout.contains("  > _Variant for acme-bluesky:_ “Short for Bluesky.”\n"))
        #expect(result.stdout.contains("  > Media: image sky.png · alt text: The week view\n"))
        #expect(result.stdout.contains("  > “" + Self.longText + "”\n"), "Markdown shows the whole text")
    }

    @Test("a text that would start a list, a rule or a code block at the start of a Markdown line is quoted, so it stays text")
    func lineStart() throws {
        let repo = try scratchRepo([
            ".git/HEAD": "",
            "plans/plan.yaml": """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme: { platform: linkedin }
            items:
              - { id: rule, kind: post, channels: [acme], at: 2026-11-24 09:00, title: Rule, text: "---" }
              - { id: list, kind: post, channels: [acme], at: 2026-11-25 09:00, title: List, text: "1. first\\r\\n2. second" }

            """,
        ])
        defer { try? FileManager.default.removeItem(at: repo) }
        let result = try CommandRunner.run(["calendar", "plans"] + goldenWeek, in: repo)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  > “---”\n"))
        #expect(result.stdout.contains("  > “1. first 2. second”\n"), "\(result.stdout)")
    }

    @Test("HTML shows a long text shortened, with all of it one click away, and short texts whole")
    func html() throws {
        let repo = try Self.repo()
        defer { try? FileManager.default.removeItem(at: repo) }
        let result = try CommandRunner.run(["calendar", "plans", "--format", "html"] + goldenWeek, in: repo)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<p class=\"copy\">The long text for LinkedIn.</p>"))
        #expect(result.stdout.contains("<p class=\"copy\"><em>Variant for acme-bluesky:</em> Short for Bluesky.</p>"))
        #expect(result.stdout.contains("<span class=\"status draft\">draft</span>"))
        #expect(result.stdout.contains("<span class=\"owner\">owner: urs</span>"))
        let details = try #require(result.stdout.range(of: "<details class=\"copy\"><summary>"))
        let summary = result.stdout[details.upperBound...].prefix { $0 != "<" }
        #expect(summary.hasSuffix("…") && summary.count <= 281, "\(summary)")
        #expect(result.stdout.contains("</summary><p>\(Self.longText)</p></details>"))
    }

    @Test("iCalendar and JSON carry the same copy")
    func icsAndJSON() throws {
        let repo = try Self.repo()
        defer { try? FileManager.default.removeItem(at: repo) }
        let json = try CommandRunner.run(["calendar", "plans", "--format", "json"] + goldenWeek, in: repo)
        let calendar = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let days = (calendar["weeks"] as? [[String: Any]])?.first?["days"] as? [[String: Any]] ?? []
        let slots = days.flatMap { $0["slots"] as? [[String: Any]] ?? [] }
        let bluesky = try #require(slots.first { $0["channel"] as? String == "acme-bluesky" })
        #expect(bluesky["fromVariant"] as? Bool == true)
        #expect((bluesky["media"] as? [[String: Any]])?.first?["file"] as? String == "sky.png")
        let ics = try CommandRunner.run(["calendar", "plans", "--format", "ics"] + goldenWeek, in: repo)
        let unfolded = ics.stdout.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("Variant for acme-bluesky: Short for Bluesky."))
        #expect(unfolded.contains("Media: image sky.png · alt text: The week view"))
        #expect(unfolded.contains("Media: image teaser.png · no alt text"))
        #expect(unfolded.contains("Status: draft · owner: urs"))
    }
}
