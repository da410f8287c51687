import Foundation
import Mustache
import Testing

@testable import PostplanKit

@Suite("Calendar streams: day by day, the same text as the whole calendar")
struct CalendarStreamTests {
    /// Four weeks, the first and the last cut by the span, with slots in two zones, a poll whose
    /// results are due at a time, and a product page whose review is due on a day.
    static func fourWeeks() throws -> CalendarStream {
        let plan = berlinCalendarPlan(
            """
              - { id: weekly, kind: post, channels: [acme, acme-x], repeat: { every: week, on: [tue, thu], at: "08:30", from: 2026-11-24, until: 2026-12-31 }, text: Tip of the week }
              - { id: us, kind: post, channels: [acme-us], at: 2026-12-03 11:00, text: Webinar. }
              - { id: vote, kind: poll, channels: [acme], at: 2026-11-30 09:00, question: Which day?, options: [Mon, Tue], duration: 3d }
            """ + "\n" + productPageItem(launch: "2026-12-15"))
        return try calendarStream(plan, try span(date(2026, 11, 25), date(2026, 12, 16)))
    }

    static func builtInTemplate(_ name: String) throws -> TemplateFile {
        try TemplateSource(folder: nil, fileSystem: InMemoryFileSystem()).template(named: name)
    }

    @Test("a stream makes the span's weeks in order, the first and last cut to the span")
    func weeksOfSpan() throws {
        let stream = try Self.fourWeeks()
        let weeks = (0..<stream.weekCount).map(stream.week)
        #expect(weeks.map(\.id) == ["2026-W48", "2026-W49", "2026-W50", "2026-W51"])
        #expect(
            weeks.map { "\($0.from) \($0.to)" } == [
                "2026-11-25 2026-11-29", "2026-11-30 2026-12-06", "2026-12-07 2026-12-13", "2026-12-14 2026-12-16",
            ])
        #expect(weeks[1].days.flatMap(\.slots).map(\.item).contains("us"))
    }

    @Test("a stream names the zones its weeks' slots and timed deadlines are written in")
    func zonesOfStream() throws {
        let stream = try Self.fourWeeks()
        #expect(stream.zones == ["America/New_York", "Europe/Berlin"])
        #expect(CalendarStream(stream.collected()).zones == stream.zones)
    }

    @Test("JSON written week by week is the whole calendar encoded at once")
    func jsonByWeek() throws {
        let stream = try Self.fourWeeks()
        #expect(JSONCalendarRenderer().render(stream) == StableJSON.text(of: stream.collected()))
    }

    @Test("JSON of a calendar without weeks is its fields with an empty list of weeks")
    func jsonWithoutWeeks() throws {
        let empty = try Self.fourWeeks().header
        #expect(JSONCalendarRenderer().render(empty) == StableJSON.text(of: empty))
    }

    @Test("the built-in Markdown template written week by week gives the whole template's text")
    func markdownByWeek() throws {
        let stream = try Self.fourWeeks()
        let file = try Self.builtInTemplate(MarkdownCalendarRenderer.templateName)
        let renderer = try MarkdownCalendarRenderer(template: file)
        let whole = try MustacheTemplate(string: "{{% CONTENT_TYPE: MARKDOWN }}\n" + file.text)
        #expect(renderer.render(stream) == whole.render(TemplateValues.of(stream.collected()).any))
    }

    @Test("the built-in HTML template written week by week gives the whole template's text")
    func htmlByWeek() throws {
        let stream = try Self.fourWeeks()
        let file = try Self.builtInTemplate(HTMLCalendarRenderer.templateName)
        let whole = try MustacheTemplate(string: file.text)
        #expect(try HTMLCalendarRenderer(template: file).render(stream) == whole.render(TemplateValues.of(stream.collected()).any))
    }

    @Test("iCalendar writes each week's events, then that week's to-dos, before the next week")
    func iCalendarByWeek() throws {
        let text = ICSCalendarRenderer().render(try Self.fourWeeks())
        let components = text.split(separator: "\r\n").filter {
            $0.hasPrefix("BEGIN:VEVENT") || $0.hasPrefix("BEGIN:VTODO") || $0.hasPrefix("DTSTART") || $0.hasPrefix("DUE")
        }
        let pollResults = try #require(components.firstIndex { $0.hasPrefix("DUE") })
        let december8 = try #require(components.firstIndex { $0.contains(":20261208T") })
        let december3 = try #require(components.firstIndex { $0.contains(":20261203T") })
        #expect(december3 < pollResults && pollResults < december8)
    }

    @Test("the built-in templates are cut around their weeks, and their weeks around their days")
    func builtInTemplatesCut() throws {
        for name in [MarkdownCalendarRenderer.templateName, HTMLCalendarRenderer.templateName] {
            let weeks = try #require(SectionCut.weeks(of: try Self.builtInTemplate(name).text), "\(name)")
            #expect(weeks.section.hasPrefix("{{#weeks}}\n") && weeks.section.hasSuffix("{{/weeks}}\n"))
            let days = try #require(SectionCut.days(ofWeek: weeks.section), "\(name)")
            #expect(days.section.hasPrefix("{{#weeks}}\n{{#days}}\n") && days.section.hasSuffix("{{/days}}\n{{/weeks}}\n"))
        }
    }

    @Test("a template is cut into the text before, the weeks' section and the text after")
    func cutParts() throws {
        let cut = try #require(
            SectionCut.weeks(of: "# {{title}}\n  {{#weeks}}  \r\n## {{id}}\n{{#days}}{{#first()}}first{{/first()}}{{/days}}\n{{/weeks}}\nend"))
        #expect(cut.opening == "# {{title}}\n")
        #expect(cut.section == "  {{#weeks}}  \r\n## {{id}}\n{{#days}}{{#first()}}first{{/first()}}{{/days}}\n{{/weeks}}\n")
        #expect(cut.closing == "end")
    }

    @Test("a week's section is cut around its days, each part inside the week's own tags")
    func dayParts() throws {
        let cut = try #require(
            SectionCut.days(ofWeek: "  {{#weeks}}\r\n## {{id}}\n{{#days}}\n{{date}}\n{{/days}}\nSum: {{summary.slots}}\n{{/weeks}}"))
        #expect(cut.opening == "  {{#weeks}}\r\n## {{id}}\n{{/weeks}}\n")
        #expect(cut.section == "  {{#weeks}}\r\n{{#days}}\n{{date}}\n{{/days}}\n{{/weeks}}\n")
        #expect(cut.closing == "  {{#weeks}}\r\nSum: {{summary.slots}}\n{{/weeks}}\n")
    }

    @Test(
        "a week whose days cannot be rendered one at a time is not cut around them",
        arguments: [
            "{{#weeks}}\n{{#days}}\n{{^first()}}---{{/first()}}\n{{/days}}\n{{/weeks}}\n",
            "{{#weeks}}\n{{#days}}\n{{date}}\n{{/days}}\n{{^days}}none{{/days}}\n{{/weeks}}\n",
            "{{#weeks}}\n{{days.0.date}}\n{{#days}}\n{{date}}\n{{/days}}\n{{/weeks}}\n",
            "{{#weeks}}\n{{#summary}}\n{{#days}}\n{{date}}\n{{/days}}\n{{/summary}}\n{{/weeks}}\n",
            "{{#weeks}}\nDays: {{#days}}{{date}}{{/days}}\n{{/weeks}}\n",
        ])
    func daysNotCut(_ week: String) {
        #expect(SectionCut.days(ofWeek: week) == nil)
    }

    @Test("a template whose days are not cut is written a week at a time: first() still means the first day")
    func weekRenderedWhole() throws {
        let file = TemplateFile(
            path: "templates/calendar.md.mustache", text: "{{#weeks}}\n{{id}}:{{#days}}{{#first()}} first{{/first()}} {{date}}{{/days}}\n{{/weeks}}\n"
        )
        let text = try MarkdownCalendarRenderer(template: file).render(try Self.fourWeeks())
        #expect(text.split(separator: "\n").first == "2026-W48: first 2026-11-25 2026-11-26 2026-11-27 2026-11-28 2026-11-29")
    }

    @Test(
        "a part given less than the whole (a day without the summary, a run without the deadlines) still sees what it names",
        arguments: [
            // A day's part naming the week's summary: six slots in week 49 (four repeats, a post, a poll).
            ("{{#weeks}}\n{{#days}}\n{{date}}: {{summary.slots}} this week\n{{/days}}\n{{/weeks}}\n", "2026-11-30: 6 this week"),
            // A run of slots naming the day's deadlines.
            (
                "{{#weeks}}\n{{#days}}\n{{#slots}}\n{{title}}{{#deadlines}} / due: {{title}}{{/deadlines}}\n{{/slots}}\n{{/days}}\n{{/weeks}}\n",
                " / due: "
            ),
        ])
    func partSeesWhatItNames(text: String, expected: String) throws {
        let file = TemplateFile(path: "templates/calendar.md.mustache", text: text)
        let stream = try Self.fourWeeks()
        let renderer = try MarkdownCalendarRenderer(template: file)
        let whole = try MustacheTemplate(string: "{{% CONTENT_TYPE: MARKDOWN }}\n" + text)
        let rendered = renderer.render(stream)
        #expect(rendered == whole.render(TemplateValues.of(stream.collected()).any))
        #expect(rendered.contains(expected))
    }

    @Test("a week's outline counts what its days' slots make, without making them")
    func outlineSummary() throws {
        let stream = try Self.fourWeeks()
        for index in 0..<stream.weekCount {
            let week = stream.week(index), slots = week.days.flatMap(\.slots)
            #expect(stream.outline(ofWeek: index).summary == week.summary)
            #expect(week.summary.slots == slots.count)
            #expect(week.summary.channels.map(\.count).reduce(0, +) == slots.count)
            #expect(stream.outline(ofWeek: index).days.allSatisfy { $0.slots.isEmpty && $0.deadlines.isEmpty })
        }
    }

    @Test(
        "a template whose weeks cannot be rendered one at a time is not cut",
        arguments: [
            "{{#weeks}}\n{{#first()}}first{{/first()}}\n{{/weeks}}\n",
            "{{#weeks}}\n{{id}}\n{{/weeks}}\n{{^weeks}}none{{/weeks}}\n",
            "{{#weeks}}\n{{#weeks}}{{id}}{{/weeks}}\n{{/weeks}}\n",
            "{{#weeks}}\n{{id}}\n{{/weeks}}\nbetween\n{{#weeks}}\n{{id}}\n{{/weeks}}\n",
            "{{=<% %>=}}\n{{#weeks}}\n<%id%>\n{{/weeks}}\n",
            "Weeks: {{#weeks}}\n{{id}}\n{{/weeks}}\n",
            "{{#title}}\n{{#weeks}}\n{{id}}\n{{/weeks}}\n{{/title}}\n",
        ])
    func notCut(_ template: String) {
        #expect(SectionCut.weeks(of: template) == nil)
    }

    @Test("a template that is not cut is rendered whole: first() still means the first week")
    func uncutTemplateRenderedWhole() throws {
        let file = TemplateFile(path: "templates/calendar.md.mustache", text: "{{#weeks}}\n{{#first()}}first {{/first()}}{{id}}\n{{/weeks}}\n")
        let text = try MarkdownCalendarRenderer(template: file).render(try Self.fourWeeks())
        #expect(text == "first 2026-W48\n2026-W49\n2026-W50\n2026-W51\n")
    }

    @Test("a calendar written to a stream arrives in groups of pieces of at most a run's slots, between its opening and closing")
    func writtenInPieces() throws {
        struct Pieces: TextOutputStream {
            var texts: [String] = []
            mutating func write(_ text: String) { texts.append(text) }
        }
        var pieces = Pieces()
        let stream = try Self.fourWeeks()
        JSONCalendarRenderer().write(stream, to: &pieces)
        let all = CalendarPiece.all(of: stream), groups = CalendarPiece.groups(of: stream)
        // Days 5, 7, 7 and 3: 22 days, each with an opening and a closing, 4 weeks likewise.
        #expect(all.count(where: { if case .slots = $0 { false } else { true } }) == 22 * 2 + 4 * 2)
        #expect(Array(groups.joined()) == all)
        #expect(pieces.texts.count == groups.count + 2)
        #expect(pieces.texts.last == "\n  ]\n}\n")
    }

    @Test("a group of pieces holds at most a run's slots, and a run of as many stands alone")
    func groupsBounded() throws {
        let stream = CalendarStream(try Self.crowdedDay())
        let counts = CalendarPiece.groups(of: stream).map { group in
            group.reduce(0) { total, piece in if case .slots(let run, _, _) = piece { total + run.count } else { total } }
        }
        #expect(counts.allSatisfy { $0 <= CalendarPiece.slotsPerRun })
        #expect(counts.prefix(2) == [200, 200])
    }

    /// One day of more slots than a run holds: the first slot of the four weeks, again and again.
    static func crowdedDay() throws -> PostingCalendar {
        var calendar = try Self.fourWeeks().collected()
        let slot = try #require(calendar.weeks.flatMap(\.days).flatMap(\.slots).first)
        let count = CalendarPiece.slotsPerRun * 2 + 50
        calendar.weeks[0].days[0].slots = (0..<count).map { index in
            var copy = slot
            copy.uid = "crowd-\(index)@postplan"
            copy.title = "Slot \(index)"
            return copy
        }
        calendar.weeks[0].summary.slots = count
        return calendar
    }

    @Test("a day of more slots than a run holds is written in runs, and reads as the whole calendar")
    func crowdedDayInRuns() throws {
        let calendar = try Self.crowdedDay()
        let stream = CalendarStream(calendar)
        let runs = CalendarPiece.all(of: stream).compactMap { piece -> Range<Int>? in
            if case .slots(let run, 0, 0) = piece { run } else { nil }
        }
        #expect(runs == [0..<200, 200..<400, 400..<450])
        #expect(JSONCalendarRenderer().render(stream) == StableJSON.text(of: calendar))
        let file = try Self.builtInTemplate(MarkdownCalendarRenderer.templateName)
        let renderer = try MarkdownCalendarRenderer(template: file)
        let whole = try MustacheTemplate(string: "{{% CONTENT_TYPE: MARKDOWN }}\n" + file.text)
        #expect(renderer.render(stream) == whole.render(TemplateValues.of(calendar).any))
        let events = ICSCalendarRenderer().render(stream).components(separatedBy: "SUMMARY:Post on acme: Slot ")
        #expect(events.count - 1 == 450)
    }

    @Test("a day's section is cut around its slots; what is around them may name them")
    func slotParts() throws {
        let day =
            "{{#weeks}}\n{{#days}}\n# {{date}}\n{{#slots}}\n- {{title}}{{#options}}{{.}}{{^last()}}, {{/last()}}{{/options}}\n{{/slots}}\n{{^slots}}\nNothing.\n{{/slots}}\n{{/days}}\n{{/weeks}}\n"
        let cut = try #require(SectionCut.slots(ofDay: day))
        #expect(cut.opening == "{{#weeks}}\n{{#days}}\n# {{date}}\n{{/days}}\n{{/weeks}}\n")
        #expect(
            cut.section
                == "{{#weeks}}\n{{#days}}\n{{#slots}}\n- {{title}}{{#options}}{{.}}{{^last()}}, {{/last()}}{{/options}}\n{{/slots}}\n{{/days}}\n{{/weeks}}\n"
        )
        #expect(cut.closing == "{{#weeks}}\n{{#days}}\n{{^slots}}\nNothing.\n{{/slots}}\n{{/days}}\n{{/weeks}}\n")
    }

    @Test(
        "a day whose slots cannot be rendered a run at a time is not cut around them",
        arguments: [
            "{{#weeks}}\n{{#days}}\n{{#slots}}\n{{#first()}}first{{/first()}}\n{{/slots}}\n{{/days}}\n{{/weeks}}\n",
            "{{#weeks}}\n{{#days}}\nSlots: {{#slots}}{{title}}{{/slots}}\n{{/days}}\n{{/weeks}}\n",
            "{{#weeks}}\n{{#days}}\n{{#deadlines}}\n{{#slots}}\n{{title}}\n{{/slots}}\n{{/deadlines}}\n{{/days}}\n{{/weeks}}\n",
        ])
    func slotsNotCut(_ day: String) {
        #expect(SectionCut.slots(ofDay: day) == nil)
    }
}
