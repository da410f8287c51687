/// One finding: which rule, how serious, what is wrong and what to do, and where.
///
/// Diagnostics are values collected over a whole run, never thrown, so that one run reports
/// every problem in every file. Each is made from a `Message`, which only a rule type can
/// make, so every finding names a rule that `Rule.all` describes, and carries the stable id of
/// its message's form.
public struct Diagnostic: Hashable, Sendable {
    /// What a finding says, in one of its rule's message forms: the text, and the form's stable
    /// id (`unknown-key.misspelt`), so that tools can tell findings apart without parsing text.
    /// Made by the rule types' message functions (`RuleDefinition.message`), nowhere else.
    public struct Message: Hashable, Sendable {
        public let ruleID: String
        /// The rule's severity unless a config sets another.
        public let severity: Severity
        /// `<rule-id>.<form>`, both kebab-case; stable like the rule id.
        public let id: String
        public private(set) var text: String

        fileprivate init(rule: Rule, form: String, text: String) {
            ruleID = rule.id
            severity = rule.defaultSeverity
            id = rule.id + "." + form
            self.text = text
        }

        /// The same message with more text after it, such as a "did you mean" hint.
        func appending(_ more: String) -> Message {
            var longer = self
            longer.text += more
            return longer
        }
    }

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
    /// The stable id of the message's form, `<rule-id>.<form>` (`poll-option-count.too-many`).
    public var messageID: String
    public var severity: Severity
    /// Lower-case, no final period; says what is wrong and, after a semicolon, what to do.
    public var message: String
    public var range: SourceRange
    public var related: [Related]
    /// A mechanical change that resolves the finding, where there is one (a misspelt key or
    /// value with a likely match).
    public var fix: Fix?

    /// A finding of a message at a place.
    public init(_ message: Message, at range: SourceRange, related: [Related] = [], fix: Fix? = nil) {
        self.init(
            ruleID: message.ruleID, messageID: message.id, severity: message.severity, message: message.text, range: range, related: related,
            fix: fix)
    }

    /// A finding from its parts, for tests of the reporters; postplan itself makes findings
    /// from messages only.
    init(
        ruleID: String, messageID: String? = nil, severity: Severity, message: String, range: SourceRange, related: [Related] = [],
        fix: Fix? = nil
    ) {
        self.ruleID = ruleID
        self.messageID = messageID ?? ruleID + ".finding"
        self.severity = severity
        self.message = message
        self.range = range
        self.related = related
        self.fix = fix
    }
}

extension RuleDefinition {
    /// The rule's message in the form named `form` (kebab-case, stable: tools may match it),
    /// saying `text`. Each rule type offers its forms as functions that call this one.
    static func message(_ form: String, _ text: String) -> Diagnostic.Message {
        Diagnostic.Message(rule: description, form: form, text: text)
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
