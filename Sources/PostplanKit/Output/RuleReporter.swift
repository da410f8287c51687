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
                output += "\n" + render(example, title: title)
            }
        }
        return output
    }

    /// An example as a reader sees it: its files (with a heading each where there are several
    /// or a config), markers taken out, and a caret line `^ reported here` under each marked line.
    static func render(_ example: RuleExample, title: String) -> String {
        let today = example.today.map { " (today: \($0))" } ?? ""
        var output = "\(title)\(today):\n"
        let headed = example.files.count > 1 || example.config != nil || example.files.contains { $0.path != RuleExample.planPath || !$0.isPlainText }
        if let config = example.config {
            output += "    .postplan.yml:\n" + indented(MarkedText(config), by: "        ")
        }
        for file in example.files {
            let indent = headed ? "        " : "    "
            if headed {
                output += "    \(file.path)\(heading(of: file.content))\n"
            }
            if file.isReported {
                output += "    ^ reported here\n"
            }
            if let marked = file.markedText {
                output += indented(marked, by: indent)
            }
        }
        return output
    }

    /// What a file's heading says of contents other than plain text.
    private static func heading(of content: RuleExample.File.Content) -> String {
        switch content {
        case .text: ":"
        case .latin1: " (saved in ISO 8859-1, not UTF-8):"
        case .repeated(_, let bytes):
            " (these lines, repeated to \(bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes")):"
        case .link(let target): ": a symbolic link to \(target)"
        case .unreadable(let reason): ": cannot be read (\(reason))"
        }
    }

    /// The lines of a text, indented, each marked line followed by its caret line.
    private static func indented(_ marked: MarkedText, by indent: String) -> String {
        var output = ""
        let lines = marked.text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in (lines.last == "" ? lines.dropLast() : lines[...]).enumerated() {
            output += line.isEmpty ? "\n" : "\(indent)\(line)\n"
            let columns = marked.places.filter { $0.line == index + 1 }.map(\.column)
            guard !columns.isEmpty else { continue }
            // Tabs stay tabs, so the caret stands under its character however wide a tab is shown.
            let scalars = Array(line.unicodeScalars)
            var carets = ""
            for column in 1...(columns.max() ?? 1) {
                if columns.contains(column) {
                    carets += "^"
                } else {
                    carets += column <= scalars.count && scalars[column - 1] == "\t" ? "\t" : " "
                }
            }
            output += "\(indent)\(carets) reported here\n"
        }
        return output
    }
}
