/// What a rule is: its stable id, how serious its findings are unless configured otherwise,
/// what it checks and why, the options a config can set, and examples. The same value names
/// diagnostics, drives `postplan rules` and `postplan explain`, the SARIF rule metadata,
/// the README's rule tables and the example tests.
public struct Rule: Hashable, Sendable {
    /// Stable kebab-case id, such as `unknown-key`. Never renamed once released.
    public var id: String
    public var defaultSeverity: Severity
    /// One sentence on what the rule checks, for listings and docs.
    public var summary: String
    /// Why the rule exists and what to do about a finding; empty where the summary says it all.
    public var rationale: String
    /// Settings a config file can give the rule, with their defaults.
    public var options: [RuleOption]
    /// Plan files (or parts of one) that make the rule report, and that do not.
    public var examples: RuleExamples

    public init(
        id: String, defaultSeverity: Severity, summary: String, rationale: String = "", options: [RuleOption] = [],
        examples: RuleExamples = RuleExamples()
    ) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.rationale = rationale
        self.options = options
        self.examples = examples
    }

    public static func == (lhs: Rule, rhs: Rule) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// Every rule postplan knows, in listing order.
    public static var all: [Rule] { RuleCategory.allCases.flatMap(\.rules) }

    /// The rule with an id, if there is one.
    public static func named(_ id: String) -> Rule? {
        byID[id]
    }

    /// The rule whose id is closest to a misspelt one, for "did you mean" hints.
    public static func closest(to id: String) -> Rule? {
        Suggestion.closest(to: id, among: all.map(\.id)).flatMap(named)
    }

    private static let byID: [String: Rule] = Dictionary(all.map { ($0.id, $0) }) { first, _ in first }

    /// The rule as configured for a run: the same rule with another severity.
    public func withDefaultSeverity(_ severity: Severity) -> Rule {
        var configured = self
        configured.defaultSeverity = severity
        return configured
    }

    /// Which family the rule belongs to.
    public var category: RuleCategory {
        RuleCategory.allCases.first { $0.rules.contains(self) } ?? .format
    }
}

extension Rule: CustomStringConvertible {
    public var description: String { id }
}

/// A setting of a rule, as a config file writes it: `promotion-share: { max-share: 40 }`.
public struct RuleOption: Hashable, Sendable {
    public var name: String
    /// The default, as it would be written in the config file.
    public var defaultValue: String
    public var summary: String
    /// What kind of value it takes; config values are read like profile facts.
    public var kind: FactKey.ValueType
    /// The values a whole-number option may take, when not every whole number makes sense.
    public var range: ClosedRange<Int>?

    public init(name: String, defaultValue: String, summary: String, kind: FactKey.ValueType, range: ClosedRange<Int>? = nil) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
        self.kind = kind
        self.range = range
    }
}

/// Examples of a rule at work: plan repos that make it report, with markers where its findings
/// point, and corrected ones that do not. Tests run every one of them through `postplan lint`.
public struct RuleExamples: Hashable, Sendable {
    public var triggering: [RuleExample]
    public var nonTriggering: [RuleExample]

    public init(triggering: [RuleExample] = [], nonTriggering: [RuleExample] = []) {
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// The families of rules, in the order the stages run.
public enum RuleCategory: String, CaseIterable, Sendable {
    case input, format, platform, scheduling, strategy, lint

    public var rules: [Rule] {
        switch self {
        case .input: Rule.inputRules
        case .format: Rule.formatRules
        case .platform: Rule.platformRules
        case .scheduling: Rule.schedulingRules
        case .strategy: Rule.strategyRules
        case .lint: Rule.lintRules
        }
    }

    /// How the family is described in listings.
    public var title: String {
        switch self {
        case .input: "Reading files"
        case .format: "Plan format"
        case .platform: "Platform rules"
        case .scheduling: "Scheduling"
        case .strategy: "Strategy (lint)"
        case .lint: "Configuration and suppression (lint)"
        }
    }
}
