/// How one platform measures a text: the counting unit, and the rules that change what some
/// parts count (links, emoji). Built from a profile's `text.*` facts; the algorithms live
/// here, the numbers in the profile.
public struct TextLength: Sendable {
    public var counting: TextCounting
    /// Every http(s) link counts this much, whatever its length (Mastodon's 23).
    public var urlLength: Int?
    /// twitter-text's weights, for `x-weighted`.
    public var weighting: WeightedLengthConfig?

    public init(counting: TextCounting, urlLength: Int? = nil, weighting: WeightedLengthConfig? = nil) {
        self.counting = counting
        self.urlLength = urlLength
        self.weighting = weighting
    }

    /// The platform's length of a text. Line breaks at the end do not count: composers drop them.
    public func count(_ text: String) -> Int {
        var text = Substring(text)
        while let last = text.last, last.isNewline { text.removeLast() }
        if counting != .xWeighted, urlLength == nil || !LinkScanner.mayContainLink(text) {
            // No link to weigh: ASCII text is one grapheme per byte (CR LF is one) and has no
            // emoji; other text without emoji to count as bytes is its grapheme count.
            if let length = Self.asciiLength(text) { return length }
            if counting == .graphemes { return text.count }
        }
        return count(trimmed: String(text))
    }

    /// A text as a composer publishes it: without line breaks at the end.
    public static func published(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last.isNewline { text.removeLast() }
        return String(text)
    }

    /// A number `count(text)` never exceeds, read off the bytes without walking graphemes;
    /// nil where there is no such shortcut. A grapheme counts 1, or its UTF-8 bytes where
    /// emoji count as bytes, so never more than its bytes; a link counts `urlLength` instead
    /// of its own (one or more) bytes, and every link has a `://`. X's weights have a shortcut
    /// for text in NFC (see `WeightedLengthCounter.ceiling(of:config:)`).
    public func ceiling(of text: String) -> Int? {
        switch counting {
        case .xWeighted:
            guard let weighting else { return text.utf8.count }
            return WeightedLengthCounter.ceiling(of: text, config: weighting)
        case .graphemes, .graphemesEmojiAsBytes:
            guard let urlLength, urlLength > 0 else { return text.utf8.count }
            return text.utf8.count + urlLength * LinkScanner.linkCeiling(of: text)
        }
    }

    /// The grapheme count of an ASCII text, read from its bytes; nil when it is not ASCII.
    private static func asciiLength(_ text: Substring) -> Int? {
        var length = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if !(byte == UInt8(ascii: "\n") && previous == UInt8(ascii: "\r")) { length += 1 }
            previous = byte
        }
        return length
    }

    private func count(trimmed text: String) -> Int {
        switch counting {
        case .xWeighted:
            guard let weighting else { return text.count }
            return WeightedLengthCounter.count(text, config: weighting).weightedLength
        case .graphemes, .graphemesEmojiAsBytes:
            let links = urlLength == nil ? [] : LinkScanner.links(in: text)
            var total = 0
            var nextLink = 0
            var index = text.startIndex
            while index < text.endIndex {
                if nextLink < links.count, index == links[nextLink].lowerBound, let urlLength {
                    total += urlLength
                    index = links[nextLink].upperBound
                    nextLink += 1
                    continue
                }
                let character = text[index]
                total += counting == .graphemesEmojiAsBytes && character.isEmoji ? character.utf8.count : 1
                index = text.index(after: index)
            }
            return total
        }
    }

    /// How many graphemes from the start of `text` still fit within `limit`: the position of
    /// the first grapheme that does not fit. Nil when the whole text fits.
    public func fittingPrefix(of text: String, limit: Int, measure: (String) -> Int) -> Int? {
        let characters = Array(text)
        guard measure(text) > limit else { return nil }
        var low = 0, high = characters.count  // measure(prefix(low)) <= limit < measure(prefix(high))
        while high - low > 1 {
            let middle = (low + high) / 2
            if measure(String(characters[..<middle])) > limit { high = middle } else { low = middle }
        }
        return low
    }

    /// What the unit is called in messages.
    public var unitName: String {
        switch counting {
        case .graphemes: "graphemes"
        case .xWeighted: "weighted characters"
        case .graphemesEmojiAsBytes: "characters (emoji count their UTF-8 bytes)"
        }
    }
}

