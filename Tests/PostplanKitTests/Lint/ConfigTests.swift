import Testing
import YAMLTree

@testable import PostplanKit

@Suite("Lint config: .postplan.yml")
struct ConfigTests {
    func decode(_ marked: String) -> (LintConfig, [Diagnostic], MarkedText) {
        let fixture = MarkedText(marked)
        let (config, problems) = ConfigDecoder.decode(YAMLParser().parse(fixture.text), path: ".postplan.yml")
        return (config, problems, fixture)
    }

    @Test("a severity word, 'off', and a mapping with severity and options are all understood")
    func settings() {
        let (config, problems, _) = decode(
            """
            rules:
              format-variety: warning
              pillar-coverage: off
              silent-channel: { severity: info, max-silence: 21d }
            capacity: 6h
            ignore: [plans/archive/**]
            """)
        #expect(problems.isEmpty)
        #expect(config.severity(of: FormatVarietyRule.description) == .warning)
        #expect(config.severity(of: PillarCoverageRule.description) == nil)
        #expect(config.severity(of: SilentChannelRule.description) == .info)
        #expect(config.options(of: SilentChannelRule.self).maxSilence == PlanDuration(amount: 21, unit: .days))
        #expect(config.capacity == PlanDuration(amount: 6, unit: .hours))
        #expect(config.ignore == ["plans/archive/**"])
    }

    @Test("week-start takes a weekday as plans write it, with a suggestion for a day written out")
    func weekStart() {
        #expect(decode("week-start: sun\n").0.weekLayout == WeekLayout(start: .sun))
        #expect(LintConfig().weekLayout == .iso)
        let (config, problems, fixture) = decode("week-start: 1️⃣sunday\n")
        #expect(problems.map(\.ruleID) == ["invalid-value"])
        #expect(problems.first?.range.start == fixture.markers["1️⃣"])
        #expect(problems.first?.message.contains("did you mean 'sun'?") == true, "\(problems)")
        #expect(config.weekLayout == .iso)
    }

    @Test("options a config does not set keep the rule's defaults")
    func defaults() {
        let config = LintConfig()
        #expect(config.options(of: PromotionShareRule.self).maxShare == 30)
        #expect(config.options(of: SilentChannelRule.self).maxSilence == PlanDuration(amount: 14, unit: .days))
        #expect(config.options(of: MissingReplyPlanRule.self).words == ["reply", "replies", "answer", "respond"])
    }

    @Test("an unknown rule id is unknown-rule at the id, with a suggestion")
    func unknownRule() throws {
        let (_, problems, fixture) = decode("rules:\n  1️⃣promotion-shar: off\n")
        #expect(problems.map(\.ruleID) == ["unknown-rule"])
        #expect(problems.first?.range.start == fixture.markers["1️⃣"])
        #expect(problems.first?.message.contains("did you mean 'promotion-share'?") == true)
    }

    @Test("an unknown top-level key is unknown-key with a suggestion")
    func unknownKey() {
        let (_, problems, fixture) = decode("1️⃣capacitiy: 6h\n")
        #expect(problems.map(\.ruleID) == ["unknown-key"])
        #expect(problems.first?.range.start == fixture.markers["1️⃣"])
        #expect(problems.first?.message.contains("did you mean 'capacity'?") == true)
    }

    @Test("an unknown option of a rule is unknown-key, and a bad severity is invalid-value")
    func unknownOption() {
        let (_, problems, _) = decode("rules:\n  silent-channel: { severity: loud, max-silent: 3d }\n")
        #expect(problems.map(\.ruleID).sorted() == ["invalid-value", "unknown-key"])
    }

    @Test(
        "a whole number outside its option's range is invalid-value at the value, and the default stays",
        arguments: [
            ("promotion-share: { max-share: 1️⃣150 }", "'max-share' must be from 0 to 100, found 150"),
            ("pillar-coverage: { min-pillars: 1️⃣0 }", "'min-pillars' must be from 1 to 4, found 0"),
            ("pillar-coverage: { min-pillars: 1️⃣5 }", "'min-pillars' must be from 1 to 4, found 5"),
        ])
    func optionOutOfRange(setting: String, message: String) {
        let (config, problems, fixture) = decode("rules:\n  \(setting)\n")
        #expect(problems.map(\.ruleID) == ["invalid-value"])
        #expect(problems.first?.range.start == fixture.markers["1️⃣"])
        #expect(problems.first?.message.hasPrefix(message) == true, "\(problems)")
        #expect(config.options(of: PromotionShareRule.self).maxShare == 30)
        #expect(config.options(of: PillarCoverageRule.self).minPillars == 2)
    }

    @Test("the ends of an option's range are accepted")
    func optionRangeEnds() {
        let (config, problems, _) = decode("rules:\n  promotion-share: { max-share: 100 }\n  pillar-coverage: { min-pillars: 4 }\n")
        #expect(problems.isEmpty)
        #expect(config.options(of: PromotionShareRule.self).maxShare == 100)
        #expect(config.options(of: PillarCoverageRule.self).minPillars == 4)
    }

    @Test("every option's default, written in a config, is accepted", arguments: Rule.all.filter { !$0.options.isEmpty })
    func defaultsAreValid(rule: Rule) {
        let options = rule.options.map { "\($0.name): \($0.defaultValue)" }.joined(separator: ", ")
        let (_, problems, _) = decode("rules:\n  \(rule.id): { \(options) }\n")
        #expect(problems.isEmpty, "\(rule.id): \(problems)")
    }

