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

    public func text(of piece: CalendarPiece, in calendar: CalendarStream) -> String {
        template.text(of: piece, in: calendar)
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
    /// Whether the byte is an ASCII character with a meaning in Markdown. Compared by their
    /// byte, not as `Character`s: those compare by canonical equivalence, and U+1FEF (Greek
    /// varia) would then count as a backtick.
    private static func isSignificant(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "#"):
            true
        default: false
        }
    }

    /// Gives what walking the text's `Character`s gives (a line break becomes a space, a tab a
    /// space, a significant ASCII character that is a `Character` of its own gets a backslash),
    /// but looks only at the scalars whose bytes `mayNeedEscaping` names and copies the text
    /// between them as it is. Line breaks and tabs are graphemes of their own (CR LF becomes
    /// one space either way); a significant ASCII character is escaped when it is a
    /// `Character` of its own (`isCharacterOfItsOwn(at:)`).
    func escapeText(_ text: String) -> String {
        let utf8 = text.utf8, scalars = text.unicodeScalars
        guard var next = utf8.firstIndex(where: Self.mayNeedEscaping) else { return text }
        var escaped = ""
        escaped.reserveCapacity(utf8.count + 8)
        var copied = text.startIndex
        while true {
            let scalar = scalars[next]
            let after = scalars.index(after: next)
            switch scalar.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029:
                escaped += Substring(scalars[copied..<next])
                if escaped.last != " " { escaped.append(" ") }
                copied = after
            case 0x09:
                escaped += Substring(scalars[copied..<next])
                escaped.append(" ")
                copied = after
            case 0..<0x80 where Self.isSignificant(UInt8(scalar.value)):
                if text.isCharacterOfItsOwn(at: next) {
                    escaped += Substring(scalars[copied..<next])
                    escaped.append("\\")
                    copied = next
                }
            default: break
            }
            guard let found = utf8[after...].firstIndex(where: Self.mayNeedEscaping) else { break }
            next = found
        }
        escaped += Substring(scalars[copied...])
        return escaped
    }

    /// Whether this byte may start something `escapeText` changes: a significant ASCII
    /// character, a tab or line break, or the lead byte of U+0085 (C2) or U+2028 and U+2029
    /// (E2). A text without one is written as it is.
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09...0x0D, 0xC2, 0xE2: true
        default: isSignificant(byte)
        }
    }
}
