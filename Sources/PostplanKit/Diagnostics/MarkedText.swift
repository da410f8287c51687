import YAMLTree

/// A text with markers (`1️⃣`, `2️⃣`, ... `🔟`) placed where a finding must point, in the
/// style of swift-format's tests: the markers are taken out of the text, and each keeps the
/// 1-based line and column (in Unicode code points, like libyaml) of the character after it.
/// Rule examples are written this way, and so are the test fixtures.
struct MarkedText: Hashable, Sendable {
    /// The text without its markers.
    let text: String
    /// Where each marker stood, once the markers are removed.
    let markers: [String: Position]

    init(_ marked: String) {
        var text = ""
        var markers: [String: Position] = [:]
        var line = 1, column = 1
        for character in marked {
            if Self.isMarker(character) {
                let name = String(character)
                precondition(markers[name] == nil, "marker \(name) is used twice")
                markers[name] = Position(line: line, column: column)
                continue
            }
            text.append(character)
            if character == "\n" || character == "\r\n" || character == "\r" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        self.text = text
        self.markers = markers
    }

    /// The places of the markers, in the order of the text.
    var places: [Position] { markers.values.sorted() }

    /// Keycap digits (a digit, U+FE0F, U+20E3) and the keycap ten.
    static func isMarker(_ character: Character) -> Bool {
        character == "🔟" || character.unicodeScalars.contains("\u{20E3}")
    }
}
