import Foundation
import Testing
import YAMLTree

@testable import PostplanKit

/// One case of twitter-text's `conformance/validate.yml` for `parseTweet`.
struct WeightedLengthCase: Sendable, CustomTestStringConvertible {
    var section: String
    var description: String
    var text: String
    var config: WeightedLengthConfig
    var expected: WeightedLength

    var testDescription: String { "\(section): \(description)" }
}

/// twitter-text's conformance data, from `../shared/testdata/twitter-text` beside the package
/// (copied unmodified from twitter/twitter-text, see SOURCE.md there).
enum TwitterTextConformance {
    /// Which config each section is run with, as twitter-text's own Ruby conformance test does,
    /// and how many cases it has: a section that silently lost its cases must fail.
    static let sections: [(name: String, config: String, count: Int)] = [
        ("WeightedTweetsCounterTest", "v2.json", 20),
        ("WeightedTweetsWithDiscountedEmojiCounterTest", "v3.json", 22),
        ("UnicodeDirectionalMarkerCounterTest", "v3.json", 2),
    ]

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // PostplanKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package
        .appendingPathComponent("../shared/testdata/twitter-text")
        .standardizedFileURL

    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("validate.yml").path)
    }

    /// The cases, or why they could not be read. Empty when the data is absent.
    static let loaded: Result<[WeightedLengthCase], LoadError> = {
        guard isPresent else { return .success([]) }
        return Result { try load() }.mapError { $0 as? LoadError ?? LoadError(message: "\($0)") }
    }()

    static var cases: [WeightedLengthCase] { (try? loaded.get()) ?? [] }

    struct LoadError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    private static func load() throws -> [WeightedLengthCase] {
        let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent("validate.yml")))
        let result = YAMLParser().parse(bytes)
        guard !result.hasFatalProblem, let document = result.documents.first else {
            throw LoadError(message: "validate.yml does not parse: \(result.problems)")
        }
        let tests = try value(document, "tests")
        var cases: [WeightedLengthCase] = []
        for section in sections {
            let configData = try Data(contentsOf: directory.appendingPathComponent(section.config))
            let config = try JSONDecoder().decode(WeightedLengthConfig.self, from: configData)
            guard let entries = try value(tests, section.name).sequence else {
                throw LoadError(message: "\(section.name) is not a list")
            }
            for entry in entries {
                let expected = try value(entry, "expected")
                cases.append(
                    WeightedLengthCase(
                        section: section.name,
                        description: try text(entry, "description"),
                        text: try text(entry, "text"),
                        config: config,
                        expected: WeightedLength(
                            weightedLength: try integer(expected, "weightedLength"),
                            isValid: try text(expected, "valid") == "true",
                            permillage: try integer(expected, "permillage"))))
            }
        }
        return cases
    }

    private static func value(_ node: Node, _ key: String) throws -> Node {
        guard let pair = node.mapping?.first(where: { $0.key.scalar?.text == key }) else {
            throw LoadError(message: "no '\(key)' at line \(node.span.start.line)")
        }
        return pair.value
    }

    private static func text(_ node: Node, _ key: String) throws -> String {
        guard let text = try value(node, key).scalar?.text else {
            throw LoadError(message: "'\(key)' is not a scalar at line \(node.span.start.line)")
        }
        return text
    }

    private static func integer(_ node: Node, _ key: String) throws -> Int {
        guard let number = Int(try text(node, key)) else {
            throw LoadError(message: "'\(key)' is not an integer at line \(node.span.start.line)")
        }
        return number
    }
}

