import Foundation
import Mustache
import Testing

@testable import PostplanKit

/// `CompiledTemplate` renders what swift-mustache renders, byte for byte, for every template
/// it compiles; the rest it leaves to swift-mustache.
@Suite("CompiledTemplate")
struct CompiledTemplateTests {
    struct Entry: Encodable {
        var name: String
        var flag: Bool
        var note: String?
    }

    struct Inner: Encodable {
        var label = "inner label"
        var depth = 2
    }

    struct Model: Encodable {
        var title = "A <b>title</b> & 'more' \"quoted\" <\u{338} combining"
        var entries = [
            Entry(name: "first", flag: true, note: "n1"), Entry(name: "second", flag: false, note: nil),
            Entry(name: "third", flag: true, note: nil),
        ]
        var names = ["a", "b", "c"]
        var none: [String] = []
        var on = true
        var off = false
        var count = 3
        var zero = 0
        var ratio = 0.5
        var big: Int64 = 7
        var note: String? = "outer note"
        var missing: String?
        var blank = ""
        var inner = Inner()
        var holes: [String?] = ["x", nil]
        var word = "hello wORLD"
    }

    static let templates = [
        "{{title}}|{{{title}}}|{{&title}}|{{ title }}",
        "{{count}} {{ratio}} {{big}} {{on}} {{off}} {{blank}}[{{missing}}]",
        "{{#entries}}{{index()}}:{{name}}{{^last()}}, {{/last()}}{{/entries}}",
        "{{#entries}}{{#first()}}[{{/first()}}{{name}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}}{{#last()}}]{{/last()}}{{/entries}}",
        "{{#entries}}{{#flag}}{{index()}}{{/flag}}{{/entries}}",
        "{{#entries}}{{name}}: {{note}};{{/entries}}",
        "{{#entries}}{{#note}}({{.}}{{index()}}){{/note}}{{/entries}}",
        "{{#names}}{{.}}{{/names}}|{{#none}}x{{/none}}{{^none}}none{{/none}}|{{^names}}no{{/names}}",
        "{{#on}}on{{/on}}{{#off}}off{{/off}}{{^off}}not off{{/off}}{{^missing}}missing{{/missing}}{{#missing}}x{{/missing}}",
        "{{#blank}}[{{.}}]{{/blank}}{{^blank}}no blank{{/blank}}{{#zero}}({{.}}){{/zero}}",
        "{{inner.label}} {{inner.depth}} {{#inner}}{{label}} {{title}} {{.label}}[{{.title}}]{{/inner}} {{inner.nothing}}",
        "{{#inner}}{{#entries}}{{name}}{{depth}}{{/entries}}{{/inner}}",
        "{{empty(names)}} {{empty(none)}} {{count(names)}} {{uppercased(word)}} {{lowercased(word)}} {{capitalized(word)}}",
        "{{equalzero(count)}} {{plusone(count)}} {{minusone(count)}} {{even(count)}} {{odd(count)}} {{plusone(big)}} {{equalzero(count(none))}}",
        "{{#entries}}{{plusone(index())}}{{/entries}} {{empty(count)}} {{count(word)}}[{{lowercased(names)}}]",
        "{{^empty(names)}}some{{/empty(names)}}{{#empty(none)}}, none{{/empty(none)}}",
        "{{#holes}}<{{.}}>{{/holes}} {{holes}} {{names}} {{inner}}",
        "{{.}}",
        "Line one\n  {{#entries}}  \n  - {{name}}\n  {{/entries}}\nend\n",
        "  {{! a comment on its own line }}\nafter\n  {{! inline }} text\n{{!\n multi\n line }}\nlast",
        "{{#on}}\n\tindented by a tab\n{{/on}}\r\n{{#on}}\r\nCRLF\r\n{{/on}}\r\ndone\r\n",
        "before {{#on}}\ninside\n{{/on}} after\n  {{#off}}\nx\n  {{/off}}   \ntrailing spaces on the last line {{#on}}y{{/on}}   ",
        "{{#on}}\n{{/on}}   ",
        "a { b } {x} { {c} } }}{{title}}{ x",
        "  {{title}}\n  {{#names}}\n    {{.}}\n  {{/names}}\n",
    ]

