/// How `postplan diff` writes a ``PlanDiff``: for a terminal, for a pull-request comment, or
/// as JSON (`docs/diff-json.md`).
public enum DiffFormat: String, CaseIterable, Sendable {
    /// Plain lines for a terminal, a group per week.
    case text
    /// GitHub-flavoured Markdown for a pull-request comment: a summary line, a table per
    /// week, the findings in collapsible blocks.
    case md
    /// The ``PlanDiff`` itself, as stable JSON.
    case json

    /// The diff in this format.
    /// - Parameters:
    ///   - diff: what changed.
    ///   - weekLayout: the day weeks start on, for the groups by week.
    public func render(_ diff: PlanDiff, weekLayout: WeekLayout = .iso) -> String {
        switch self {
        case .text: DiffTextRenderer(weekLayout: weekLayout).render(diff)
        case .md: DiffMarkdownRenderer(weekLayout: weekLayout).render(diff)
        case .json: StableJSON.text(of: diff)
        }
    }
}

extension PlanDiff {
    /// One line that says what the diff holds: "3 added, 1 moved, 2 new warnings"; for an
    /// empty diff, that nothing changed in its window.
    public var summaryLine: String {
        guard !isEmpty else { return "No changes to the schedule or the findings from \(from) to \(to)." }
        let counts = [
            (summary.added, "added"), (summary.removed, "removed"), (summary.moved, "moved"), (summary.changed, "changed"),
            (summary.derived, "derived"),
        ]
        var parts = counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        for severity in Severity.allCases.reversed() {
            if let count = summary.newFindings[severity.rawValue] { parts.append("\(count) new \(severity.rawValue)\(count == 1 ? "" : "s")") }
        }
        let fixed = fixedFindings.count
        if fixed > 0 { parts.append("\(fixed) fixed finding\(fixed == 1 ? "" : "s")") }
        return parts.joined(separator: ", ")
    }

    /// The changes grouped by the week their slot is in, weeks in order.
    func changesByWeek(_ layout: WeekLayout) -> [(week: ISOWeek, changes: [ScheduleChange])] {
        var groups: [(week: ISOWeek, changes: [ScheduleChange])] = []
        for change in changes {
            guard let date = LocalDate(iso: change.slot.date) else { continue }
            let week = layout.week(containing: date)
            if groups.last?.week == week {
                groups[groups.count - 1].changes.append(change)
            } else {
                groups.append((week, [change]))
            }
        }
        return groups
    }
}

extension ScheduleChange {
    /// What the change is, beyond its slot, item and channel: where a moved occurrence was,
    /// which fields changed, which deadline moved.
    func details(quote: (String) -> String) -> String {
        switch change {
        case .added, .removed: return ""
        case .moved: return "moved from \(before.map(\.label) ?? "")"
        case .changed:
            return fields.map { "\($0.field): \($0.before.map(quote) ?? "none") → \($0.after.map(quote) ?? "none")" }.joined(separator: "; ")
        case .derived:
            let name = deadline ?? "deadline"
            switch (before, after) {
            case (let old?, let new?): return "\(name) moved from \(old.label) to \(new.label)"
            case (nil, _): return "\(name) added"
            case (_, nil): return "\(name) removed"
            }
        }
    }
}

extension Slot {
    /// The slot with its weekday: "Tue 2026-12-01 09:00".
    var label: String {
        guard let day = LocalDate(iso: date) else { return text }
        return day.weekday.rawValue.prefix(1).uppercased() + day.weekday.rawValue.dropFirst() + " " + text
    }
}

extension WeekLayout {
    /// A week as its id and its days: "2026-W49 (2026-11-30 to 2026-12-06)".
    func heading(of week: ISOWeek) -> String {
        "\(week) (\(firstDay(of: week)) to \(lastDay(of: week)))"
    }
}
