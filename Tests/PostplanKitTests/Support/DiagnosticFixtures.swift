@testable import PostplanKit

extension Diagnostic {
    /// A finding of a rule with any text, for tests of what handles findings (sorting,
    /// reporters, suppression); postplan itself makes findings from its rules' messages.
    init(_ rule: Rule, _ message: String, at range: SourceRange, related: [Related] = [], fix: Fix? = nil) {
        self.init(ruleID: rule.id, severity: rule.defaultSeverity, message: message, range: range, related: related, fix: fix)
    }
}
