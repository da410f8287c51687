import Foundation
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

    /// Every type the sources declare as a rule (conforming to `RuleDefinition` or one of the
    /// protocols refining it), by name.
    static func declaredRuleTypes() throws -> [String] {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/PostplanKit")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)).compactMap { $0 as? URL }
        let text = try files.filter { $0.pathExtension == "swift" }.map { try String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
        // The rule protocols: RuleDefinition, and any protocol that refines a rule protocol.
        var protocols: Set<String> = ["RuleDefinition"]
        let protocolPattern = /protocol (\w+): ([\w, ]+)\{/
        while true {
            let more = text.matches(of: protocolPattern).filter { match in
                !protocols.contains(String(match.1)) && match.2.split(separator: ",").contains { protocols.contains($0.trimmingSpaces()) }
            }.map { String($0.1) }
            if more.isEmpty { break }
            protocols.formUnion(more)
        }
        return text.matches(of: /(?:enum|struct|final class) (\w+): ([\w, ]+)\{/).filter { match in
            match.2.split(separator: ",").contains { protocols.contains($0.trimmingSpaces()) }
        }.map { String($0.1) }.sorted()
    }

    @Test("every rule type the sources declare is in Rule.definitions, once: a rule left out of the list fails here")
    func registryIsComplete() throws {
        let declared = try Self.declaredRuleTypes()
        let listed = Rule.definitions.map { String(describing: $0) }
        #expect(declared.count >= 70, "found only \(declared.count) rule types: the scan is broken")
        #expect(Set(declared).subtracting(listed).sorted() == [], "rule types missing from Rule.definitions")
        #expect(listed.count == Set(listed).count, "a rule type is listed twice")
    }

    @Test("every rule declares its category, and the listing groups the rules by category in the order the stages run")
    func categories() {
        let order = Rule.all.map { RuleCategory.allCases.firstIndex(of: $0.category) ?? -1 }
        #expect(order == order.sorted(), "Rule.definitions is not grouped by category in RuleCategory's order")
        for category in RuleCategory.allCases {
            #expect(!category.rules.isEmpty, "no rule in \(category)")
        }
        #expect(RuleCategory.allCases.flatMap(\.rules) == Rule.all)
    }

    /// Whether a message id is `<rule-id>.<form>` with a kebab-case form.
    static func isMessageID(_ messageID: String, of ruleID: String) -> Bool {
        guard messageID.hasPrefix(ruleID + ".") else { return false }
        let words = messageID.dropFirst(ruleID.count + 1).split(separator: "-", omittingEmptySubsequences: false)
        return !words.isEmpty
            && words.allSatisfy { word in
                !word.isEmpty && word.first!.isLetter && word.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            }
    }

    @Test("a finding's message id is its rule's id and the kebab-case name of its form")
    func messageIDs() {
        let message = UnknownKeyRule.misspelt("optoins", in: "poll 'cert-poll'")
        #expect(message.id == "unknown-key.misspelt")
        #expect(message.ruleID == "unknown-key")
        #expect(message.severity == .error)
        let diagnostic = Diagnostic(message.appending("; did you mean 'options'?"), at: .startOfFile("a.yaml"))
        #expect(diagnostic.messageID == "unknown-key.misspelt")
        #expect(diagnostic.message == "unknown key 'optoins' in poll 'cert-poll'; did you mean 'options'?")
        #expect(Self.isMessageID(diagnostic.messageID, of: diagnostic.ruleID))
        #expect(!Self.isMessageID("unknown-key.Misspelt", of: "unknown-key"))
        #expect(!Self.isMessageID("unknown-key", of: "unknown-key"))
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
