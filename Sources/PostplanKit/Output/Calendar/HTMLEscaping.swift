import Mustache

/// Text made safe for HTML as swift-mustache's default content type makes it (`<`, `>`, `&`,
/// `"` and `'`, compared as `Character`s), for `CompiledTemplate`: a text that holds none of
/// those bytes, as most plan text does, is returned as it is without being walked; in one that
/// does, only the scalars of those bytes are looked at, and the text between them is copied as
/// it is.
struct HTMLEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String {
        let utf8 = text.utf8, scalars = text.unicodeScalars
        guard var next = utf8.firstIndex(where: { Self.replacement(for: $0) != nil }) else { return text }
        var escaped = ""
        escaped.reserveCapacity(utf8.count + 16)
        var copied = text.startIndex
        while true {
            // A scalar joined to its neighbour into one Character (`<` and U+0338 make `≮`) is
            // not that Character, and stays.
            if let replacement = Self.replacement(for: utf8[next]), text.isCharacterOfItsOwn(at: next) {
                escaped += Substring(scalars[copied..<next])
                escaped += replacement
                copied = scalars.index(after: next)
            }
            guard let found = utf8[utf8.index(after: next)...].firstIndex(where: { Self.replacement(for: $0) != nil }) else { break }
            next = found
        }
        escaped += Substring(scalars[copied...])
        return escaped
    }

    private static func replacement(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}

extension String {
    /// Whether the scalar at `index` is a `Character` by itself, not joined to the scalar
    /// before or after it. For an ASCII scalar that depends only on its neighbours: a Prepend
    /// before it or an Extend, ZWJ or SpacingMark after it joins it (Unicode's grapheme rules
    /// GB9, GB9a, GB9b), so each pair is measured as a `Character` count.
    func isCharacterOfItsOwn(at index: Index) -> Bool {
        let scalars = unicodeScalars, scalar = scalars[index], after = scalars.index(after: index)
        let joinsBefore = index > startIndex && Self.isOneCharacter(scalars[scalars.index(before: index)], scalar)
        let joinsAfter = after < endIndex && Self.isOneCharacter(scalar, scalars[after])
        return !joinsBefore && !joinsAfter
    }

    /// Whether two scalars side by side make one `Character`.
    private static func isOneCharacter(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        var pair = String.UnicodeScalarView()
        pair.append(first)
        pair.append(second)
        return String(pair).count == 1
    }
}
