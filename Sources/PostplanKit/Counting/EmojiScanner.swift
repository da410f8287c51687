/// Finds the emoji that X counts as one character each (twitter-text's `emojiParsingEnabled`).
///
/// twitter-text 3.1.0 asks the npm package twemoji-parser (^11.0.2, MIT) for them; that package
/// is one generated regular expression listing every emoji of Emoji 11.0 (2018). Instead of
/// freezing that list, this scanner follows the same grammar with the Unicode emoji properties
/// of the Swift runtime, so emoji published since then count as one character too (as later
/// twemoji-parser releases list them):
///
/// - a keycap: `#`, `*` or a digit, an optional U+FE0F, then U+20E3 (`1⃣`, `1️⃣`);
/// - a flag: two regional indicators; a tag sequence: 🏴 + tag characters + cancel tag
///   (🏴󠁧󠁢󠁳󠁣󠁴󠁿);
/// - an emoji character with its optional U+FE0F and skin-tone modifier, chained to more of
///   them with zero-width joiners (👨‍👩‍👧‍👦, 🧕🏾, 🏳️‍🌈);
/// - as in twemoji-parser: ©, ®, ™ and ♟ only with U+FE0F; any emoji followed by U+FE0E (text
///   presentation) is not one; a lone U+FE0F is one.
///
/// Where the two can disagree (none of them in the conformance suite): sequences newer than
/// Emoji 11.0 and ZWJ sequences that are not recommended for general interchange count as one
/// emoji here, as pieces there; a pair of regional indicators that is no country counts as one
/// flag here, as two there; an emoji that twemoji-parser lists without a variation selector,
/// followed by U+FE0F anyway (😷️), counts once here, twice there.
enum EmojiScanner {
    /// The emoji in `units` (UTF-16, as twitter-text indexes text), in order, never overlapping.
    static func emoji(in units: [UInt16]) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index < units.count {
            if mayStartEmoji(units[index]), let length = emojiLength(in: units, at: index) {
                spans.append(Span(start: index, length: length))
                index += length
            } else {
                index += 1
            }
        }
        return spans
    }

    struct Span: Hashable, Sendable {
        var start: Int
        var length: Int
    }

    private static let variationSelector16: UInt32 = 0xFE0F
    private static let variationSelector15: UInt32 = 0xFE0E
    private static let zeroWidthJoiner: UInt32 = 0x200D
    private static let combiningKeycap: UInt32 = 0x20E3
    private static let blackFlag: UInt32 = 0x1F3F4
    private static let cancelTag: UInt32 = 0xE007F
    private static let tagCharacters: ClosedRange<UInt32> = 0xE0020...0xE007E
    private static let regionalIndicators: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF
    private static let skinToneModifiers: ClosedRange<UInt32> = 0x1F3FB...0x1F3FF
    /// Emoji that twemoji-parser recognises only with U+FE0F, because as text they are common.
    private static let emojiOnlyWithVariationSelector: Set<UInt32> = [0xA9, 0xAE, 0x2122, 0x265F]

    /// Where the Basic Multilingual Plane has emoji: © and ®, and U+2000–U+32FF (‼ to ㊙). A unit
    /// test checks this against the Unicode data of the runtime.
    static let basicPlaneEmojiRange: Range<UInt32> = 0x2000..<0x3300

    /// A cheap first test, before any Unicode property is looked up: could an emoji, a keycap or a
    /// stray U+FE0F start with this code unit? Keeps CJK and other scripts fast.
    private static func mayStartEmoji(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x23, 0x2A, 0x30...0x39, 0xA9, 0xAE, 0xD800...0xDBFF, 0xFE0F: true
        default: basicPlaneEmojiRange.contains(UInt32(unit))
        }
    }

    /// The length in UTF-16 code units of the emoji that starts at `index`, or nil.
    static func emojiLength(in units: [UInt16], at index: Int) -> Int? {
        guard let (first, width) = codePoint(in: units, at: index) else { return nil }
        if first == 0x23 || first == 0x2A || (0x30...0x39).contains(first) {
            var end = index + width
            if codePoint(in: units, at: end)?.value == variationSelector16 { end += 1 }
            return codePoint(in: units, at: end)?.value == combiningKeycap ? end + 1 - index : nil
        }
        if first == variationSelector16 { return 1 }
        if regionalIndicators.contains(first) {
            let next = codePoint(in: units, at: index + width)
            return next.map { regionalIndicators.contains($0.value) } == true ? width + 2 : width
        }
        if first == blackFlag, let end = tagSequenceEnd(in: units, after: index + width) {
            return end - index
        }
        guard var end = elementEnd(in: units, at: index) else { return nil }
        while codePoint(in: units, at: end)?.value == zeroWidthJoiner,
            let next = elementEnd(in: units, at: end + 1)
        {
            end = next
        }
        return end - index
    }

    /// One emoji character with its optional U+FE0F and skin-tone modifier; nil if the code point
    /// at `index` is no emoji in this position.
    private static func elementEnd(in units: [UInt16], at index: Int) -> Int? {
        guard let (value, width) = codePoint(in: units, at: index), value >= 0x80,
            let scalar = Unicode.Scalar(value)
        else { return nil }
        var end = index + width
        let next = codePoint(in: units, at: end)?.value
        if emojiOnlyWithVariationSelector.contains(value) {
            return next == variationSelector16 ? end + 1 : nil
        }
        if value < 0x10000, !basicPlaneEmojiRange.contains(value) { return nil }
        let properties = scalar.properties
        guard properties.isEmoji, next != variationSelector15 else { return nil }
        if next == variationSelector16 { end += 1 }
        if properties.isEmojiModifierBase, let modifier = codePoint(in: units, at: end),
            skinToneModifiers.contains(modifier.value)
        {
            end += modifier.width
        }
        return end
    }

    /// The end of `tag characters… cancel tag` starting at `index`, or nil.
    private static func tagSequenceEnd(in units: [UInt16], after index: Int) -> Int? {
        var end = index
        while let tag = codePoint(in: units, at: end), tagCharacters.contains(tag.value) {
            end += tag.width
        }
        guard end > index, let cancel = codePoint(in: units, at: end), cancel.value == cancelTag else {
            return nil
        }
        return end + cancel.width
    }

    /// The code point at `index` and its width in code units; a lone surrogate stands for itself,
    /// as in JavaScript.
    static func codePoint(in units: [UInt16], at index: Int) -> (value: UInt32, width: Int)? {
        guard index < units.count else { return nil }
        let unit = units[index]
        if UTF16.isLeadSurrogate(unit), index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) {
            let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
            return (value, 2)
        }
        return (UInt32(unit), 1)
    }
}
