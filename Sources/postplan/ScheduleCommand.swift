import ArgumentParser
import Foundation
import PostplanKit

struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Show where the queue puts the queued items (at: next-slot), slot by slot, and pin them with --write.",
        discussion: """
            Channels declare posting slots (slots: { mon-fri: ["08:30", "12:00"] }, in the \
            channel's time zone) and blackout days. Items pinned to a time take their slots \
            first; then queued items take the earliest free slot of each channel inside their \
            window, by priority, then window end, then id. The queue fills the year from today, \
            so any span shows the same proposal; without --week, --month or --from, four weeks \
            from this one are shown. --write replaces each shown item's 'at: next-slot' with the \
            time it got, changing nothing else in the file; a file changed since it was read is \
            refused (exit status 2). Plan errors stop --write (exit status 1).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, md, json
    }

    @Argument(help: "The plan folder (or a plan file).", completion: .directory)
    var path = "plans"

    @OptionGroup var span: SpanOptions

    @Option(help: ArgumentHelp("The format to write: text, md or json.", valueName: "format"))
    var format: Format = .text

    @Flag(help: "Pin the proposed times into the plan files (atomically, only the 'at:' lines change).")
    var write = false

    @OptionGroup var config: ConfigOption

    @OptionGroup var today: TodayOption

    /// How many weeks are shown when no span is named.
    static let defaultWeeks = 4

    /// The days asked for, else `defaultWeeks` weeks from this one.
    private func days(layout: WeekLayout, today: LocalDate) throws -> CalendarSpan {
        try span.span(layout: layout, today: today) ?? span.weeks(Self.defaultWeeks, layout: layout, today: today)
    }

    func validate() throws {
        _ = try days(layout: .iso, today: today.localDate)
    }

    func run() throws {
        let fileSystem = LocalFileSystem()
        let layout = try config.weekLayout(fileSystem: fileSystem, currentDirectory: FileManager.default.currentDirectoryPath)
        let repo = try PlanRepository.open([path], on: fileSystem, today: today.value)
        let result = repo.schedule(for: try days(layout: layout, today: repo.today))
        keepUntilExit((repo, result))
        printFindings(result.diagnostics)
        switch format {
        case .text: print(ScheduleReporter.text(result.schedule), terminator: "")
        case .md: print(ScheduleReporter.markdown(result.schedule), terminator: "")
        case .json: print(ScheduleReporter.json(result.schedule), terminator: "")
        }
        let hasErrors = result.diagnostics.contains { $0.severity == .error }
        if write {
            guard !hasErrors else {
                throw CommandError.findings(
                    TextReporter.summary(of: result.diagnostics, files: repo.fileCount, items: repo.itemCount) + "; nothing pinned")
            }
            try pin(repo.pins(result))
        } else if hasErrors {
            throw CommandError.findings(TextReporter.summary(of: result.diagnostics, files: repo.fileCount, items: repo.itemCount))
        }
    }

    /// Checks every file against what was read, then writes each one atomically.
    private func pin(_ pins: PinPlan) throws {
        var edited: [(PlanEdit, [UInt8])] = []
        for edit in pins.edits {
            guard let bytes = FileManager.default.contents(atPath: edit.path) else {
                throw CommandError.usage("cannot read '\(edit.path)' again to pin its items")
            }
            edited.append((edit, try edit.apply(to: Array(bytes))))
        }
        for (edit, bytes) in edited {
            try OutputFile.write(String(decoding: bytes, as: UTF8.self), to: edit.path)
            for (item, at) in edit.pinned { printError("pinned '\(item)' at \(at) in \(edit.path)") }
        }
        for skipped in pins.skipped { printError("left '\(skipped.item)' queued: \(skipped.reason)") }
        let count = pins.edits.reduce(0) { $0 + $1.pinned.count }
        printError("\(count) item\(count == 1 ? "" : "s") pinned in \(pins.edits.count) file\(pins.edits.count == 1 ? "" : "s")")
    }
}

extension PlanEdit.Refusal: UsageProblem {}
