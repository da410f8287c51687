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
    /// What was written. A `String` rather than bytes: texts are appended as they are, and the
    /// whole is not checked as UTF-8 again at the end.
    private(set) var text = ""

    /// Writes `value` as if it started a line `level` levels in; false (with `text` left as
    /// it was) when it holds a value only swift-mustache reads (a nil in a list, a number
    /// other than an `Int`), which the caller writes with `StableJSON` instead.
    mutating func write(_ value: TemplateValue, level: Int) -> Bool {
        let start = text.endIndex
        indent(level)
        guard append(value, level: level) else {
            text.removeSubrange(start...)
            return false
        }
        return true
    }

    private mutating func append(_ value: TemplateValue, level: Int) -> Bool {
        switch value {
        case .text(let string): appendString(string)
        case .flag(let flag): text += flag ? "true" : "false"
        case .integer(let number): text += String(number)
        case .object(let object):
            text += "{\n"
            var first = true
            for index in object.sortedIndices {
                guard let field = object.value(at: index) else { continue }
                if !first { text += ",\n" }
                first = false
                indent(level + 1)
                appendString(object.name(at: index))
                text += " : "
                guard append(field, level: level + 1) else { return false }
            }
            close("}", level: level)
        case .list(let elements):
            text += "[\n"
            for (index, element) in elements.enumerated() {
                if index > 0 { text += ",\n" }
                indent(level + 1)
                guard append(element, level: level + 1) else { return false }
            }
            close("]", level: level)
        case .other: return false
        }
        return true
    }

    private mutating func close(_ bracket: String, level: Int) {
        text += "\n"
        indent(level)
        text += bracket
    }

    private mutating func indent(_ level: Int) {
        text += Self.indentation(level)
    }

    /// Two spaces per level, made once for the levels a calendar has.
    private static func indentation(_ level: Int) -> String {
        level < indentations.count ? indentations[level] : String(repeating: " ", count: 2 * level)
    }

    private static let indentations = (0..<12).map { String(repeating: " ", count: 2 * $0) }

    private mutating func appendString(_ string: String) {
        text += "\""
        if string.utf8.contains(where: Self.needsEscaping) {
            var escaped = [UInt8]()
            escaped.reserveCapacity(string.utf8.count + 8)
            for byte in string.utf8 { Self.appendEscaped(byte, to: &escaped) }
            text += String(decoding: escaped, as: UTF8.self)
        } else {
            text += string
        }
        text += "\""
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static func appendEscaped(_ byte: UInt8, to bytes: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): bytes += "\\\"".utf8
        case UInt8(ascii: "\\"): bytes += "\\\\".utf8
        case 0x08: bytes += "\\b".utf8
        case 0x0C: bytes += "\\f".utf8
        case UInt8(ascii: "\n"): bytes += "\\n".utf8
        case UInt8(ascii: "\r"): bytes += "\\r".utf8
        case UInt8(ascii: "\t"): bytes += "\\t".utf8
        case ..<0x20:
            bytes += "\\u00".utf8
            bytes.append(hexDigits[Int(byte >> 4)])
            bytes.append(hexDigits[Int(byte & 0x0F)])
        default: bytes.append(byte)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
