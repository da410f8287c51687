import Testing
import YAMLTree

@testable import PostplanKit

/// YAML 1.1 reads some plain words as booleans, numbers or timestamps; the plan schema says
/// what each key means, and these tests pin that down.
@Suite("Decoding: YAML traps decode as the schema says")
struct YAMLTrapsTests {
    static func poll(otherOption: String) -> String {
        planWithItems(
            """
              - id: cert-poll
                kind: poll
                channels: [acme]
                at: 2026-11-24 09:00
                question: Are certifications worth it?
                options: [Yes, No]
                duration: 1w
                other-option: \(otherOption)
            """)
    }

    @Test("poll options Yes, No, on and off are four strings, not booleans")
    func yesNoOnOffAreText() throws {
        let items = try validItems(
            planWithItems(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [acme]
                    at: 2026-11-24 09:00
                    question: Which switch?
                    options: [Yes, No, on, off]
                    duration: 1w
                """))
        let poll = try #require(items.first).poll()
        #expect(poll.options.map(\.value) == ["Yes", "No", "on", "off"])
    }

    @Test("an unquoted repeat time 12:30 is the time 12:30, not the sexagesimal number 750")
    func unquotedTime() throws {
        let items = try validItems(
            planWithItems(
                """
                  - id: tip
                    kind: post
                    channels: [acme]
                    repeat: { every: week, on: [tue], at: 12:30, from: 2026-11-24 }
                    text: A tip.
                """))
        #expect(items.first?.recurrence?.at.value == time(12, 30))
    }

    @Test("'at: 2026-11-24 09:00' is local time, not a YAML 1.1 timestamp in UTC")
    func timestampLookAlikeIsLocalTime() throws {
        let items = try validItems(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: [acme]
                    at: 2026-11-24 09:00
                    text: Soon.
                """))
        #expect(items.first?.onceAt == DateTimeValue(date: date(2026, 11, 24), time: time(9, 0), utcOffsetSeconds: nil))
    }

    @Test("a date-time with a UTC offset keeps the offset in seconds")
    func offsetIsKept() throws {
        let items = try validItems(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: [acme]
                    at: 2026-12-03T11:00-05:00
                    text: Soon.
                """))
        #expect(items.first?.onceAt == DateTimeValue(date: date(2026, 12, 3), time: time(11, 0), utcOffsetSeconds: -18_000))
    }

    @Test("'other-option: true' appends the option \"Other, see comments\"")
    func otherOptionTrue() throws {
        let poll = try #require(try validItems(Self.poll(otherOption: "true")).first).poll()
        #expect(poll.allOptions.map(\.value) == ["Yes", "No", "Other, see comments"])
    }

    @Test("a quoted 'other-option' label is used as the extra option")
    func otherOptionLabel() throws {
        let poll = try #require(try validItems(Self.poll(otherOption: "\"Something else\"")).first).poll()
        #expect(poll.allOptions.map(\.value) == ["Yes", "No", "Something else"])
    }

    @Test("'other-option: false' adds no option")
    func otherOptionFalse() throws {
        let poll = try #require(try validItems(Self.poll(otherOption: "false")).first).poll()
        #expect(poll.otherOption == nil)
        #expect(poll.allOptions.map(\.value) == ["Yes", "No"])
    }

    @Test("a quoted \"yes\" as 'other-option' is a label, not the ambiguous YAML 1.1 boolean")
    func quotedYesIsLabel() throws {
        let poll = try #require(try validItems(Self.poll(otherOption: "'yes'")).first).poll()
        #expect(poll.otherOption?.value == "yes")
    }

    @Test("merge keys supply the keys an item does not set, and the item's own keys win")
    func mergeKeys() throws {
        let items = try validItems(
            planWithItems(
                """
                  - &base
                    id: base-post
                    kind: post
                    channels: [acme]
                    at: 2026-11-24 09:00
                    text: Base text
                    pillar: insights
                  - <<: *base
                    id: own-post
                    text: Own text
                """))
        try #require(items.count == 2)
        let own = items[1]
        #expect(own.id.value == "own-post")
        #expect(own.text?.value == "Own text")
        #expect(own.kind == .post)
        #expect(own.channels.map(\.value) == ["acme"])
        #expect(own.pillar?.value == .insights)
        #expect(own.onceAt == DateTimeValue(date: date(2026, 11, 24), time: time(9, 0)))
    }

    @Test("an alias bomb in one plan file is alias-limit there, and the other files are still decoded")
    func aliasBombDoesNotStopTheRun() throws {
        // Nine levels of nine aliases: about 387 million nodes if expanded.
        var lines = ["postplan: 1", #"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        let names = Array("abcdefghi").map(String.init)
        for (previous, name) in zip(names, names.dropFirst()) {
            // a..f expand to about 670,000 nodes; the first *f passes the 1,000,000 budget.
            let marker = name == "g" ? "1️⃣" : ""
            lines.append("\(name): &\(name) [\(marker)" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        let clock = ContinuousClock()
        var repo: DecodedRepo?
        let elapsed = try clock.measure {
            repo = try expectFindings(
                files: [
                    "plans/bomb.yaml": lines.joined(separator: "\n") + "\n",
                    "plans/good.yaml": planWithItems("  - { id: teaser, kind: post, channels: [acme], at: 2026-11-25 10:00, text: Soon. }\n"),
                ],
                [finding(AliasLimitRule.description, at: "1️⃣")])
        }
        #expect(repo?.workspace.items.map(\.id.value) == ["teaser"])
        #expect(elapsed < .seconds(2), "took \(elapsed)")
    }
}
