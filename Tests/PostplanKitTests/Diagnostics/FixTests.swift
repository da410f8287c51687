import Testing

@testable import PostplanKit

/// The fixes postplan proposes are real: applied to the file, the findings they fix are gone.
@Suite("Diagnostics: fixes for misspelt keys and values")
struct FixTests {
    static let plan = """
        postplan: 1
        timezone: "Europe/Berlín"
        channels:
          acme: { platform: linkdin, account: company-page }
          acme-x: { platform: x }
        items:
          - id: tip
            kind: post
            channels: [acm-x]
            repeat: { every: week, on: [monday], at: "08:30", from: 2026-11-23 }
            txt: A tip.
            pilar: brand

        """

    static func validate(_ text: String) throws -> [Diagnostic] {
        try PlanRepository.open(["/plans"], on: InMemoryFileSystem(files: ["/plans/plan.yaml": text]), today: .date(date(2026, 11, 22))).validate()
            .diagnostics
    }

    /// `text` with every fix applied, replacements from the last to the first (code-point columns).
    static func applying(_ fixes: [Fix], to text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0).unicodeScalars) }
        let replacements = fixes.flatMap(\.replacements).sorted { $0.range.start > $1.range.start }
        for replacement in replacements {
            let start = replacement.range.start, end = replacement.range.end
            #expect(start.line == end.line, "a fix of one word stays on its line")
            var line = lines[start.line - 1]
            line.replaceSubrange((start.column - 1)..<(end.column - 1), with: Array(replacement.text.unicodeScalars))
            lines[start.line - 1] = line
        }
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }

    @Test("a misspelt key, weekday, platform, channel and time zone each come with a fix to the likely word")
    func fixesAreProposed() throws {
        let fixes = try Self.validate(Self.plan).compactMap(\.fix).map(\.description).sorted()
        #expect(
            fixes == [
                "replace 'Europe/Berlín' with 'Europe/Berlin'", "replace 'acm-x' with 'acme-x'", "replace 'linkdin' with 'linkedin'",
                "replace 'monday' with 'mon'", "replace 'pilar' with 'pillar'", "replace 'txt' with 'text'",
            ])
    }

    @Test("applying the fixes removes exactly the findings they fix")
    func fixesFix() throws {
        let before = try Self.validate(Self.plan)
        let fixable = before.filter { $0.fix != nil }
        let fixed = Self.applying(fixable.compactMap(\.fix), to: Self.plan)
        let after = try Self.validate(fixed)
        for diagnostic in fixable {
            #expect(!after.contains { $0.ruleID == diagnostic.ruleID && $0.range.start == diagnostic.range.start }, "\(diagnostic) is still reported")
        }
        #expect(after.isEmpty, "\(after)")
    }

    @Test("a word with no likely match gets no fix")
    func noGuessNoFix() throws {
        let diagnostics = try Self.validate(Self.plan.replacingOccurrences(of: "pilar: brand", with: "zzzzqqq: brand"))
        let unknown = try #require(diagnostics.first { $0.message.contains("'zzzzqqq'") })
        #expect(unknown.fix == nil)
    }

    @Test("no fix where the replacement would cut more than the word: an anchor, a tag, a block scalar")
    func onlyTheWord() throws {
        let anchored = try Self.validate(Self.plan.replacingOccurrences(of: "timezone: \"Europe/Berlín\"", with: "timezone: &tz Europe/Berln"))
        #expect(anchored.first { $0.ruleID == "unknown-timezone" }.map { $0.fix == nil } == true)
        let tagged = try Self.validate(Self.plan.replacingOccurrences(of: "on: [monday]", with: "on: [!!str monday]"))
        #expect(tagged.first { $0.message.contains("'monday'") }.map { $0.fix == nil } == true)
        let folded = try Self.validate(Self.plan.replacingOccurrences(of: "timezone: \"Europe/Berlín\"", with: "timezone: >-\n  Europe/Berln"))
        #expect(folded.first { $0.ruleID == "unknown-timezone" }.map { $0.fix == nil } == true)
    }

    @Test("no fix that would make a duplicate: a misspelt key beside the key it resembles, a channel the list already names")
    func noDuplicates() throws {
        let diagnostics = try Self.validate(
            Self.plan.replacingOccurrences(of: "    txt: A tip.\n", with: "    txt: A tip.\n    text: A tip.\n")
                .replacingOccurrences(of: "channels: [acm-x]", with: "channels: [acme-x, acm-x]"))
        #expect(diagnostics.first { $0.message.contains("'txt'") }.map { $0.fix == nil } == true)
        #expect(diagnostics.first { $0.message.contains("'acm-x'") }.map { $0.fix == nil } == true)
    }

    @Test("a key misspelt in a mapping that two items merge is reported for both, with its fix once")
    func mergedKeyFixedOnce() throws {
        let plan = """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme: { platform: linkedin }
            x-defaults: &defaults { kind: post, chanels: [acme], text: Hi. }
            items:
              - { <<: *defaults, id: a, at: 2026-11-24 09:00 }
              - { <<: *defaults, id: b, at: 2026-11-25 09:00 }

            """
        let misspelt = try Self.validate(plan).filter { $0.message.contains("'chanels'") }
        #expect(misspelt.count == 2)
        #expect(misspelt.compactMap(\.fix).count == 1)
    }
}
