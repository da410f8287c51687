import YAMLTree

/// Finds where in a plan file a character of a text value stands, so that a finding about
/// the 301st grapheme points at it, not at the start of the text.
///
/// It walks the scalar's source and its value side by side, skipping what YAML adds or
/// removes (quotes, indentation, folded line breaks, escapes): exact for plain, quoted and
/// literal scalars, close for folded ones.
struct TextLocator {
    private let source: [UInt8]

    init(source: [UInt8]) {
        self.source = source
    }

    /// The position of the grapheme at `offset` in `text` (counted in graphemes).
    func position(ofCharacter offset: Int, in text: Located<String>) -> Position {
        let start = text.range.start
        guard offset > 0, let startByte = TextIndex(source).byteOffset(of: start) else { return start }
        let targetScalars = Array(text.value.prefix(offset).unicodeScalars)
        var line = start.line, column = start.column
        var index = startByte
        // Skip a block scalar's header line, or an opening quote.
        if let first = source[safe: index], first == UInt8(ascii: "|") || first == UInt8(ascii: ">") {
            while index < source.count, source[index] != UInt8(ascii: "\n") { index += 1 }
        } else if let first = source[safe: index], first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            index += 1
            column += 1
        }
        var matched = 0
        while index < source.count, matched < targetScalars.count {
            let (scalar, width) = decodeScalar(at: index)
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

    private func decodeScalar(at index: Int) -> (Unicode.Scalar, Int) {
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
