import Mustache

/// A Mustache template that renders a `PostingCalendar`, parsed once, with parse errors turned
/// into `TemplateError`s that point into the template file. swift-mustache parses it (and
/// reports its errors); `CompiledTemplate` renders it where it can, swift-mustache otherwise.
///
/// A template whose weeks are one `{{#weeks}}` … `{{/weeks}}` section, each tag on a line of
/// its own at the top level (as the built-in ones are), is rendered a week at a time: the text
/// before the section, the section once per week, the text after it (``WeekSection``). Any
/// other template is rendered whole, with every week made first.
struct CalendarTemplate: Sendable {
    let file: TemplateFile
    private let whole: Body
    private let parts: (opening: Body, week: Body, closing: Body)?

    /// A template, or a part of one, and how it is rendered.
    private enum Body {
        case compiled(CompiledTemplate)
        case mustache(MustacheTemplate)

        init(_ text: String, pragma: String, escaping: some MustacheContentType) throws {
            let template = try MustacheTemplate(string: pragma + text)
            self = CompiledTemplate(text, escape: escaping.escapeText).map(Body.compiled) ?? .mustache(template)
        }

        func render(_ value: TemplateValue) -> String {
            switch self {
            case .compiled(let template): template.render(value)
            case .mustache(let template): template.render(value.any)
            }
        }
    }

    /// - Parameter contentType: the escaping `{{name}}` applies, and its name as registered
    ///   with `MustacheContentTypes`; nil for swift-mustache's default, HTML.
    init(_ file: TemplateFile, contentType: (name: String, escaping: any MustacheContentType)? = nil) throws(TemplateError) {
        self.file = file
        // The pragma goes on a line of its own, so the template's first line can still be a
        // standalone tag (which Mustache drops with its line break); messages count without it.
        let pragma = contentType.map { "{{% CONTENT_TYPE: \($0.name) }}\n" } ?? ""
        let escaping = contentType?.escaping ?? HTMLEscaping()
        do {
            whole = try Body(file.text, pragma: pragma, escaping: escaping)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(
                path: file.path, line: error.context.lineNumber - (pragma.isEmpty ? 0 : 1), column: error.context.columnNumber,
                message: Self.message(for: error.error))
        } catch {
            throw TemplateError(path: file.path, message: "the template cannot be read: \(error)")
        }
        parts = WeekSection(file.text).flatMap { section in
            guard let opening = try? Body(section.opening, pragma: pragma, escaping: escaping),
                let week = try? Body(section.week, pragma: pragma, escaping: escaping),
                let closing = try? Body(section.closing, pragma: pragma, escaping: escaping)
            else { return nil }
            return (opening, week, closing)
        }
    }

    /// The text before the weeks; the whole calendar for a template rendered whole.
    func opening(of calendar: CalendarStream) -> String {
        guard let parts else { return whole.render(TemplateValues.of(calendar.collected())) }
        return parts.opening.render(TemplateValues.of(calendar.header))
    }

    /// The week's section, rendered with the calendar around it (so `{{title}}` inside a week
    /// still finds the calendar's); nothing for a template rendered whole.
    func text(of week: CalendarWeek, in calendar: CalendarStream) -> String {
        guard let parts else { return "" }
        var oneWeek = calendar.header
        oneWeek.weeks = [week]
        return parts.week.render(TemplateValues.of(oneWeek))
    }

    /// The text after the weeks; nothing for a template rendered whole.
    func closing(of calendar: CalendarStream) -> String {
        parts?.closing.render(TemplateValues.of(calendar.header)) ?? ""
    }

    private static func message(for error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "the template cannot be read: \(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "this closing tag does not match the section it closes"
        case .unfinishedName: return "a tag is not finished; close it with '}}'"
        case .expectedSectionEnd: return "a section is not closed; add its '{{/name}}'"
        case .invalidSetDelimiter: return "a set-delimiter tag is not of the form '{{=<% %>=}}'"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection: return "only blocks may appear inside an inherited partial"
        case .textInsideInheritSection: return "only blocks may appear inside an inherited partial, not text"
        case .invalidConfigVariableSyntax: return "a pragma is not of the form '{{% NAME: value }}'"
        case .unrecognisedConfigVariable: return "this pragma or content type is unknown (known content types: HTML, TEXT, MARKDOWN)"
        }
    }
}
