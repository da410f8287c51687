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
        MallocTuning.keepLargeBlocksApart()
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
/// calendar, a backlog): written as they are made, a few pages at a time, rather than made
/// into one text first (22,000 findings of a large repo were 17 MiB of it).
func printFindings(_ diagnostics: [Diagnostic]) {
    var standardError = StandardError()
    TextReporter.write(diagnostics, to: &standardError)
    standardError.flush()
}

/// Standard output as a stream, for output written piece by piece (a calendar, day by day).
struct StandardOutput: TextOutputStream {
    mutating func write(_ text: String) {
        print(text, terminator: "")
    }
}

/// Standard error as a stream that writes once it holds 64 KiB (standard error has no buffer
/// of its own, so each small write would be a system call); `flush()` writes the rest.
struct StandardError: TextOutputStream {
    private var held = ""

    mutating func write(_ text: String) {
        held += text
        if held.utf8.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !held.isEmpty else { return }
        FileHandle.standardError.write(Data(held.utf8))
        held = ""
    }
}
