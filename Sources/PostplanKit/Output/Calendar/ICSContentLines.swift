/// iCalendar content lines (RFC 5545 section 3.1): `NAME;PARAM=value:value`, each ended by
/// CRLF and folded so no line is longer than 75 octets, never inside a UTF-8 sequence.
struct ICSContentLines {
    /// Octets a physical line may hold, CRLF not counted (RFC 5545 3.1).
    static let maxOctets = 75

    private(set) var text = ""

    /// A property whose value is already in its iCalendar form (a date, a number, a code).
    mutating func add(_ name: String, _ parameters: [String] = [], raw value: String) {
        let head = ([name] + parameters).joined(separator: ";")
        text += Self.fold("\(head):\(value)") + "\r\n"
    }

    /// A property of type TEXT, escaped.
    mutating func add(_ name: String, _ parameters: [String] = [], text value: String) {
        add(name, parameters, raw: Self.escape(value))
    }

    /// A property holding a list of TEXT values (CATEGORIES), each escaped.
    mutating func add(_ name: String, texts values: [String]) {
        add(name, raw: values.map(Self.escape).joined(separator: ","))
    }

    mutating func begin(_ component: String) {
        add("BEGIN", raw: component)
    }

    mutating func end(_ component: String) {
        add("END", raw: component)
    }

    /// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash, a line
    /// break becomes `\n`; other control characters, which TEXT may not hold, become spaces.
    static func escape(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\t": escaped += "\t"
            case _ where character.isNewline: escaped += "\\n"
            case _ where character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }): escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A line cut into pieces of at most 75 octets, each after the first starting with a space
    /// (which counts), cut only between Unicode scalars so no UTF-8 sequence is split.
    static func fold(_ line: String) -> String {
        var folded = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > maxOctets {
                folded += "\r\n "
                octets = 1
            }
            folded.unicodeScalars.append(scalar)
            octets += size
        }
        return folded
    }
}
