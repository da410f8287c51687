#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// A `# comment` in a YAML text: libyaml's event API drops comments, so they are found in
/// the source, outside the quoted and block scalars whose text may hold a `#`.
public struct Comment: Hashable, Sendable {
    /// The text after `#`, without surrounding blanks.
    public var text: String
    /// Where the `#` stands.
    public var position: Position
    /// Whether nothing but blanks precedes the comment on its line.
    public var isOwnLine: Bool
    /// Whether the text touches the `#`, as in `#hashtag`: after a value, that is usually a
    /// hashtag YAML took for a comment.
    public var isTight: Bool

    /// Whether a comment on its own line is indented deeper than the line before, which holds
    /// a plain value: where YAML readers expect the value to go on, as in
    /// `text: Launch day` followed by a deeper `#launch` line.
    public var continuesPlainValue: Bool

    public init(text: String, position: Position, isOwnLine: Bool, isTight: Bool = false, continuesPlainValue: Bool = false) {
        self.text = text
        self.position = position
        self.isOwnLine = isOwnLine
        self.isTight = isTight
        self.continuesPlainValue = continuesPlainValue
    }
}

/// Finds comments: a `#` at the start of a line or after a blank, not inside a quoted or
/// block scalar (a plain scalar cannot hold ` #`, so it ends there).
enum CommentScanner {
    static func comments(in bytes: [UInt8], excluding textSpans: [Span]) -> [Comment] {
        var comments: [Comment] = []
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        // memchr jumps from `#` to `#` and counts lines only up to each one: most bytes are
        // looked at once, by the C library's vectorised search.
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            func next(_ byte: UInt8, from start: Int, to end: Int) -> Int? {
                guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            var line = 1, lineStart = bomLength, counted = bomLength
            var spanIndex = 0
            var index = bomLength
            while let hash = next(UInt8(ascii: "#"), from: index, to: buffer.count) {
                while let newline = next(UInt8(ascii: "\n"), from: counted, to: hash) {
                    line += 1
                    lineStart = newline + 1
                    counted = newline + 1
                }
                counted = hash
                index = hash + 1
                guard hash == lineStart || buffer[hash - 1] == space || buffer[hash - 1] == tab else { continue }
                let column = 1 + buffer[lineStart..<hash].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                let position = Position(line: line, column: column)
                while spanIndex < textSpans.count, textSpans[spanIndex].end <= position { spanIndex += 1 }
                let insideText = spanIndex < textSpans.count && textSpans[spanIndex].start <= position
                guard !insideText else { continue }
                var end = hash
                while end < buffer.count, buffer[end] != UInt8(ascii: "\n"), buffer[end] != UInt8(ascii: "\r") { end += 1 }
                let text = String(decoding: buffer[(hash + 1)..<end], as: UTF8.self)
                let isOwnLine = buffer[lineStart..<hash].allSatisfy { $0 == space || $0 == tab }
                let isTight = hash + 1 < end && buffer[hash + 1] != space && buffer[hash + 1] != tab
                let continues = isOwnLine && isTight && followsPlainValue(bytes, lineStart: lineStart, indentation: hash - lineStart)
                comments.append(
                    Comment(
                        text: trimmed(text), position: position, isOwnLine: isOwnLine, isTight: isTight, continuesPlainValue: continues))
                index = end
            }
        }
        return comments
    }

    /// Whether the lines before `lineStart` hold a plain value this line would continue:
    /// going up over continuation lines (indented at least as deep, with no `key:` on them)
    /// to a shallower `key: value` or `- value` line whose value is plain, not a collection's
    /// key, a block scalar's header, a quoted or a flow value.
    private static func followsPlainValue(_ bytes: [UInt8], lineStart: Int, indentation: Int) -> Bool {
        var end = lineStart
        while end > 0 {
            var lineEnd = end - 1  // the newline before the current line
            while lineEnd > 0, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            var start = lineEnd
            while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
            end = start
            let line = String(decoding: bytes[start..<lineEnd], as: UTF8.self)
            let content = line.drop { $0 == " " }
            if content.isEmpty { continue }
            if content.hasPrefix("#") { return false }
            let hasKey = content.contains(": ") || content.hasSuffix(":")
            if line.count - content.count >= indentation {
                if hasKey || content.hasPrefix("- ") { return false }
                continue
            }
            guard hasKey || content.hasPrefix("- "), let last = content.last else { return false }
            let value = content.firstRange(of: ": ").map { content[$0.upperBound...] } ?? content.dropFirst(2)
            guard let first = value.first else { return false }
            return !":|>\"'[]{}".contains(last) && !"\"'[{|>&*!".contains(first)
        }
        return false
    }

    private static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
