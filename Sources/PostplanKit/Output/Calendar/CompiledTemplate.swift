import Foundation
import Mustache

/// A Mustache template parsed once into a tree whose names are split, and rendered over
/// ``TemplateValue``s without a dynamic cast: swift-mustache looks each tag's name up through
/// casts to its protocols on every element of the context stack, which made a calendar of
/// 15,000 slots spend nine tenths of its rendering time there.
///
/// It renders what swift-mustache renders, byte for byte, for the templates it takes:
/// variables (`{{name}}`, `{{{name}}}`, `{{&name}}`), sections and inverted sections, dotted
/// names, comments, and the transforms `empty`, `count`, `lowercased`, `uppercased`,
/// `capitalized`, `equalzero`, `plusone`, `minusone`, `even`, `odd`, and `first()`, `last()`,
/// `index()`, `even()`, `odd()` of a list's element; lines that hold only a section tag or a
/// comment are dropped as swift-mustache's parser drops them (the parser below follows its
/// steps). A template with anything else (partials, inheritance, set delimiters, pragmas,
/// other transforms) is not compiled (`init` returns nil) and swift-mustache renders it.
struct CompiledTemplate: Sendable {
    fileprivate indirect enum Node: Sendable {
        case text(String)
        case variable(Name, escaped: Bool)
        case section(Name, [Node], inverted: Bool)
    }

    /// A tag's name as looked up: `.` (the current value), a dotted path looked for up the
    /// context stack (or only in the current value, after a leading `.`), or a list element's
    /// place (`first()`), then the transforms in the order they apply.
    fileprivate struct Name: Sendable {
        enum Start: Sendable {
            case current
            case stack([FieldName])
            case currentValue([FieldName])
            case sequence
        }

        var start: Start
        var transforms: [String]
    }

    private let nodes: [Node]
    private let escape: @Sendable (String) -> String

    /// - Parameters:
    ///   - text: the template, one swift-mustache has parsed without an error.
    ///   - escape: what `{{name}}` does to the text it writes.
    init?(_ text: String, escape: @escaping @Sendable (String) -> String) {
        var parser = Parser(Array(text))
        guard let nodes = try? parser.parse(section: nil, newLine: true) else { return nil }
        self.nodes = nodes
        self.escape = escape
    }

    /// The text of the template over `value`.
    func render(_ value: TemplateValue) -> String {
        var output = ""
        var stack = [value]
        render(nodes, stack: &stack, element: nil, into: &output)
        return output
    }

    /// Where a list's element is among the list's: what `first()`, `last()`, `index()`,
    /// `even()` and `odd()` read.
    private struct Element {
        var index: Int
        var isLast: Bool
    }

