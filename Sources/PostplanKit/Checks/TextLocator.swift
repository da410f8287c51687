import YAMLTree

/// Finds where in a plan file a character of a text value stands, so that a finding about
/// the 301st grapheme points at it, not at the start of the text.
///
/// It walks the scalar's source and its value side by side, skipping what YAML adds or
/// removes (quotes, indentation, folded line breaks, escapes): exact for plain, quoted and
/// literal scalars, close for folded ones.
struct TextLocator {
    private let sourceText: SourceText?

    /// - Parameter source: the plan file's bytes, read only when a position is asked for.
    init(source: SourceText?) {
        sourceText = source
    }

    /// The position of the grapheme at `offset` in `text` (counted in graphemes).
    func position(ofCharacter offset: Int, in text: Located<String>) -> Position {
        let start = text.range.start
        guard offset > 0, let source = sourceText?.bytes, let startByte = TextIndex(source).byteOffset(of: start) else { return start }
        let targetScalars = Array(text.value.prefix(offset).unicodeScalars)
        var line = start.line, column = start.column
        var index = startByte
        let doubleQuoted = source[safe: index] == UInt8(ascii: "\"")
        // Skip a block scalar's header line, or an opening quote.
        if let first = source[safe: index], first == UInt8(ascii: "|") || first == UInt8(ascii: ">") {
            while index < source.count, source[index] != UInt8(ascii: "\n") { index += 1 }
        } else if let first = source[safe: index], first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            index += 1
            column += 1
        }
        var matched = 0
        while index < source.count, matched < targetScalars.count {
            // An escape (`\uFEFF`, `\n`) is one scalar of the value written as several in the
            // source; an escaped line break is none.
            if doubleQuoted, source[index] == UInt8(ascii: "\\"), let (escaped, width) = decodeEscape(at: index, in: source) {
                if let escaped {
                    if escaped == targetScalars[matched] { matched += 1 }
                    column += width
                } else {
                    line += 1
                    column = 1
                }
                index += width
                continue
            }
            let (scalar, width) = decodeScalar(at: index, in: source)
            if scalar == targetScalars[matched] {
                matched += 1
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += width
        }
        // Land on the next character of the value, past any indentation.
        while index < source.count, source[index] == UInt8(ascii: " ") || source[index] == UInt8(ascii: "\n") {
            if source[index] == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        return Position(line: line, column: column)
    }

    /// The scalar a double-quoted escape at `index` stands for (nil for an escaped line
    /// break) and how many bytes it takes in the source; nil when it is no escape.
    private func decodeEscape(at index: Int, in source: [UInt8]) -> (Unicode.Scalar?, Int)? {
        guard let code = source[safe: index + 1] else { return nil }
        if let scalar = Self.singleCharacterEscapes[code] { return (scalar, 2) }
        if code == UInt8(ascii: "\n") { return (nil, 2) }
        if code == UInt8(ascii: "\r") { return (nil, source[safe: index + 2] == UInt8(ascii: "\n") ? 3 : 2) }
        let digits = code == UInt8(ascii: "x") ? 2 : code == UInt8(ascii: "u") ? 4 : code == UInt8(ascii: "U") ? 8 : 0
        guard digits > 0, index + 2 + digits <= source.count else { return nil }
        let hex = String(decoding: source[(index + 2)..<(index + 2 + digits)], as: UTF8.self)
        guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, 2 + digits)
    }

    /// YAML 1.2's one-character escapes (`\t` and a backslash before a tab both mean a tab).
    private static let singleCharacterEscapes: [UInt8: Unicode.Scalar] = [
        UInt8(ascii: "0"): "\u{0}", UInt8(ascii: "a"): "\u{7}", UInt8(ascii: "b"): "\u{8}", UInt8(ascii: "t"): "\t",
        UInt8(ascii: "\t"): "\t", UInt8(ascii: "n"): "\n", UInt8(ascii: "v"): "\u{B}", UInt8(ascii: "f"): "\u{C}",
        UInt8(ascii: "r"): "\r", UInt8(ascii: "e"): "\u{1B}", UInt8(ascii: " "): " ", UInt8(ascii: "\""): "\"",
        UInt8(ascii: "/"): "/", UInt8(ascii: "\\"): "\\", UInt8(ascii: "N"): "\u{85}", UInt8(ascii: "_"): "\u{A0}",
        UInt8(ascii: "L"): "\u{2028}", UInt8(ascii: "P"): "\u{2029}",
    ]

    private func decodeScalar(at index: Int, in source: [UInt8]) -> (Unicode.Scalar, Int) {
        let lead = source[index]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let end = min(index + width, source.count)
        var decoder = UTF8()
        var iterator = source[index..<end].makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, end - index) }
        return ("\u{FFFD}", 1)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
