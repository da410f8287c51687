// X's weighted post length.
//
// Ported from twitter/twitter-text `js/src/parseTweet.js` (commit
// 65e7e00da383fb77f5ab7fe3c0dc26b724e14035, release 3.1.0; Copyright 2018 Twitter, Inc.,
// Apache License 2.0), and checked against twitter-text's conformance suite
// (`conformance/validate.yml`, see WeightedLengthConformanceTests).

import Foundation

/// A text's length as X measures it, and whether X would accept it.
public struct WeightedLength: Hashable, Sendable {
    /// The sum of the weights divided by the config's scale: 1 per Latin character, 2 per CJK
    /// character or emoji, 23 per link (with twitter-text's v3 config). Rounded down where
    /// twitter-text would report a fraction, which no weight of v2 or v3 produces.
    public var weightedLength: Int
    /// The text has at least one character, no more than the maximum, and none of U+FFFE,
    /// U+FEFF, U+FFFF.
    public var isValid: Bool
    /// Thousandths of the maximum used, rounded down: 1000 is a full post, above 1000 too long.
    public var permillage: Int

    public init(weightedLength: Int, isValid: Bool, permillage: Int) {
        self.weightedLength = weightedLength
        self.isValid = isValid
        self.permillage = permillage
    }
}

/// twitter-text's `parseTweet`, without the display and valid ranges.
///
/// 1. The text is NFC-normalised (café counts 4, however it was typed).
/// 2. Every link `URLExtractor` finds counts `transformedURLLength`, whatever its length.
/// 3. With `emojiParsingEnabled`, every emoji `EmojiScanner` finds counts `defaultWeight`,
///    however many code points it has.
/// 4. Every other code point weighs what the first range that holds it says, else
///    `defaultWeight`. Like twitter-text, a code point outside the BMP is weighed by its second
///    UTF-16 code unit, which no usual range holds: it weighs `defaultWeight`.
/// 5. The sum is divided by `scale`.
///
/// Pure and thread-safe; a text without `.` never touches a regular expression.
public enum WeightedLengthCounter {
    public static func count(_ text: String, config: WeightedLengthConfig) -> WeightedLength {
        let normalized = isNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        let units = Array(normalized.utf16)
        let urls = URLExtractor.urls(in: units)
        let emoji = config.emojiParsingEnabled ? EmojiScanner.emoji(in: units) : []

        let urlWeight = multiplied(config.transformedURLLength, config.scale)
        var sum = 0
        var valid = true
        var nextURL = 0
        var nextEmoji = 0
        var index = 0
        while index < units.count {
            // Both lists are in text order; a link or emoji that starts inside one already
            // counted is skipped, as in twitter-text.
            while nextURL < urls.count, urls[nextURL].start < index { nextURL += 1 }
            while nextEmoji < emoji.count, emoji[nextEmoji].start < index { nextEmoji += 1 }
            if nextURL < urls.count, urls[nextURL].start == index {
                sum = added(sum, urlWeight)
                index += max(urls[nextURL].length, 1) - 1
            } else if nextEmoji < emoji.count, emoji[nextEmoji].start == index {
                sum = added(sum, config.defaultWeight)
                index += max(emoji[nextEmoji].length, 1) - 1
            } else {
                if UTF16.isLeadSurrogate(units[index]), index + 1 < units.count,
                    UTF16.isTrailSurrogate(units[index + 1])
                {
                    index += 1
                }
                sum = added(sum, weight(of: units[index], config: config))
            }
            // As in twitter-text, only the last code unit of a link or emoji is tested; neither
            // can contain the invalid characters.
            if valid, isInvalid(units[min(index, units.count - 1)]) { valid = false }
            index += 1
        }
        return result(sum: sum, valid: valid, config: config)
    }

