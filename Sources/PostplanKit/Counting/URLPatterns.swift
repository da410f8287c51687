// The regular expressions twitter-text uses to find URLs, rebuilt for ICU (NSRegularExpression).
//
// Ported from twitter/twitter-text (https://github.com/twitter/twitter-text), `js/src/regexp/*.js`
// of the JavaScript release 3.1.0 (commits 714cd4d589cc2be573e7642d2c70e08de3676e80,
// 9537bdf15f935b40fed0ea3ea44cee860fbb8880, 65e7e00da383fb77f5ab7fe3c0dc26b724e14035).
// Copyright 2018 Twitter, Inc. Licensed under the Apache License, Version 2.0
// (https://www.apache.org/licenses/LICENSE-2.0).
//
// Each property below is one JavaScript file, under the same name, assembled the way
// twitter-text's `regexSupplant` assembles them. Three mechanical changes, none of which
// changes what matches:
// - every ASCII punctuation character inside a character class is escaped, because ICU gives
//   some of them (`&&`, `--`, `{…}`) a meaning inside `[...]` that JavaScript does not;
// - `$` ("end of input" in JavaScript without the `m` flag) is written `\z`, because ICU's `$`
//   also matches before a final line break;
// - the TLD lists become prefix trees (see `topLevelDomainPattern`), for speed.
// ICU matches code points where JavaScript (without the `u` flag) matches UTF-16 code units;
// the only pieces that could see half a surrogate pair are negated classes, and a link found
// through one still starts at the same code unit.
//
// One difference remains, by design: JavaScript's `i` flag compares upper-cased UTF-16 code
// units, ICU's compares case-folded code points. After NFC (which turns the Kelvin and Ångström
// signs into K and Å) they disagree only where a host or TLD would be spelt with ſ (long s),
// ß or a ligature such as ﬀ that ICU folds to `s`, `ss` or `ff`: `example.ſe` is a link here,
// not in twitter-text. No real post is expected to hit this.

import Foundation

enum URLPatterns {
    // MARK: Character groups (the `…Group.js` files are class contents, without brackets)

    /// `spacesGroup.js`
    static let spacesGroup =
        #"\x{09}-\x{0D}\x{20}\x{85}\x{A0}\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"#

    /// `invalidCharsGroup.js`: the characters that make a post invalid.
    static let invalidCharsGroup = #"\uFFFE\uFEFF\uFFFF"#

    /// `directionalMarkersGroup.js`
    static let directionalMarkersGroup = #"\u202A-\u202E\u061C\u200E\u200F\u2066\u2067\u2068\u2069"#

    /// `punct.js`: ! ' # % & ( ) * + , \ - . / : ; < = > ? @ [ ] ^ _ { | } ~ $
    static let punct = ##"\!\'\#\%\&\(\)\*\+\,\\\-\.\/\:\;\<\=\>\?\@\[\]\^\_\{\|\}\~\$"##

    /// `latinAccentChars.js`
    static let latinAccentChars =
        #"\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{FF}\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B"#
        + #"\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF"#

    /// `cyrillicLettersAndMarks.js`
    static let cyrillicLettersAndMarks = #"\u0400-\u04FF"#

    // MARK: Domains

    /// `validDomainChars.js` (with `invalidDomainChars.js` inlined)
    static let validDomainChars =
        "[^\(punct)\(spacesGroup)\(invalidCharsGroup)\(directionalMarkersGroup)]"

    /// `validSubdomain.js`
    static let validSubdomain =
        "(?:(?:\(validDomainChars)(?:[\\_\\-]|\(validDomainChars))*)?\(validDomainChars)\\.)"

    /// `validDomainName.js`
    static let validDomainName =
        "(?:(?:\(validDomainChars)(?:\\-|\(validDomainChars))*)?\(validDomainChars)\\.)"

    /// `validGTLD.js`
    static let validGTLD = topLevelDomainPattern(TopLevelDomains.generic)

    /// `validCCTLD.js`
    static let validCCTLD = topLevelDomainPattern(TopLevelDomains.country)

