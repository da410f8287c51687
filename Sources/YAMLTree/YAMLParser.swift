internal import CYAML

/// The documents of a YAML text and every problem found in it.
public struct YAMLParseResult: Sendable {
    /// The complete documents read, in order. After a fatal problem, the documents before it.
    public var documents: [Node]
    /// Problems in text order. At most one of them is fatal, and it comes last in reading order.
    public var problems: [YAMLProblem]
    /// The text's `#` comments, in order.
    public var comments: [Comment] = []

    public var hasFatalProblem: Bool { problems.contains { $0.isFatal } }
}

/// Parses YAML with the system libyaml's event API into `Node` trees that keep positions.
///
/// Built directly on events rather than on libyaml's own document loader so that every node
/// keeps its start and end, every duplicate key is reported, and aliases are shared rather
/// than copied (with a budget on how much they may expand).
public struct YAMLParser: Sendable {
    public var limits: ParserLimits

    public init(limits: ParserLimits = .default) {
        self.limits = limits
    }

    public func parse(_ text: String) -> YAMLParseResult {
        parse(Array(text.utf8))
    }

    public func parse(_ bytes: [UInt8]) -> YAMLParseResult {
        guard bytes.count <= limits.maxBytes else {
            let problem = YAMLProblem(
                kind: .sizeLimit,
                message: "file is \(bytes.count) bytes, more than the limit of \(limits.maxBytes) bytes",
                span: Span(at: Position(line: 1, column: 1)))
            return YAMLParseResult(documents: [], problems: [problem])
        }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            fatalError("libyaml could not allocate a parser")
        }
        defer { yaml_parser_delete(parser) }

        var composer = Composer(limits: limits)
        // libyaml needs a non-null pointer even for empty input.
        let storage = bytes.isEmpty ? [0] : bytes
        storage.withUnsafeBufferPointer { buffer in
            // libyaml reads from the pointer for the whole parse; the closure keeps it alive.
            yaml_parser_set_input_string(parser, buffer.baseAddress, bytes.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(parser, &event) == 1 else {
                    composer.fail(LibYAMLError(parser: parser.pointee).problem(in: bytes))
                    return
                }
                let keepGoing = composer.consume(event)
                let isStreamEnd = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if !keepGoing || isStreamEnd { return }
            }
        }
        var result = composer.result
        result.comments = CommentScanner.comments(in: bytes, excluding: composer.textSpans)
        return result
    }
}
