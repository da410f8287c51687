import Testing
import YAMLTree

@testable import PostplanKit

@Suite("Rules")
struct RuleTests {
    @Test("every rule id is unique")
    func idsAreUnique() {
        let ids = Rule.all.map(\.id)
        let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "repeated rule ids: \(repeated)")
    }

    @Test("every rule id is kebab-case: lower-case words of letters and digits joined by single hyphens")
    func idsAreKebabCase() {
        for rule in Rule.all {
            let words = rule.id.split(separator: "-", omittingEmptySubsequences: false)
            let isKebab =
                !words.isEmpty
                && words.allSatisfy { word in
                    !word.isEmpty && word.first!.isLetter && word.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
                }
            #expect(isKebab, "'\(rule.id)' is not kebab-case")
        }
    }

    @Test("every rule has a one-sentence summary")
    func summaries() {
        for rule in Rule.all {
            #expect(rule.summary.hasSuffix("."), "\(rule.id): \(rule.summary)")
        }
    }

    @Test("a diagnostic made from a rule carries the rule's id and default severity")
    func diagnosticFromRule() {
        let diagnostic = Diagnostic(UnknownKeyRule.description, "unknown key", at: .startOfFile("a.yaml"))
        #expect(diagnostic.ruleID == "unknown-key")
        #expect(diagnostic.severity == UnknownKeyRule.description.defaultSeverity)
    }

    @Test("diagnostics sort by file, then position, then rule id")
    func readingOrder() {
        func at(_ path: String, _ line: Int, _ column: Int) -> SourceRange {
            SourceRange(path: path, span: Span(at: Position(line: line, column: column)))
        }
        let unsorted = [
            Diagnostic(UnknownKeyRule.description, "m", at: at("b.yaml", 1, 1)),
            Diagnostic(UnknownKeyRule.description, "m", at: at("a.yaml", 2, 1)),
            Diagnostic(MissingFieldRule.description, "m", at: at("a.yaml", 1, 5)),
            Diagnostic(DuplicateIDRule.description, "m", at: at("a.yaml", 1, 5)),
            Diagnostic(UnknownKeyRule.description, "m", at: at("a.yaml", 1, 10)),
        ]
        #expect(
            unsorted.sorted().map { "\($0.range) \($0.ruleID)" } == [
                "a.yaml:1:5 duplicate-id",
                "a.yaml:1:5 missing-field",
                "a.yaml:1:10 unknown-key",
                "a.yaml:2:1 unknown-key",
                "b.yaml:1:1 unknown-key",
            ])
    }
}
