import Mustache

/// A Mustache template that renders a `PostingCalendar`, parsed once, with parse errors turned
/// into `TemplateError`s that point into the template file.
struct CalendarTemplate: Sendable {
    let file: TemplateFile
    private let template: MustacheTemplate

    /// - Parameter contentType: the escaping `{{name}}` applies (a name registered with
    ///   `MustacheContentTypes`); nil for swift-mustache's default, HTML.
    init(_ file: TemplateFile, contentType: String? = nil) throws(TemplateError) {
        self.file = file
        // The pragma goes on a line of its own, so the template's first line can still be a
        // standalone tag (which Mustache drops with its line break); messages count without it.
        let pragma = contentType.map { "{{% CONTENT_TYPE: \($0) }}\n" } ?? ""
        do {
            template = try MustacheTemplate(string: pragma + file.text)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(
                path: file.path, line: error.context.lineNumber - (pragma.isEmpty ? 0 : 1), column: error.context.columnNumber,
                message: Self.message(for: error.error))
        } catch {
            throw TemplateError(path: file.path, message: "the template cannot be read: \(error)")
        }
    }

    func render(_ calendar: PostingCalendar) -> String {
        template.render(TemplateValues.of(calendar))
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
