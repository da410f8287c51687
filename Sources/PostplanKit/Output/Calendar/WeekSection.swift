/// A calendar template cut around its section of weeks, so that it can be rendered a week at a
/// time: the text before `{{#weeks}}`, the section from `{{#weeks}}` to `{{/weeks}}`, and the
/// text after it. Rendering the first and the last with the calendar's fields, and the section
/// once per week with that week alone as `weeks`, gives the text the whole template gives.
///
/// Only a template for which that holds is cut; nil for any other:
/// - both tags stand on lines of their own (Mustache drops such lines), the first
///   `{{#weeks}}` line and the last `{{/weeks}}` line, the section they enclose is one, and it
///   is not inside another section;
/// - nothing outside the section, and nothing inside it but its own two tags, names `weeks`
///   (an `{{^weeks}}` after it, or `{{#weeks}}` inside, would see one week instead of all);
/// - inside the section, `first()`, `last()`, `index()`, `even()` and `odd()` appear only
///   within a week's `days` or `summary`, where they describe those rather than the weeks;
/// - no set-delimiter tag (`{{=<% %>=}}`), after which tags are not found by their braces.
struct WeekSection {
    let opening: String
    let week: String
    let closing: String

    init?(_ text: String) {
        guard !text.contains("{{=") else { return nil }
        // Split by scalars: a CR LF is one Character, which a split at "\n" would not see.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
        guard let open = lines.firstIndex(where: { Self.isStandaloneTag($0, sigil: "#") }),
            let close = lines.lastIndex(where: { Self.isStandaloneTag($0, sigil: "/") }), open < close
        else { return nil }
        opening = lines[..<open].map { $0 + "\n" }.joined()
        week = lines[open...close].joined(separator: "\n") + (close < lines.count - 1 ? "\n" : "")
        closing = lines[(close + 1)...].joined(separator: "\n")
        let before = Self.tags(in: opening), after = Self.tags(in: closing)
        guard !(before + after).contains(where: { $0.name.contains("weeks") }), Self.isBalanced(before), Self.isBalanced(after),
            Self.isOneSection(Self.tags(in: week))
        else { return nil }
    }

    /// Whether the tags, the section's from `{{#weeks}}` to `{{/weeks}}`, open and close one
    /// section, with no other mention of the weeks, nor a sequence function that would see them.
    private static func isOneSection(_ tags: [Tag]) -> Bool {
        var open: [String] = []
        for (index, tag) in tags.enumerated() {
            let isBoundary = index == 0 || index == tags.count - 1
            if !isBoundary, tag.name.contains("weeks") { return false }
            if sequenceFunctions.contains(where: tag.name.hasPrefix), !open.dropFirst().contains(where: { $0 == "days" || $0 == "summary" }) {
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

    /// Whether every section the tags open they also close, and they close no other: the weeks'
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

    /// Whether the line holds nothing but `{{#weeks}}` (or `{{/weeks}}`), spaces around it.
    private static func isStandaloneTag(_ line: Substring, sigil: Character) -> Bool {
        let tags = tags(in: String(line))
        guard tags.count == 1, let tag = tags.first, tag.sigil == sigil, tag.name == "weeks" else { return false }
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