    private func render(_ nodes: [Node], stack: inout [TemplateValue], element: Element?, into output: inout String) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .variable(let name, let escaped):
                guard let value = lookUp(name, in: stack, element: element) else { continue }
                let text = Self.text(of: value)
                output += escaped ? escape(text) : text
            case .section(let name, let children, inverted: false):
                switch lookUp(name, in: stack, element: element) {
                case nil: break
                case .flag(let flag):
                    if flag { render(children, stack: &stack, element: element, into: &output) }
                case .list(let list):
                    for (index, item) in list.enumerated() {
                        stack.append(item)
                        render(children, stack: &stack, element: Element(index: index, isLast: index == list.count - 1), into: &output)
                        stack.removeLast()
                    }
                case let value?:
                    stack.append(value)
                    render(children, stack: &stack, element: nil, into: &output)
                    stack.removeLast()
                }
            case .section(let name, let children, inverted: true):
                switch lookUp(name, in: stack, element: element) {
                case nil: render(children, stack: &stack, element: element, into: &output)
                case .flag(let flag):
                    if !flag { render(children, stack: &stack, element: element, into: &output) }
                case .list(let list) where list.isEmpty:
                    stack.append(.list(list))
                    render(children, stack: &stack, element: nil, into: &output)
                    stack.removeLast()
                default: break
                }
            }
        }
    }

    /// A value written by a variable tag: text as it is, numbers and flags as Swift writes
    /// them, anything else as swift-mustache describes it.
    private static func text(of value: TemplateValue) -> String {
        switch value {
        case .text(let text): text
        case .integer(let number): String(number)
        case .flag(let flag): flag ? "true" : "false"
        default: String(describing: value.any)
        }
    }

    private func lookUp(_ name: Name, in stack: [TemplateValue], element: Element?) -> TemplateValue? {
        var value: TemplateValue
        var transforms = name.transforms[...]
        switch name.start {
        case .current:
            value = stack[stack.count - 1]
        case .currentValue(let path):
            guard let found = Self.walk(path[...], from: stack[stack.count - 1]) else { return nil }
            value = found
        case .stack(let path):
            guard let first = path.first else {
                value = stack[stack.count - 1]
                break
            }
            // The nearest value that has the first name; the rest is looked for in it alone.
            var found: TemplateValue?
            for level in stack.indices.reversed() {
                found = Self.field(first, of: stack[level])
                if found != nil { break }
            }
            guard let found, let walked = Self.walk(path.dropFirst(), from: found) else { return nil }
            value = walked
        case .sequence:
            guard let element, let place = transforms.first else { return nil }
            transforms = transforms.dropFirst()
            switch place {
            case "first": value = .flag(element.index == 0)
            case "last": value = .flag(element.isLast)
            case "index": value = .integer(element.index)
            case "even": value = .flag(element.index & 1 == 0)
            case "odd": value = .flag(element.index & 1 == 1)
            default: return nil
            }
        }
        for transform in transforms {
            guard let transformed = Self.apply(transform, to: value) else { return nil }
            value = transformed
        }
        return value
    }

    private static func field(_ name: FieldName, of value: TemplateValue) -> TemplateValue? {
        guard case .object(let object) = value else { return nil }
        return object.field(name)
    }

    private static func walk(_ path: ArraySlice<FieldName>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for name in path {
            guard let child = field(name, of: value) else { return nil }
            value = child
        }
        return value
    }

    /// What swift-mustache's transform of that name gives for the value; nil where it has none.
    private static func apply(_ transform: String, to value: TemplateValue) -> TemplateValue? {
        switch (value, transform) {
        case (.text(let text), "empty"): .flag(text.isEmpty)
        case (.text(let text), "lowercased"): .text(text.lowercased())
        case (.text(let text), "uppercased"): .text(text.uppercased())
        case (.text(let text), "capitalized"): .text(text.capitalized)
        case (.list(let list), "empty"): .flag(list.isEmpty)
        case (.list(let list), "count"): .integer(list.count)
        case (.integer(let number), "equalzero"): .flag(number == 0)
        case (.integer(let number), "plusone"): .integer(number + 1)
        case (.integer(let number), "minusone"): .integer(number - 1)
        case (.integer(let number), "even"): .flag(number & 1 == 0)
        case (.integer(let number), "odd"): .flag(number & 1 == 1)
        case (.other(let other as any MustacheTransformable), _): other.transform(transform).map(TemplateValue.init)
        default: nil
        }
    }

    /// The transforms compiled; a name with another is left to swift-mustache.
    fileprivate static let transforms: Set<String> = [
        "empty", "count", "lowercased", "uppercased", "capitalized", "equalzero", "plusone", "minusone", "even", "odd",
    ]
    /// What `name()` may read of a list's element.
    fileprivate static let elementTransforms: Set<String> = ["first", "last", "index", "even", "odd"]
}

/// Why a template is left to swift-mustache.
private struct NotCompiled: Error {}

/// swift-mustache's parser (`MustacheTemplate.parse`), step for step, for the tags
/// `CompiledTemplate` renders: the same text around each tag, the same lines dropped.
private struct Parser {
    let characters: [Character]
    var position = 0

    init(_ characters: [Character]) {
        self.characters = characters
    }

    var atEnd: Bool { position == characters.count }
    /// The character at the position; NUL at the end, as swift-mustache's parser gives.
    var current: Character { atEnd ? "\0" : characters[position] }

