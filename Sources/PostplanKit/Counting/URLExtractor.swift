// The links X counts as 23 characters, found the way twitter-text finds them.
//
// Ported from twitter/twitter-text `js/src/extractUrlsWithIndices.js` (commit
// 9537bdf15f935b40fed0ea3ea44cee860fbb8880, release 3.1.0; Copyright 2018 Twitter, Inc.,
// Apache License 2.0), only as far as `parseTweet` needs it.

import Foundation

/// A link in a text, as `parseTweet` consumes it: where it starts and how many UTF-16 code units
/// it covers, in the NFC-normalised text.
struct URLEntity: Hashable, Sendable {
    var start: Int
    /// The length of the entity's URL string, which `parseTweet` skips. For a link without
    /// protocol whose host starts with non-ASCII labels (`日本.example.com/x`), twitter-text keeps
    /// only the ASCII part of the host, and this is the length of that shorter URL.
    var length: Int
}

/// twitter-text's URL extractor with its default option (`extractUrlsWithoutProtocol: true`):
/// `http://` and `https://` links whose host ends in a known TLD or punycode, and bare hosts
/// such as `example.com/path` made of ASCII and Latin letters.
enum URLExtractor {
    static let maximumURLLength = 4096
    static let maximumTcoSlugLength = 40
    private static let defaultProtocolLength = "https://".utf16.count

    /// The links in a text, in order: `units` is the UTF-16 of the NFC-normalised text, as
    /// `parseTweet` passes it. `searchingRuns: false` searches the whole text in one go, as
    /// twitter-text does; tests compare the two.
    static func urls(in units: [UInt16], searchingRuns: Bool = true) -> [URLEntity] {
        // Every link has a full stop in its host; most posts have none, and cost nothing here.
        guard units.contains(0x2E) else { return [] }
        var urls: [URLEntity] = []
        for range in searchingRuns ? searchRanges(units) : [0..<units.count] {
            let run = String(decoding: units[range], as: UTF16.self)
            let matches = CompiledURLPatterns.extractUrl.matches(
                in: run, range: NSRange(location: 0, length: range.count))
            for match in matches {
                urls.append(contentsOf: links(in: match, offset: range.lowerBound, units: units))
            }
        }
        return urls
    }

    /// Where a match can be. No part of a link is white space, so every match lies in one run
    /// of other characters, with the white space before it as its preceding character; and a
    /// host's TLD follows a full stop and starts with a letter. Searching only the runs with
    /// such a full stop finds what one search of the whole text finds: inside a run the pattern
    /// sees the same characters, `^` can only matter where the run starts the text, and at the
    /// run's end the TLD lookahead, which accepts white space, accepts the end as well. It skips
    /// the runs without a link — `relax.` at the end of a sentence, or a CJK sentence, whose every
    /// character could start a host and cost the pattern a scan to the end of the run.
    private static func searchRanges(_ units: [UInt16]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var runStart = 0
        var mayHaveHost = false
        for index in 0...units.count {
            if index == units.count || isSpace(units[index]) {
                if mayHaveHost { ranges.append(max(runStart - 1, 0)..<index) }
                runStart = index + 1
                mayHaveHost = false
            } else if units[index] == 0x2E, index + 1 < units.count, mayStartTopLevelDomain(units[index + 1]) {
                mayHaveHost = true
            }
        }
        return ranges
    }

