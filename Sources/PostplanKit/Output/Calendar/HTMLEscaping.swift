import Mustache

/// Text made safe for HTML as swift-mustache's default content type makes it (`<`, `>`, `&`,
/// `"` and `'`, compared as `Character`s), for `CompiledTemplate`: a text that holds none of
/// those bytes, as most plan text does, is returned as it is without being walked.
struct HTMLEscaping: MustacheContentType {
    private static let replacements: [Character: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"]

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            if let replacement = Self.replacements[character] { escaped += replacement } else { escaped.append(character) }
        }
        return escaped
    }
}
