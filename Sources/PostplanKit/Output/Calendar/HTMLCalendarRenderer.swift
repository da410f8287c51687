/// The calendar as one self-contained HTML page, from `templates/calendar.html.mustache`: a
/// week grid, inline CSS with a print stylesheet, one small inline script that marks today and
/// the deadlines past, and nothing loaded from elsewhere. `{{name}}` escapes plan text for HTML (`<`, `>`, `&`, quotes).
public struct HTMLCalendarRenderer: CalendarRenderer {
    public static let templateName = "calendar.html.mustache"

    private let template: CalendarTemplate

    public init(template file: TemplateFile) throws(TemplateError) {
        template = try CalendarTemplate(file)
    }

    public func opening(of calendar: CalendarStream) -> String { template.opening(of: calendar) }

    public func text(of piece: CalendarPiece, in calendar: CalendarStream) -> String {
        template.text(of: piece, in: calendar)
    }

    public func closing(of calendar: CalendarStream) -> String { template.closing(of: calendar) }
}
