/// The calendar as one self-contained HTML page, from `templates/calendar.html.mustache`: a
/// week grid, inline CSS with a print stylesheet, no scripts and nothing loaded from
/// elsewhere. `{{name}}` escapes plan text for HTML (`<`, `>`, `&`, quotes).
public struct HTMLCalendarRenderer: Sendable {
    public static let templateName = "calendar.html.mustache"

    private let template: CalendarTemplate

    public init(template file: TemplateFile) throws(TemplateError) {
        template = try CalendarTemplate(file)
    }

    public func render(_ calendar: PostingCalendar) -> String {
        template.render(calendar)
    }
}
