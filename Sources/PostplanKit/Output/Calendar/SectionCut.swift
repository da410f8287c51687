/// A calendar template cut around one of its list sections, so that it can be rendered an
/// element at a time: the text before `{{#weeks}}`, the section from `{{#weeks}}` to
/// `{{/weeks}}`, and the text after it (``weeks(of:)``); that section cut again around its
/// `{{#days}}` … `{{/days}}` (``days(ofWeek:)``), and a day's around its `{{#slots}}` …
/// `{{/slots}}` (``slots(ofDay:)``), which is rendered a run of slots at a time. Rendering the first and the last part with
/// what surrounds the list, and the section once per element with that element alone as the
/// list, gives the text the whole template gives.
///
/// Only a template for which that holds is cut; nil for any other:
/// - both tags stand on lines of their own (Mustache drops such lines), the first opening
///   line and the last closing line, the section they enclose is one, and it is not inside
///   another section;
/// - nothing inside the section but its own two tags names the list, and nothing outside it
///   does either (an `{{^weeks}}` after it would see one week instead of all), except around
///   a day's slots, whose parts are rendered with all of them;
/// - inside the section, `first()`, `last()`, `index()`, `even()` and `odd()` appear only
///   within a list of the element (a week's `days` or `summary`, a day's `slots` or
///   `deadlines`, a slot's `options`, `media` or `checklist`), where they describe those
///   rather than the elements cut apart;
/// - no set-delimiter tag (`{{=<% %>=}}`), after which tags are not found by their braces.
struct SectionCut {
    let opening: String
    let section: String
    let closing: String

    /// The template cut around its weeks.
    static func weeks(of text: String) -> SectionCut? {
        SectionCut(text, list: "weeks", sequencesWithin: ["days", "summary"])
    }

    /// A week's section, as ``weeks(of:)`` cut it, cut around its days: each part keeps the
    /// week's own `{{#weeks}}` and `{{/weeks}}` lines around it, so each renders, with one week
    /// as `weeks`, what it renders inside the whole section.
    static func days(ofWeek week: String) -> SectionCut? {
        cut(inside: week) { SectionCut($0, list: "days", sequencesWithin: ["slots", "deadlines"]) }
    }

    /// A day's section, as ``days(ofWeek:)`` cut it, cut around its first `{{#slots}}` …
    /// `{{/slots}}` section: each part keeps the week's and the day's own lines around it. The
    /// parts around the section may name the slots (`{{^slots}}`): they are rendered with all
    /// of the day's slots, the section with a run of them.
    static func slots(ofDay day: String) -> SectionCut? {
        cut(inside: day) { days in
            cut(inside: days) { SectionCut($0, list: "slots", sequencesWithin: ["options", "media", "checklist"], outsideMayName: true) }
        }
    }

    /// The lines of `section` between its first and its last, cut by `cut`, each part with
    /// those two lines around it again.
    private static func cut(inside section: String, _ cut: (String) -> SectionCut?) -> SectionCut? {
        var lines = section.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
        if lines.last == "" { lines.removeLast() }
        guard lines.count >= 2, let open = lines.first, let close = lines.last else { return nil }
        let inside = lines.dropFirst().dropLast().map { $0 + "\n" }.joined()
        guard let cut = cut(inside) else { return nil }
        func wrapped(_ part: String) -> String { open + "\n" + part + close + "\n" }
        return SectionCut(opening: wrapped(cut.opening), section: wrapped(cut.section), closing: wrapped(cut.closing))
    }

    /// Whether a tag of `text` names `name` (as `{{name}}`, `{{#name}}`, `{{name.field}}`,
    /// `{{empty(name)}}`, …): what a part of a template may read of what it is given.
    static func names(_ name: String, in text: String) -> Bool {
        tags(in: text).contains { $0.name.contains(name) }
    }

    private init(opening: String, section: String, closing: String) {
        self.opening = opening
        self.section = section
        self.closing = closing
    }