    /// `validPunycode.js`
    static let validPunycode = #"(?:xn\-\-[\-0-9a-z]+)"#

    /// `validDomain.js`
    static let validDomain =
        "(?:\(validSubdomain)*\(validDomainName)(?:\(validGTLD)|\(validCCTLD)|\(validPunycode)))"

    /// `validAsciiDomain.js`: the part of a host a URL without protocol may consist of.
    static let validAsciiDomain =
        "(?:(?:[\\-a-z0-9\(latinAccentChars)]+)\\.)+(?:\(validGTLD)|\(validCCTLD)|\(validPunycode))"

    // MARK: Port, path, query

    /// `validPortNumber.js`
    static let validPortNumber = "[0-9]+"

    /// `validGeneralUrlPathChars.js`
    static let validGeneralUrlPathChars =
        "[a-z\(cyrillicLettersAndMarks)0-9"
        + ##"\!\*\'\;\:\=\+\,\.\$\/\%\#\[\]\-\u2013\_\~\@\|\&"##
        + "\(latinAccentChars)]"

    /// `validUrlBalancedParens.js`: up to two nested levels of balanced parentheses, as in
    /// Wikipedia's `/Primer_(film)`.
    static let validUrlBalancedParens: String = {
        let chars = validGeneralUrlPathChars
        return "\\((?:\(chars)+|(?:\(chars)*\\(\(chars)+\\)\(chars)*))\\)"
    }()

    /// `validUrlPathEndingChars.js`: so that `/foo.` does not take the full stop.
    static let validUrlPathEndingChars =
        "[\\+\\-a-z\(cyrillicLettersAndMarks)0-9\\=\\_\\#\\/\(latinAccentChars)]|(?:\(validUrlBalancedParens))"

    /// `validUrlPath.js`: `@` only in the middle, as in `http://example.com/@user/`.
    static let validUrlPath: String = {
        let chars = validGeneralUrlPathChars
        return "(?:(?:\(chars)*(?:\(validUrlBalancedParens)\(chars)*)*\(validUrlPathEndingChars))"
            + "|(?:\\@\(chars)+\\/))"
    }()

    /// `validUrlQueryChars.js`
    static let validUrlQueryChars = ##"[a-z0-9\!\?\*\'\@\(\)\;\:\&\=\+\$\/\%\#\[\]\-\_\.\,\~\|]"##

    /// `validUrlQueryEndingChars.js`
    static let validUrlQueryEndingChars = ##"[a-z0-9\-\_\&\=\#\/]"##

    // MARK: Whole URLs

    /// `validUrlPrecedingChars.js`
    static let validUrlPrecedingChars =
        "(?:[^A-Za-z0-9\\@＠\\$\\#＃\(invalidCharsGroup)]|[\(directionalMarkersGroup)]|^)"

    /// `extractUrl.js`. Groups: 1 whole match, 2 preceding character, 3 URL, 4 protocol,
    /// 5 domain, 6 port, 7 path, 8 query.
    static let extractUrl =
        "((\(validUrlPrecedingChars))((https?:\\/\\/)?(\(validDomain))(?::(\(validPortNumber)))?"
        + "(\\/\(validUrlPath)*)?(\\?\(validUrlQueryChars)*\(validUrlQueryEndingChars))?))"

    /// `validTcoUrl.js`: a t.co link takes no path after its slug.
    static let validTcoUrl =
        "^https?:\\/\\/t\\.co\\/([a-z0-9]+)(?:\\?\(validUrlQueryChars)*\(validUrlQueryEndingChars))?"

