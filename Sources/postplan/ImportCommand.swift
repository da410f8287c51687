import ArgumentParser
import Foundation
import PostplanKit
import YAMLTree

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a platform's CSV export into results for the plans.",
        discussion: """
            Reads X's post analytics export, LinkedIn's page content export (its posts sheet as \
            CSV), or for other platforms postplan's own layout (url, published, text and a \
            column per metric), with a byte order mark and ',', ';' or tab separators. Each row \
            is matched to an item planned on a channel of --platform: by its address (a result \
            already recorded with it), else by its time (within 2 hours of the item's at) and \
            its text. The matched rows become results with one measurement dated --today, \
            printed or written to --output (atomically); the rows that match nothing are listed \
            on standard error, and make the exit status 1.
            """
    )

    @Argument(help: "The CSV file.", completion: .file())
    var file: String

    @Option(help: ArgumentHelp("The platform the export is from: x, linkedin, or another platform id for postplan's layout.", valueName: "id"))
    var platform: String

    @Option(help: ArgumentHelp("The plan folder the items are in (default: plans).", valueName: "dir"), completion: .directory)
    var plans = "plans"

    @Option(help: ArgumentHelp("Write the results to this file (atomically), such as plans/results/x.yaml.", valueName: "file"), completion: .file())
    var output: String?

    @OptionGroup var force: ForceOption

    @OptionGroup var today: TodayOption

    func run() throws {
        let fileSystem = LocalFileSystem()
        let repo = try PlanRepository.open([plans], on: fileSystem, today: today.value)
        guard repo.workspace.profiles[platform] != nil else {
            throw CommandError.usage("'--platform \(platform)' is not a platform postplan knows; see 'postplan platforms'")
        }
        let bytes: [UInt8]
        do {
            // Exports are read whole, up to the size of the largest plan file.
            bytes = try fileSystem.contents(of: file, maxBytes: ParserLimits.default.maxBytes)
        } catch .tooLarge(_, let size, let limit) {
            throw CommandError.usage("'\(file)' is \(size) bytes, more than the \(limit) postplan imports; split the export")
        } catch .notFound {
            throw CommandError.usage("no such file: '\(file)'")
        } catch .unreadable(_, let reason) {
            throw CommandError.usage("cannot read '\(file)': \(reason)")
        } catch {
            throw CommandError.usage("cannot read '\(file)'")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CommandError.usage("'\(file)' is not UTF-8 text; export it as CSV in UTF-8")
        }
        let outcome: ResultImporter.Outcome
        do {
            outcome = try ResultImporter(workspace: repo.workspace, platform: platform, date: repo.today).importing(text)
        } catch {
            throw CommandError.usage("\(file): \(error)")
        }
        for row in outcome.unmatched {
            printError("\(file): row \(row.row) ('\(row.excerpt)'): not imported: \(row.reason)")
        }
        if let output {
            try OutputFile.write(outcome.yaml, to: output, force: force.isOn)
        } else {
            print(outcome.yaml, terminator: "")
        }
        printError("\(outcome.matched) row\(outcome.matched == 1 ? "" : "s") imported, \(outcome.unmatched.count) not")
        if !outcome.unmatched.isEmpty {
            throw CommandError.findings("some rows of '\(file)' match no item; add their results by hand or correct the plans")
        }
    }
}
