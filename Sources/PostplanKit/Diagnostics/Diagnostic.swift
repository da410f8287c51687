/// One finding: which rule, how serious, what is wrong and what to do, and where.
///
/// Diagnostics are values collected over a whole run, never thrown, so that one run reports
/// every problem in every file.
public struct Diagnostic: Hashable, Sendable {
    /// A second place that belongs to the finding, such as the first of two duplicate ids.
    public struct Related: Hashable, Sendable {
        public var range: SourceRange
        public var message: String

        public init(_ message: String, at range: SourceRange) {
            self.range = range
            self.message = message
        }
    }

    /// The rule's stable kebab-case id, such as `unknown-key`.
    public var ruleID: String
    public var severity: Severity
    /// Lower-case, no final period; says what is wrong and, after a semicolon, what to do.
    public var message: String
    public var range: SourceRange
    public var related: [Related]
    /// A mechanical change that resolves the finding, where there is one (a misspelt key or
    /// value with a likely match).
    public var fix: Fix?

    public init(_ rule: Rule, _ message: String, at range: SourceRange, related: [Related] = [], fix: Fix? = nil) {
        self.init(ruleID: rule.id, severity: rule.defaultSeverity, message: message, range: range, related: related, fix: fix)
    }

    public init(ruleID: String, severity: Severity, message: String, range: SourceRange, related: [Related] = [], fix: Fix? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.range = range
        self.related = related
        self.fix = fix
    }
}

extension Diagnostic: Comparable {
    /// Reading order: by file, then position, then rule id, then message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.range != rhs.range { return lhs.range < rhs.range }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// The findings in reading order, each once. Sorting and then comparing neighbours costs
    /// less than hashing every finding (its message, its ranges) into a set first.
    public func sortedUnique() -> [Diagnostic] {
        var unique: [Diagnostic] = []
        unique.reserveCapacity(count)
        // Findings that sort alike (same place, rule and message) form a run; a copy of a
        // finding can only be in its own run.
        var runStart = 0
        for diagnostic in sorted() {
            if let last = unique.last, last < diagnostic { runStart = unique.count }
            if !unique[runStart...].contains(diagnostic) { unique.append(diagnostic) }
        }
        return unique
    }

    public func count(of severity: Severity) -> Int {
        reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    public var highestSeverity: Severity? {
        map(\.severity).max()
    }
}
