/// What a rule is: its stable id, how serious its findings are unless configured otherwise,
/// and one sentence on what it checks. The same value names diagnostics, lists rules for
/// users and documents them.
public struct Rule: Hashable, Sendable {
    /// Stable kebab-case id, such as `unknown-key`. Never renamed once released.
    public var id: String
    public var defaultSeverity: Severity
    /// One sentence on what the rule checks, for listings and docs.
    public var summary: String

    public init(id: String, defaultSeverity: Severity, summary: String) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
    }

    /// Every rule postplan knows, in listing order.
    public static var all: [Rule] { inputRules + formatRules + platformRules + schedulingRules }
}
