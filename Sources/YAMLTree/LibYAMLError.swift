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
            // Reader errors carry a byte offset into the input, not a line and column. For a
            // bad continuation byte libyaml names the byte after the sequence's start; the
            // culprit is the start (often a Latin-1 letter), so point there.
            var offset = problemOffset
            if problem.contains("trailing") || problem.contains("incomplete") {
                var start = min(offset, bytes.count) - 1
                while start >= 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
                if start >= 0, bytes[start] >= 0xC0 { offset = start }
            }
            let position = text.position(ofByte: offset)
            let culprit = offset < bytes.count ? Int32(bytes[offset]) : problemValue
            return YAMLProblem(kind: .encoding, message: encodingMessage(byte: culprit), span: Span(at: position))
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

    private func encodingMessage(byte value: Int32) -> String {
        if problem.contains("UTF-8") || problem.contains("UTF-16") {
            let byte = value >= 0 ? " (byte 0x\(String(value, radix: 16, uppercase: true)))" : ""
            let latin1 = value >= 0xC0 ? ", perhaps a Latin-1 or Windows-1252 letter" : ""
            return "text is not valid UTF-8: \(problem)\(byte)\(latin1); save the file as UTF-8"
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
