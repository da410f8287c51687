// The host check twitter-text applies to every URL candidate, and the punycode length it needs.
//
// Ported from twitter/twitter-text `js/src/lib/idna.js` (commit
// 9537bdf15f935b40fed0ea3ea44cee860fbb8880, release 3.1.0; Copyright 2018 Twitter, Inc.,
// Apache License 2.0), which calls `punycode.toASCII` of the npm package punycode 1.4.1
// (Mathias Bynens, MIT) — itself RFC 3492, which is what `encodedLength` follows.

import Foundation

/// Whether a URL's host passes twitter-text's `idna.toAscii`: every label, punycode-encoded,
/// must be 1 to 63 characters long (the DNS limit), and a host that starts with `xn--` must
/// contain an ASCII domain. This is why a link whose host is a long run of CJK characters
/// counts as text rather than as 23 characters.
enum DomainLabelRules {
    static let maximumLabelLength = 63

    /// `leadingCodeUnit` is a lone UTF-16 code unit that twitter-text's pattern took as the
    /// host's first character (see `URLExtractor.links`); it counts in the first label.
    static func isValidHost(_ domain: String, leadingCodeUnit: UInt16? = nil) -> Bool {
        if leadingCodeUnit == nil, domain.utf16.starts(with: "xn--".utf16),
            CompiledURLPatterns.validAsciiDomain.firstMatch(
                in: domain, range: NSRange(location: 0, length: domain.utf16.count)) == nil
        {
            return false
        }
        // JavaScript's `split('.')` keeps empty labels, and so does this.
        let labels = domain.unicodeScalars.split(separator: ".", omittingEmptySubsequences: false)
        for (index, label) in labels.enumerated() {
            var codePoints = label.map(\.value)
            if index == 0, let leadingCodeUnit { codePoints.insert(UInt32(leadingCodeUnit), at: 0) }
            // The encoding is never shorter than the label: skip encoding a label that is too long.
            guard codePoints.count <= maximumLabelLength, let length = asciiLength(of: codePoints), (1...maximumLabelLength).contains(length) else {
                return false
            }
        }
        return true
    }

    /// The length of `punycode.toASCII(label)` (punycode.js 1.4.1): the label is split again on
    /// the IDNA full stops (. 。 ． ｡), each part that has a character outside U+0020–U+007E
    /// becomes `xn--` plus its encoding, and the parts are joined with `.`. Nil where
    /// punycode.js would throw (an overflow, only possible for labels thousands of characters
    /// long).
    static func asciiLength(of label: [UInt32]) -> Int? {
        var total = 0
        var first = true
        for part in label.split(omittingEmptySubsequences: false, whereSeparator: separators.contains) {
            if !first { total += 1 }
            first = false
            if part.allSatisfy({ (0x20...0x7E).contains($0) }) {
                total += part.count
            } else {
                guard let encoded = encodedLength(Array(part)) else { return nil }
                total += 4 + encoded
            }
        }
        return total
    }

    private static let separators: Set<UInt32> = [0x2E, 0x3002, 0xFF0E, 0xFF61]

    /// The length of the RFC 3492 encoding of `input` (what punycode.js `encode` returns),
    /// computed without building the string.
    static func encodedLength(_ input: [UInt32]) -> Int? {
        let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
        let maxInt = 2_147_483_647
        let codePoints = input.map(Int.init)
        let basicCount = codePoints.filter { $0 < 0x80 }.count
        var length = basicCount + (basicCount > 0 ? 1 : 0)
        var n = 0x80, delta = 0, bias = 72
        var handled = basicCount

        func adapt(_ delta: Int, _ numPoints: Int, _ firstTime: Bool) -> Int {
            var delta = firstTime ? delta / damp : delta >> 1
            delta += delta / numPoints
            var k = 0
            while delta > ((base - tMin) * tMax) >> 1 {
                delta /= base - tMin
                k += base
            }
            return k + (base - tMin + 1) * delta / (delta + skew)
        }

        while handled < codePoints.count {
            guard let m = codePoints.filter({ $0 >= n }).min() else { return nil }
            guard m - n <= (maxInt - delta) / (handled + 1) else { return nil }
            delta += (m - n) * (handled + 1)
            n = m
            for codePoint in codePoints {
                if codePoint < n {
                    delta += 1
                    if delta > maxInt { return nil }
                }
                if codePoint == n {
                    var q = delta
                    var k = base
                    while true {
                        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                        if q < t { break }
                        length += 1
                        q = (q - t) / (base - t)
                        k += base
                    }
                    length += 1
                    bias = adapt(delta, handled + 1, handled == basicCount)
                    delta = 0
                    handled += 1
                }
            }
            delta += 1
            n += 1
        }
        return length
    }
}