    /// A TLD list as one alternation that must not run on into a letter, digit, `@`, `+` or `-`
    /// (the lookahead of `validGTLD.js` / `validCCTLD.js`).
    ///
    /// twitter-text writes the list as ~1,300 flat alternatives; ICU would try each of them at
    /// every candidate position, which made the extractor a hundred times slower than all the
    /// rest of the counting. Here the alternatives share their prefixes (`c(?:o(?:m(?:sec|…)|…)`),
    /// so a position costs a few comparisons. The match is the same: after a TLD, everything in
    /// `extractUrl` and `validAsciiDomain` is optional, so the first TLD that matches with its
    /// lookahead wins, and in the flat list that is the longest one — the list names a longer
    /// TLD before any prefix of it that could end there (嘉里大酒店 before 嘉里; a unit test
    /// keeps that so). The tree tries longer continuations before stopping, and reaches the same.
    ///
    /// ICU also tries every sibling in turn, so the tree starts with a lookahead for the
    /// characters a TLD can start with: where none follows (the end of `relax.`), the whole
    /// alternation is skipped at once. It only filters; it cannot change a match.
    static func topLevelDomainPattern(_ names: [String]) -> String {
        let words = names.map { Array($0.unicodeScalars)[...] }
        let firstCharacters = Set(words.compactMap(\.first)).sorted { $0.value < $1.value }
        let guardClass = firstCharacters.map { "\\x{\(String($0.value, radix: 16))}" }.joined()
        var tree = ""
        appendPrefixTree(of: words, to: &tree)
        return "(?:(?=[\(guardClass)])(?:\(tree))(?=[^0-9a-zA-Z\\@\\+\\-]|\\z))"
    }

    /// The alternation of `words` with common prefixes factored out. Siblings start with
    /// different characters, so their order cannot change a match (Latin ones go first: most
    /// hosts are); an empty word (a TLD that ends here) comes last, after every longer
    /// continuation. Built into one string, without intermediate ones: it runs once per
    /// process, but before the first X post can be counted.
    private static func appendPrefixTree(of words: [ArraySlice<Unicode.Scalar>], to pattern: inout String) {
        var groups: [(first: Unicode.Scalar, rests: [ArraySlice<Unicode.Scalar>])] = []
        var groupIndex: [Unicode.Scalar: Int] = [:]
        var endsHere = false
        for word in words {
            guard let first = word.first else {
                endsHere = true
                continue
            }
            if let index = groupIndex[first] {
                groups[index].rests.append(word.dropFirst())
            } else {
                groupIndex[first] = groups.count
                groups.append((first, [word.dropFirst()]))
            }
        }
        let ordered = groups.filter { $0.first.isASCII } + groups.filter { !$0.first.isASCII }
        for (index, group) in ordered.enumerated() {
            if index > 0 { pattern += "|" }
            appendEscaped(group.first, to: &pattern)
            if group.rests.count == 1 {
                group.rests[0].forEach { appendEscaped($0, to: &pattern) }
            } else {
                pattern += "(?:"
                appendPrefixTree(of: group.rests, to: &pattern)
                pattern += ")"
            }
        }
        if endsHere, !ordered.isEmpty { pattern += "|" }
    }

    /// The scalar as a literal in an ICU pattern: itself, or with a backslash when it is one of
    /// ICU's metacharacters (what Foundation's `escapedPattern(for:)` does, without NSString).
    private static func appendEscaped(_ scalar: Unicode.Scalar, to pattern: inout String) {
        if "\\^$.|?*+()[]{}#-/".unicodeScalars.contains(scalar) { pattern += "\\" }
        pattern.unicodeScalars.append(scalar)
    }
}

/// The compiled patterns, built once per process: compiling `extractUrl` with its ~1,600 TLDs
/// costs milliseconds, matching with it microseconds.
enum CompiledURLPatterns {
    /// JavaScript compiles these with the `i` flag; so do we (see the file header for the one
    /// difference between the two kinds of case-insensitivity).
    static let extractUrl = compile(URLPatterns.extractUrl)
    static let validAsciiDomain = compile(URLPatterns.validAsciiDomain)
    static let validTcoUrl = compile(URLPatterns.validTcoUrl)

    private static func compile(_ pattern: String) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            // The patterns are constants of this file, covered by the conformance tests.
            fatalError("twitter-text URL pattern does not compile: \(error)")
        }
    }
}
