import Foundation

/// What a `.postplan.yml` says: rule severities and options, the team's weekly capacity,
/// the day its weeks start on, and which files to leave alone.
public struct LintConfig: Sendable {
    /// How one rule is set up. A nil severity keeps the rule's default.
    public struct RuleSetting: Sendable {
        public var isOff = false
        public var severity: Severity?
        public var options: [String: FactValue] = [:]
    }

    /// Where the config was read from; nil for the built-in defaults.
    public var path: String?
    public var rules: [String: RuleSetting] = [:]
    /// The time the team has for social media each week (`engagement-budget`).
    public var capacity: PlanDuration?
    /// Glob patterns of plan files not to check (`plans/archive/**`).
    public var ignore: [String] = []
    /// The day the team's weeks start on (`week-start`), for calendars and the rules that
    /// judge a week.
    public var weekLayout = WeekLayout.iso

    public init(path: String? = nil) {
        self.path = path
    }

    /// A rule's severity here, or nil when the config turns it off.
    public func severity(of rule: Rule) -> Severity? {
        guard let setting = rules[rule.id] else { return rule.defaultSeverity }
        return setting.isOff ? nil : setting.severity ?? rule.defaultSeverity
    }

    public func integer(_ option: String, of rule: Rule) -> Int {
        if case .integer(let value)? = rules[rule.id]?.options[option] { return value }
        return Int(rule.defaultValue(of: option)) ?? 0
    }

    public func duration(_ option: String, of rule: Rule) -> PlanDuration {
        if case .duration(let value)? = rules[rule.id]?.options[option] { return value }
        if case .success(let value) = ScalarSyntax.duration(rule.defaultValue(of: option)) { return value }
        return PlanDuration(amount: 0, unit: .minutes)
    }

    public func words(_ option: String, of rule: Rule) -> [String] {
        if case .words(let value)? = rules[rule.id]?.options[option] { return value }
        return rule.defaultValue(of: option).trimmingCharacters(in: ["[", "]"]).split(separator: ",").map { $0.trimmingSpaces() }
    }
}

extension Rule {
    /// The default of one of the rule's options, as the config would write it.
    func defaultValue(of option: String) -> String {
        options.first { $0.name == option }?.defaultValue ?? ""
    }
}
