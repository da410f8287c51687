/// What ``PlanRepository/validate()`` found.
public struct ValidationResult: Sendable {
    /// Every finding, in reading order (by file, then position), each once.
    public var diagnostics: [Diagnostic]
    /// The occurrences and deadlines within ``PlanRepository/horizonDays`` of today.
    public var schedule: ScheduleResult
}

extension PlanRepository {
    /// The days around today whose occurrences `validate` checks.
    var horizon: ClosedRange<LocalDate> {
        today.adding(days: -Self.horizonDays)...today.adding(days: Self.horizonDays)
    }

    /// Everything reading found, then every item against its platforms, and every time it goes
    /// out within ``horizonDays`` of today (daylight-saving gaps, crowded channels, review lead
    /// times): what `postplan validate` reports.
    public func validate() -> ValidationResult {
        let (diagnostics, schedule) = check(scheduling: horizon)
        return ValidationResult(diagnostics: diagnostics, schedule: schedule)
    }
}
