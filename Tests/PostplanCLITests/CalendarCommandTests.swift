import Foundation
import Testing

/// The arguments of the golden calendars: the shipped plans, a fixed week and a fixed today.
let goldenWeek = ["--week", "2026-W48"] + CommandRunner.today

/// A new empty folder for files a test writes, removed by the caller.
func scratchFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postplan-calendar-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

@Suite("postplan calendar: the shipped plans, golden files")
struct CalendarGoldenTests {
    @Test("each format renders week 2026-W48 of plans/ as its golden file", arguments: ["md", "html", "ics", "json"])
    func goldenWeek48(format: String) throws {
        let result = try CommandRunner.run(["calendar", "plans", "--format", format] + goldenWeek)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        try expectGolden(result.stdout, named: "calendar-w48.\(format)")
    }

    @Test("week 2026-W49 holds the tasks that fall due in it: a review submission and poll results")
    func goldenWeek49() throws {
        let result = try CommandRunner.run(["calendar", "--week", "2026-W49", "--today", "2026-11-22"])
        #expect(result.status == 0)
        try expectGolden(result.stdout, named: "calendar-w49.md")
    }

    @Test("Markdown is the default format, plans the default folder, and 'next' the week after today's")
    func defaults() throws {
        let explicit = try CommandRunner.run(["calendar", "plans", "--format", "md"] + goldenWeek)
        let implicit = try CommandRunner.run(["calendar", "--week", "next", "--today", "2026-11-22"])
        #expect(implicit == explicit)
    }

