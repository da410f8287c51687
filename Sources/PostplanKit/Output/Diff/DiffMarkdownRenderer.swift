import Foundation

/// A ``PlanDiff`` as a pull-request comment: the summary line in bold, a table per week of the
/// changes, and the new and fixed findings in `<details>` blocks. An empty diff is its one
/// summary line.
struct DiffMarkdownRenderer {
    let weekLayout: WeekLayout

    /// The first line of every comment, which a workflow finds to update its own comment.
    static let marker = "<!-- postplan-diff -->"

    func render(_ diff: PlanDiff) -> String {
        var lines = [Self.marker, "**postplan diff** \(diff.from) to \(diff.to): \(escape(diff.summaryLine))"]
        for (week, changes) in diff.changesByWeek(weekLayout) {
            lines += ["", "#### \(weekLayout.heading(of: week))", "", "| Change | When | Item | Channel | Details |", "|---|---|---|---|---|"]
            for change in changes {
                let cells = [
                    change.change.rawValue, change.slot.label, "\(change.kind) `\(code(change.item))`", "`\(code(change.channel))`",
                    change.details { "“" + escape($0) + "”" },
                ]
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
        }
        lines += findings(diff.newFindings, title: "New findings")
        lines += findings(diff.fixedFindings, title: "Fixed findings")
        return lines.joined(separator: "\n") + "\n"
    }

    private func findings(_ findings: [DiffFinding], title: String) -> [String] {
        guard !findings.isEmpty else { return [] }
        var lines = ["", "<details><summary>\(title) (\(findings.count))</summary>", ""]
        for finding in findings {
            lines.append("- **\(finding.severity)** `\(finding.ruleId)` \(escape(finding.message)) (`\(code(finding.location))`)")
        }
        lines += ["", "</details>"]
        return lines
    }

    private func escape(_ text: String) -> String {
        MarkdownEscaping().escapeText(text)
    }

    /// Text for inside backticks in a table cell: backticks and pipes would end the span or the cell.
    private func code(_ text: String) -> String {
        text.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "/")
    }
}
