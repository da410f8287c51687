/// Rules as text for people: the `postplan rules` listing, and one rule explained.
public enum RuleReporter {
    /// A table per category: id, default severity, summary.
    public static func listing(_ rules: [Rule] = Rule.all) -> String {
        var output = ""
        for category in RuleCategory.allCases {
            let members = rules.filter { $0.category == category }
            guard !members.isEmpty else { continue }
            output += "\(category.title)\n"
            let width = members.map(\.id.count).max() ?? 0
            for rule in members {
                let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let severity = rule.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
                output += "  \(id)  \(severity)  \(rule.summary)\n"
            }
            output += "\n"
        }
        return output
    }

    /// Everything about one rule: summary, severity, rationale, options and examples.
    public static func explanation(of rule: Rule) -> String {
        var output = "\(rule.id) (\(rule.category.title.lowercased()), default severity: \(rule.defaultSeverity.rawValue))\n\n\(rule.summary)\n"
        if !rule.rationale.isEmpty {
            output += "\n\(rule.rationale)\n"
        }
        if !rule.options.isEmpty {
            output += "\nOptions (in .postplan.yml under rules: \(rule.id): { ... }):\n"
            for option in rule.options {
                let range = option.range.map { " (\($0.lowerBound) to \($0.upperBound))" } ?? ""
                output += "  \(option.name): \(option.defaultValue)  — \(option.summary)\(range)\n"
            }
        }
        for (title, examples) in [("Reported", rule.examples.triggering), ("Not reported", rule.examples.nonTriggering)] {
            for example in examples {
                let lines = example.split(separator: "\n", omittingEmptySubsequences: true)
                output += "\n\(title):\n" + lines.map { "    \($0)\n" }.joined()
            }
        }
        return output
    }
}