    @Test("--from and --to render a range of days, week by week")
    func range() throws {
        let result = try CommandRunner.run(["calendar", "--from", "2026-11-27", "--to", "2026-12-01", "--today", "2026-11-22"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Posting calendar 2026-11-27 to 2026-12-01\n"))
        #expect(result.stdout.contains("## Week 2026-W48\n"))
        #expect(result.stdout.contains("## Week 2026-W49\n"))
        #expect(!result.stdout.contains("Thursday, 2026-11-26"))
    }
}

@Suite("postplan calendar: the day weeks start on")
struct CalendarWeekStartTests {
    @Test("--week-start sun renders 2026-W48 from Sunday 2026-11-22 to Saturday 2026-11-28")
    func flag() throws {
        let result = try CommandRunner.run(["calendar", "--week-start", "sun"] + goldenWeek)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Posting calendar 2026-W48\n\n2026-11-22 to 2026-11-28 "))
        let sunday = try #require(result.stdout.range(of: "### Sunday, 2026-11-22"))
        let monday = try #require(result.stdout.range(of: "### Monday, 2026-11-23"))
        #expect(sunday.lowerBound < monday.lowerBound)
        #expect(!result.stdout.contains("Sunday, 2026-11-29"))
    }

    @Test("week-start in the config applies, and --week-start overrides it")
    func configAndOverride() throws {
        let (folder, config) = try scratchPlan("week-start: sat\n", named: "postplan.yml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fromConfig = try CommandRunner.run(["calendar", "--config", config] + goldenWeek)
        #expect(fromConfig.stdout.hasPrefix("# Posting calendar 2026-W48\n\n2026-11-21 to 2026-11-27 "), "\(fromConfig.stderr)")
        let overridden = try CommandRunner.run(["calendar", "--config", config, "--week-start", "mon"] + goldenWeek)
        let plain = try CommandRunner.run(["calendar"] + goldenWeek)
        #expect(overridden == plain)
    }

    @Test("the calendar reads only week-start from the config: a rule it does not know is lint's business")
    func lintOnlyProblems() throws {
        let (folder, config) = try scratchPlan("week-start: sun\nrules:\n  rule-of-a-newer-postplan: off\n", named: "postplan.yml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["calendar", "--config", config] + goldenWeek)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Posting calendar 2026-W48\n\n2026-11-22 to 2026-11-28 "))
    }

    @Test("a week that reaches past the first date postplan handles is a usage error")
    func dateLimits() throws {
        let result = try CommandRunner.run(["calendar", "--week", "0001-W01", "--week-start", "sun"] + CommandRunner.today)
        #expect(result.status == 2)
        #expect(result.stderr.contains("reach past the dates postplan handles, 0001-01-01 to 9999-12-31"), "\(result.stderr)")
    }

    @Test("a config whose week-start is wrong stops the calendar with status 2")
    func brokenWeekStart() throws {
        let (folder, config) = try scratchPlan("week-start: sunday\n", named: "postplan.yml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["calendar", "--config", config] + goldenWeek)
        #expect(result.status == 2)
        #expect(result.stderr.contains("'sunday' is not a valid 'week-start'; did you mean 'sun'?"), "\(result.stderr)")
        #expect(result.stdout == "")
    }
}

@Suite("postplan calendar: usage and plan errors")
struct CalendarErrorTests {
    @Test(
        "a bad invocation is a usage error with status 2",
        arguments: [
            (["--week", "2026-48"], "is not a week"),
            (["--config", "no-such-config.yml", "--week-start", "sun"], "no such config file: 'no-such-config.yml'"),
            (["--week", "2026-W53", "--from", "2026-12-01", "--to", "2026-12-02"], "not --week and --from"),
            (["--format", "pdf"], "pdf"),
            (["--from", "2026-12-02", "--to", "2026-12-01"], "is before"),
            (["--to", "2026-12-02"], "name its first day with --from"),
            (["--month", "2026-13"], "is not a month"),
            (["--month", "2026-12", "--week", "2026-W48"], "not --week and --month"),
            (["--format", "md", "--output", "week.ics"], "'--format md' does not match '--output week.ics', which names ics"),
            (["--from", "2026-02-30", "--to", "2026-03-01"], "is not a date"),
            (["--check"], "--output"),
            (["--templates", "no-such-folder"], "no such folder"),
            (["no-such-plans"], "no such file or folder"),
        ])
    func usageError(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(["calendar"] + arguments + ["--today", "2026-11-22"])
        #expect(result.status == 2, "\(result.transcript)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("errors in the plans are printed, and no calendar is written (status 1): the old file stays as it was")
    func planErrorsStopTheRun() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("week.md")
        try "last week's calendar\n".write(to: output, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(
            ["calendar", "plans", "--output", output.path] + goldenWeek, in: CommandRunner.fixtures.appendingPathComponent("calendar-errors"))
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("plans/plan.yaml:7:11: error: "))
        #expect(result.stderr.contains("no calendar written"))
        #expect(try String(contentsOf: output, encoding: .utf8) == "last week's calendar\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["week.md"])
    }

    @Test("warnings in the plans are printed but do not stop the calendar")
    func warningsDoNotBlock() throws {
        let result = try CommandRunner.run(
            ["calendar", "--week", "2026-W43", "--today", "2026-10-01"], in: CommandRunner.fixtures.appendingPathComponent("calendar-warning"))
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: 2026-10-25 02:30 happens twice"))
        #expect(result.stdout.contains("- **02:30** · team-linkedin · post · This time happens twice."))
    }
}

@Suite("postplan calendar: --output and --check")
struct CalendarOutputTests {
    @Test("--output writes the calendar to the file, replacing what was there, and leaves no other file")
    func writesFile() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("week.ics")
        try "old calendar\n".write(to: output, atomically: true, encoding: .utf8)
        let written = try CommandRunner.run(["calendar", "--format", "ics", "--output", output.path] + goldenWeek)
        #expect(written.status == 0)
        #expect(written.stdout == "")
        let printed = try CommandRunner.run(["calendar", "--format", "ics"] + goldenWeek)
        #expect(try Data(contentsOf: output) == Data(printed.stdout.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["week.ics"])
    }

    @Test("--output over a file keeps the file's permissions")
    func keepsPermissions() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("week.md")
        try "old calendar\n".write(to: output, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: output.path)
        let written = try CommandRunner.run(["calendar", "--output", output.path] + goldenWeek)
        #expect(written.status == 0)
        let permissions = try FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
    }

    @Test(
        "--output over a file keeps the file's owner and group", .enabled(if: geteuid() == 0, "only root can give a file to another user and group"))
    func keepsOwnerAndGroup() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("week.md")
        try "old calendar\n".write(to: output, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.ownerAccountID: 4242, .groupOwnerAccountID: 4343], ofItemAtPath: output.path)
        let written = try CommandRunner.run(["calendar", "--output", output.path] + goldenWeek)
        #expect(written.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: output.path)
        #expect(attributes[.ownerAccountID] as? Int == 4242)
        #expect(attributes[.groupOwnerAccountID] as? Int == 4343)
    }

    @Test("--output through a symbolic link replaces the file it points to, and the link stays")
    func keepsLinks() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("shared"), withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("shared/week.md"), link = folder.appendingPathComponent("week.md")
        try "old calendar\n".write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "shared/week.md")
        let written = try CommandRunner.run(["calendar", "--output", link.path] + goldenWeek)
        #expect(written.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "shared/week.md")
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("# Posting calendar 2026-W48"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("shared").path) == ["week.md"])
    }

    @Test("--output to a loop of symbolic links is an error with status 2, and the links stay")
    func linkLoop() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("a.md").path, withDestinationPath: "b.md")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b.md").path, withDestinationPath: "a.md")
        let output = folder.appendingPathComponent("a.md").path
        let result = try CommandRunner.run(["calendar", "--output", output] + goldenWeek)
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write '\(output)': Too many levels of symbolic links"), "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: output) == "b.md")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.md", "b.md"])
    }

    @Test("a file that cannot be written is an error with status 2, and leaves nothing behind")
    func unwritable() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("missing/week.md").path
        let result = try CommandRunner.run(["calendar", "--output", output] + goldenWeek)
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write '\(output)'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("--output onto a read-only file is refused with status 2 and the file stays; --force replaces it and keeps it read-only")
    func readOnly() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("week.md")
        try "old calendar\n".write(to: output, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: output.path)
        let refused = try CommandRunner.run(["calendar", "--output", output.path] + goldenWeek)
        #expect(refused.status == 2)
        #expect(refused.stderr == "postplan: cannot write '\(output.path)': it is read-only; pass --force to replace it anyway\n")
        #expect(try String(contentsOf: output, encoding: .utf8) == "old calendar\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["week.md"])

        let forced = try CommandRunner.run(["calendar", "--output", output.path, "--force"] + goldenWeek)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).hasPrefix("# Posting calendar 2026-W48"))
        #expect(try FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int == 0o444)
    }

    @Test("--output naming a folder is refused with status 2, with --check too, and says it is a folder")
    func folder() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for extra in [[], ["--check"]] {
            let result = try CommandRunner.run(["calendar", "--output", folder.path] + extra + goldenWeek)
            #expect(result.status == 2)
            #expect(result.stderr == "postplan: cannot write '\(folder.path)': it is a folder; name a file in it\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("--output naming a named pipe is refused with status 2, with --check too, without waiting for a writer")
    func namedPipe() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("week.md").path
        #expect(mkfifo(pipe, 0o644) == 0)
        for extra in [[], ["--check"]] {
            let result = try CommandRunner.run(["calendar", "--output", pipe] + extra + goldenWeek)
            #expect(result.status == 2)
            #expect(result.stderr == "postplan: cannot write '\(pipe)': it is not a regular file (a named pipe, socket or device); name a file\n")
        }
    }

    @Test("--check exits 0 when the file is current, and 1, naming it, when it is out of date or missing")
    func check() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("week.md")
        let missing = try CommandRunner.run(["calendar", "--check", "--output", output.path] + goldenWeek)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("'\(output.path)' is out of date"))
        #expect(!FileManager.default.fileExists(atPath: output.path), "--check never writes")

        _ = try CommandRunner.run(["calendar", "--output", output.path] + goldenWeek)
        let current = try CommandRunner.run(["calendar", "--check", "--output", output.path] + goldenWeek)
        #expect(current.status == 0)
        #expect(current.stderr == "postplan: '\(output.path)' is up to date\n")

        let stale = try CommandRunner.run(["calendar", "--check", "--output", output.path, "--week", "2026-W49", "--today", "2026-11-22"])
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("'\(output.path)' is out of date"))
    }
}

