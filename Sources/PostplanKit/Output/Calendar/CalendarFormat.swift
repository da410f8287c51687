/// The formats `postplan calendar` writes.
public enum CalendarFormat: String, CaseIterable, Sendable {
    case markdown = "md"
    case html
    case iCalendar = "ics"
    case json
}
