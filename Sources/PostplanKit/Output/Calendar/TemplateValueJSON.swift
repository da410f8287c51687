/// A template value written as JSON, byte for byte as `StableJSON` writes the model the value
/// was made from: keys sorted by their UTF-8, two spaces per level, `"key" : value`, an empty
/// list or object as its brackets around a blank line, strings escaped as `JSONEncoder`
/// escapes them (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, other control characters as
/// `\u00xx`; slashes and everything else as it is).
///
/// Foundation's `JSONEncoder` first builds a tree of its own and sorts every object's keys;
/// this writes the tree the templates read anyway, sorting each structure type's names once.
/// `CalendarStreamTests` hold it to `StableJSON` on calendars with every field.
struct TemplateValueJSON {
    /// What was written, as UTF-8. Bytes rather than a `String`: appending to an array is
    /// cheaper than appending to a string, by more than the one check of the whole as UTF-8
    /// costs when it becomes ``text`` (written into a `String`, a month's JSON calendar of
    /// 10,000 items took 9 % longer).
    private(set) var bytes: [UInt8] = []

    /// What was written.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Writes `value` as if it started a line `level` levels in; false (with `bytes` left as
    /// they were) when it holds a value only swift-mustache reads (a nil in a list, a number
    /// other than an `Int`), which the caller writes with `StableJSON` instead.
    mutating func write(_ value: TemplateValue, level: Int) -> Bool {
        let start = bytes.count
        indent(level)
        guard append(value, level: level) else {
            bytes.removeSubrange(start...)
            return false
        }
        return true
    }

    /// Appends text as it is: a separator, or JSON written another way.
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func append(_ value: TemplateValue, level: Int) -> Bool {
        switch value {
        case .text(let text): appendString(text)
        case .flag(let flag): append(flag ? "true" : "false")
        case .integer(let number): append(String(number))
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            bytes.append(UInt8(ascii: "\n"))
            var first = true
            for index in object.sortedIndices {
                guard let field = object.value(at: index) else { continue }
                if !first { bytes.append(UInt8(ascii: ",")); bytes.append(UInt8(ascii: "\n")) }
                first = false
                indent(level + 1)
                appendString(object.name(at: index))
                append(" : ")
                guard append(field, level: level + 1) else { return false }
            }
            close(UInt8(ascii: "}"), level: level)
        case .list(let elements):
            bytes.append(UInt8(ascii: "["))
            bytes.append(UInt8(ascii: "\n"))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")); bytes.append(UInt8(ascii: "\n")) }
                indent(level + 1)
                guard append(element, level: level + 1) else { return false }
            }
            close(UInt8(ascii: "]"), level: level)
        case .other: return false
        }
        return true
    }

    private mutating func close(_ bracket: UInt8, level: Int) {
        bytes.append(UInt8(ascii: "\n"))
        indent(level)
        bytes.append(bracket)
    }

    private mutating func indent(_ level: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    private mutating func appendString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        // One pass over the bytes in place: the runs between bytes to escape are copied whole.
        text.withUTF8 { utf8 in
            var copied = 0
            for index in utf8.indices where Self.needsEscaping(utf8[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
                appendEscaped(utf8[index])
                copied = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        case UInt8(ascii: "\n"): append("\\n")
        case UInt8(ascii: "\r"): append("\\r")
        case UInt8(ascii: "\t"): append("\\t")
        case ..<0x20:
            append("\\u00")
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        default: bytes.append(byte)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