    /// Every TLD, and `xn--`, starts with a letter: an ASCII one in either case (the pattern is
    /// case-insensitive) or one outside ASCII.
    private static func mayStartTopLevelDomain(_ unit: UInt16) -> Bool {
        unit >= 0x80 || (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
    }

    /// `spacesGroup.js`: the characters no part of a link can be.
    private static func isSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x180E, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
            0x205F, 0x3000:
            true
        default: false
        }
    }

    /// The links of one match of `extractUrl` in the run that starts at `offset`: none if the
    /// host fails `idna.toAscii` or the URL is too long, else the link (with protocol) or its
    /// ASCII domains (without).
    private static func links(in match: NSTextCheckingResult, offset: Int, units: [UInt16]) -> [URLEntity] {
        func absolute(_ group: Int) -> Range<Int>? {
            let range = match.range(at: group)
            return range.location == NSNotFound ? nil : (offset + range.location)..<(offset + NSMaxRange(range))
        }
        guard let url = absolute(3), let domainRange = absolute(5) else { return [] }
        let protocolRange = absolute(4)
        let domain = String(decoding: units[domainRange], as: UTF16.self)

        // JavaScript matches UTF-16 code units. Where a host without protocol directly follows a
        // character outside the BMP (an emoji), twitter-text's pattern matches one code unit
        // earlier: the character's first unit as the preceding character, its second as the
        // first character of the host — which is then longer by one unit when its labels and
        // length are checked (a 54-letter label after 😷 is too long there). The links it
        // keeps are the same.
        let before = absolute(2)
        let strayUnit = protocolRange == nil && before?.count == 2 ? before.map { units[$0.upperBound - 1] } : nil

        let protocolLength = protocolRange?.count ?? defaultProtocolLength
        let urlLength = url.count + (strayUnit == nil ? 0 : 1)
        guard DomainLabelRules.isValidHost(domain, leadingCodeUnit: strayUnit),
            protocolLength + urlLength <= maximumURLLength
        else {
            return []
        }
        if protocolRange != nil {
            return linkWithProtocol(units[url]).map { [$0] } ?? []
        }
        if let before, let last = units[before].last, "-_./".utf16.contains(last) {
            return []
        }
        let hasPath = absolute(7).map { !$0.isEmpty } ?? false
        return linksWithoutProtocol(domain: domain, domainUnits: units[domainRange], url: url, hasPath: hasPath)
    }

    /// A link with `http://` or `https://`: the whole match, except that a t.co link ends after
    /// its slug (and query); nil for a t.co slug over 40 characters.
    private static func linkWithProtocol(_ url: ArraySlice<UInt16>) -> URLEntity? {
        guard isTco(url) else { return URLEntity(start: url.startIndex, length: url.count) }
        let string = String(decoding: url, as: UTF16.self)
        guard
            let tco = CompiledURLPatterns.validTcoUrl.firstMatch(
                in: string, range: NSRange(location: 0, length: url.count))
        else {
            return URLEntity(start: url.startIndex, length: url.count)
        }
        let slug = tco.range(at: 1)
        if slug.location != NSNotFound, slug.length > maximumTcoSlugLength { return nil }
        return URLEntity(start: url.startIndex, length: tco.range.length)
    }

    /// Whether the link's host starts with `t.co/` (in any case), the only links `validTcoUrl`
    /// can match — a test that saves running it on every link.
    private static func isTco(_ url: ArraySlice<UInt16>) -> Bool {
        let isHTTPS = url.dropFirst(4).first.map { $0 | 0x20 == 0x73 } ?? false  // "https://"
        let host = url.dropFirst(isHTTPS ? 8 : 7)
        return host.prefix(5).map { $0 | 0x20 }.elementsEqual("t.co/".utf16.map { $0 | 0x20 })
    }

    /// A link without protocol: each ASCII domain inside the matched host is a link of its own;
    /// the last one takes the path and query, if there are any.
    private static func linksWithoutProtocol(
        domain: String, domainUnits: ArraySlice<UInt16>, url: Range<Int>, hasPath: Bool
    ) -> [URLEntity] {
        let domainUnits = Array(domainUnits)
        var links: [URLEntity] = []
        var asciiEnd = 0
        let matches = CompiledURLPatterns.validAsciiDomain.matches(
            in: domain, range: NSRange(location: 0, length: domainUnits.count))
        for match in matches {
            // twitter-text locates the match with `indexOf` from the previous end, not with the
            // match's own index; the two differ only when the same text occurs twice.
            let asciiDomain = domainUnits[match.range.location..<NSMaxRange(match.range)]
            let asciiStart = firstIndex(of: asciiDomain, in: domainUnits, from: asciiEnd) ?? match.range.location
            asciiEnd = asciiStart + asciiDomain.count
            links.append(URLEntity(start: url.lowerBound + asciiStart, length: asciiDomain.count))
        }
        if hasPath, let last = links.indices.last {
            // `url.replace(domain, asciiDomain)`: the path and query follow the ASCII domain.
            links[last].length = url.count - domainUnits.count + links[last].length
        }
        return links
    }

    /// JavaScript's `indexOf`: where `needle` first occurs in `haystack` at or after `start`.
    private static func firstIndex(of needle: ArraySlice<UInt16>, in haystack: [UInt16], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        for candidate in start...(haystack.count - needle.count)
        where haystack[candidate..<(candidate + needle.count)].elementsEqual(needle) {
            return candidate
        }
        return nil
    }
}