extension Character {
    /// An emoji as people see one: a pictographic sequence, or a character with emoji presentation.
    var isEmoji: Bool {
        guard let first = unicodeScalars.first else { return false }
        if first.properties.isEmojiPresentation { return true }
        return first.properties.isEmoji && (unicodeScalars.count > 1 || first.value > 0x238C)
    }
}

/// Finds http(s) links and hashtags in text, the way Mastodon and most platforms see them:
/// a link starts with `http://` or `https://` and runs to the next white space.
enum LinkScanner {
    /// Whether a text may hold a link (it has `://`); false means it certainly holds none.
    static func mayContainLink(_ text: some StringProtocol) -> Bool {
        containsBytes(text, UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "/"))
    }

    /// At least as many as the text has links: every link has a `://`.
    static func linkCeiling(of text: String) -> Int {
        occurrences(of: UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "/"), in: text)
    }

    /// At least as many as the text has hashtags: every hashtag starts with `#` or `＃`.
    static func hashtagCeiling(of text: String) -> Int {
        withUTF8(text) { bytes in
            bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "#") ? 1 : 0) } + occurrences(of: 0xEF, 0xBC, 0x83, in: bytes)
        }
    }

    /// Whether three bytes follow each other somewhere in the text's UTF-8.
    private static func containsBytes(_ text: some StringProtocol, _ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        occurrences(of: first, second, third, in: text, stoppingAt: 1) > 0
    }

    /// How often three bytes follow each other in the text's UTF-8 (counting up to `limit`).
    private static func occurrences(
        of first: UInt8, _ second: UInt8, _ third: UInt8, in text: some StringProtocol, stoppingAt limit: Int = .max
    ) -> Int {
        withUTF8(text) { occurrences(of: first, second, third, in: $0, stoppingAt: limit) }
    }

    private static func occurrences(
        of first: UInt8, _ second: UInt8, _ third: UInt8, in bytes: UnsafeBufferPointer<UInt8>, stoppingAt limit: Int = .max
    ) -> Int {
        var found = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if byte == third, previous == (first, second) {
                found += 1
                if found == limit { break }
            }
            previous = (previous.1, byte)
        }
        return found
    }

    /// The text's UTF-8 as one buffer: in place for native strings, copied otherwise.
    private static func withUTF8<Result>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    static func links(in text: String) -> [Range<String.Index>] {
        // Most texts have no link: a byte scan for "://" says so without walking graphemes.
        guard mayContainLink(text) else { return [] }
        var result: [Range<String.Index>] = []
        var searchStart = text.startIndex
        while let start = nextScheme(in: text, from: searchStart) {
            var end = start
            while end < text.endIndex, !text[end].isWhitespace { end = text.index(after: end) }
            // Trailing punctuation belongs to the sentence, not the link.
            while end > start, let last = text[..<end].last, ".,;:!?)]}'\"".contains(last) {
                end = text.index(before: end)
            }
            result.append(start..<end)
            searchStart = end > start ? end : text.index(after: start)
        }
        return result
    }

    private static func nextScheme(in text: String, from start: String.Index) -> String.Index? {
        var index = start
        while let found = text[index...].firstIndex(of: "h") {
            let rest = text[found...]
            if rest.hasPrefix("https://") || rest.hasPrefix("http://") {
                let atWordStart = found == text.startIndex || !text[text.index(before: found)].isLetter
                if atWordStart { return found }
            }
            index = text.index(after: found)
        }
        return nil
    }

    /// Hashtags: `#` at the start or after white space, followed by letters, digits or `_`
    /// (not only digits). Returns the range of each, `#` included.
    static func hashtags(in text: String) -> [Range<String.Index>] {
        // A byte scan for `#` or `＃` (EF BC 83) rules out most texts without walking graphemes.
        guard text.utf8.contains(UInt8(ascii: "#")) || containsBytes(text, 0xEF, 0xBC, 0x83) else { return [] }
        var result: [Range<String.Index>] = []
        var index = text.startIndex
        var previous: Character?
        while index < text.endIndex {
            let character = text[index]
            if (character == "#" || character == "＃"), previous.map({ $0.isWhitespace || "([".contains($0) }) ?? true {
                var end = text.index(after: index)
                var hasLetter = false
                while end < text.endIndex, text[end].isLetter || text[end].isNumber || text[end] == "_" {
                    if !text[end].isNumber { hasLetter = true }
                    end = text.index(after: end)
                }
                if hasLetter {
                    result.append(index..<end)
                    previous = text[text.index(before: end)]
                    index = end
                    continue
                }
            }
            previous = character
            index = text.index(after: index)
        }
        return result
    }
}
