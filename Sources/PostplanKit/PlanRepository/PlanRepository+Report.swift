/// What ``PlanRepository/report(span:)`` made: the findings of the plans and their results,
/// and the report when they hold no error.
public struct ReportResult: Sendable {
    /// Everything `validate` checks, the results included (the days of the span scheduled).
    public var diagnostics: [Diagnostic]
    /// Nil when `diagnostics` hold an error: a report from results that point nowhere, or
    /// whose counts are misread, would be wrong.
    public var report: ResultReport?
}

extension PlanRepository {
    /// The report of the results of the posts that went out within `span` (all of them when
    /// nil), with the config's week start and capacity (``Options/config``).
    public func report(span: ClosedRange<LocalDate>?) -> ReportResult {
        let (diagnostics, _) = check(scheduling: span ?? today...today)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return ReportResult(diagnostics: diagnostics, report: nil) }
        let report = ReportBuilder(workspace: workspace, config: options.config).report(span: span)
        return ReportResult(diagnostics: diagnostics, report: report)
    }
}
