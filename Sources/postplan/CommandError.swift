import ArgumentParser
import Foundation
import PostplanKit

/// Why a command stops before it is done; `Postplan.main` prints its message and exits with
/// its status, so no command prints and exits on its own.
enum CommandError: Error {
    /// A bad invocation, or an input or output the run cannot start or end with (a path that
    /// does not exist, a file that cannot be written): "postplan: MESSAGE" on standard error,
    /// exit status 2.
    case usage(String)
    /// Findings at or above the failing severity, already reported; the message, if any, goes
    /// to standard error as it is. Exit status 1.
    case findings(String? = nil)

    /// A library error that stops a run, as a usage error.
    init(_ problem: some Error & CustomStringConvertible) {
        self = .usage(problem.description)
    }

    var status: ExitStatus {
        switch self {
        case .usage: .usage
        case .findings: .findings
        }
    }

    /// What goes to standard error.
    var message: String? {
        switch self {
        case .usage(let message): "postplan: \(message)"
        case .findings(let message): message
        }
    }
}

/// Errors of PostplanKit that stop a command as usage errors, printed as "postplan: " and
/// their description; `Postplan.main` turns them into `CommandError.usage`.
protocol UsageProblem: Error, CustomStringConvertible {
    /// The line for standard error.
    var usageMessage: String { get }
}

extension UsageProblem {
    var usageMessage: String { "postplan: \(description)" }
}

extension InputError: UsageProblem {}
extension OutputFile.WriteError: UsageProblem {}
extension Scaffolding.Failure: UsageProblem {}

extension TemplateError: UsageProblem {
    /// In the compiler's shape (`path:line:col: error: ...`), so editors can jump to the place.
    var usageMessage: String { description }
}

/// postplan's exit statuses.
enum ExitStatus: Int32 {
    case clean = 0
    case findings = 1
    case usage = 2
}
