/// What a rule is: its stable id, its family, how serious its findings are unless configured
/// otherwise, what it checks and why, the options a config can set, and examples. Each rule is
/// a type (`RuleDefinition`) whose `description` is this value; the same value names
/// diagnostics, drives `postplan rules` and `postplan explain`, the SARIF rule metadata, the
/// README's rule tables and the example tests.
public struct Rule: Hashable, Sendable {
    /// Stable kebab-case id, such as `unknown-key`. Never renamed once released.
    public var id: String
    /// The family the rule belongs to, declared by the rule itself.
    public var category: RuleCategory
    public var defaultSeverity: Severity
    /// One sentence on what the rule checks, for listings and docs.
    public var summary: String
    /// Why the rule exists and what to do about a finding; empty where the summary says it all.
    public var rationale: String
    /// Settings a config file can give the rule, with their defaults, as listings show them.
    /// Derived from the rule's typed options (`RuleOptions`).
    public var options: [RuleOption]
    /// Plan files (or parts of one) that make the rule report, and that do not.
    public var examples: RuleExamples
    /// Reads the rule's options from its entry in a config file; nil for rules without options.
    let optionsDecoder: OptionsDecoder?

    /// A rule without options.
    public init(
        id: String, category: RuleCategory, defaultSeverity: Severity, summary: String, rationale: String = "",
        examples: RuleExamples = RuleExamples()
    ) {
        self.init(
            id: id, category: category, defaultSeverity: defaultSeverity, summary: summary, rationale: rationale, options: [], decoder: nil,
            examples: examples)
    }

    /// A rule whose options a config file can set: their listing and their decoding both come
    /// from the options type's declarations.
    init<Options: RuleOptions>(
        id: String, category: RuleCategory, defaultSeverity: Severity, summary: String, rationale: String = "", options: Options.Type,
        examples: RuleExamples = RuleExamples()
    ) {
        self.init(
            id: id, category: category, defaultSeverity: defaultSeverity, summary: summary, rationale: rationale,
            options: Options.declarations.map(\.listing), decoder: OptionsDecoder(Options.self), examples: examples)
    }

    private init(
        id: String, category: RuleCategory, defaultSeverity: Severity, summary: String, rationale: String, options: [RuleOption],
        decoder: OptionsDecoder?, examples: RuleExamples
    ) {
        self.id = id
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.rationale = rationale
        self.options = options
        self.optionsDecoder = decoder
        self.examples = examples
    }

    public static func == (lhs: Rule, rhs: Rule) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// Every rule postplan knows, in listing order: the descriptions of `Rule.definitions`.
    public static let all: [Rule] = definitions.map { $0.description }

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
}

extension Rule: CustomStringConvertible {
    public var description: String { id }
}

/// One rule as a type: its description, the forms its findings' messages take (each a static
/// function that makes a `Diagnostic.Message`), and, beside them, its check. Listed once, in
/// `Rule.definitions`; a message can only be made by a rule type, so every finding names a
/// rule with a description.
protocol RuleDefinition: SendableMetatype {
    static var description: Rule { get }
}

extension RuleDefinition {
    static var id: String { description.id }
}

/// A rule whose options a config file can set (`promotion-share: { max-share: 40 }`), as one
/// typed value.
protocol ConfigurableRule: RuleDefinition {
    associatedtype Options: RuleOptions
}

/// A setting of a rule, as a config file writes it and listings show it:
/// `promotion-share: { max-share: 40 }`. Made from an `OptionDeclaration`.
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

    /// The family's rules, in listing order.
    public var rules: [Rule] {
        Rule.all.filter { $0.category == self }
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
