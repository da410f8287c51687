import Testing

@testable import PostplanKit

private let header = """
    postplan: 1
    timezone: Europe/Berlin
    channels:
      acme: { platform: linkedin, account: company-page }
    items:

    """

private func poll(_ id: String, line: String = "") -> String {
    "\(line)  - { id: \(id), kind: poll, channels: [acme], at: 2026-11-24 09:00, question: Q?, options: [A, B], duration: 1d, checklist: [Reply to all] }\n"
}

@Suite("Lint: suppression comments")
struct SuppressionTests {
    @Test("disable-next-line suppresses the rule on the next line only, and a reason may follow --")
    func nextLine() throws {
        let plan = header + "  # postplan-disable-next-line poll-other-option -- a quick yes/no\n" + poll("a") + poll("b")
        let result = try lint(["plans/p.yaml": plan])
        #expect(result.diagnostics.filter { $0.ruleID == "poll-other-option" }.map(\.range.start.line) == [8])
        #expect(result.suppressedCount == 1)
    }

    @Test("disable ... enable suppresses the lines between")
    func block() throws {
        let plan = header + "  # postplan-disable poll-other-option\n" + poll("a") + poll("b") + "  # postplan-enable poll-other-option\n" + poll("c")
        let result = try lint(["plans/p.yaml": plan])
        #expect(result.diagnostics.filter { $0.ruleID == "poll-other-option" }.map(\.range.start.line) == [10])
    }

    @Test("disable-file suppresses the rule in the whole file")
    func wholeFile() throws {
        let plan = "# postplan-disable-file poll-other-option, pillar-coverage\n" + header + poll("a") + poll("b")
        let result = try lint(["plans/p.yaml": plan])
        #expect(!ruleIDs(result).contains("poll-other-option"))
        #expect(!ruleIDs(result).contains("unused-suppression"))
    }

    @Test("an unknown id in a suppression comment is unknown-rule at the comment")
    func unknownID() throws {
        let plan = header + "  # postplan-disable-next-line poll-other-optoin\n" + poll("a")
        let result = try lint(["plans/p.yaml": plan])
        let unknown = try #require(result.diagnostics.first { $0.ruleID == "unknown-rule" })
        #expect(unknown.range.start.line == 6)
        #expect(unknown.message.contains("did you mean 'poll-other-option'?"))
    }

    @Test("a suppression that suppresses nothing is unused-suppression at the comment")
    func unused() throws {
        let plan = header + "  # postplan-disable-next-line promotion-share\n" + poll("a")
        let result = try lint(["plans/p.yaml": plan])
        let unused = try #require(result.diagnostics.first { $0.ruleID == "unused-suppression" })
        #expect(unused.range.start.line == 6)
    }

    @Test("a # inside a quoted text is not a comment, so it suppresses nothing")
    func hashInText() throws {
        let plan =
            header
            + "  - { id: a, kind: poll, channels: [acme], at: 2026-11-24 09:00, question: \"Q # postplan-disable-file poll-other-option\", options: [A, B], duration: 1d, checklist: [Reply] }\n"
        let result = try lint(["plans/p.yaml": plan])
        #expect(ruleIDs(result).contains("poll-other-option"))
    }

    @Test("a config can turn a rule off, or change its severity")
    func configuredSeverity() throws {
        let plan = header + poll("a")
        let off = try lint(["plans/p.yaml": plan], config: "rules: { poll-other-option: off }")
        #expect(!ruleIDs(off).contains("poll-other-option"))
        let raised = try lint(["plans/p.yaml": plan], config: "rules: { poll-other-option: error }")
        #expect(raised.diagnostics.first { $0.ruleID == "poll-other-option" }?.severity == .error)
    }

    @Test("files matching the config's ignore patterns report nothing")
    func ignored() throws {
        let result = try lint(["plans/archive/old.yaml": header + poll("a")], config: "ignore: [plans/archive/**]")
        #expect(result.diagnostics.isEmpty)
    }
}
