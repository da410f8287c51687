import Mustache

/// The calendar as Markdown for GitHub, from `templates/calendar.md.mustache`: a section per
/// day, a line per slot, checklists as task lists (`- [ ] ...`), a summary per week.
///
/// `{{name}}` in the template writes plan text escaped for Markdown (`MarkdownEscaping`), so a
/// `|` in a title cannot break a table and a `*` cannot start emphasis; `{{{name}}}` writes it
/// as it is.
public struct MarkdownCalendarRenderer: CalendarRenderer {
    public static let templateName = "calendar.md.mustache"

    private let template: CalendarTemplate

    public init(template file: TemplateFile) throws(TemplateError) {
        _ = Self.registerContentType
        template = try CalendarTemplate(file, contentType: (MarkdownEscaping.contentTypeName, MarkdownEscaping()))
    }

    public func opening(of calendar: CalendarStream) -> String { template.opening(of: calendar) }

    public func text(of week: CalendarWeek, at index: Int, in calendar: CalendarStream) -> String {
        template.text(of: week, in: calendar)
    }

    public func closing(of calendar: CalendarStream) -> String { template.closing(of: calendar) }

    /// Registered once, before the first template is parsed.
    private static let registerContentType: Void = MustacheContentTypes.register(
        MarkdownEscaping(), named: MarkdownEscaping.contentTypeName)
}

/// Plan text made safe to place inside a Markdown line, a list item or a table cell: line
/// breaks become spaces (a line break would end the item or the table row), and characters
/// with a meaning in Markdown get a backslash, which GitHub drops when it renders.
struct MarkdownEscaping: MustacheContentType {
    static let contentTypeName = "MARKDOWN"
    /// ASCII characters with a meaning in Markdown. Compared by their byte, not as
    /// `Character`s: those compare by canonical equivalence, and U+1FEF (Greek varia) would
    /// then count as a backtick.
    private static let significant: [Bool] = (0...255).map { "\\`*_[]<>|~#".utf8.contains(UInt8($0)) }

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: Self.mayNeedEscaping) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isNewline {
                if escaped.last != " " { escaped.append(" ") }
            } else if character == "\t" {
                escaped.append(" ")
            } else {
                if let ascii = character.asciiValue, Self.significant[Int(ascii)] { escaped.append("\\") }
                escaped.append(character)
            }
        }
        return escaped
    }

    /// Whether this byte may start something `escapeText` changes: a significant ASCII
    /// character, a tab or line break, or the lead byte of U+0085 (C2) or U+2028 and U+2029
    /// (E2). A text without one is written as it is.
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09...0x0D, 0xC2, 0xE2: true
        default: significant[Int(byte)]
        }
    }
}
