import ArgumentParser
import Foundation
import PostplanKit

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
            ValidateCommand.self, LintCommand.self, CalendarCommand.self, BacklogCommand.self, RulesCommand.self, ExplainCommand.self,
            PlatformsCommand.self, CountCommand.self, NewCommand.self, InitCommand.self, SchemaCommand.self,
            DiffCommand.self, ScheduleCommand.self,
            ReportCommand.self, ImportCommand.self,
        ]
    )

    /// ArgumentParser exits with 64 (EX_USAGE) for usage errors; postplan's convention, shared
    /// with ESLint and actionlint, is 2, so that CI can tell "findings" from "bad invocation".
    /// Every way a command stops short ends here: a `CommandError`, a `UsageProblem` of the
    /// library, or a usage error ArgumentParser found.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CommandError {
            stop(error.message, status: error.status)
        } catch let problem as any UsageProblem {
            stop(problem.usageMessage, status: .usage)
        } catch {
            if exitCode(for: error) == .validationFailure {
                stop(fullMessage(for: error), status: .usage)
            }
            exit(withError: error)
        }
    }

    private static func stop(_ message: String?, status: ExitStatus) -> Never {
        if let message { printError(message) }
        Foundation.exit(status.rawValue)
    }
}

/// Prints on standard error, where summaries and usage problems go, so that standard output
/// carries only findings.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Findings on standard error, for commands whose standard output carries something else (a
/// calendar, a backlog).
func printFindings(_ diagnostics: [Diagnostic]) {
    FileHandle.standardError.write(Data(TextReporter.render(diagnostics).utf8))
}

/// Standard output as a stream, for output written piece by piece (a calendar, week by week).
struct StandardOutput: TextOutputStream {
    mutating func write(_ text: String) {
        print(text, terminator: "")
    }
}
