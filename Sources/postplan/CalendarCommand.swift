import ArgumentParser
import Foundation
import PostplanKit

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Render a posting calendar for a week or a range of days, with a checklist for every slot.",
        discussion: """
            Writes Markdown (with GitHub task lists), one self-contained HTML page, iCalendar \
            (.ics) or JSON. Without --week, --month or --from, the calendar is of this week. Times are in the plan repo's default time zone; weeks start on \
            Monday, or on the week-start of .postplan.yml, or on --week-start. Markdown and HTML \
            come from Mustache templates, and checklists from checklists.yaml: built in, or the \
            plan repo's own in a templates/ folder beside the plan folder (or --templates). \
            The plans are checked first: errors stop the run (exit status 1) and nothing is \
            written; warnings are printed and do not. With --check, the file at --output is \
            compared with what would be written: exit status 1 when it is out of date.
            """
    )

    @Argument(help: "The plan folder (or a plan file).", completion: .directory)
    var path = "plans"

    @OptionGroup var span: SpanOptions

    @Option(help: ArgumentHelp("The format to write (default: from the extension of --output, else md).", valueName: "format"))
    var format: CalendarFormat?

    @Option(help: ArgumentHelp("Write the calendar to this file (atomically) instead of standard output.", valueName: "file"), completion: .file())
    var output: String?

    @Flag(help: "Do not write: exit 1 when the file at --output differs from the calendar.")
    var check = false

    @OptionGroup var force: ForceOption

    @Option(
        help: ArgumentHelp(
            "A folder whose templates and checklists.yaml override the built-in ones (default: templates/ beside the plan folder, if any).",
            valueName: "dir"), completion: .directory)
    var templates: String?

    @OptionGroup var config: ConfigOption

    @OptionGroup var today: TodayOption

    func validate() throws {
        _ = try span(layout: .iso, today: today.localDate)
        _ = try resolvedFormat()
        if check, output == nil {
            throw ValidationError("--check compares with a file; name it with --output")
        }
    }

    /// `--format`, else the format the extension of `--output` names, else Markdown; a
    /// `--format` that contradicts the extension is a usage error, so an .ics file never
    /// holds Markdown.
    private func resolvedFormat() throws -> CalendarFormat {
        let byName = output.flatMap { CalendarFormat(fileName: $0) }
        if let format, let byName, format != byName, let output {
            throw ValidationError(
                "'--format \(format.rawValue)' does not match '--output \(output)', which names \(byName.rawValue); drop --format or change the extension"
            )
        }
        return format ?? byName ?? .markdown
    }

    /// The days asked for, cut into weeks by `layout`; this week without an option.
    private func span(layout: WeekLayout, today: LocalDate) throws -> CalendarSpan {
        try span.span(layout: layout, today: today) ?? span.thisWeek(layout: layout, today: today)
    }

    func run() throws {
        let fileSystem = LocalFileSystem()
        let layout = try config.weekLayout(fileSystem: fileSystem, currentDirectory: FileManager.default.currentDirectoryPath)
        let repo = try PlanRepository.open([path], on: fileSystem, today: today.value, options: PlanRepository.Options(templates: templates))
        // "This week" is the week of today's date in the repo's time zone.
        let result = repo.calendar(for: try span(layout: layout, today: repo.today))
        keepUntilExit((repo, result))
        printFindings(result.diagnostics)
        if result.diagnostics.contains(where: { $0.severity == .error }) {
            throw CommandError.findings(
                TextReporter.summary(of: result.diagnostics, files: repo.fileCount, items: repo.itemCount) + "; no calendar written")
        }
        printFindings(repo.checklistProblems)
        guard let calendar = result.calendar else {
            throw CommandError.usage("the checklist defaults have errors; no calendar written")
        }
        try deliver(calendar, with: try repo.renderer(for: try resolvedFormat()))
    }

    /// Prints the calendar, writes it, or (with --check) compares it with the file; printed or
    /// written, it goes out a run of slots at a time.
    private func deliver(_ calendar: CalendarStream, with renderer: some CalendarRenderer) throws {
        guard let output else {
            var standardOutput = StandardOutput()
            renderer.write(calendar, to: &standardOutput)
            return
        }
        if check {
            guard try OutputFile.holds(renderer.render(calendar), at: output) else {
                throw CommandError.findings("postplan: '\(output)' is out of date; run the command without --check to update it")
            }
            printError("postplan: '\(output)' is up to date")
            return
        }
        try OutputFile.write(to: output, force: force.isOn) { renderer.write(calendar, to: &$0) }
    }
}

extension CalendarFormat: ExpressibleByArgument {}