    /// A weighted length a text never exceeds, found without normalising it or matching links
    /// and emoji; nil when the text may not be in NFC (normalising changes code points) or a
    /// weight is below zero. Every code unit weighs what its range says, except that a
    /// non-ASCII unit weighs at least `defaultWeight`: links and emoji only ever replace units
    /// (an emoji of several units weighs `defaultWeight` once, a lone one such as © never more
    /// than that), and each link adds `transformedURLLength` for the units it replaces. Every
    /// link has a full stop in its host followed by the top-level domain, which starts with a
    /// letter (punycode and non-Latin ones too): a full stop that ends a sentence is no link.
    /// A code point outside the BMP, which twitter-text weighs once, counts both its units here.
    public static func ceiling(of text: String, config: WeightedLengthConfig) -> Int? {
        guard config.scale > 0, config.transformedURLLength >= 0, config.defaultWeight >= 0,
            config.ranges.allSatisfy({ $0.weight >= 0 }), isNFC(text)
        else { return nil }
        var sum = 0, links = 0
        var previous: UInt16 = 0
        for unit in text.utf16 {
            if previous == UInt16(UInt8(ascii: ".")), unit >= 0x80 || isASCIILetterOrDigit(unit) { links += 1 }
            let weight = weight(of: unit, config: config)
            sum = added(sum, unit < 0x80 ? weight : max(weight, config.defaultWeight))
            previous = unit
        }
        return added(sum, multiplied(links, multiplied(config.transformedURLLength, config.scale))) / config.scale
    }

    private static func isASCIILetterOrDigit(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit) || (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
    }

    /// JavaScript divides in floating point; so do we, for the same permillage.
    private static func result(sum: Int, valid: Bool, config: WeightedLengthConfig) -> WeightedLength {
        let scale = max(config.scale, 1)
        let maximum = config.maxWeightedTweetLength
        let length = Double(sum) / Double(scale)
        let permillage = maximum > 0 ? (length / Double(maximum) * 1000).rounded(.down) : 0
        return WeightedLength(
            weightedLength: sum / scale,
            isValid: valid && sum > 0 && length <= Double(maximum),
            permillage: Int(exactly: permillage) ?? (permillage > 0 ? Int.max : 0))
    }

    /// `getCharacterWeight`: the first range that holds the code unit, else the default.
    private static func weight(of unit: UInt16, config: WeightedLengthConfig) -> Int {
        let value = Int(unit)
        for range in config.ranges where range.start <= value && value <= range.end {
            return range.weight
        }
        return config.defaultWeight
    }

    /// `hasInvalidCharacters` (js/src/regexp/invalidCharsGroup.js).
    private static func isInvalid(_ unit: UInt16) -> Bool {
        unit == 0xFFFE || unit == 0xFEFF || unit == 0xFFFF
    }

    /// Whether `text` is certainly in NFC already, so that normalising it (tens of microseconds
    /// for a post in a non-Latin script) can be skipped. Code points below U+0300 are in NFC and
    /// never combine with what precedes them; beyond them, the standard library's quick check
    /// (Unicode's NFC_Quick_Check) answers for CJK, Cyrillic, Arabic, emoji and most else.
    static func isNFC(_ text: String) -> Bool {
        if text.utf16.allSatisfy({ $0 < 0x300 }) { return true }
        #if compiler(>=6.2)
            // `utf8Span` needs the UTF-8 in one piece; a string bridged from Objective-C may not be.
            if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *), text.isContiguousUTF8 {
                var span = text.utf8Span
                return span.checkForNFC(quickCheck: true)
            }
        #endif
        return false
    }

    // Weights come from profile files; absurd ones must not trap.
    private static func added(_ sum: Int, _ weight: Int) -> Int {
        let (result, overflow) = sum.addingReportingOverflow(weight)
        return overflow ? (weight > 0 ? .max : .min) : result
    }

    private static func multiplied(_ a: Int, _ b: Int) -> Int {
        let (result, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? ((a > 0) == (b > 0) ? .max : .min) : result
    }
}