    /// - Parameter outsideMayName: whether the text around the section may name the list; the
    ///   section then ends where the first `{{#list}}` closes, else at the last `{{/list}}` line.
    private init?(_ text: String, list: String, sequencesWithin lists: Set<String>, outsideMayName: Bool = false) {
        guard !text.contains("{{=") else { return nil }
        // Split by scalars: a CR LF is one Character, which a split at "\n" would not see.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
        guard let open = lines.firstIndex(where: { Self.isStandaloneTag($0, sigil: "#", list: list) }),
            let close = outsideMayName
                ? Self.matchingClose(of: open, in: lines, list: list) : lines.lastIndex(where: { Self.isStandaloneTag($0, sigil: "/", list: list) }),
            open < close
        else { return nil }
        opening = lines[..<open].map { $0 + "\n" }.joined()
        section = lines[open...close].joined(separator: "\n") + (close < lines.count - 1 ? "\n" : "")
        closing = lines[(close + 1)...].joined(separator: "\n")
        let before = Self.tags(in: opening), after = Self.tags(in: closing)
        guard outsideMayName || !(before + after).contains(where: { $0.name.contains(list) }), Self.isBalanced(before), Self.isBalanced(after),
            Self.isOneSection(Self.tags(in: section), list: list, sequencesWithin: lists)
        else { return nil }
    }

    /// The line that closes the section `{{#list}}` opens on line `open`, when it stands on a
    /// line of its own.
    private static func matchingClose(of open: Int, in lines: [Substring], list: String) -> Int? {
        var depth = 0
        for index in lines.indices[open...] {
            for tag in tags(in: String(lines[index])) where tag.name == list {
                switch tag.sigil {
                case "#", "^": depth += 1
                case "/": depth -= 1
                default: break
                }
                if depth == 0 { return isStandaloneTag(lines[index], sigil: "/", list: list) ? index : nil }
            }
        }
        return nil
    }

    /// Whether the tags, the section's from `{{#list}}` to `{{/list}}`, open and close one
    /// section, with no other mention of the list, nor a sequence function that would see it
    /// rather than one of `lists` inside it.
    private static func isOneSection(_ tags: [Tag], list: String, sequencesWithin lists: Set<String>) -> Bool {
        var open: [String] = []
        for (index, tag) in tags.enumerated() {
            let isBoundary = index == 0 || index == tags.count - 1
            if !isBoundary, tag.name.contains(list) { return false }
            if sequenceFunctions.contains(where: tag.name.hasPrefix), !open.dropFirst().contains(where: lists.contains) {
                return false
            }
            switch tag.sigil {
            case "#", "^", "$", "<": open.append(tag.name)
            case "/":
                guard open.popLast() != nil, !open.isEmpty || isBoundary else { return false }
            default: break
            }
        }
        return open.isEmpty
    }

    /// Whether every section the tags open they also close, and they close no other: the list's
    /// section is not inside another.
    private static func isBalanced(_ tags: [Tag]) -> Bool {
        var depth = 0
        for tag in tags {
            switch tag.sigil {
            case "#", "^", "$", "<": depth += 1
            case "/":
                depth -= 1
                if depth < 0 { return false }
            default: break
            }
        }
        return depth == 0
    }

    private static let sequenceFunctions = ["first(", "last(", "index(", "even(", "odd("]

    /// Whether the line holds nothing but `{{#list}}` (or `{{/list}}`), spaces around it.
    private static func isStandaloneTag(_ line: Substring, sigil: Character, list: String) -> Bool {
        let tags = tags(in: String(line))
        guard tags.count == 1, let tag = tags.first, tag.sigil == sigil, tag.name == list else { return false }
        return line.replacing("{{\(sigil)\(tag.written)}}", with: "").allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
    }

    /// A Mustache tag: its sigil (`#`, `^`, `/`, `&`, `>` …, nil for a variable), its name
    /// without the spaces around it, and what stood between the sigil and the closing braces.
    private struct Tag {
        var sigil: Character?
        var name: String
        var written: Substring
    }

    /// The tags of a template text in the default delimiters, comments left out. Pragmas
    /// (`{{% … }}`) count as tags without a name of interest.
    private static func tags(in text: String) -> [Tag] {
        var tags: [Tag] = []
        var rest = text[...]
        while let start = rest.firstRange(of: "{{") {
            let triple = rest[start.upperBound...].first == "{"
            let inside = rest[start.upperBound...].dropFirst(triple ? 1 : 0)
            guard let end = inside.firstRange(of: triple ? "}}}" : "}}") else { break }
            var written = inside[..<end.lowerBound]
            var sigil: Character? = triple ? "{" : nil
            if !triple, let first = written.first, "#^/!>&$<%".contains(first) {
                sigil = first
                written = written.dropFirst()
            }
            if sigil != "!" {
                tags.append(Tag(sigil: sigil, name: written.trimmingSpaces(), written: written))
            }
            rest = inside[end.upperBound...]
        }
        return tags
    }
}
