import Foundation
import Mustache
import Testing

@testable import PostplanKit

/// The shortcuts the benchmark led to (see BENCHMARKS.md) must give the same answers as the
/// long way round.
@Suite("Hardening: performance shortcuts agree with the long way")
struct ShortcutTests {
    static let texts = [
        "", "Plain ASCII text.", "CR LF\r\nis one grapheme", "trailing newlines\n\n",
        "Größere Kampagnen laufen ruhiger.", "四半期分の投稿を一日の午後で計画できます。", "Отвечайте на комментарии",
        "emoji 🚀 and a family 👩‍👩‍👧 and a flag 🇩🇪 and a keycap #️⃣", "e\u{301} combining, and \u{0958} which NFC decomposes",
        "a link https://acme.example/a and http://x.io, then acme.example/bare and more.dots.here",
        "#one #two ＃three #4 not#tag", String(repeating: "long ", count: 200) + "https://acme.example",
        "© 2026 Acme® and ™, keycaps 1️⃣ #️⃣ *️⃣", "short links x.io a.co and b.de/x", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 outside the BMP 🇯🇵",
        "Привет, Ελλάδα, مرحبا", "Café résumé naïve: déjà vu",
    ]

    static let lengths: [(String, TextLength)] = [
        ("graphemes", TextLength(counting: .graphemes)),
        ("graphemes, links 23", TextLength(counting: .graphemes, urlLength: 23)),
        ("emoji as bytes", TextLength(counting: .graphemesEmojiAsBytes)),
        ("emoji as bytes, links 23", TextLength(counting: .graphemesEmojiAsBytes, urlLength: 23)),
        ("X weights", TextLength(counting: .xWeighted, weighting: ProfileRegistry.builtIn["x"]?.weighting(on: nil))),
    ]

    @Test("a text's ceiling is never below its count", arguments: texts)
    func ceilingBoundsCount(text: String) {
        for (name, length) in Self.lengths {
            guard let ceiling = length.ceiling(of: text) else { continue }
            #expect(ceiling >= length.count(text), "\(name): ceiling \(ceiling) < count \(length.count(text)) for \(text.debugDescription)")
        }
    }

