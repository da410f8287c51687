/// The formats `postplan calendar` writes.
public enum CalendarFormat: String, CaseIterable, Sendable {
    case markdown = "md"
    case html
    case iCalendar = "ics"
    case json
}

extension CalendarFormat {
    /// The format a file's name asks for by its extension (`.md`, `.markdown`, `.html`,
    /// `.htm`, `.ics`, `.ical`, `.json`, in any case), or nil for any other name.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "ics", "ical": self = .iCalendar
        case "json": self = .json
        default: return nil
        }
    }
}
