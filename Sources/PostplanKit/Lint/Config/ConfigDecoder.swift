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
            context.report(
                .unsupportedVersion,
                "config format version '\(version.scalar?.text ?? version.shapeName)' is not supported; write 'postplan-config: 1'", at: version.span)
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
                .wrongType, "'rules' must map rule ids to a severity or settings, like { promotion-share: off }; found \(node.shapeName)",
                at: node.span)
            return [:]
        }
        var settings: [String: LintConfig.RuleSetting] = [:]
        let ids = Rule.all.map(\.id)
        for pair in pairs {
            guard let id = pair.key.scalar?.text else { continue }
            guard let rule = Rule.named(id) else {
                let hint = Suggestion.hint(for: id, among: ids, listUpTo: 0)
                context.report(
                    .unknownRule, "'\(id)' is not a postplan rule" + (hint.isEmpty ? "; 'postplan rules' lists them" : hint), at: pair.key.span)
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
        let optionNames = rule.options.map(\.name)
        guard let fields = Fields(node, owner: "rule '\(rule.id)'", known: Set(["severity"] + optionNames), context: &context) else {
            return setting
        }
        if let severity = fields["severity"] { decodeSeverity(severity, into: &setting, context: &context) }
        for option in rule.options {
            guard let node = fields[option.name],
                let value = ProfileDecoder.decodeValue(node, type: option.kind, name: option.name, context: &context)
            else { continue }
            if let problem = problem(with: value, of: option, in: rule) {
                context.report(.invalidValue, problem, at: node.span)
            } else {
                setting.options[option.name] = value
            }
        }
        return setting
    }

    /// What is wrong with a well-typed option value that the rule cannot work with, and what to write instead.
    private static func problem(with value: FactValue, of option: RuleOption, in rule: Rule) -> String? {
        switch value {
        case .integer(let number):
            guard let range = option.range, !range.contains(number) else { return nil }
            return "'\(option.name)' must be from \(range.lowerBound) to \(range.upperBound), found \(number); the default is \(option.defaultValue)"
        case .words(let words) where words.isEmpty:
            return "'\(option.name)' needs at least one entry, like \(option.defaultValue); to turn the rule off, write '\(rule.id): off'"
        case .words(let words) where words.contains(where: { $0.trimmingSpaces().isEmpty }):
            return "'\(option.name)' has a blank entry, which every text contains; remove it, or write '\(rule.id): off' to turn the rule off"
        default:
            return nil
        }
    }

    private static func decodeSeverity(_ node: Node, into setting: inout LintConfig.RuleSetting, context: inout DecodingContext) {
        guard let word = context.text(node, key: "severity") else { return }
        if word.value == "off" {
            setting.isOff = true
        } else if let severity = Severity(rawValue: word.value) {
            setting.severity = severity
        } else {
            let allowed = ["off"] + Severity.allCases.map(\.rawValue)
            context.report(.invalidValue, "'\(word.value)' is not a severity\(Suggestion.hint(for: word.value, among: allowed))", at: node.span)
        }
    }
}