    @Test("X's ceiling is never below the count, for 3,000 texts made of links, emoji and scripts")
    func weightedCeilingBoundsMixedTexts() throws {
        let weighting = try #require(ProfileRegistry.builtIn["x"]?.weighting(on: nil))
        let pieces = [
            "plan", " ", ".", ". ", "x.io", "a.co/b", "https://acme.example/p?q=1", "acme.example", "t.co/abc123",
            "Größe", "é", "ß", "日本語", "Привет", "Ελλάδα", "مرحبا", "©", "®", "™", "‼", "1️⃣", "#️⃣", "🇯🇵", "👩‍👩‍👧",
            "👍🏽", "🚀", "😷", "𝔘", "\u{200D}", "\u{FE0F}", "\u{2028}", "#tag", "@someone", "-", "_", "/", "\n",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {  // SplitMix64: the same texts on every run
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        var checked = 0
        for _ in 0..<3_000 {
            let text = (0..<(1 + next(40))).map { _ in pieces[next(pieces.count)] }.joined()
            guard let ceiling = WeightedLengthCounter.ceiling(of: text, config: weighting) else { continue }
            checked += 1
            let count = WeightedLengthCounter.count(text, config: weighting).weightedLength
            #expect(ceiling >= count, "ceiling \(ceiling) < count \(count) for \(text.debugDescription)")
        }
        #expect(checked > 2_000)
    }

    @Test("X's ceiling holds an emoji at the default weight where a repo's ranges weigh its code point less")
    func weightedCeilingForLightEmoji() throws {
        let x = try #require(ProfileRegistry.builtIn["x"]?.weighting(on: nil))
        // A repo's override could weigh the Dingbats block like Latin text; ❤ is still one emoji.
        var light = x
        light.ranges.insert(WeightedLengthConfig.Range(start: 0x2700, end: 0x27BF, weight: x.scale), at: 0)
        for text in ["\u{2764}", "I \u{2764} plans", "\u{2764}\u{2764}\u{2764}"] {
            let ceiling = try #require(WeightedLengthCounter.ceiling(of: text, config: light))
            let count = WeightedLengthCounter.count(text, config: light).weightedLength
            #expect(ceiling >= count, "ceiling \(ceiling) < count \(count) for \(text.debugDescription)")
        }
    }

    @Test("X's ceiling for sentences of Latin text with a few accents stays within 5 % of the count")
    func weightedCeilingIsTight() throws {
        let weighting = try #require(ProfileRegistry.builtIn["x"]?.weighting(on: nil))
        let text = String(repeating: "Größere Kampagnen laufen ruhiger, wenn alle Beiträge geplant sind. ", count: 4)
        let ceiling = try #require(WeightedLengthCounter.ceiling(of: text, config: weighting))
        let count = WeightedLengthCounter.count(text, config: weighting).weightedLength
        #expect(ceiling >= count)
        #expect(Double(ceiling) <= Double(count) * 1.05, "ceiling \(ceiling), count \(count)")
    }

    @Test("the byte-level counts agree with the grapheme walk", arguments: texts)
    func fastCountsAgree(text: String) {
        var trimmed = Substring(text)
        while let last = trimmed.last, last.isNewline { trimmed.removeLast() }
        #expect(TextLength(counting: .graphemes).count(text) == trimmed.count)
        let hashtags = LinkScanner.hashtags(in: text).count, links = LinkScanner.links(in: text).count
        #expect(LinkScanner.hashtagCeiling(of: text) >= hashtags)
        #expect(LinkScanner.linkCeiling(of: text) >= links)
        #expect(LinkScanner.mayContainLink(text) || links == 0)
    }

    @Test(
        "the usual date-and-time form is read like every other form",
        arguments: [
            "2026-11-24 09:00", "2026-11-24T09:00", "2026-11-24t23:59", "2026-02-29 09:00", "2026-13-01 09:00",
            "2026-11-24 24:00", "2026-11-24 09:60", "0000-01-01 00:00", "2026-11-24 9:00", "2026-11-24 09:00Z",
            "２０２６-11-24 09:00", "2026-11-24_09:00",
        ])
    func dateTimeShortcut(text: String) {
        let viaSeparateParts: DateTimeValue? = {
            let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" || $0 == "t" })
            guard parts.count == 2, case .success(let date) = ScalarSyntax.date(String(parts[0])),
                case .success(let time) = ScalarSyntax.time(String(parts[1]))
            else { return nil }
            return DateTimeValue(date: date, time: time)
        }()
        switch ScalarSyntax.dateTime(text) {
        case .success(let value):
            if text.hasSuffix("Z") { #expect(value.utcOffsetSeconds == 0) } else { #expect(value == viaSeparateParts) }
        case .failure:
            #expect(viaSeparateParts == nil)
        }
    }

    @Test(
        "iCalendar escaping by bytes gives what escaping character by character gives",
        arguments: texts + [
            "semi; colon, comma \\ back", "lines\nand\r\nbreaks\rand\u{0B}\u{0C}", "NEL\u{85}LS\u{2028}PS\u{2029}end",
            "controls \u{0}\u{7}\u{1B}\u{7F} and \t tab", "\n\u{301} a mark after a break", "\r", "\r\r\n",
        ])
    func icsEscaping(text: String) {
        var expected = ""
        for character in text {
            switch character {
            case "\\": expected += "\\\\"
            case ";": expected += "\\;"
            case ",": expected += "\\,"
            case "\t": expected += "\t"
            case _ where character.isNewline: expected += "\\n"
            case _ where character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }): expected += " "
            default: expected.append(character)
            }
        }
        #expect(ICSContentLines.escape(text) == expected)
    }

    @Test(
        "a slot title's first line is found by scalars where splitting by characters finds it",
        arguments: texts + [
            "\n\n  \t \r\n  second line  \nthird", "  \u{2028}\u{2029}\u{85}after separators", "\u{0B}\u{0C}vertical tab and form feed",
            "\r\n", "   ", "one\r\ntwo", "é\u{301}\n", "  lead and trail  ", "\u{2028}", "tab\tinside\u{2029}next",
        ])
    func slotTitleFirstLine(text: String) {
        let expected = text.split(whereSeparator: \.isNewline).lazy.map { $0.trimmingSpaces() }.first { !$0.isEmpty }
        #expect(SlotWording.firstLine(of: text) == expected)
    }

    /// Texts of one, two and more scalars per character, around the excerpt's length, with
    /// and without spaces to cut at.
    static func excerptTexts() -> [String] {
        var texts: [String] = []
        for length in [279, 280, 281, 600] {
            for unit in ["a", "é", "e\u{301}", "👩🏽‍💻", "語", "\r\n", "a\n"] {
                texts.append(String(repeating: unit, count: length))
                texts.append((0..<length).map { $0 % 9 == 8 ? " " : unit }.joined())
            }
        }
        // ASCII up to the cut, then a mark that joins the character before it, or a CR.
        let ascii = (0..<280).map { $0 % 7 == 6 ? " " : "x" }.joined()
        texts += [ascii + "\u{301}tail", ascii + "y\u{301}tail", ascii + "\r\ntail", String(ascii.dropLast()) + "\r\nab"]
        return texts
    }

    @Test(
        "a slot's excerpt walks only to the cut, and cuts where counting the whole text would",
        arguments: excerptTexts())
    func slotExcerpt(text: String) {
        let length = SlotWording.excerptLength
        var expected: String?
        if text.count > length {
            let head = text.prefix(length)
            expected = (head.lastIndex(where: { $0 == " " || $0.isNewline }).map { head[..<$0] } ?? head).trimmingWhitespace() + "…"
        }
        #expect(SlotWording.excerpt(of: text) == expected)
    }

    @Test(
        "the built-in templates render a calendar from plain values as from the model's structures",
        arguments: [
            MarkdownCalendarRenderer.templateName, HTMLCalendarRenderer.templateName,
        ])
    func templateValues(name: String) throws {
        let plan = berlinCalendarPlan(
            """
              - { id: tip, kind: post, channels: [acme, acme-x], at: 2026-11-24 08:30, text: "One tip,\\ntwo lines", checklist: [Thank the first commenter] }
              - { id: us, kind: post, channels: [acme-us], at: 2026-11-25 09:00, title: "A <b>title</b> & more", text: Hello, pillar: insights, intent: dialogue }
              - { id: vote, kind: poll, channels: [acme], at: 2026-11-26 10:00, question: Which day?, options: [Mon, Tue], duration: 3d }
            """ + "\n" + productPageItem(launch: "2026-11-27"))
        let model = try calendar(plan, try week("2026-W48"))
        #expect(!model.slots.isEmpty && !model.deadlines.isEmpty)
        let file = try TemplateSource(folder: nil, fileSystem: InMemoryFileSystem()).template(named: name)
        let reflected = try MustacheTemplate(string: file.text).render(model)
        #expect(try MustacheTemplate(string: file.text).render(TemplateValues.of(model).any) == reflected)
    }

    @Test("template values leave nil optionals out and keep numbers, lists and nested containers")
    func templateValueShapes() throws {
        struct Nested: Encodable {
            let ratio = 0.5, missing: String? = nil, names = ["a", "b"]
            func encode(to encoder: any Encoder) throws {
                enum Key: CodingKey { case ratio, missing, names, inner }
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(ratio, forKey: .ratio)
                try container.encodeIfPresent(missing, forKey: .missing)
                try container.encode(names, forKey: .names)
                var inner = container.nestedContainer(keyedBy: Key.self, forKey: .inner)
                try inner.encode(names.count, forKey: .names)
            }
        }
        let values = try #require(TemplateValues.of(Nested()).any as? TemplateObject)
        #expect(values.child(named: "missing") == nil)
        #expect(values.child(named: "ratio") as? Double == 0.5)
        #expect(values.child(named: "names") as? [String] == ["a", "b"])
        #expect((values.child(named: "inner") as? TemplateObject)?.child(named: "names") as? Int == 2)
        #expect(values.child(named: "no-such-field") == nil)
        // Structures of one type share their names: a field the first lacks is still the second's.
        struct Slot: Encodable { let title: String, note: String? }
        let slots = try #require(TemplateValues.of([Slot(title: "a", note: nil), Slot(title: "b", note: "n")]).any as? [Any])
        let objects = slots.compactMap { $0 as? TemplateObject }
        #expect(objects.map { $0.child(named: "title") as? String } == ["a", "b"])
        #expect(objects.map { $0.child(named: "note") as? String } == [nil, "n"])
        let list = try #require(TemplateValues.of(["a", nil] as [String?]).any as? [Any])
        #expect(list.count == 2)
        #expect(list[0] as? String == "a")
        #expect(String(describing: list[1]) == "nil", "a nil element reads as a nil, as Mustache reads an optional")
    }

    @Test(
        "trimming white space without Foundation trims the scalars Unicode's PropList.txt names White_Space",
        arguments: texts + [
            "  both ends \t", "\n\r\nlines\u{85}\u{2028}\u{2029}", "\u{A0}no-break\u{3000}ideographic\u{202F}", " \u{301}combining after a space",
            "\u{200B}zero width is not white space\u{FEFF}", "\u{1680}\u{2000}\u{200A}\u{205F}", " \t\n ", "\u{0B}\u{0C}vt ff",
        ])
    func whitespaceTrimming(text: String) {
        // PropList.txt (Unicode 16): 0009..000D, 0020, 0085, 00A0, 1680, 2000..200A, 2028, 2029, 202F, 205F, 3000.
        // (Foundation's whitespacesAndNewlines on Linux also holds U+200B, which is not white space.)
        var whiteSpace = CharacterSet(charactersIn: "\u{20}\u{85}\u{A0}\u{1680}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}")
        whiteSpace.insert(charactersIn: "\u{09}"..."\u{0D}")
        whiteSpace.insert(charactersIn: "\u{2000}"..."\u{200A}")
        #expect(String(text.trimmingWhitespace()) == text.trimmingCharacters(in: whiteSpace))
    }

    @Test(
        "Markdown escaping leaves a text as it is only when escaping it character by character changes nothing",
        arguments: texts + [
            "a | b", "*bold* _it_ `code` [link](x) <b> ~x~ #tag \\", "line\nbreak", "tab\there", "\u{2028}sep\u{2029}", "\u{85}next",
            "en – dash and ’quote’", "#️⃣ keycap", "plain words only", "varia \u{1FEF} is not a backtick", "#x\u{1FEF}",
            "*\u{301} combined star", "a\r\nb\r\n\r\nc", "🇩🇪#🇯🇵|🇫🇷", "\u{A0}#\u{A0}", "x\u{200D}#", "👩‍👩‍👧*", "\u{600}#prepended",
            "ends with a star*", "#", "\n", "\t\t", "  \n  \n", "é*é_é", "\u{2019}*\u{2019}", "a\u{85}\u{2028}b",
        ])
    func markdownEscaping(text: String) {
        let significant: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#"]
        var expected = ""
        for character in text {
            if character.isNewline {
                if expected.last != " " { expected.append(" ") }
            } else if character == "\t" {
                expected.append(" ")
            } else {
                if character.isASCII, significant.contains(character) { expected.append("\\") }
                expected.append(character)
            }
        }
        #expect(MarkdownEscaping().escapeText(text) == expected)
    }

    @Test(
        "iCalendar lines fold at 75 octets between scalars, as scalar by scalar",
        arguments: texts + [
            String(repeating: "👩‍👩‍👧", count: 30), String(repeating: "a", count: 75), String(repeating: "ä", count: 80),
        ])
    func icsFolding(text: String) {
        var expected = "", octets = 0
        for scalar in text.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > ICSContentLines.maxOctets {
                expected += "\r\n "
                octets = 1
            }
            expected.unicodeScalars.append(scalar)
            octets += size
        }
        #expect(ICSContentLines.fold(text) == expected)
    }

