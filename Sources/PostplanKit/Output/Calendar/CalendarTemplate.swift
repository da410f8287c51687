import Mustache

/// A Mustache template that renders a `PostingCalendar`, parsed once, with parse errors turned
/// into `TemplateError`s that point into the template file. swift-mustache parses it (and
/// reports its errors); `CompiledTemplate` renders it where it can, swift-mustache otherwise.
///
/// A template whose weeks are one `{{#weeks}}` … `{{/weeks}}` section, each tag on a line of
/// its own at the top level (as the built-in ones are), is rendered a week at a time: the text
/// before the section, the section once per week, the text after it (``SectionCut``); and a
/// day at a time when the week's days are one `{{#days}}` … `{{/days}}` section in turn: the
/// week's text before it, the section once per day, the week's text after it; and a run of
/// slots at a time when a day's slots are a `{{#slots}}` … `{{/slots}}` section of lines of its
/// own (``CalendarPiece``). Any other template is rendered whole, with every week made first.
struct CalendarTemplate: Sendable {
    let file: TemplateFile
    private let whole: Body
    private let parts: Parts?

    /// The parts of a template cut around its weeks, and of its weeks cut around their days.
    private struct Parts: Sendable {
        var opening: Body
        var week: Body
        var closing: Body
        var days: (opening: Body, day: Body, closing: Body)?
        /// A day cut around its slots, rendered a run of slots at a time.
        var slots: (opening: Body, run: Body, closing: Body)?
        /// Whether the day's part names the week's summary; when it does not, it is given the
        /// week without one (a summary holds the week's deadlines: made into template values
        /// for every day, they were a twentieth of a calendar's time).
        var daySeesSummary = true
        /// Whether the part of a run of slots names the day's deadlines; when it does not, it
        /// is given the day without them (made for every run, they cost more than the run).
        var runSeesDeadlines = true
    }

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
        func compiled(_ text: String) -> Body? { try? Body(text, pragma: pragma, escaping: escaping) }
        parts = SectionCut.weeks(of: file.text).flatMap { cut in
            guard let opening = compiled(cut.opening), let week = compiled(cut.section), let closing = compiled(cut.closing) else { return nil }
            func bodies(_ cut: SectionCut?) -> (Body, Body, Body)? {
                guard let cut, let opening = compiled(cut.opening), let section = compiled(cut.section), let closing = compiled(cut.closing)
                else { return nil }
                return (opening, section, closing)
            }
            let dayCut = SectionCut.days(ofWeek: cut.section)
            let days = bodies(dayCut)
            let slotCut = days == nil ? nil : dayCut.flatMap { SectionCut.slots(ofDay: $0.section) }
            return Parts(
                opening: opening, week: week, closing: closing, days: days, slots: bodies(slotCut),
                daySeesSummary: dayCut.map { SectionCut.names("summary", in: $0.section) } ?? true,
                runSeesDeadlines: slotCut.map { SectionCut.names("deadlines", in: $0.section) } ?? true)
        }
    }

    /// The text before the weeks; the whole calendar for a template rendered whole.
    func opening(of calendar: CalendarStream) -> String {
        guard let parts else { return whole.render(TemplateValues.of(calendar.collected())) }
        return parts.opening.render(TemplateValues.of(calendar.header))
    }

    /// A piece of a week's text. A template cut around its weeks but not their days writes
    /// each week whole as its opening; one cut around its days but not their slots writes each
    /// day whole as its opening. A day's slots are made one at a time as the template reaches
    /// them, each let go of once written.
    func text(of piece: CalendarPiece, in calendar: CalendarStream) -> String {
        guard let parts else { return "" }
        switch piece {
        case .weekOpening(let week):
            guard let days = parts.days else { return parts.week.render(Self.values(of: calendar.week(week), in: calendar)) }
            return days.opening.render(Self.values(of: calendar.outline(ofWeek: week), in: calendar))
        case .dayOpening(let day, let week):
            guard let days = parts.days else { return "" }
            let values = dayValues(day, ofWeek: week, slots: nil, in: calendar, parts: parts)
            return parts.slots.map { $0.opening.render(values) } ?? days.day.render(values)
        case .slots(let run, let day, let week):
            guard let slots = parts.slots else { return "" }
            return slots.run.render(dayValues(day, ofWeek: week, slots: run, in: calendar, parts: parts))
        case .dayClosing(let day, let week):
            guard let slots = parts.slots else { return "" }
            return slots.closing.render(dayValues(day, ofWeek: week, slots: nil, in: calendar, parts: parts))
        case .weekClosing(let week):
            return parts.days?.closing.render(Self.values(of: calendar.outline(ofWeek: week), in: calendar)) ?? ""
        }
    }

    /// The calendar with one week, whose one day is the day given, its slots (those of `run`,
    /// or all) a list made one at a time.
    private func dayValues(_ day: Int, ofWeek week: Int, slots run: Range<Int>?, in calendar: CalendarStream, parts: Parts) -> TemplateValue {
        var outline = calendar.outline(ofWeek: week)
        outline.days = []
        if !parts.daySeesSummary { outline.summary = WeekSummary(slots: 0, channels: [], kinds: [], deadlines: []) }
        let maker = TemplateValues.Maker()
        let value = Self.values(of: outline, in: calendar, maker: maker)
        if case .object(let top) = value, case .list(let weeks)? = top.field(named: "weeks"), case .object(let weekValues)? = weeks.first {
            let made = calendar.day(day, ofWeek: week)
            let values = TemplateValues.of(made, slots: run ?? 0..<made.slotCount, deadlines: run == nil || parts.runSeesDeadlines, maker: maker)
            weekValues.replace("days", with: .list(TemplateList([values])))
        }
        return value
    }

    /// The text after the weeks; nothing for a template rendered whole.
    func closing(of calendar: CalendarStream) -> String {
        parts?.closing.render(TemplateValues.of(calendar.header)) ?? ""
    }

    /// The calendar with the week as its only one, so that a week's part still finds the
    /// calendar's fields (`{{title}}`) around the week's.
    private static func values(of week: CalendarWeek, in calendar: CalendarStream, maker: TemplateValues.Maker = TemplateValues.Maker())
        -> TemplateValue
    {
        let value = maker.of(calendar.header)
        if case .object(let top) = value { top.replace("weeks", with: .list(TemplateList([TemplateValues.of(week, maker: maker)]))) }
        return value
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
