import Testing
import YAMLTree

@testable import PostplanKit

/// `poll-other-option`'s fix: `other-option: true` where it unambiguously goes.
@Suite("Lint: the fix for a poll without other-option")
struct PollOtherOptionFixTests {
    static let header = """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
        items:

        """

    /// The plan with the finding's fix applied, or nil when it has none.
    static func fixed(_ items: String) throws -> String? {
        let plan = header + items
        let result = try lint(["plans/a.yaml": plan])
        let finding = try #require(result.diagnostics.first { $0.ruleID == PollOtherOptionRule.id }, "no poll-other-option finding")
        #expect(finding.messageID == "poll-other-option.no-other-option")
        guard let fix = finding.fix else { return nil }
        return apply(fix, to: plan)
    }

    /// Applies insertions (empty ranges) to a text; columns count code points.
    static func apply(_ fix: Fix, to text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for replacement in fix.replacements.reversed() {
            let start = replacement.range.start
            #expect(replacement.range.start == replacement.range.end, "an insertion")
            if start.line > lines.count { lines.append("") }
            var line = Array(lines[start.line - 1].unicodeScalars)
            line.insert(contentsOf: replacement.text.unicodeScalars, at: start.column - 1)
            lines[start.line - 1] = String(String.UnicodeScalarView(line))
        }
        return lines.joined(separator: "\n")
    }

    /// Whether the fixed plan is clean for the rule and has no errors.
    static func expectClean(_ plan: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try lint(["plans/a.yaml": plan])
        #expect(!result.diagnostics.contains { $0.ruleID == PollOtherOptionRule.id || $0.severity == .error }, sourceLocation: sourceLocation)
    }

    @Test("a block mapping gets a line of its own after the options, indented like the poll's keys")
    func blockMapping() throws {
        let fixed = try #require(
            try Self.fixed(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [acme-linkedin]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, No]  # the two answers
                    duration: 1w
                    checklist: [Reply to every comment]

                """))
        #expect(fixed.contains("    options: [Yes, No]  # the two answers\n    other-option: true\n    duration: 1w\n"))
        try Self.expectClean(fixed)
    }

    @Test("options written as a block list get the line after their last entry")
    func blockList() throws {
        let fixed = try #require(
            try Self.fixed(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [acme-linkedin]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    duration: 1w
                    checklist: [Reply to every comment]
                    options:
                      - Yes
                      - No

                """))
        #expect(fixed.contains("      - No\n    other-option: true\n"))
        try Self.expectClean(fixed)
    }

    @Test("a flow mapping on one line gets ', other-option: true' before its closing brace")
    func flowMapping() throws {
        let fixed = try #require(
            try Self.fixed(
                """
                  - { id: cert-poll, kind: poll, channels: [acme-linkedin], at: 2026-11-24 09:00, question: Worth it?, options: [Yes, No], duration: 1w, checklist: [Reply to every comment] }

                """))
        #expect(fixed.contains("checklist: [Reply to every comment], other-option: true }"))
        try Self.expectClean(fixed)
    }

    @Test("no fix where the place is ambiguous: a flow list closed on a later line, a flow mapping over several lines, options from a merge key")
    func ambiguous() throws {
        #expect(
            try Self.fixed(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [acme-linkedin]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, No
                    ]
                    duration: 1w

                """) == nil)
        #expect(
            try Self.fixed(
                """
                  - { id: cert-poll, kind: poll, channels: [acme-linkedin], at: 2026-11-24 09:00,
                      question: Worth it?, options: [Yes, No], duration: 1w }

                """) == nil)
        #expect(
            try Self.fixed(
                """
                  - &poll
                    id: cert-poll
                    kind: poll
                    channels: [acme-linkedin]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, No]
                    duration: 1w

                """) == nil)
    }
}
