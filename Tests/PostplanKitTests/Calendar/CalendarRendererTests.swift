import Foundation
import Testing

@testable import PostplanKit

/// A week with hostile text in every place plan text reaches: a title, a text, a checklist
/// entry and a product page's name (in a deadline).
private func hostileCalendar() throws -> PostingCalendar {
    let plan = berlinCalendarPlan(
        #"""
          - id: hostile
            kind: post
            channels: [acme]
            at: 2026-11-24 09:00
            title: "A | B *bold* _it_ <script>alert('x')</script> & \\ back; semi, comma"
            text: "Line one, with; specials \\\nLine two | piped"
            checklist: ["Reply | then <b>bold</b>", "Tab\tand\nnewline"]
          - id: page
            kind: product-page
            channels: [acme]
            name: "Planner | <Pro>"
            category: Social Media Management Software
            cta: { type: request-demo, url: "https://acme.example/demo" }
            launch: 2026-12-08
            media: [{ type: video, file: tour.mp4 }]
        """#)
    return try calendar(plan, try week("2026-W48"))
}

private func builtInTemplate(_ name: String) throws -> TemplateFile {
    try TemplateSource(folder: nil, fileSystem: InMemoryFileSystem()).template(named: name)
}

@Suite("Calendar output: Markdown")
struct MarkdownCalendarTests {
    @Test("a day section per day, a line per slot with time, channel, kind and title, checklists as task lists")
    func shape() throws {
        let plan = berlinCalendarPlan(
            """
              - { id: tip, kind: post, channels: [acme], at: 2026-11-24 08:30, text: One tip., checklist: [Thank the first commenter] }
            """)
        let markdown = try MarkdownCalendarRenderer(template: builtInTemplate(MarkdownCalendarRenderer.templateName))
            .render(try calendar(plan, try week("2026-W48")))
        #expect(markdown.hasPrefix("# Posting calendar 2026-W48\n"))
        for day in ["Monday, 2026-11-23", "Tuesday, 2026-11-24", "Sunday, 2026-11-29"] {
            #expect(markdown.contains("\n### \(day)\n"))
        }
        #expect(markdown.contains("\n- **08:30** · acme · post · One tip.\\\n  `tip` · plan.yaml:9\n"))
        #expect(markdown.contains("\n  - [ ] Thank the first commenter\n"))
        #expect(markdown.contains("\n  - [ ] Reply to every comment within 24 hours\n"))
        #expect(markdown.contains("_Nothing planned._"))
        #expect(markdown.contains("| acme | LinkedIn | 1 |"))
        #expect(markdown.contains("No deadlines this week."))
    }

    @Test("plan text cannot break a table, a list item or the formatting: | * _ < ` # \\ are escaped, line breaks become spaces")
    func escaping() throws {
        let markdown = try MarkdownCalendarRenderer(template: builtInTemplate(MarkdownCalendarRenderer.templateName)).render(hostileCalendar())
        #expect(markdown.contains(#"A \| B \*bold\* \_it\_ \<script\>alert('x')\</script\> & \\ back; semi, comma"#))
        #expect(markdown.contains("  - [ ] Reply \\| then \\<b\\>bold\\</b\\>\n"))
        #expect(markdown.contains("  - [ ] Tab and newline\n"))
        #expect(!markdown.contains("<script>"))
        let reviewRow = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| 2026-11-24 |") })
        #expect(reviewRow.contains(#"Planner \| \<Pro\>"#))
        let unescapedPipes = reviewRow.indices.filter {
            reviewRow[$0] == "|" && (reviewRow.index($0, offsetBy: -1, limitedBy: reviewRow.startIndex).map { reviewRow[$0] != "\\" } ?? true)
        }
        #expect(unescapedPipes.count == 4, "the row has three cells: \(reviewRow)")
    }

    @Test("a template of the repo's own renders the same model")
    func customTemplate() throws {
        let template = TemplateFile(
            path: "t.mustache", text: "{{#weeks}}{{id}}:{{#days}}{{#slots}} {{time}} {{title}}{{/slots}}{{/days}}{{/weeks}}\n")
        let plan = berlinCalendarPlan(
            """
              - { id: tip, kind: post, channels: [acme], at: 2026-11-24 08:30, text: "One *tip*" }
            """)
        #expect(try MarkdownCalendarRenderer(template: template).render(calendar(plan, week("2026-W48"))) == "2026-W48: 08:30 One \\*tip\\*\n")
    }

    @Test("a template with an unclosed section is an error that points at the template")
    func brokenTemplate() {
        let template = TemplateFile(path: "templates/calendar.md.mustache", text: "# {{title}}\n{{#weeks}}\n{{id}}\n")
        #expect {
            try MarkdownCalendarRenderer(template: template)
        } throws: { error in
            let error = error as? TemplateError
            return error?.path == "templates/calendar.md.mustache" && error?.line != nil && error?.message.contains("not closed") == true
        }
    }
}

@Suite("Calendar output: HTML")
struct HTMLCalendarTests {
    @Test("plan text is HTML-escaped: a <script> in a title, text or checklist stays text")
    func escaping() throws {
        let html = try HTMLCalendarRenderer(template: builtInTemplate(HTMLCalendarRenderer.templateName)).render(hostileCalendar())
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("Reply | then &lt;b&gt;bold&lt;/b&gt;"))
        #expect(html.contains("Planner | &lt;Pro&gt;"))
    }

    @Test("the page is self-contained: one inline script of its own, nothing loaded from elsewhere, a print stylesheet")
    func selfContained() throws {
        let html = try HTMLCalendarRenderer(template: builtInTemplate(HTMLCalendarRenderer.templateName)).render(hostileCalendar())
        #expect(html.components(separatedBy: "<script").count == 2, "one script: the one that marks today")
        for outside in ["<script src", "<link", "src=", "@import", "url(", "http://", "https://"] {
            #expect(!html.contains(outside), "the page contains \(outside)")
        }
        #expect(html.contains("@media print"))
        #expect(html.contains("<div class=\"grid\">"))
    }
}

@Suite("Calendar output: iCalendar")
struct ICSCalendarTests {
    static func unfolded(_ ics: String) -> [String] {
        ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    }

    @Test("TEXT values escape backslash, semicolon, comma and line breaks")
    func escaping() throws {
        let ics = ICSCalendarRenderer().render(try hostileCalendar())
        let lines = Self.unfolded(ics)
        #expect(lines.contains(#"SUMMARY:Post on acme: A | B *bold* _it_ <script>alert('x')</script> & \\ back\; semi\, comma"#))
        let description = try #require(lines.first { $0.hasPrefix("DESCRIPTION:Post on acme") })
        #expect(description.contains(#"Line one\, with\; specials \\\nLine two | piped"#))
        #expect(description.contains("[ ] Tab\tand\\nnewline"))
        #expect(ICSContentLines.escape("a,b;c\\d\r\ne\nf\u{7}") == #"a\,b\;c\\d\ne\nf "#)
    }

    @Test("every line ends in CRLF and holds at most 75 octets, folded between UTF-8 sequences")
    func folding() throws {
        let plan = berlinCalendarPlan(
            """
              - id: wide
                kind: post
                channels: [acme]
                at: 2026-11-24 09:00
                text: "\(String(repeating: "Grüße 👋🏽 日本語 ", count: 12))"
            """)
        let ics = ICSCalendarRenderer().render(try calendar(plan, try week("2026-W48")))
        #expect(ics.hasSuffix("\r\n"))
        let bytes = Array(ics.utf8)
        var lines: [[UInt8]] = [[]]
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A {
                #expect(index > 0 && bytes[index - 1] == 0x0D, "a bare line feed at octet \(index)")
                lines.append([])
            } else if byte != 0x0D {
                lines[lines.count - 1].append(byte)
            }
        }
        for line in lines {
            #expect(line.count <= 75, "\(line.count) octets: \(String(decoding: line, as: UTF8.self))")
            #expect(String(validating: line, as: UTF8.self) != nil, "a fold splits a UTF-8 sequence")
        }
        #expect(lines.contains { $0.count > 70 && $0.first == 0x20 }, "the long text is folded")
        #expect(Self.unfolded(ics).contains { $0.contains(String(repeating: "Grüße 👋🏽 日本語 ", count: 12).trimmingSpaces()) })
    }

    @Test("folding cuts at 75 octets, continuation lines counting their leading space")
    func foldWidths() {
        let folded = ICSContentLines.fold("DESCRIPTION:" + String(repeating: "é", count: 100))
        let widths = folded.components(separatedBy: "\r\n").map(\.utf8.count)
        #expect(widths == [74, 75, 65])
    }

    @Test("a VEVENT per slot with a stable uid, its zone, a 15-minute length, its channel and a reminder")
    func event() throws {
        let plan = berlinCalendarPlan(
            """
              - { id: webinar, kind: post, channels: [acme-us], at: 2026-12-03 11:00, text: Webinar. }
            """)
        let lines = Self.unfolded(ICSCalendarRenderer().render(try calendar(plan, try week("2026-W49"))))
        let event = Array(lines.drop { $0 != "BEGIN:VEVENT" }.prefix { $0 != "END:VEVENT" })
        #expect(event.contains("UID:webinar.acme-us@postplan"))
        #expect(event.contains("DTSTAMP:20261130T000000Z"))
        #expect(event.contains("DTSTART;TZID=America/New_York:20261203T110000"))
        #expect(event.contains("DTEND;TZID=America/New_York:20261203T111500"))
        #expect(event.contains("LOCATION:acme-us (LinkedIn)"))
        #expect(event.contains("CATEGORIES:post,LinkedIn"))
        #expect(event.contains("TRIGGER:-PT15M"))
        #expect(lines.contains("TZID:America/New_York"))
        #expect(lines.prefix(4) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//postplan//posting calendar//EN", "CALSCALE:GREGORIAN"])
    }

    @Test("deadlines are VTODOs: due at a time in the calendar's zone, or on a day")
    func todos() throws {
        let plan = berlinCalendarPlan(
            """
              - { id: poll, kind: poll, channels: [acme], at: 2026-11-24 09:00, question: Q?, options: [A, B], duration: 1d }
            """ + "\n" + productPageItem(launch: "2026-12-09"))
        let lines = Self.unfolded(ICSCalendarRenderer().render(try calendar(plan, try week("2026-W48"))))
        #expect(lines.filter { $0 == "BEGIN:VTODO" }.count == 2)
        #expect(lines.contains("UID:poll.acme.post-results@postplan"))
        #expect(lines.contains("DUE;TZID=Europe/Berlin:20261125T090000"))
        #expect(lines.contains("UID:page.acme.submit-review@postplan"))
        #expect(lines.contains("DUE;VALUE=DATE:20261125"))
        #expect(lines.contains("TRIGGER;RELATED=END:-PT15H"))
    }

    @Test("the VTIMEZONE of a zone with daylight saving lists each change of the year as STANDARD or DAYLIGHT")
    func daylightZone() {
        var lines = ICSContentLines()
        TimeZoneObservances(zone: "Europe/Berlin", years: 2026...2026)?.write(to: &lines)
        #expect(
            lines.text.components(separatedBy: "\r\n") == [
                "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
                "BEGIN:STANDARD", "DTSTART:20251026T030000", "RDATE:20261025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:20260329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
                "END:VTIMEZONE", "",
            ])
    }

    @Test("the VTIMEZONE of a zone without changes is one standard time")
    func fixedZone() {
        var lines = ICSContentLines()
        TimeZoneObservances(zone: "Asia/Tokyo", years: 2026...2027)?.write(to: &lines)
        #expect(lines.text.contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nEND:STANDARD\r\n"))
        #expect(TimeZoneObservances(zone: "Not/A_Zone", years: 2026...2026) == nil)
    }

    @Test("the same calendar gives the same bytes")
    func deterministic() throws {
        let plan = berlinCalendarPlan(
            """
              - { id: tip, kind: post, channels: [acme, acme-us], at: 2026-11-24 08:30, text: One tip. }
            """)
        let first = ICSCalendarRenderer().render(try calendar(plan, try week("2026-W48")))
        let second = ICSCalendarRenderer().render(try calendar(plan, try week("2026-W48")))
        #expect(first == second)
    }
}

@Suite("Calendar output: JSON")
struct JSONCalendarTests {
    @Test("the JSON is the model itself, keys sorted, and reads back into the same model")
    func roundTrip() throws {
        let model = try hostileCalendar()
        let json = JSONCalendarRenderer().render(model)
        #expect(json.hasPrefix("{\n  \"from\" : \"2026-11-23\",\n"))
        let decoded = try JSONDecoder().decode(PostingCalendar.self, from: Data(json.utf8))
        #expect(decoded == model)
    }
}