    @Test("each template renders as swift-mustache renders it", arguments: templates)
    func sameAsSwiftMustache(template: String) throws {
        let model = TemplateValues.of(Model())
        let compiled = try #require(CompiledTemplate(template, escape: HTMLEscaping().escapeText))
        #expect(compiled.render(model) == (try MustacheTemplate(string: template).render(model.any)))
    }

    @Test(
        "templates with what only swift-mustache renders are not compiled",
        arguments: [
            "{{> part}}", "{{<base}}{{$block}}x{{/block}}{{/base}}", "{{$block}}default{{/block}}", "{{=<% %>=}}<% title %>",
            "{{% CONTENT_TYPE: TEXT }}{{title}}", "{{reversed(names)}}", "{{#first(names)}}x{{/first(names)}}", "{{sorted(names)}}",
            "{{enumerated(names)}}", "{{name()}}",
        ])
    func leftToSwiftMustache(template: String) {
        #expect(CompiledTemplate(template, escape: HTMLEscaping().escapeText) == nil)
    }

    @Test(
        "the built-in templates are compiled, whole and in the parts they are written day by day in",
        arguments: [MarkdownCalendarRenderer.templateName, HTMLCalendarRenderer.templateName])
    func builtInTemplatesCompile(name: String) throws {
        let text = try TemplateSource(folder: nil, fileSystem: InMemoryFileSystem()).template(named: name).text
        let weeks = try #require(SectionCut.weeks(of: text))
        let days = try #require(SectionCut.days(ofWeek: weeks.section))
        for part in [text, weeks.opening, weeks.section, weeks.closing, days.opening, days.section, days.closing] {
            #expect(CompiledTemplate(part, escape: HTMLEscaping().escapeText) != nil)
        }
    }

    @Test("a list made one element at a time renders as the list itself, each element made once, in order")
    func listMadeOneAtATime() throws {
        let compiled = CompiledTemplate("{{#entries}}{{name}}{{^last()}}, {{/last()}}{{/entries}} ({{entries.count}})", escape: { $0 })
        let template = try #require(compiled)
        let given = TemplateValues.of(Model())
        guard case .object(let object) = given, case .list(let entries)? = object.field(named: "entries") else {
            Issue.record("the model has no list of entries")
            return
        }
        let whole = template.render(given)
        var made: [Int] = []
        object.replace(
            "entries",
            with: .list(
                TemplateList(count: entries.count) {
                    made.append($0); return entries[$0]
                }))
        #expect(template.render(given) == whole)
        #expect(made == [0, 1, 2])
    }

    @Test("a calendar template that is not compiled is still rendered, by swift-mustache")
    func fallback() throws {
        let file = TemplateFile(path: "templates/calendar.md.mustache", text: "{{=<% %>=}}# <% title %>\n")
        let calendar = PostingCalendar(
            version: PostingCalendar.currentVersion, title: "2026-W48", from: "2026-11-23", to: "2026-11-29", timeZone: "Europe/Berlin",
            weekStart: "mon", weeks: [])
        #expect(try MarkdownCalendarRenderer(template: file).render(calendar) == "# 2026-W48\n")
    }

    @Test(
        "HTML escaping replaces what swift-mustache's does, and returns other text as it is",
        arguments: Model().names + [
            Model().title, "plain", "", "a & b", "'single' \"double\"", "e\u{301} <\u{301}", "🏳️‍🌈 <tag>", "a <\u{338} b",
            "x'\u{200D}y", "\u{600}<b> &", "don't & \"quote\"'",
        ])
    func htmlEscaping(text: String) throws {
        let escaped = HTMLEscaping().escapeText(text)
        #expect(escaped == (try MustacheTemplate(string: "{{text}}").render(["text": text])))
    }
}