@Suite("postplan calendar: templates and checklists of the plan repo")
struct CalendarTemplateTests {
    static let repo = CommandRunner.fixtures.appendingPathComponent("calendar-repo")
    static let templates = CommandRunner.fixtures.appendingPathComponent("calendar-templates")

    @Test("a templates/ folder beside the plan folder overrides the built-in template and checklists")
    func repoTemplates() throws {
        let result = try CommandRunner.run(["calendar", "plans"] + goldenWeek, in: Self.repo)
        #expect(result.status == 0)
        #expect(result.stdout == "Our week 2026-W48\n- 2026-11-24 09:00 team-linkedin: Kick-off \\| week 48 (Ask the team to comment first; )\n")
    }

    @Test("formats without a template of the repo's own use the built-in one, with the repo's checklists")
    func builtInFallback() throws {
        let result = try CommandRunner.run(["calendar", "plans", "--format", "html"] + goldenWeek, in: Self.repo)
        #expect(result.status == 0)
        #expect(result.stdout.contains("<li class=\"kind\">Ask the team to comment first</li>"))
        #expect(result.stdout.contains("Kick-off | week 48"))
    }

    @Test("checklists.yaml with a mistake stops the run with status 2, pointing at it")
    func brokenChecklists() throws {
        let result = try CommandRunner.run(
            ["calendar", "plans", "--templates", Self.templates.appendingPathComponent("broken-checklists").path] + goldenWeek, in: Self.repo)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr.contains("broken-checklists/checklists.yaml:4:3: error: unknown key 'pol' in 'kinds'; did you mean 'poll'? [unknown-key]"))
    }

    @Test("a template that is a broken symbolic link stops the run with status 2, naming it, instead of using the built-in one")
    func brokenLinkTemplate() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("calendar.md.mustache").path
        try FileManager.default.createSymbolicLink(atPath: template, withDestinationPath: "shared/calendar.md.mustache")
        let result = try CommandRunner.run(["calendar", "--templates", folder.path] + goldenWeek)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "\(template): error: '\(template)' is a broken symbolic link or vanished while being read; fix or remove it\n")
    }

    @Test("a checklists.yaml that is a named pipe stops the run with status 2, naming it, without waiting for a writer")
    func fifoChecklists() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let checklists = folder.appendingPathComponent("checklists.yaml").path
        #expect(mkfifo(checklists, 0o644) == 0)
        let result = try CommandRunner.run(["calendar", "--format", "ics", "--templates", folder.path] + goldenWeek)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr.hasPrefix(
                "\(checklists):1:1: error: '\(checklists)' is not a regular file (a named pipe, socket or device); make it a file, or remove it to use the built-in checklists.yaml [unreadable-file]\n"
            ))
    }

    @Test("a template that is not valid Mustache stops the run with status 2, pointing at it")
    func brokenTemplate() throws {
        let folder = Self.templates.appendingPathComponent("broken-markdown").path
        let result = try CommandRunner.run(["calendar", "plans", "--templates", folder] + goldenWeek, in: Self.repo)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("\(folder)/calendar.md.mustache:"), "\(result.stderr)")
        #expect(result.stderr.contains("error: a section is not closed"))
    }
}

