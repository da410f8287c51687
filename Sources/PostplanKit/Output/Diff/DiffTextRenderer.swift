import Foundation

/// A ``PlanDiff`` for a terminal: a group of lines per week, then the new and fixed findings
/// in the compiler's shape, then the summary line.
struct DiffTextRenderer {
    let weekLayout: WeekLayout

    func render(_ diff: PlanDiff) -> String {
        var lines: [String] = []
        for (week, changes) in diff.changesByWeek(weekLayout) {
            lines.append(weekLayout.heading(of: week))
            for change in changes {
                let details = change.details { "\"\($0)\"" }
                let name = change.change.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                lines.append(
                    "  \(name) \(change.slot.label)  \(change.kind) '\(change.item)' on \(change.channel)\(details.isEmpty ? "" : ": " + details)")
            }
            lines.append("")
        }
        for (title, findings) in [("New findings", diff.newFindings), ("Fixed findings", diff.fixedFindings)] where !findings.isEmpty {
            lines.append("\(title):")
            lines += findings.map { "  \($0.location): \($0.severity): \($0.message) [\($0.ruleId)]" }
            lines.append("")
        }
        lines.append(diff.summaryLine)
        return lines.joined(separator: "\n") + "\n"
    }
}
