/// What ``PlanRepository/calendar(for:)`` made: the findings of the plans, and the calendar
/// when neither they nor ``PlanRepository/checklistProblems`` hold an error, as a stream whose
/// days and slots are made as they are written (``CalendarStream/collected()`` makes them all).
public struct CalendarResult: Sendable {
    /// The plans' findings: everything `validate` checks, with the times of the calendar's
    /// days (and the days around them that its slots need) scheduled.
    public var diagnostics: [Diagnostic]
    /// Nil when `diagnostics` or the repo's `checklistProblems` hold an error.
    public var calendar: CalendarStream?
}

extension PlanRepository {
    /// The posting calendar of `span`, read on the clock of the repo's default time zone.
    /// Only the days the calendar needs are scheduled (``CalendarBuilder/scheduleWindow(for:)``),
    /// not the year around today that `validate` checks; every item is still checked against
    /// its platforms, and an error anywhere leaves the calendar out.
    public func calendar(for span: CalendarSpan) -> CalendarResult {
        let builder = CalendarBuilder(workspace: workspace, checklists: checklists ?? .builtIn)
        let (diagnostics, schedule) = check(scheduling: builder.scheduleWindow(for: span))
        guard checklists != nil, !(diagnostics + checklistProblems).contains(where: { $0.severity == .error }) else {
            return CalendarResult(diagnostics: diagnostics, calendar: nil)
        }
        let calendar = builder.stream(for: span, from: schedule.leavingOut(contextFiles, in: workspace))
        return CalendarResult(diagnostics: diagnostics, calendar: calendar)
    }

    /// The renderer of a format, with the templates of ``templates`` for Markdown and HTML;
    /// its ``CalendarRenderer/write(_:to:)`` writes a calendar a run of slots at a time.
    /// - Throws: ``TemplateError`` when a template of the repo's own cannot be read or is not
    ///   valid Mustache.
    public func renderer(for format: CalendarFormat) throws(TemplateError) -> any CalendarRenderer {
        switch format {
        case .markdown: try MarkdownCalendarRenderer(template: templates.template(named: MarkdownCalendarRenderer.templateName))
        case .html: try HTMLCalendarRenderer(template: templates.template(named: HTMLCalendarRenderer.templateName))
        case .iCalendar: ICSCalendarRenderer()
        case .json: JSONCalendarRenderer()
        }
    }

    /// A calendar as text in a format, from the format's ``renderer(for:)``.
    /// - Throws: ``TemplateError`` when a template of the repo's own cannot be used.
    public func render(_ calendar: CalendarStream, as format: CalendarFormat) throws(TemplateError) -> String {
        try renderer(for: format).render(calendar)
    }
}
