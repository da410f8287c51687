import Foundation
import Testing

@Suite("postplan calendar: the same plans give the same calendar, whatever day it runs")
struct CalendarStabilityTests {
    static let days = ["2026-11-18", "2026-11-22", "2026-11-25", "2026-11-29", "2026-12-20", "2027-06-01"]

    @Test("week 2026-W48 is the same with --today before, inside and long after it", arguments: ["md", "html", "ics", "json"])
    func sameWeekOnEveryDay(format: String) throws {
        let runs = try Self.days.map { try CommandRunner.run(["calendar", "--week", "2026-W48", "--format", format, "--today", $0]) }
        #expect(runs.allSatisfy { $0.status == 0 })
        #expect(Set(runs.map(\.stdout)).count == 1)
        // Past slots stay: Tuesday's post is in the week even on the Sunday that ends it.
        #expect(runs[3].stdout.contains("weekly-tip"))
    }

    @Test("--check of a calendar written on one day stays green on the days after")
    func checkStaysGreen() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("week.md").path
        let written = try CommandRunner.run(["calendar", "--week", "2026-W48", "--output", output, "--today", Self.days[0]])
        #expect(written.status == 0, "\(written.stderr)")
        for day in Self.days.dropFirst() {
            let checked = try CommandRunner.run(["calendar", "--week", "2026-W48", "--output", output, "--check", "--today", day])
            #expect(checked.status == 0, "--today \(day): \(checked.stderr)")
        }
    }
}

@Suite("postplan calendar: the format from the file's name")
struct CalendarFormatFromNameTests {
    @Test("--output with an extension and no --format writes that format", arguments: [
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
        let december = try CommandRunner.run(["calendar", "--month", "2026-12"] + CommandRunner.today)
        let this = try CommandRunner.run(["calendar", "--month", "this", "--today", "2026-12-31"])
        let next = try CommandRunner.run(["calendar", "--month", "next", "--today", "2026-11-30"])
        let last = try CommandRunner.run(["calendar", "--month", "last", "--today", "2027-01-15"])
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
