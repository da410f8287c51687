import Testing
import YAMLTree

@testable import PostplanKit

/// Behaviours a review run found wrong, each pinned by one test.
@Suite("Regressions found in review")
struct ReviewRegressionTests {
    @Test("IANA aliases and Etc zones the time zone data resolves are accepted", arguments: ["Etc/UTC", "Asia/Kolkata", "US/Pacific", "UTC"])
    func timeZoneAliases(zone: String) throws {
        try expectFindings("postplan: 1\ntimezone: \(zone)\n", [])
    }

    @Test("abbreviations that are not IANA zones are still refused")
    func abbreviationsRefused() throws {
        try expectFindings("postplan: 1\ntimezone: 1️⃣PST\n", [finding(UnknownTimezoneRule.description, at: "1️⃣")])
    }

    @Test("a weekly repeat across both clock changes reports the overlap and the gap")
    func repeatAcrossBothChanges() throws {
        try expectFindings(
            """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme: { platform: linkedin, account: company-page }
            items:
              - id: night
                kind: post
                channels: [acme]
                repeat: { every: week, on: [sun], at: 1️⃣"02:15", from: 2026-10-01, until: 2027-04-30 }
                text: Late.
            """,
            [
                finding(AmbiguousTimeRule.description, at: "1️⃣", message: "2026-10-25 02:15"),
                finding(NonexistentTimeRule.description, at: "1️⃣", message: "2027-03-28 02:15"),
            ],
            stages: .checks)
    }

    @Test("an ad whose 'until' is before its 'at' is invalid-date at 'until'")
    func adEndsBeforeItStarts() throws {
        try expectFindings(
            planWithItems(
                """
                  - { id: ad, kind: ad, channels: [acme], placement: sponsored-content, at: 2026-12-01 08:00, until: 1️⃣2026-11-30, text: Buy. }
                """),
            [finding(InvalidDateRule.description, at: "1️⃣", message: "ends ('until') before it starts")])
    }

    @Test("a trailing line break does not count towards Bluesky's byte limit")
    func bytesWithoutTrailingBreak() {
        let profile = ProfileRegistry.builtIn["bluesky"]!
        let report = TextCountReport(text: String(repeating: "a", count: 300) + "\n", profile: profile, on: date(2026, 11, 22))
        #expect(!report.isOverLimit)
        #expect(report.summary == "300 of 300 graphemes, 300 of 3000 UTF-8 bytes on Bluesky: fits")
    }

    @Test("a poll whose options already include \"Other, ...\" needs no other-option")
    func otherOptionWrittenOut() throws {
        let plan = """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme: { platform: linkedin, account: company-page }
            items:
              - { id: q, kind: poll, channels: [acme], at: 2026-11-24 09:00, question: Q?, options: [A, B, "Other, see comments"], duration: 1d }
            """
        let result = try lint(["plans/p.yaml": plan])
        #expect(!ruleIDs(result).contains("poll-other-option"))
    }

    @Test("a disable-next-line comment above an item covers the whole item")
    func suppressionCoversTheItem() throws {
        let plan = """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme: { platform: linkedin, account: company-page }
            items:
              # postplan-disable-next-line poll-other-option -- a yes/no question on purpose
              - id: quick-poll
                kind: poll
                channels: [acme]
                at: 2026-11-24 09:00
                question: Ready?
                options: [Yes, No]
                duration: 1d
            """
        let result = try lint(["plans/p.yaml": plan])
        #expect(!ruleIDs(result).contains("poll-other-option"))
        #expect(!ruleIDs(result).contains("unused-suppression"))
    }

    @Test("a suppression for a rule the config turns off is not reported as unused")
    func suppressionOfARuleTurnedOff() throws {
        let plan = """
            postplan: 1
            channels:
              acme: { platform: linkedin, account: company-page }
            items:
              # postplan-disable-next-line poll-other-option
              - { id: q, kind: poll, channels: [acme], at: 2026-11-24 09:00, question: Q?, options: [A, B], duration: 1d }
            """
        let result = try lint(["plans/p.yaml": plan], config: "rules: { poll-other-option: off }")
        #expect(!ruleIDs(result).contains("unused-suppression"))
    }