    /// The nodes up to the end of the section named (or of the text, for none).
    mutating func parse(
        section: (name: String, transforms: [String])?, newLine startsOnNewLine: Bool
    ) throws(NotCompiled) -> [CompiledTemplate.Node] {
        var nodes: [CompiledTemplate.Node] = []
        var newLine = startsOnNewLine
        var whiteSpaceBefore = ""
        func flushWhiteSpace() {
            if !whiteSpaceBefore.isEmpty {
                nodes.append(.text(whiteSpaceBefore))
                whiteSpaceBefore = ""
            }
        }
        while !atEnd {
            if newLine { whiteSpaceBefore = read { $0 == " " || $0 == "\t" } }
            let text = readUntilTagOrNewline()
            if current.isNewline {
                nodes.append(.text(whiteSpaceBefore + text + String(current)))
                newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                newLine = false
            }
            if atEnd { break }
            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let (name, transforms) = try readName()
                if isStandalone(newLine) { setNewLine = true } else { flushWhiteSpace() }
                let children = try parse(section: (name, transforms), newLine: setNewLine)
                nodes.append(.section(try Self.name(name, transforms), children, inverted: inverted))
            case "/":
                position += 1
                let (name, transforms) = try readName()
                guard let section, name == section.name, transforms == section.transforms else { throw NotCompiled() }
                if !isStandalone(newLine) { flushWhiteSpace() }
                return nodes
            case "!":
                position += 1
                try skipComment()
                setNewLine = isStandalone(newLine)
            case "{", "&":
                let triple = current == "{"
                flushWhiteSpace()
                position += 1
                let (name, transforms) = try readName()
                if triple {
                    guard current == "}" else { throw NotCompiled() }
                    position += 1
                }
                nodes.append(.variable(try Self.name(name, transforms), escaped: false))
            case ">", "<", "$", "=", "%":
                throw NotCompiled()
            default:
                flushWhiteSpace()
                let (name, transforms) = try readName()
                nodes.append(.variable(try Self.name(name, transforms), escaped: true))
            }
            newLine = setNewLine
        }
        guard section == nil else { throw NotCompiled() }
        return nodes
    }

    /// A name as `CompiledTemplate` looks it up, if it renders its transforms.
    private static func name(_ name: String, _ transforms: [String]) throws(NotCompiled) -> CompiledTemplate.Name {
        let applied = Array(transforms.reversed())
        let path = name.split(separator: ".").map { FieldName(String($0)) }
        if name == "" && !transforms.isEmpty {
            guard let place = applied.first, CompiledTemplate.elementTransforms.contains(place),
                applied.dropFirst().allSatisfy(CompiledTemplate.transforms.contains)
            else { throw NotCompiled() }
            return .init(start: .sequence, transforms: applied)
        }
        guard applied.allSatisfy(CompiledTemplate.transforms.contains) else { throw NotCompiled() }
        if name == "." { return .init(start: .current, transforms: applied) }
        if name.first == "." { return .init(start: .currentValue(path), transforms: applied) }
        return .init(start: .stack(path), transforms: applied)
    }

    @discardableResult
    private mutating func read(while matches: (Character) -> Bool) -> String {
        let start = position
        while !atEnd, matches(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    /// The text up to a line break or past the next `{{`.
    private mutating func readUntilTagOrNewline() -> String {
        var text = ""
        while !atEnd {
            text += read { $0 != "\n" && $0 != "\r\n" && $0 != "{" }
            if current.isNewline { break }
            if current == "{" {
                if position + 1 < characters.count, characters[position + 1] == "{" {
                    position += 2
                    break
                }
                text += "{"
                position += 1
            }
        }
        return text
    }

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let nameCharactersWithoutBrackets = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")

    /// A tag's name and its transforms (outermost first), and the closing `}}`.
    private mutating func readName() throws(NotCompiled) -> (String, [String]) {
        read(while: \.isWhitespace)
        let text = Array(read { Self.nameCharacters.contains($0) })
        read(while: \.isWhitespace)
        guard position + 1 < characters.count, characters[position] == "}", characters[position + 1] == "}" else { throw NotCompiled() }
        position += 2
        // `outer(inner(name))`: the transforms, then the name, then a `)` for each.
        var index = 0
        func word() -> String {
            let start = index
            while index < text.count, Self.nameCharactersWithoutBrackets.contains(text[index]) { index += 1 }
            return String(text[start..<index])
        }
        var words = [word()]
        guard index < text.count else { return (words[0], []) }
        while index < text.count, text[index] == "(" {
            index += 1
            words.append(word())
        }
        let closing = text[index...]
        guard words.count > 1, closing.count == words.count - 1, closing.allSatisfy({ $0 == ")" }) else { throw NotCompiled() }
        return (words[words.count - 1], Array(words.dropLast()))
    }

    /// Past the `}}` that ends a comment.
    private mutating func skipComment() throws(NotCompiled) {
        while position + 1 < characters.count {
            if characters[position] == "}", characters[position + 1] == "}" {
                position += 2
                return
            }
            position += 1
        }
        throw NotCompiled()
    }

    /// Whether a tag stands alone on its line: it started one, and nothing but spaces and
    /// tabs follow it before the line break (which is then passed) or the end of the text.
    private mutating func isStandalone(_ newLine: Bool) -> Bool {
        guard newLine else { return false }
        if atEnd { return true }
        var next = position
        while next < characters.count, characters[next] == " " || characters[next] == "\t" { next += 1 }
        guard next < characters.count, characters[next].isNewline else { return false }
        position = next + 1
        return true
    }
}
