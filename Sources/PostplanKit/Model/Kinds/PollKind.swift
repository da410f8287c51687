/// A poll: a question with options that closes after its duration, after which its results
/// are posted.
enum PollKind: ItemKindDefinition {
    static let kind = ItemKind.poll
    static let displayName = "poll"
    static let pluralName = "polls"
    static let summary = "a question with 2 to 4 options, open for its duration"

    static let keys: Set<String> = ["question", "options", "other-option", "duration", "first-comment", "content-warning"]
    static let scheduling = ItemScheduling.atOrRepeat

    static func decodeDetails(_ fields: Fields, schedule: Schedule?, context: inout DecodingContext) -> ItemDetails? {
        let question = fields.required("question", example: "question: Are certifications worth it?", context: &context)
            .flatMap { context.text($0, key: "question") }
        let options = fields.required("options", example: "options: [Yes, No]", context: &context)
            .flatMap { context.textList($0, key: "options", example: "[Yes, No, Depends]") }
        let duration = fields.required("duration", example: "duration: 1w", context: &context)
            .flatMap { context.duration($0, key: "duration") }
        var otherOption: Located<String>?
        if let node = fields["other-option"], let flag = context.flagOrLabel(node, key: "other-option") {
            switch flag.value {
            case .flag(true): otherOption = flag.map { _ in Poll.standardOtherOption }
            case .flag(false): otherOption = nil
            case .label(let label): otherOption = flag.map { _ in label }
            }
        }
        guard let question, let options, let duration else { return nil }
        return .poll(Poll(question: question, options: options, otherOption: otherOption, duration: duration))
    }

    static let takesMediaWhenPlanned = true
    static let titleFacts = TitleFacts.published

    static let endName: String? = "poll closes"
    static func endTasks(endingOn end: String) -> [String] {
        ["Post the results after the poll closes on \(end)"]
    }

    static let isOrganic = true
    static let format = ItemFormat.always("poll")
    static let engagementTime = PlanDuration(amount: 20, unit: .minutes)
    static let engagementSummary = "time a poll needs, results post included"

    static let scaffoldTemplate = "templates/items/poll.yaml"
    static let scaffoldWait: FactKey? = nil
}

/// What only a poll has: its question, options and duration (`PollKind`).
public struct Poll: Sendable {
    /// The label `other-option: true` adds as the last option.
    public static let standardOtherOption = "Other, see comments"

    public var question: Located<String>
    public var options: [Located<String>]
    /// The extra "Other, see comments" option (or a custom label), placed at `other-option`.
    /// It counts as an option.
    public var otherOption: Located<String>?
    public var duration: Located<PlanDuration>

    public init(question: Located<String>, options: [Located<String>], otherOption: Located<String>?, duration: Located<PlanDuration>) {
        self.question = question
        self.options = options
        self.otherOption = otherOption
        self.duration = duration
    }

    /// The options as the platform shows them, the "other" option last.
    public var allOptions: [Located<String>] {
        options + (otherOption.map { [$0] } ?? [])
    }
}
