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
        try Validator(fileSystem: InMemoryFileSystem(files: ["/plans/plan.yaml": text])).validate(["/plans"], today: date(2026, 11, 22)).diagnostics
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
        #expect(fixes == [
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
}
