import ArgumentParser
import Foundation
import PostplanKit

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check plans like validate, plus rules of good practice, for CI and editors.",
        discussion: """
            Runs every check of 'validate' and the strategy rules ('postplan rules' lists them), \
            with the severities and options of .postplan.yml (found from the current folder \
            upward, or --config) and the suppression comments in the plan files. Exit status: 0 \
            when no finding reaches --fail-on, 1 when one does, 2 for usage or configuration errors.
            """
    )

    @Argument(help: "Plan files or folders to check.", completion: .file())
    var paths: [String] = ["plans"]

    @OptionGroup var config: ConfigOption

    @Option(
        help: ArgumentHelp(
            "Output format: auto (github on GitHub Actions, text elsewhere), \(Reporters.formats.joined(separator: ", ")).", valueName: "format"))
    var format: String = "auto"

    @Option(help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var force: ForceOption

    @Option(name: .customLong("fail-on"), help: "The least severe finding that fails the run: error, warning or info.")
    var failOn: Severity = .error

    @OptionGroup var context: ContextOption

    @OptionGroup var today: TodayOption

    func validate() throws {
        guard format == "auto" || Reporters.named(format) != nil else {
            throw ValidationError("unknown format '\(format)'; use auto, \(Reporters.formats.joined(separator: ", "))")
        }
    }

    func run() throws {
        let fileSystem = LocalFileSystem()
        let currentDirectory = FileManager.default.currentDirectoryPath
        let lintConfig = try config.load(fileSystem: fileSystem, currentDirectory: currentDirectory)
        let repo = try PlanRepository.open(
            paths, on: fileSystem, today: today.value,
            options: PlanRepository.Options(readsContext: context.readsContext, config: lintConfig, currentDirectory: currentDirectory))
        let result = repo.lint()
        keepUntilExit((repo, result))
        let environment = ProcessInfo.processInfo.environment
        let formatName = format == "auto" ? (environment["GITHUB_ACTIONS"] == "true" ? "github" : "text") : format
        let reporter = Reporters.named(formatName) ?? TextReporter()
        let root = RepositoryRoot.locate(environment: environment, currentDirectory: currentDirectory) { folder in
            (try? fileSystem.entry(at: folder + "/.git")) != nil
        }
        let report = LintReport(
            diagnostics: result.diagnostics, files: repo.workspace.files.map(\.path),
            rules: Rule.all.compactMap { rule in lintConfig.severity(of: rule).map { rule.withDefaultSeverity($0) } },
            toolVersion: Postplan.version,
            pathStyle: formatName == "text" ? .asGiven : .repositoryRelative(root: root, currentDirectory: currentDirectory),
            failOn: failOn)
        let rendered = reporter.render(report)
        if let output {
            try OutputFile.write(rendered, to: output, force: force.isOn)
        } else {
            print(rendered, terminator: "")
        }
        var summary = TextReporter.summary(of: result.diagnostics, files: repo.fileCount, items: repo.itemCount)
        if result.suppressedCount > 0 { summary += " (\(result.suppressedCount) suppressed)" }
        printError(summary)
        if result.diagnostics.contains(where: report.fails) {
            throw CommandError.findings()
        }
    }
}

extension Severity: ExpressibleByArgument {}
