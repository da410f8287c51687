import Testing
import YAMLTree

@testable import PostplanKit

/// Every rule's examples, run through `postplan lint` on their own file systems: the
/// description that drives `postplan explain` and SARIF is kept true by these tests.
@Suite("Rule examples")
struct RuleExampleTests {
    @Test("every rule has an example that reports and one that does not")
    func everyRuleHasExamples() {
        let without = Rule.all.filter { $0.examples.triggering.isEmpty || $0.examples.nonTriggering.isEmpty }.map(\.id)
        #expect(without.isEmpty, "rules without a triggering and a non-triggering example: \(without.joined(separator: ", "))")
    }

    @Test("every strategy rule has a rationale and options with defaults")
    func strategyRulesAreDescribed() {
        for rule in RuleCategory.strategy.rules {
            #expect(!rule.rationale.isEmpty, "\(rule.id) has no rationale")
            for option in rule.options {
                #expect(!option.defaultValue.isEmpty, "\(rule.id) option \(option.name) has no default")
            }
        }
    }

    @Test("a triggering example makes its rule report at each of its markers, and nowhere else", arguments: Rule.all)
    func triggering(rule: Rule) throws {
        for example in rule.examples.triggering {
            #expect(!example.places.isEmpty, "a triggering example of \(rule.id) has no marker")
            let result = try run(example)
            for finding in result.diagnostics {
                #expect(RuleTests.isMessageID(finding.messageID, of: finding.ruleID), "\(finding.messageID) is not '\(finding.ruleID).<form>'")
            }
            let places = result.diagnostics.filter { $0.ruleID == rule.id }.map { SourceRange(path: $0.range.path, span: Span(at: $0.range.start)) }
            #expect(
                places.sorted() == example.places,
                "\(rule.id) must report at \(example.places), and reported at \(places.sorted()) on:\n\(show(example))\(TextReporter.render(result.diagnostics))"
            )
        }
    }

    @Test("a non-triggering example is clean for its rule, and has no errors", arguments: Rule.all)
    func nonTriggering(rule: Rule) throws {
        for example in rule.examples.nonTriggering {
            #expect(example.places.isEmpty, "a non-triggering example of \(rule.id) has markers")
            let result = try run(example)
            #expect(
                !result.diagnostics.contains { $0.ruleID == rule.id || $0.severity == .error },
                "\(rule.id) reported, or errors, on:\n\(show(example))\(TextReporter.render(result.diagnostics))")
        }
    }

    /// Lints the example's `plans` folder on its own file system, with its config and today.
    private func run(_ example: RuleExample) throws -> LintResult {
        var config = LintConfig()
        if let text = example.config {
            let (decoded, problems) = ConfigDecoder.decode(YAMLParser().parse(text), path: ".postplan.yml")
            #expect(problems.isEmpty, "config problems: \(TextReporter.render(problems))")
            config = decoded
        }
        let repo = try PlanRepository.open(
            ["plans"], on: ExampleFileSystem(example), today: .date(example.today ?? RuleExample.defaultToday),
            options: PlanRepository.Options(config: config, currentDirectory: "/repo"))
        return repo.lint()
    }

    private func show(_ example: RuleExample) -> String {
        RuleReporter.render(example, title: "Example")
    }
}
