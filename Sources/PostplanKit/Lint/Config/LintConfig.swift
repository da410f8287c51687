/// What a `.postplan.yml` says: rule severities and options, the team's weekly capacity,
/// the day its weeks start on, and which files to leave alone.
public struct LintConfig: Sendable {
    /// How one rule is set up. A nil severity keeps the rule's default.
    public struct RuleSetting: Sendable {
        public var isOff = false
        public var severity: Severity?
        /// The rule's typed options (`ConfigurableRule.Options`), when the config sets any.
        var options: (any RuleOptions)?
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

    /// A rule's options as the config sets them, the defaults where it does not.
    func options<Definition: ConfigurableRule>(of rule: Definition.Type) -> Definition.Options {
        rules[rule.id]?.options as? Definition.Options ?? Definition.Options()
    }
}
