/// Findings for a GitHub Actions log: every finding as text in a collapsible group, then an
/// annotation for each finding GitHub will show, then a notice if some could not be shown.
///
/// GitHub shows at most 10 error and 10 warning annotations per step and drops the rest
/// silently, so the annotations alone would hide findings. The group keeps the log complete;
/// the closing notice says how many findings have no annotation. The exact layout is in
/// `docs/sarif-and-annotations.md`.
public struct GitHubReporter: Reporter {
    public static let format = "github"
    public static let purpose = "GitHub Actions annotations, with every finding in a log group"

    /// Annotations GitHub shows per severity and step. Notices are held to the same number, so
    /// the closing notice is never the one dropped.
    public static let annotationLimit = 10

    public init() {}

    public func render(_ report: LintReport) -> String {
        guard !report.diagnostics.isEmpty else { return "" }
        return logGroup(report) + annotations(report).map { $0 + "\n" }.joined()
    }

    /// The findings as the text format prints them, in a group and with command processing
    /// stopped: the text carries plan content verbatim, and a line of it must not be able to
    /// act as a workflow command.
    private func logGroup(_ report: LintReport) -> String {
        let text = TextReporter.render(report.diagnostics)
        let token = Self.stopToken(avoiding: text)
        let title = "\(report.tool.name) findings: " + TextReporter.severityCounts(of: report.diagnostics).joined(separator: ", ")
        let opening = [WorkflowCommand("group", message: title), WorkflowCommand("stop-commands", message: token)]
        let closing = [WorkflowCommand(token), WorkflowCommand("endgroup")]
        return opening.map { $0.line + "\n" }.joined() + text + closing.map { $0.line + "\n" }.joined()
    }

    /// One annotation for each of the first findings of each severity, then the notice about
    /// the rest, if any.
    private func annotations(_ report: LintReport) -> [String] {
        let limits = AnnotationLimits(report)
        var shown: [Severity: Int] = [:]
        var lines: [String] = []
        for diagnostic in report.displayedDiagnostics where shown[diagnostic.severity, default: 0] < limits[diagnostic.severity] {
            shown[diagnostic.severity, default: 0] += 1
            lines.append(Self.annotation(for: diagnostic, tool: report.tool.name).line)
        }
        if limits.needNotice {
            lines.append(Self.overflowNotice(report, shown: shown).line)
        }
        return lines
    }

    /// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=postplan (rule-id)::message`,
    /// with a `see path:line:col (note)` line for each related place.
    ///
    /// GitHub takes columns only for a range on one line, so a range over several lines gives
    /// lines only. Positions below 1 (none known) are left out.
    static func annotation(for diagnostic: Diagnostic, tool: String) -> WorkflowCommand {
        let range = diagnostic.range
        let oneLine = range.start.line == range.end.line
        var properties: [(name: String, value: String)] = [("file", range.path)]
        if range.start.line >= 1 {
            properties.append(("line", String(range.start.line)))
            if oneLine, range.start.column >= 1 { properties.append(("col", String(range.start.column))) }
            if range.end.line >= range.start.line { properties.append(("endLine", String(range.end.line))) }
            if oneLine, range.start.column >= 1, range.end.column >= range.start.column {
                properties.append(("endColumn", String(range.end.column)))
            }
        }
        properties.append(("title", "\(tool) (\(diagnostic.ruleID))"))
        let notes = diagnostic.related.map { "see \($0.range) (\($0.message))" }
        let message = ([diagnostic.message] + notes).joined(separator: "\n")
        return WorkflowCommand(command(for: diagnostic.severity), properties, message: message)
    }

    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    private static func overflowNotice(_ report: LintReport, shown: [Severity: Int]) -> WorkflowCommand {
        let hidden = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = report.count(of: severity) - shown[severity, default: 0]
            return count > 0 ? TextReporter.counted(count, severity.rawValue) : nil
        }
        let found = TextReporter.severityCounts(of: report.diagnostics).joined(separator: ", ")
        let message =
            "\(report.tool.name) found \(found); not annotated: \(hidden.joined(separator: ", ")), "
            + "since GitHub shows at most \(annotationLimit) annotations of each kind per step. "
            + "The log group '\(report.tool.name) findings' lists every finding."
        return WorkflowCommand("notice", [("title", "\(report.tool.name): more findings than annotations")], message: message)
    }

    /// The word that ends `::stop-commands::`. Chosen so that it appears nowhere in the text,
    /// compared in upper case as the runner compares command names without regard to case:
    /// nothing in the plans can end the pause early, and the output stays deterministic.
    static func stopToken(avoiding text: String) -> String {
        let haystack = text.uppercased()
        var token = "postplan-findings"
        var attempt = 0
        while haystack.contains(token.uppercased()) {
            attempt += 1
            token = "postplan-findings-\(attempt)"
        }
        return token
    }
}

/// How many annotations of each severity a run may print.
private struct AnnotationLimits {
    /// Whether some finding goes without an annotation, so that a notice must say so.
    let needNotice: Bool

    init(_ report: LintReport) {
        needNotice = Severity.allCases.contains { report.count(of: $0) > GitHubReporter.annotationLimit }
    }

    /// The notice about missing annotations takes one of the notices' places.
    subscript(severity: Severity) -> Int {
        severity == .info && needNotice ? GitHubReporter.annotationLimit - 1 : GitHubReporter.annotationLimit
    }
}