@Suite("X weighted length: twitter-text conformance")
struct WeightedLengthConformanceTests {
    @Test("the conformance data is there and complete")
    func dataIsComplete() throws {
        guard TwitterTextConformance.isPresent else {
            // Outside the workspace (a lone clone of the package) the data may be missing;
            // CI always has it, and must not pass without running it.
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("twitter-text conformance data missing at \(TwitterTextConformance.directory.path)")
            }
            return
        }
        let cases = try TwitterTextConformance.loaded.get()
        for section in TwitterTextConformance.sections {
            #expect(cases.filter { $0.section == section.name }.count == section.count, "\(section.name)")
        }
    }

    @Test("parseTweet's weightedLength, valid and permillage", arguments: TwitterTextConformance.cases)
    func conformance(_ testCase: WeightedLengthCase) {
        let actual = WeightedLengthCounter.count(testCase.text, config: testCase.config)
        #expect(actual == testCase.expected, "\(testCase.testDescription)")
    }

    /// The checks skip the exact count when this ceiling is within the limit, so a ceiling
    /// below twitter-text's own length would let a too-long post through.
    @Test("the length ceiling is never below twitter-text's weighted length", arguments: TwitterTextConformance.cases)
    func ceilingBoundsConformance(_ testCase: WeightedLengthCase) {
        let ceiling = WeightedLengthCounter.ceiling(of: testCase.text, config: testCase.config)
        // Text below U+0300 is in NFC, and always has a ceiling; other text has one when in NFC.
        if testCase.text.unicodeScalars.allSatisfy({ $0.value < 0x300 }) { #expect(ceiling != nil) }
        guard let ceiling else { return }
        #expect(ceiling >= testCase.expected.weightedLength, "\(testCase.testDescription): ceiling \(ceiling)")
    }
}

@Suite("X weighted length: hand-computed cases")
struct WeightedLengthCounterTests {
    /// twitter-text's config/v3.json, which X has used since 2018.
    static let v3 = WeightedLengthConfig(
        maxWeightedTweetLength: 280, scale: 100, defaultWeight: 200, emojiParsingEnabled: true,
        transformedURLLength: 23,
        ranges: [
            .init(start: 0, end: 4351, weight: 100), .init(start: 8192, end: 8205, weight: 100),
            .init(start: 8208, end: 8223, weight: 100), .init(start: 8242, end: 8247, weight: 100),
        ])

    static func count(_ text: String) -> WeightedLength {
        WeightedLengthCounter.count(text, config: v3)
    }

    @Test("plain ASCII counts one per character")
    func ascii() {
        // 45 characters; 45 * 1000 / 280 = 160.7
        let text = "Planner goes live in 3 weeks. What should it?"
        #expect(Self.count(text) == .init(weightedLength: 45, isValid: true, permillage: 160))
    }

    @Test("CJK counts two per character")
    func cjk() {
        // 故人西辞黄鹤楼 is seven CJK ideographs: 14.
        #expect(Self.count("故人西辞黄鹤楼") == .init(weightedLength: 14, isValid: true, permillage: 50))
        // Hangul typed as conjoining jamo is NFC-composed first: 한 is one syllable, 2.
        #expect(Self.count("\u{1112}\u{1161}\u{11AB}").weightedLength == 2)
    }

    @Test("a link counts 23, whatever its length; a bare host with a known TLD is a link too")
    func url() {
        // "See " 4 + link 23 + " now" 4 = 31
        #expect(Self.count("See https://example.com/a/very/long/path?with=query now").weightedLength == 31)
        #expect(Self.count("See example.com now").weightedLength == 31)
        // Not a TLD: counted character by character (15).
        #expect(Self.count("See example.zzz").weightedLength == 15)
        // The full stop after a link is text: 23 + 1.
        #expect(Self.count("https://example.com.").weightedLength == 24)
    }

    @Test("an emoji ZWJ sequence counts 2 with v3, its code points one by one without")
    func emojiSequence() {
        let technologist = "\u{1F469}\u{1F3FD}\u{200D}\u{1F4BB}"  // 👩🏽‍💻
        #expect(Self.count(technologist).weightedLength == 2)
        var v2 = Self.v3
        v2.emojiParsingEnabled = false
        // 👩 2 + 🏽 2 + ZWJ 1 + 💻 2
        #expect(WeightedLengthCounter.count(technologist, config: v2).weightedLength == 7)
        // Keycap, flag, text-default emoji with and without VS16.
        #expect(Self.count("1\u{FE0F}\u{20E3}").weightedLength == 2)
        #expect(Self.count("\u{1F1E9}\u{1F1EA}").weightedLength == 2)  // 🇩🇪
        #expect(Self.count("\u{00A9}").weightedLength == 1)  // © as text
        #expect(Self.count("\u{00A9}\u{FE0F}").weightedLength == 2)  // © as emoji
    }