    @Test("sorting findings keeps each once, in reading order, and keeps findings that differ only in severity or notes")
    func sortedUnique() {
        let range = SourceRange(path: "plans/a.yaml", span: .init(at: .init(line: 3, column: 5)))
        let earlier = SourceRange(path: "plans/a.yaml", span: .init(at: .init(line: 1, column: 1)))
        let finding = Diagnostic(ruleID: "text-length", severity: .error, message: "too long", range: range)
        var warning = finding
        warning.severity = .warning
        var withNote = finding
        withNote.related = [Diagnostic.Related("first", at: earlier)]
        let first = Diagnostic(ruleID: "unknown-key", severity: .error, message: "unknown", range: earlier)
        let sorted = [finding, withNote, warning, first, finding, warning, withNote, first].sortedUnique()
        #expect(sorted.count == 4)
        #expect(sorted.first == first)
        #expect(Set(sorted) == Set([first, finding, warning, withNote]))
        #expect(zip(sorted, sorted.dropFirst()).allSatisfy { !($1 < $0) })
    }

    @Test(
        "cached time-zone offsets agree with Foundation's, across transitions, in any order of asking",
        arguments: [
            "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Pacific/Apia", "Africa/Casablanca", "Europe/Moscow",
            "Asia/Tokyo", "America/Santiago", "Antarctica/Troll", "UTC",
        ])
    func zoneOffsets(zone identifier: String) throws {
        let converter = try #require(ZoneConverter(TimeZoneID(identifier)))
        let zone = try #require(TimeZone(identifier: identifier))
        // Every 7 hours and 13 minutes from 2010 to 2030, asked for from both ends inwards.
        let instants = Array(stride(from: 1_262_304_000, to: 1_893_456_000, by: 25_980))
        var order: [Int] = []
        var low = 0, high = instants.count - 1
        while low <= high {
            order.append(instants[high])
            if low != high { order.append(instants[low]) }
            low += 1
            high -= 1
        }
        let mismatches = order.filter { converter.offset(at: $0) != zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval($0))) }
        #expect(mismatches.isEmpty, "\(identifier): \(mismatches.count) instants disagree, first \(mismatches.first ?? 0)")
    }

    @Test("each fact key sits at its own index in FactKey.all, where profiles keep its facts")
    func factKeyIndexes() {
        #expect(FactKey.all.map(\.index) == Array(FactKey.all.indices))
        #expect(Set(FactKey.all.map(\.path)).count == FactKey.all.count)
    }

    @Test("a profile finds by key index the facts it holds by path, also after they change", arguments: BuiltInProfileTests.ids)
    func factsByIndex(id: String) throws {
        var profile = try #require(ProfileRegistry.builtIn[id])
        for key in FactKey.all {
            #expect(profile.history(key).map(\.range) == (profile.facts[key.path] ?? []).map(\.range), "\(id) \(key.path)")
        }
        profile.facts[FactKey.textMaxLength.path] = nil
        #expect(profile.fact(.textMaxLength, on: nil) == nil)
    }

    @Test("an item and a fact keep value semantics behind their shared box: changing a copy leaves the original")
    func sharedValuesAreValues() throws {
        let original = try #require(
            try validItems(
                planWithItems(
                    """
                      - id: teaser
                        kind: post
                        channels: [acme]
                        at: 2026-11-24 09:00
                        text: Original text
                    """)
            ).first)
        var copy = original
        copy.text = Located("Changed text", at: original.range)
        #expect(original.text?.value == "Original text")
        #expect(copy.text?.value == "Changed text")
        #expect(copy.id.value == "teaser")

        let fact = try #require(ProfileRegistry.builtIn["x"]?.fact(.textMaxLength, on: nil))
        var changed = fact
        changed.source = "a test"
        #expect(fact.source != "a test")
        #expect(changed.source == "a test")
        #expect(changed.range == fact.range)
    }
}
