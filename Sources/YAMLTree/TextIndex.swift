/// Maps between byte offsets and libyaml positions for one text. Used only to explain
/// errors, so it scans rather than keeping a table.
public struct TextIndex: Sendable {
    private let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        textStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// libyaml drops a leading UTF-8 byte-order mark before counting columns (but not from its
    /// byte offsets), so positions are counted from after it.
    private let textStart: Int

    /// The position of a byte offset, counting lines as libyaml does (LF, CR, CRLF, NEL, LS, PS)
    /// and columns in code points.
    public func position(ofByte offset: Int) -> Position {
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
    public func byteOffset(of position: Position) -> Int? {
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