    @Test(
        "ignore patterns work like .gitignore: a folder, or a name at any depth",
        arguments: [
            "plans/archive/", "plans/archive", "archive", "old.yaml", "plans/archive/**",
        ])
    func gitignoreStyle(pattern: String) {
        #expect(GlobPattern(pattern).matches("plans/archive/old.yaml"))
    }

    @Test("appending an item whose id the file already has is refused")
    func appendDuplicateID() throws {
        let existing = "postplan: 1\nitems:\n  - { id: a, kind: post, channels: [c], at: 2026-11-24 09:00, text: A. }\n"
        let item = try Scaffolding.item(.post, id: "a", channel: "c", date: date(2026, 11, 30))
        #expect(throws: Scaffolding.Failure.self) { try Scaffolding.appending(item, to: existing, path: "p.yaml", id: "a") }
    }

    @Test("appending keeps a file's CRLF line endings")
    func appendKeepsCRLF() throws {
        let existing = "postplan: 1\r\nitems:\r\n  - { id: a, kind: post, channels: [c], at: 2026-11-24 09:00, text: A. }\r\n"
        let item = try Scaffolding.item(.post, id: "b", channel: "c", date: date(2026, 11, 30))
        let updated = try Scaffolding.appending(item, to: existing, path: "p.yaml", id: "b")
        #expect(!updated.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test("the last week of 9999, which ends in 10000, is not a week postplan accepts")
    func lastWeekOf9999() {
        #expect(ISOWeek(year: 9999, week: 52) == nil)
        #expect(ISOWeek(year: 9999, week: 51) != nil)
    }

    @Test("invalid UTF-8 is reported at the byte that starts the bad sequence")
    func latin1Letter() {
        let result = YAMLParser().parse(Array("a: Caf".utf8) + [0xE9] + Array(" hello\n".utf8))
        #expect(result.problems.first?.span.start == Position(line: 1, column: 7))
        #expect(result.problems.first?.message.contains("byte 0xE9") == true)
    }

    @Test("two daily repeats closer than the minimum gap are one channel-gap finding, not one a day")
    func repeatsClashOnce() throws {
        let plan = """
            postplan: 1
            timezone: Europe/Berlin
            platforms:
              linkedin: { schedule: { min-gap: 30m } }
            channels:
              acme: { platform: linkedin, account: company-page }
            items:
              - { id: a, kind: post, channels: [acme], repeat: { every: day, at: "09:00", from: 2026-11-02, count: 10 }, text: A. }
              - { id: b, kind: post, channels: [acme], repeat: { every: day, at: "09:05", from: 2026-11-02, count: 10 }, text: B. }
            """
        let result = try validate(["p.yaml"], on: InMemoryFileSystem(files: ["p.yaml": plan]))
        let gaps = result.diagnostics.filter { $0.ruleID == "channel-gap" }
        #expect(gaps.count == 1)
        #expect(gaps.first?.message.contains("and 9 more times") == true)
    }

    @Test("a top-level x- key holds anchors for merge keys and is not reported")
    func extensionKeys() throws {
        let items = try validItems(
            """
            postplan: 1
            x-defaults: &defaults { kind: post, channels: [acme], text: Hello. }
            channels:
              acme: { platform: linkedin, account: company-page }
            items:
              - <<: *defaults
                id: one
                at: 2026-11-24 09:00
            """)
        #expect(items.map(\.id.value) == ["one"])
    }

    @Test("a UTF-16 plan file is read, and findings inside its texts point where they would in UTF-8")
    func utf16Positions() throws {
        let text =
            "postplan: 1\nchannels:\n  a: { platform: bluesky }\nitems:\n  - { id: x, kind: post, channels: [a], at: 2026-11-24 09:00, text: \""
            + String(repeating: "é", count: 301) + "\" }\n"
        let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = try validate(["u16.yaml"], on: InMemoryFileSystem(bytes: ["u16.yaml": utf16]))
        let length = try #require(result.diagnostics.first { $0.ruleID == "text-length" })
        #expect(length.range.start == Position(line: 5, column: 370))
    }
}
