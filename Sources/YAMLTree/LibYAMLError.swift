internal import CYAML

/// libyaml's error state, read off a parser that has failed, turned into a located problem.
struct LibYAMLError {
    private let type: yaml_error_type_t
    private let problem: String
    private let problemOffset: Int
    private let problemValue: Int32
    private let problemMark: Position
    private let context: String?
    private let contextMark: Position

    init(parser: yaml_parser_t) {
        type = parser.error
        problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        problemOffset = parser.problem_offset
        problemValue = parser.problem_value
        problemMark = Position(parser.problem_mark)
        context = parser.context.map { String(cString: $0) }
        contextMark = Position(parser.context_mark)
    }

    func problem(in bytes: [UInt8]) -> YAMLProblem {
        let text = TextIndex(bytes)
        switch type {
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset into the input, not a line and column.
            let position = text.position(ofByte: problemOffset)
            return YAMLProblem(kind: .encoding, message: encodingMessage, span: Span(at: position))
        case YAML_MEMORY_ERROR:
            return YAMLProblem(kind: .syntax, message: "libyaml ran out of memory", span: Span(at: problemMark))
        default:
            if text.isTabInIndentation(at: problemMark) {
                return YAMLProblem(
                    kind: .tabIndentation,
                    message: "tab character in indentation; YAML indents with spaces only",
                    span: Span(start: problemMark, end: Position(line: problemMark.line, column: problemMark.column + 1)))
            }
            return YAMLProblem(kind: .syntax, message: syntaxMessage, span: Span(at: problemMark))
        }
    }

    private var encodingMessage: String {
        if problem.contains("UTF-8") || problem.contains("UTF-16") {
            let byte = problemValue >= 0 ? " (byte 0x\(String(problemValue, radix: 16, uppercase: true)))" : ""
            return "text is not valid UTF-8: \(problem)\(byte); save the file as UTF-8"
        }
        if problemValue >= 0 {
            let code = String(problemValue, radix: 16, uppercase: true)
            return "character U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code) is not allowed in YAML; remove it"
        }
        return "\(problem); save the file as UTF-8 text"
    }

    private var syntaxMessage: String {
        var message = problem
        if let context {
            message += " (\(context) at \(contextMark))"
        }
        if let hint = Self.hints.first(where: { problem.hasPrefix($0.problem) })?.hint {
            message += "; \(hint)"
        }
        return message
    }

    /// What to do about libyaml's commonest complaints, which say only what is wrong.
    private static let hints: [(problem: String, hint: String)] = [
        ("mapping values are not allowed", "quote the value if it contains ': '"),
        ("found character that cannot start any token", "quote the value if it starts with '@', '`' or '%'"),
        ("did not find expected key", "check the indentation of this line against the keys above it"),
        ("could not find expected ':'", "a key needs ': ' after it; quote the value if it is text"),
        ("found undefined tag handle", "quote the value if it starts with '!'"),
        ("did not find expected node content", "a value is missing; quote it if it starts with a YAML indicator"),
    ]
}

/// Maps between byte offsets and libyaml positions for one text. Used only to explain
/// errors, so it scans rather than keeping a table.
struct TextIndex {
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        textStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// libyaml drops a leading UTF-8 byte-order mark before counting columns (but not from its
    /// byte offsets), so positions are counted from after it.
    private let textStart: Int

    /// The position of a byte offset, counting lines as libyaml does (LF, CR, CRLF, NEL, LS, PS)
    /// and columns in code points.
    func position(ofByte offset: Int) -> Position {
        var line = 1
        var column = 1
        var index = textStart
        let limit = min(offset, bytes.count)
        while index < limit {
            let width = lineBreakWidth(at: index)
            if width > 0 {
                line += 1
                column = 1
                index += width
            } else {
                if bytes[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
        }
        return Position(line: line, column: column)
    }

    /// The byte offset where a position starts, if it lies within the text.
    func byteOffset(of position: Position) -> Int? {
        var line = 1
        var index = textStart
        while line < position.line, index < bytes.count {
            let width = lineBreakWidth(at: index)
            if width > 0 {
                line += 1
                index += width
            } else {
                index += 1
            }
        }
        guard line == position.line else { return nil }
        var column = 1
        while column < position.column, index < bytes.count {
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index < bytes.count ? index : nil
    }

    /// Whether the character at a position is a tab with only blanks before it on its line.
    func isTabInIndentation(at position: Position) -> Bool {
        guard let offset = byteOffset(of: position), bytes[offset] == UInt8(ascii: "\t") else { return false }
        var index = offset - 1
        while index >= textStart, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
            index -= 1
        }
        return index < textStart || bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r")
    }

    private func lineBreakWidth(at index: Int) -> Int {
        switch bytes[index] {
        case UInt8(ascii: "\n"):
            return 1
        case UInt8(ascii: "\r"):
            return index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:
            return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            return 3
        default:
            return 0
        }
    }
}
