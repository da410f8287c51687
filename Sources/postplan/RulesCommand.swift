import ArgumentParser
import PostplanKit

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its id, default severity and what it checks."
    )

    func run() {
        print(RuleReporter.listing(), terminator: "")
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule: why it exists, its options, and examples."
    )

    @Argument(help: "A rule id, such as promotion-share.")
    var rule: String

    func run() throws {
        guard let found = Rule.named(rule) else {
            let hint = Rule.closest(to: rule).map { "; did you mean '\($0.id)'?" } ?? ""
            throw CommandError.usage("no rule '\(rule)'\(hint) ('postplan rules' lists them)")
        }
        print(RuleReporter.explanation(of: found), terminator: "")
    }
}