    @Test("an invalid character makes the text invalid but still counts")
    func invalidCharacter() {
        #expect(Self.count("Hello\u{FFFE}") == .init(weightedLength: 7, isValid: false, permillage: 25))
        #expect(Self.count("") == .init(weightedLength: 0, isValid: false, permillage: 0))
    }

    @Test("a host label longer than 63 characters once punycode-encoded is no link")
    func punycodeLabelLength() {
        func length(_ label: String) -> Int? {
            DomainLabelRules.asciiLength(of: label.unicodeScalars.map(\.value))
        }
        #expect(length("bücher") == "xn--bcher-kva".count)
        #expect(length("例え") == "xn--r8jz45g".count)
        #expect(length("example") == 7)
        #expect(DomainLabelRules.isValidHost(String(repeating: "a", count: 63) + ".com"))
        #expect(!DomainLabelRules.isValidHost(String(repeating: "a", count: 64) + ".com"))
        // 。 separates labels inside punycode.js, so "a。" is "a." there: 2 characters, valid.
        #expect(DomainLabelRules.isValidHost("a。.com"))
    }

    @Test("t.co links end after their slug; a slug over 40 characters is no link")
    func tco() {
        // 23 for https://t.co/abc123, then "/extra" counts 6.
        #expect(Self.count("https://t.co/abc123/extra").weightedLength == 29)
        let longSlug = "https://t.co/" + String(repeating: "a", count: 41)
        #expect(Self.count(longSlug).weightedLength == longSlug.count)
    }

    @Test("a bare host after - _ . / is no link; after 😷 its first label may have 53 letters, not 54")
    func bareHostContext() {
        #expect(Self.count("-example.com").weightedLength == 12)
        #expect(Self.count("(example.com)").weightedLength == 25)
        // twitter-text matches UTF-16 code units: the emoji's second unit (U+DE37) joins the first
        // label, and punycode makes "xn--" + 54 letters + "-fn93w" of it: 64, one too many.
        #expect(Self.count("😷" + String(repeating: "a", count: 53) + ".com").weightedLength == 2 + 23)
        #expect(Self.count("😷" + String(repeating: "a", count: 54) + ".com").weightedLength == 2 + 58)
        #expect(Self.count("😷 " + String(repeating: "a", count: 54) + ".com").weightedLength == 2 + 1 + 23)
    }

    @Test("the one known difference from twitter-text: ICU's case folding in TLDs (ſ for s)")
    func caseFoldingDifference() {
        // twitter-text: 10 characters; here the host is a link. See URLPatterns.swift.
        #expect(Self.count("example.\u{17F}e").weightedLength == 23)
    }

    @Test("emoji as twemoji-parser finds them: keycaps, flags, tags, modifiers, ZWJ, VS15/VS16")
    func emojiGrammar() {
        func length(_ text: String) -> Int { Self.count(text).weightedLength }
        #expect(length("#\u{20E3}") == 2)
        #expect(length("*\u{FE0F}\u{20E3}") == 2)
        #expect(length("1\u{FE0F}") == 3)  // no keycap: 1, then a stray VS16 (2)
        let scotland = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
        #expect(length(scotland) == 2)
        #expect(length("\u{1F3F4}\u{200D}\u{2620}\u{FE0F}") == 2)  // pirate flag
        #expect(length("\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}") == 2)  // rainbow flag
        #expect(length("\u{261D}\u{1F3FB}") == 2)  // text-default base with a skin tone
        #expect(length("\u{2764}") == 2)
        #expect(length("\u{2764}\u{FE0E}") == 4)  // text presentation: two characters of 2
        #expect(length("\u{2122}") == 2)  // ™ weighs 2 as text too
        #expect(length("\u{00AE}\u{FE0F} \u{00AE}") == 2 + 1 + 1)
        #expect(length("\u{1F468}\u{200D}a") == 2 + 1 + 1)  // a ZWJ before a letter joins nothing
        #expect(length("\u{1F1E6}") == 2)  // a lone regional indicator
    }

