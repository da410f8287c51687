import Testing

@testable import PostplanKit

/// Every rule's examples, run: the description that drives `postplan explain` and SARIF is
/// kept true by these tests.
@Suite("Rule examples")
struct RuleExampleTests {
    static let rulesWithExamples = Rule.all.filter { !$0.examples.triggering.isEmpty || !$0.examples.nonTriggering.isEmpty }

    @Test("every strategy rule has triggering and non-triggering examples, a rationale and options with defaults")
    func strategyRulesAreDescribed() {
        for rule in RuleCategory.strategy.rules {
            #expect(!rule.examples.triggering.isEmpty, "\(rule.id) has no triggering example")
            #expect(!rule.examples.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
            #expect(!rule.rationale.isEmpty, "\(rule.id) has no rationale")
            for option in rule.options {
                #expect(!option.defaultValue.isEmpty, "\(rule.id) option \(option.name) has no default")
            }
        }
    }

    @Test("a triggering example makes its rule report", arguments: rulesWithExamples)
    func triggering(rule: Rule) throws {
        for example in rule.examples.triggering {
            let (config, plan) = splitExample(example)
            let result = try lint(["plans/example.yaml": plan], config: config)
            #expect(ruleIDs(result).contains(rule.id), "\(rule.id) did not report on:\n\(plan)\nfound: \(ruleIDs(result))")
        }
    }

    @Test("a non-triggering example is clean for its rule, and valid", arguments: rulesWithExamples)
    func nonTriggering(rule: Rule) throws {
        for example in rule.examples.nonTriggering {
            let (config, plan) = splitExample(example)
            let result = try lint(["plans/example.yaml": plan], config: config)
            #expect(!ruleIDs(result).contains(rule.id), "\(rule.id) reported on:\n\(plan)\n\(TextReporter.render(result.diagnostics))")
            #expect(!result.diagnostics.contains { $0.severity == .error }, "example has errors:\n\(TextReporter.render(result.diagnostics))")
        }
    }
}
