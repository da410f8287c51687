import ArgumentParser
import PostplanKit

struct BacklogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backlog",
        abstract: "List the ideas and drafts that wait without a time, the oldest first.",
        discussion: """
            An item whose status is idea or draft may leave out at and repeat: it is checked \
            like any item (against its platforms, on today's facts), appears on no calendar, and \
            is listed here with its kind, channels, pillar, owner and age (from its created: \
            date). The plans' findings go to standard error; the list is written even when they \
            hold errors, and the exit status is then 1.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, json
    }

    @Argument(help: "Plan files or folders.", completion: .file())
    var paths: [String] = ["plans"]

    @Option(help: ArgumentHelp("The format to write: md or json.", valueName: "format"))
    var format: Format = .md

    @OptionGroup var context: ContextOption

    @OptionGroup var today: TodayOption

    func run() throws {
        let repo = try PlanRepository.open(
            paths, on: LocalFileSystem(), today: today.value, options: PlanRepository.Options(readsContext: context.readsContext))
        let result = repo.validate()
        keepUntilExit((repo, result))
        printFindings(result.diagnostics)
        let backlog = repo.backlog()
        print(format == .md ? BacklogReporter.markdown(backlog) : BacklogReporter.json(backlog), terminator: "")
        if result.diagnostics.contains(where: { $0.severity == .error }) {
            throw CommandError.findings(TextReporter.summary(of: result.diagnostics, files: repo.fileCount, items: repo.itemCount))
        }
    }
}
