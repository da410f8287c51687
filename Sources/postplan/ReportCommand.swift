import ArgumentParser
import Foundation
import PostplanKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report what the posts achieved, from the results recorded in the plans.",
        discussion: """
            Reads the results: sections of the plan files and reports, per channel and \
            platform, the interactions, the interaction rate (per impression where impressions \
            are recorded, else per follower; the output says which), comments per reaction, \
            comments answered, minutes spent against the config's capacity and interactions per \
            hour; cross-posted items side by side; outliers (median ± 3·MAD); polls; groups by \
            pillar, intent, format and kind; and growth between measurements. Without --week, \
            --month or --from, every result is reported. Writes Markdown, one self-contained \
            HTML page with SVG charts, or JSON (docs/report-json.md). The plans are checked \
            first: errors stop the run (exit status 1) and nothing is written.
            """
    )

    @Argument(help: "The plan folder (or a plan file).", completion: .directory)
    var path = "plans"

    @OptionGroup var span: SpanOptions

    @Option(help: ArgumentHelp("The format to write: md, html or json (default: from the extension of --output, else md).", valueName: "format"))
    var format: ReportFormat?

    @Option(help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"), completion: .file())
    var output: String?

    @OptionGroup var force: ForceOption

    @OptionGroup var config: ConfigOption

    @OptionGroup var today: TodayOption

    func validate() throws {
        _ = try span.span(layout: .iso, today: today.localDate)
        _ = try resolvedFormat()
    }

    /// `--format`, else the format the extension of `--output` names, else Markdown.
    private func resolvedFormat() throws -> ReportFormat {
        let byName = output.flatMap { ReportFormat(fileName: $0) }
        if let format, let byName, format != byName, let output {
            throw ValidationError(
                "'--format \(format.rawValue)' does not match '--output \(output)', which names \(byName.rawValue); drop --format or change the extension"
            )
        }
        return format ?? byName ?? .md
    }

    func run() throws {
        let fileSystem = LocalFileSystem()
        let settings = try config.load(fileSystem: fileSystem, currentDirectory: FileManager.default.currentDirectoryPath)
        let repo = try PlanRepository.open([path], on: fileSystem, today: today.value, options: PlanRepository.Options(config: settings))
        let days = try span.span(layout: settings.weekLayout, today: repo.today).map { $0.first...$0.last }
        let result = repo.report(span: days)
        keepUntilExit((repo, result))
        printFindings(result.diagnostics)
        guard let report = result.report else {
            throw CommandError.findings(
                TextReporter.summary(of: result.diagnostics, files: repo.fileCount, items: repo.itemCount) + "; no report written")
        }
        let text = try resolvedFormat().render(report)
        if let output {
            try OutputFile.write(text, to: output, force: force.isOn)
        } else {
            print(text, terminator: "")
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