@Suite("postplan calendar: titles with line breaks")
struct CalendarTitleLineBreakTests {
    static let plan = #"""
        postplan: 1
        timezone: UTC
        channels:
          acme-x: { platform: x }
        items:
          - { id: a, kind: post, channels: [acme-x], at: "2026-11-24 09:00", text: Hi, title: "Kick-off\rweek 48" }
          - { id: b, kind: post, channels: [acme-x], at: "2026-11-24 10:00", text: Hi, title: "Second\r\nline two" }
          - { id: c, kind: post, channels: [acme-x], at: "2026-11-24 11:00", text: Hi, title: "Third\u2028after LS\u0085after NEL" }

        """#

    @Test(
        "no format loses the part of a title after a CR, CR LF, U+2028 or U+0085: the lines are joined with spaces",
        arguments: ["md", "html", "ics", "json"])
    func titleKeepsEveryLine(format: String) throws {
        let plan = try scratchPlan(Self.plan)
        defer { try? FileManager.default.removeItem(at: plan.folder) }
        let result = try CommandRunner.run(["calendar", plan.path, "--format", format] + goldenWeek)
        #expect(result.status == 0)
        for title in ["Kick-off week 48", "Second line two", "Third after LS after NEL"] {
            #expect(result.stdout.contains(title), "\(format) lost part of '\(title)'")
        }
    }
}
