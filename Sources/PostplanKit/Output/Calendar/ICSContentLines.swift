/// iCalendar content lines (RFC 5545 section 3.1): `NAME;PARAM=value:value`, each ended by
/// CRLF and folded so no line is longer than 75 octets, never inside a UTF-8 sequence.
struct ICSContentLines {
    /// Octets a physical line may hold, CRLF not counted (RFC 5545 3.1).
    static let maxOctets = 75

    private(set) var text = ""

    /// A property whose value is already in its iCalendar form (a date, a number, a code).
    mutating func add(_ name: String, _ parameters: [String] = [], raw value: String) {
        var line = name
        for parameter in parameters {
            line += ";"
            line += parameter
        }
        line += ":"
        line += value
        text += Self.fold(line)
        text += "\r\n"
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
    ///
    /// Works on the UTF-8 bytes, since a calendar escapes thousands of texts. Line breaks are
    /// LF, CR, CR LF (one break), VT, FF, and U+0085, U+2028, U+2029 (C2 85, E2 80 A8, E2 80 A9);
    /// control characters stand alone in a text (no mark combines with them), so each is one
    /// space. Every other byte is copied as it is, so multi-byte characters stay whole.
    static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: mayNeedEscaping) else { return value }
        var value = value
        // In place, copying the runs between the bytes that change whole.
        return value.withUTF8 { bytes in
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + bytes.count / 8)
            var copied = 0, index = 0
            func replace(_ count: Int, with replacement: some Sequence<UInt8>) {
                escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                escaped.append(contentsOf: replacement)
                index += count
                copied = index
            }
            while index < bytes.count {
                let byte = bytes[index]
                guard mayNeedEscaping(byte) else {
                    index += 1
                    continue
                }
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                let afterNext = index + 2 < bytes.count ? bytes[index + 2] : 0
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","): replace(1, with: [UInt8(ascii: "\\"), byte])
                case UInt8(ascii: "\r") where next == UInt8(ascii: "\n"): replace(2, with: lineBreak)
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C: replace(1, with: lineBreak)
                case 0xC2 where next == 0x85: replace(2, with: lineBreak)
                case 0xE2 where next == 0x80 && (afterNext == 0xA8 || afterNext == 0xA9): replace(3, with: lineBreak)
                case UInt8(ascii: "\t"), 0xC2, 0xE2: index += 1
                default: replace(1, with: CollectionOfOne(UInt8(ascii: " ")))  // another control character
                }
            }
            escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: escaped, as: UTF8.self)
        }
    }

    /// `\n`, what a line break becomes in TEXT.
    private static let lineBreak: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "n")]

    /// Whether escaping may change this byte: a control character, `\`, `;`, `,`, or the lead
    /// byte of U+0085 (C2) or of U+2028 and U+2029 (E2). Texts without one are kept as they are.
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case ..<0x20, 0x7F, UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","), 0xC2, 0xE2: true
        default: false
        }
    }

    /// What a fold puts between two pieces of a line: CRLF and a space.
    private static let foldBreak: [UInt8] = [UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: " ")]

    /// A line cut into pieces of at most 75 octets, each after the first starting with a space
    /// (which counts), cut only between Unicode scalars so no UTF-8 sequence is split.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > maxOctets else { return line }
        var line = line
        return line.withUTF8 { bytes in
            var folded: [UInt8] = []
            folded.reserveCapacity(bytes.count + bytes.count / (maxOctets - 1) * 3 + 3)
            var lineStart = 0, octets = 0, scalarStart = 0
            while scalarStart < bytes.count {
                // A scalar is its lead byte and the continuation bytes (10xxxxxx) after it.
                var scalarEnd = scalarStart + 1
                while scalarEnd < bytes.count, bytes[scalarEnd] & 0xC0 == 0x80 { scalarEnd += 1 }
                if octets + (scalarEnd - scalarStart) > maxOctets {
                    folded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart..<scalarStart]))
                    folded += foldBreak
                    lineStart = scalarStart
                    octets = 1
                }
                octets += scalarEnd - scalarStart
                scalarStart = scalarEnd
            }
            folded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart...]))
            return String(decoding: folded, as: UTF8.self)
        }
    }
}
