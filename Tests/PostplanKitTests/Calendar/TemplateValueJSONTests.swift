import Foundation
import Testing

@testable import PostplanKit

@Suite("Template values written as JSON: the bytes StableJSON writes")
struct TemplateValueJSONTests {
    /// Keys whose UTF-8 order differs from a case-blind or numeric one, every string escape,
    /// empty lists, a nested object with an absent optional.
    struct Sample: Encodable {
        struct Inner: Encodable {
            var name = "slash / stays"
            var missing: String?
            var flags = [true, false]
        }
        var timeZone = "Europe/Berlin"
        var times = 2
        var upperAb = "upper first"
        var upperB = -7
        var a10 = "a10 before a9"
        var a9 = ""
        var escapes = "q\"\\\u{08}\u{0C}\n\r\t\u{01}\u{1F}\u{7F}\u{2028}é😀👩🏽‍💻"
        var empty: [String] = []
        var emptyObjects: [Inner] = []
        var inner = Inner()
        var inners = [Inner(), Inner(name: "second", missing: "here", flags: [])]

        enum CodingKeys: String, CodingKey {
            case timeZone, times, a10, a9, escapes, empty, emptyObjects, inner, inners
            case upperAb = "Ab", upperB = "B"
        }
    }

    @Test("a value with every kind of field is written as StableJSON writes the model")
    func sameBytes() {
        var json = TemplateValueJSON()
        let written = json.write(TemplateValues.of(Sample()), level: 0)
        #expect(written)
        #expect(json.text == String(decoding: StableJSON.bytes(of: Sample()), as: UTF8.self))
    }

    @Test("a value written levels in starts and continues at that indentation, blank lines left blank")
    func indented() {
        var json = TemplateValueJSON()
        let written = json.write(TemplateValues.of(Sample.Inner(flags: [])), level: 2)
        #expect(written)
        #expect(json.text == "    {\n      \"flags\" : [\n\n      ],\n      \"name\" : \"slash / stays\"\n    }")
    }

    @Test("a value holding a number other than an Int is left to StableJSON, nothing written")
    func otherNumber() {
        struct Measured: Encodable { var ratio = 0.5 }
        var json = TemplateValueJSON()
        let kept = json.write(.text("kept"), level: 0)
        let written = json.write(TemplateValues.of(Measured()), level: 0)
        #expect(kept && !written)
        #expect(json.text == "\"kept\"")
    }
}
