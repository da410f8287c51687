import YAMLTree

/// Reads a `.postplan.yml`, validating it like a plan file: unknown keys and rule ids are
/// reported with positions and suggestions.
public enum ConfigDecoder {
    static let keys: Set<String> = ["postplan-config", "rules", "capacity", "week-start", "ignore"]

    /// The config, and its problems. Any error in it makes the run a configuration error.
    public static func decode(_ parsed: YAMLParseResult, path: String) -> (LintConfig, [Diagnostic]) {
        var context = DecodingContext(path: path)
        parsed.problems.forEach { context.append($0.diagnostic(in: path)) }
        var config = LintConfig(path: path)
        guard !parsed.hasFatalProblem, let root = parsed.documents.first, !root.isNull else { return (config, context.diagnostics) }
        guard let fields = Fields(root, owner: "the config file", known: keys, context: &context) else { return (config, context.diagnostics) }
        if let version = fields["postplan-config"], version.scalar?.text != "1" {
            context.report(UnsupportedVersionRule.configVersion(version.scalar?.text ?? version.shapeName), at: version.span)
        }
        config.capacity = fields["capacity"].flatMap { context.duration($0, key: "capacity")?.value }
        if let node = fields["week-start"], let layout = decodeWeekStart(node, context: &context) {
            config.weekLayout = layout
        }
        config.ignore = fields["ignore"].flatMap { context.textList($0, key: "ignore", example: "[plans/archive/**]") }?.map(\.value) ?? []
        if let rulesNode = fields["rules"] {
            config.rules = decodeRules(rulesNode, context: &context)
        }
        return (config, context.diagnostics)
    }

    /// Only the day weeks start on, for commands that need nothing else of the config (the
    /// calendar): a problem elsewhere in the file, such as a rule a newer postplan knows, is
    /// lint's business and does not stop them. Syntax errors in the file still do.
    public static func decodeWeekLayout(_ parsed: YAMLParseResult, path: String) -> (WeekLayout, [Diagnostic]) {
        var context = DecodingContext(path: path)
        parsed.problems.forEach { context.append($0.diagnostic(in: path)) }
        guard !parsed.hasFatalProblem, let pairs = parsed.documents.first?.mapping,
            let node = pairs.first(where: { $0.key.scalar?.text == "week-start" })?.value
        else { return (.iso, context.diagnostics) }
        return (decodeWeekStart(node, context: &context) ?? .iso, context.diagnostics)
    }

    /// `week-start: sun`: a weekday as plans write them (`mon` ... `sun`).
    private static func decodeWeekStart(_ node: Node, context: inout DecodingContext) -> WeekLayout? {
        context.keyword(node, key: "week-start", as: Weekday.self).map { WeekLayout(start: $0.value) }
    }

    private static func decodeRules(_ node: Node, context: inout DecodingContext) -> [String: LintConfig.RuleSetting] {
        guard let pairs = node.mapping else {
            context.report(
                WrongTypeRule.notAMapping("rules", of: "rule ids to a severity or settings", like: "{ promotion-share: off }", found: node),
                at: node.span)
            return [:]
        }
        var settings: [String: LintConfig.RuleSetting] = [:]
        let ids = Rule.all.map(\.id)
        for pair in pairs {
            guard let id = pair.key.scalar?.text else { continue }
            guard let rule = Rule.named(id) else {
                context.report(UnknownRuleRule.notARule(id, hint: Suggestion.hint(for: id, among: ids, listUpTo: 0)), at: pair.key.span)
                continue
            }
            settings[id] = decodeSetting(pair.value, of: rule, context: &context)
        }
        return settings
    }

    /// `off`, a severity, or `{ severity: ..., <option>: ... }`.
    private static func decodeSetting(_ node: Node, of rule: Rule, context: inout DecodingContext) -> LintConfig.RuleSetting {
        var setting = LintConfig.RuleSetting()
        if node.scalar != nil {
            decodeSeverity(node, into: &setting, context: &context)
            return setting
        }
        let optionNames = rule.optionsDecoder?.names ?? []
        guard let fields = Fields(node, owner: "rule '\(rule.id)'", known: Set(["severity"] + optionNames), context: &context) else {
            return setting
        }
        if let severity = fields["severity"] { decodeSeverity(severity, into: &setting, context: &context) }
        setting.options = rule.optionsDecoder?.decode(fields, of: rule, context: &context)
        return setting
    }

    private static func decodeSeverity(_ node: Node, into setting: inout LintConfig.RuleSetting, context: inout DecodingContext) {
        guard let word = context.text(node, key: "severity") else { return }
        if word.value == "off" {
            setting.isOff = true
        } else if let severity = Severity(rawValue: word.value) {
            setting.severity = severity
        } else {
            let allowed = ["off"] + Severity.allCases.map(\.rawValue)
            context.report(InvalidValueRule.notASeverity(word.value, hint: Suggestion.hint(for: word.value, among: allowed)), at: node.span)
        }
    }
}
