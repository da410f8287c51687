import ArgumentParser
import PostplanKit

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check plan files against the plan format and report every problem.",
        discussion: """
            Reads every *.yaml and *.yml file below each folder (and each file named) as one \
            plan repo; a file named on its own is read with the plan files of its repo, and \
            only its own findings are reported. Prints one line per problem: path:line:col: severity: message [rule-id]. \
            A summary goes to standard error. Exit status: 0 when no error was found, 1 when one \
            was, 2 for usage errors such as a path that does not exist.
            """
    )

    @Argument(help: "Plan files or folders to check.", completion: .file())
    var paths: [String] = ["plans"]

    @OptionGroup var context: ContextOption

    @OptionGroup var today: TodayOption

    func run() throws {
        let repo = try PlanRepository.open(
            paths, on: LocalFileSystem(), today: today.value, options: PlanRepository.Options(readsContext: context.readsContext))
        let result = repo.validate()
        keepUntilExit((repo, result))
        print(TextReporter.render(result.diagnostics), terminator: "")
        printError(TextReporter.summary(of: result.diagnostics, files: repo.fileCount, items: repo.itemCount))
        if result.diagnostics.contains(where: { $0.severity == .error }) {
            throw CommandError.findings()
        }
    }
}