    @Test("the Basic Multilingual Plane has emoji only at ©, ® and U+2000–U+32FF")
    func basicPlaneEmoji() {
        // EmojiScanner skips every other BMP character without looking its properties up.
        let outside = (UInt32(0x80)..<0x10000).filter { value in
            guard let scalar = Unicode.Scalar(value), scalar.properties.isEmoji else { return false }
            return value != 0xA9 && value != 0xAE && !EmojiScanner.basicPlaneEmojiRange.contains(value)
        }
        #expect(outside.isEmpty, "\(outside.map { String($0, radix: 16) })")
    }

    @Test("NFC is skipped only for text already in NFC")
    func nfcQuickCheck() {
        #expect(WeightedLengthCounter.isNFC("Plain ASCII, and café"))
        #expect(WeightedLengthCounter.isNFC("故人西辞黄鹤楼 😷 привет مرحبا"))
        #expect(!WeightedLengthCounter.isNFC("cafe\u{301}"))
        #expect(!WeightedLengthCounter.isNFC("\u{1112}\u{1161}"))
        #expect(Self.count("cafe\u{301}").weightedLength == 4)
    }

    @Test("the ASCII in each character class is exactly twitter-text's")
    func characterClasses() throws {
        // Written out plainly from js/src/regexp/*.js; the patterns escape every one of them.
        let alphanumerics = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        let classes: [(String, String)] = [
            (URLPatterns.validDomainChars, alphanumerics + "\"`"),  // all but punct.js and spaces
            (URLPatterns.validGeneralUrlPathChars, alphanumerics + "!*';:=+,.$/%#[]-_~@|&"),
            (URLPatterns.validUrlQueryChars, alphanumerics + "!?*'@();:&=+$/%#[]-_.,~|"),
            (URLPatterns.validUrlQueryEndingChars, alphanumerics + "-_&=#/"),
            ("[^A-Za-z0-9\\@＠\\$\\#＃\(URLPatterns.invalidCharsGroup)]", "!\"%&'()*+,-./:;<=>?[\\]^_`{|}~"),
        ]
        for (pattern, expected) in classes {
            let regex = try NSRegularExpression(pattern: "^\(pattern)$", options: [.caseInsensitive])
            let matching = (0x21...0x7E).map { String(UnicodeScalar(UInt8($0))) }.filter {
                regex.firstMatch(in: $0, range: NSRange(location: 0, length: 1)) != nil
            }
            #expect(Set(matching) == Set(expected.map(String.init)), "\(pattern)")
        }
    }

    @Test("the TLD lists are twitter-text's, complete")
    func topLevelDomains() {
        #expect(TopLevelDomains.generic.count == 1259)
        #expect(TopLevelDomains.country.count == 315)
        #expect(TopLevelDomains.generic.first == "삼성" && TopLevelDomains.generic.last == "onion")
        #expect(TopLevelDomains.country.last == "ac")
    }

    @Test("a TLD that a longer TLD starts with, and could end a host there, comes after it")
    func topLevelDomainOrder() {
        // What makes the prefix tree of URLPatterns match what the flat list matches.
        for list in [TopLevelDomains.generic, TopLevelDomains.country] {
            for (index, name) in list.enumerated() {
                for longer in list[(index + 1)...]
                where longer.unicodeScalars.starts(with: name.unicodeScalars) {
                    // The TLD lookahead rejects only [0-9a-zA-Z@+-] after a TLD.
                    let next = longer.unicodeScalars.dropFirst(name.unicodeScalars.count).first!
                    let continuesTheName =
                        next.isASCII
                        && (next.properties.isAlphabetic || next.properties.numericType != nil
                            || "@+-".unicodeScalars.contains(next))
                    #expect(continuesTheName, "\(longer) must come before \(name)")
                }
            }
        }
    }
}