    @Test("postplan explain gives an option's range after its summary")
    func explainShowsRange() {
        #expect(
            RuleReporter.explanation(of: PromotionShareRule.description).contains(
                "max-share: 30  — the largest share of promotion items, in percent (0 to 100)\n"))
    }

    @Test("an empty word list is invalid-value, pointing to 'off' for turning the rule off")
    func emptyWordList() {
        let (config, problems, fixture) = decode("rules:\n  missing-reply-plan: { words: 1️⃣[] }\n")
        #expect(problems.map(\.ruleID) == ["invalid-value"])
        #expect(problems.first?.range.start == fixture.markers["1️⃣"])
        #expect(problems.first?.message.contains("write 'missing-reply-plan: off'") == true)
        #expect(config.options(of: MissingReplyPlanRule.self).words == ["reply", "replies", "answer", "respond"])
    }

    @Test("a blank entry in a word list is invalid-value, since every text contains it")
    func blankWord() {
        let (config, problems, fixture) = decode("rules:\n  missing-reply-plan: { words: 1️⃣[reply, ' '] }\n")
        #expect(problems.map(\.ruleID) == ["invalid-value"])
        #expect(problems.first?.range.start == fixture.markers["1️⃣"])
        #expect(problems.first?.message.contains("blank entry") == true)
        #expect(config.options(of: MissingReplyPlanRule.self).words == ["reply", "replies", "answer", "respond"])
    }

    @Test("an option of the wrong type is reported at its value")
    func wrongOptionType() {
        let (_, problems, fixture) = decode("rules:\n  promotion-share: { max-share: 1️⃣lots }\n")
        #expect(problems.map(\.ruleID) == ["wrong-type"])
        #expect(problems.first?.range.start == fixture.markers["1️⃣"])
    }
}

@Suite("Lint config: finding it")
struct ConfigFinderTests {
    @Test("the nearest .postplan.yml at or above the current folder is used")
    func nearestAbove() {
        let fileSystem = InMemoryFileSystem(files: ["/repo/.postplan.yml": "rules: {}\n", "/repo/plans/q4.yaml": "postplan: 1\n"])
        #expect(ConfigFinder(fileSystem: fileSystem).find(from: "/repo/plans") == "/repo/.postplan.yml")
    }

    @Test(".postplan.yaml is found too, and nothing is found where there is none")
    func otherNameAndNone() {
        let fileSystem = InMemoryFileSystem(files: ["/repo/.postplan.yaml": "rules: {}\n"])
        #expect(ConfigFinder(fileSystem: fileSystem).find(from: "/repo") == "/repo/.postplan.yaml")
        #expect(ConfigFinder(fileSystem: InMemoryFileSystem(files: ["/x/a.yaml": ""])).find(from: "/x") == nil)
    }
}

@Suite("Glob patterns")
struct GlobPatternTests {
    @Test(
        "patterns match as in .gitignore",
        arguments: [
            ("plans/archive/**", "plans/archive/2025/q1.yaml", true),
            ("plans/archive/**", "plans/q4.yaml", false),
            ("**/*.draft.yaml", "plans/ideas/x.draft.yaml", true),
            ("**/*.draft.yaml", "x.draft.yaml", true),
            ("plans/*.yaml", "plans/sub/q4.yaml", false),
            ("./plans/q?.yaml", "plans/q4.yaml", true),
        ])
    func matching(pattern: String, path: String, expected: Bool) {
        #expect(GlobPattern(pattern).matches(path) == expected)
    }
}

@Suite("Lint: weeks as week-start cuts them")
struct LintWeekStartTests {
    static let plan =
        StrategyRuleExamples.header + """
            items:
              - { id: tuesday, kind: post, channels: [acme-linkedin], at: 2026-11-24 09:00, text: Tuesday., pillar: brand, checklist: [Reply to every comment] }
              - { id: sunday, kind: post, channels: [acme-linkedin], at: 2026-11-29 09:00, text: Sunday., pillar: insights, checklist: [Reply to every comment] }

            """

    @Test("lint judges from the first day of today's week: on a Sunday, the Saturday before is a past week when weeks start on Sunday")
    func lintedWindow() throws {
        let plan =
            StrategyRuleExamples.header + """
                items:
                  - { id: saturday, kind: post, channels: [acme-linkedin], at: 2026-11-21 09:00, text: Saturday., pillar: brand, checklist: [Reply to every comment] }

                """
        let sunday = date(2026, 11, 22)
        let iso = try lint(["plan.yaml": plan], today: sunday)
        #expect(iso.diagnostics.filter { $0.ruleID == "pillar-coverage" }.map(\.message).first?.hasPrefix("2026-W47 serves brand") == true)
        let sundayWeeks = try lint(["plan.yaml": plan], config: "week-start: sun\n", today: sunday)
        #expect(sundayWeeks.diagnostics.filter { $0.ruleID == "pillar-coverage" }.isEmpty)
    }

    @Test("a Sunday post counts for the ISO week it ends, and for the next week when weeks start on Sunday")
    func pillarWeeks() throws {
        let iso = try lint(["plan.yaml": Self.plan])
        #expect(iso.diagnostics.filter { $0.ruleID == "pillar-coverage" }.isEmpty)
        let sunday = try lint(["plan.yaml": Self.plan], config: "week-start: sun\n")
        let messages = sunday.diagnostics.filter { $0.ruleID == "pillar-coverage" }.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.first?.hasPrefix("2026-W48 serves brand of the four SSI pillars") == true, "\(messages)")
        #expect(messages.last?.hasPrefix("2026-W49 serves insights of the four SSI pillars") == true, "\(messages)")
    }
}
