import YAMLTree

/// The options of a configurable rule as one typed value. `init()` gives the defaults; each
/// declaration names an option as a config file writes it, what it takes, and where in the
/// value it goes. The listing (`postplan explain`, SARIF help, README) and the config's
/// decoding (positions, "did you mean", ranges) both come from the declarations.
protocol RuleOptions: Sendable {
    /// The defaults.
    init()
    /// The options, in listing order. A list may be derived (one duration per item kind).
    static var declarations: [OptionDeclaration<Self>] { get }
}

/// One option of a rule: its name in the config file, what it means, the type of value it
/// takes (read like a profile fact), the range a whole number must be in, and where the value
/// goes in the rule's options.
struct OptionDeclaration<Options: RuleOptions>: Sendable {
    let name: String
    let summary: String
    let kind: FactKey.ValueType
    /// The values a whole-number option may take, when not every whole number makes sense.
    let range: ClosedRange<Int>?
    private let read: @Sendable (Options) -> FactValue
    private let write: @Sendable (inout Options, FactValue) -> Void

    /// A whole number, optionally within `range`.
    static func integer(
        _ name: String, _ path: WritableKeyPath<Options, Int> & Sendable, summary: String, range: ClosedRange<Int>? = nil
    ) -> Self {
        Self(
            name: name, summary: summary, kind: .integer, range: range, read: { .integer($0[keyPath: path]) },
            write: { options, value in if case .integer(let number) = value { options[keyPath: path] = number } })
    }

    /// A positive duration, like `14d`.
    static func duration(_ name: String, _ path: WritableKeyPath<Options, PlanDuration> & Sendable, summary: String) -> Self {
        Self(
            name: name, summary: summary, kind: .duration, range: nil, read: { .duration($0[keyPath: path]) },
            write: { options, value in if case .duration(let duration) = value { options[keyPath: path] = duration } })
    }

    /// A non-empty list of words without blank entries.
    static func words(_ name: String, _ path: WritableKeyPath<Options, [String]> & Sendable, summary: String) -> Self {
        Self(
            name: name, summary: summary, kind: .words(allowed: nil), range: nil, read: { .words($0[keyPath: path]) },
            write: { options, value in if case .words(let words) = value { options[keyPath: path] = words } })
    }

    /// The default, as a config file would write it.
    var defaultValue: String { read(Options()).description }

    /// The option as listings show it.
    var listing: RuleOption {
        RuleOption(name: name, defaultValue: defaultValue, summary: summary, kind: kind, range: range)
    }

    /// What is wrong with a well-typed value that the rule cannot work with, as a finding's
    /// message; nil when the value is fine.
    func problem(with value: FactValue, in rule: Rule) -> Diagnostic.Message? {
        switch value {
        case .integer(let number):
            guard let range, !range.contains(number) else { return nil }
            return InvalidValueRule.optionOutOfRange(name, range: range, found: number, default: defaultValue)
        case .words(let words) where words.isEmpty:
            return InvalidValueRule.optionEmptyList(name, example: defaultValue, rule: rule.id)
        case .words(let words) where words.contains(where: { $0.trimmingSpaces().isEmpty }):
            return InvalidValueRule.optionBlankEntry(name, rule: rule.id)
        default:
            return nil
        }
    }

    /// Reads the option's node into `options`, reporting what is wrong with it.
    func decode(_ node: Node, into options: inout Options, of rule: Rule, context: inout DecodingContext) {
        guard let value = ProfileDecoder.decodeValue(node, type: kind, name: name, context: &context) else { return }
        if let problem = problem(with: value, in: rule) {
            context.report(problem, at: node.span)
        } else {
            write(&options, value)
        }
    }
}

/// How a rule's entry in a config file becomes its typed options: made from the options type,
/// so `Rule` (a plain value) can decode options it does not know the type of.
struct OptionsDecoder: Sendable {
    /// The option names a rule's entry may hold, besides `severity`.
    let names: [String]
    private let decodeFields: @Sendable (Fields, Rule, inout DecodingContext) -> any RuleOptions

    init<Options: RuleOptions>(_: Options.Type) {
        names = Options.declarations.map(\.name)
        decodeFields = { fields, rule, context in
            var options = Options()
            for declaration in Options.declarations {
                guard let node = fields[declaration.name] else { continue }
                declaration.decode(node, into: &options, of: rule, context: &context)
            }
            return options
        }
    }

    /// The options an entry sets, the defaults for those it leaves out or gets wrong.
    func decode(_ fields: Fields, of rule: Rule, context: inout DecodingContext) -> any RuleOptions {
        decodeFields(fields, rule, &context)
    }
}
