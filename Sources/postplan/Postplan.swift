import ArgumentParser
import Foundation

@main
struct Postplan: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "postplan",
        abstract: "Check social-media content plans kept as YAML in git.",
        discussion: """
            postplan reads plan files (posts, polls, stories, product pages, ads), checks them \
            against each platform's rules, and renders posting calendars. It never posts or logs in.
            Exit status: 0 clean, 1 findings at or above the failing severity, 2 usage errors.
            """,
        version: version,
        subcommands: [
            ValidateCommand.self, LintCommand.self, CalendarCommand.self, RulesCommand.self, ExplainCommand.self,
            PlatformsCommand.self, CountCommand.self, NewCommand.self, InitCommand.self, SchemaCommand.self,
        ]
    )

    /// ArgumentParser exits with 64 (EX_USAGE) for usage errors; postplan's convention, shared
    /// with ESLint and actionlint, is 2, so that CI can tell "findings" from "bad invocation".
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}

/// postplan's exit statuses.
enum ExitStatus: Int32 {
    case clean = 0
    case findings = 1
    case usage = 2
}

/// Prints on standard error, where summaries and usage problems go, so that standard output
/// carries only findings.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