/// Checks the two speed-ups of the URL extractor against twitter-text's plain way, on a few
/// thousand generated texts full of hosts, TLDs and the characters around them.
@Suite("X weighted length: URL extraction as twitter-text does it")
struct URLExtractionEquivalenceTests {
    static let texts: [String] = {
        let pieces = [
            "http://", "https://", "HTTPS://", "www.", "t.co/", "xn--bcher-kva", "xn--", ".com", ".co", ".org",
            ".jp", ".museum", ".comsec", ".onion", ".рф", ".中国", ".みんな", ".嘉里", ".嘉里大酒店", ".भारत",
            ".भारतम्", ".پاکستان", ".zz", ".", ".", "example", "sub", "a", "b1", "-", "_", "/", "/path", "?q=1",
            "&x=y", "#frag", ":8080", "(", ")", "@", "＠", "$", "#", "'", "\"", ",", "!", " ", " ", "\n", "é",
            "ü", "日本", "😷", "👨‍👩‍👧", "\u{202A}", "\u{200E}", "。", "–", "\u{A0}",
        ]
        var generator = SplitMix64(seed: 2021)
        return (0..<3000).map { _ in
            (0..<Int.random(in: 1...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
        }
    }()

    @Test("searching runs between white space finds what searching the whole text finds")
    func runsFindTheSameLinks() {
        for text in Self.texts {
            let units = Array(text.precomposedStringWithCanonicalMapping.utf16)
            #expect(
                URLExtractor.urls(in: units) == URLExtractor.urls(in: units, searchingRuns: false),
                "\(text.debugDescription)")
        }
    }

    @Test("the TLD prefix trees match what twitter-text's flat TLD lists match")
    func prefixTreesMatchFlatLists() throws {
        func flat(_ names: [String]) -> String {
            let alternatives = names.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
            return "(?:(?:\(alternatives))(?=[^0-9a-zA-Z\\@\\+\\-]|\\z))"
        }
        let flatPattern = URLPatterns.extractUrl
            .replacingOccurrences(of: URLPatterns.validGTLD, with: flat(TopLevelDomains.generic))
            .replacingOccurrences(of: URLPatterns.validCCTLD, with: flat(TopLevelDomains.country))
        #expect(flatPattern != URLPatterns.extractUrl)
        let flatRegex = try NSRegularExpression(pattern: flatPattern, options: [.caseInsensitive])
        func groups(_ regex: NSRegularExpression, _ text: String) -> [[NSRange]] {
            regex.matches(in: text, range: NSRange(location: 0, length: text.utf16.count)).map { match in
                (0..<match.numberOfRanges).map { match.range(at: $0) }
            }
        }
        var found = 0
        for text in Self.texts {
            let expected = groups(flatRegex, text)
            found += expected.count
            #expect(groups(CompiledURLPatterns.extractUrl, text) == expected, "\(text.debugDescription)")
        }
        #expect(found > 1000)  // the texts do exercise the TLDs
    }
}

/// A small seeded generator, so that generated test texts are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("X weighted length: timing")
struct WeightedLengthTimingTests {
    /// Prints timings; runs only when asked, as timings are no test on a shared machine:
    /// `POSTPLAN_BENCHMARK=1 swift test -c release -Xswiftc -enable-testing --no-parallel
    /// --filter WeightedLengthTiming`
    @Test(
        "10,000 posts of each kind",
        .enabled(if: ProcessInfo.processInfo.environment["POSTPLAN_BENCHMARK"] != nil))
    func timing() {
        let withLink =
            String(String(repeating: "Plan a quarter of posts in one afternoon, then relax. ", count: 5).prefix(250))
            + " https://acme.example.com/x"
        let cjk = String(repeating: "故人西辞黄鹤楼，烟花三月下扬州。", count: 9) + "😷👨‍👩‍👧‍👦 https://example.com"
        let plain = String(repeating: "No link in this text, just words and commas, ", count: 6)
        for (name, text) in [("Latin with one link", withLink), ("CJK, emoji, one link", cjk), ("no full stop", plain)] {
            var total = 0
            let elapsed = ContinuousClock().measure {
                for _ in 0..<10_000 {
                    total += WeightedLengthCounter.count(text, config: WeightedLengthCounterTests.v3).weightedLength
                }
            }
            print("WeightedLengthCounter, \(name), \(text.count) characters: 10,000 × in \(elapsed) (\(total / 10_000))")
        }
    }
}
