import YAMLTree

/// An ad: a paid run in one of the platform's ad placements (never the organic timeline),
/// from `at` to `until`.
enum AdKind: ItemKindDefinition {
    static let kind = ItemKind.ad
    static let displayName = "ad"
    static let pluralName = "ads"
    static let summary = "a paid run in an ad placement (never the timeline)"

    static let keys: Set<String> = ["placement", "until", "cta"]
    static let scheduling = ItemScheduling.atOnly(whyNotRepeat: "runs from 'at' to 'until' and cannot repeat")

    static func decodeDetails(_ fields: Fields, schedule: Schedule?, context: inout DecodingContext) -> ItemDetails? {
        let placement = fields["placement"].flatMap { context.text($0, key: "placement") }
        let text = fields.required("text", example: "text: Plan a quarter of posts in one afternoon.", context: &context)
        let until = fields["until"].flatMap { node -> Located<AdEnd>? in
            let raw = node.scalar?.text.trimmingSpaces() ?? ""
            if case .success(let date) = ScalarSyntax.date(raw) { return context.located(.endOfDay(date), node) }
            return context.dateTime(node, key: "until").map { $0.map(AdEnd.instant) }
        }
        let cta = fields["cta"].flatMap { CommonFields.decodeCTA($0, owner: fields.owner, context: &context) }
        guard text != nil else { return nil }
        if case .once(let at)? = schedule, let until, until.value.ends(before: at.value) {
            context.report(InvalidDateRule.adEndsBeforeStart(fields.owner, startsAt: "\(at.value)"), at: until.range.span)
        }
        return .ad(Ad(placement: placement, until: until, cta: cta))
    }

    static let takesMediaWhenPlanned = true
    static let titleFacts = TitleFacts.published

    static let endName: String? = "ad run ends"
    static func endTasks(endingOn end: String) -> [String] { [] }

    static let isOrganic = false
    static let format = ItemFormat.byFirstMedia
    static let engagementTime = PlanDuration(amount: 30, unit: .minutes)
    static let engagementSummary = "time an ad needs (replies to comments on it)"

    static let scaffoldTemplate = "templates/items/ad.yaml"
    static let scaffoldWait: FactKey? = nil
}

/// What only an ad has: its placement, the end of its run and its call-to-action (`AdKind`).
public struct Ad: Sendable {
    /// Where the ad runs, such as `sponsored-content`; never the organic timeline. Optional
    /// here so that the rule `ad-in-timeline` can say what a missing one means.
    public var placement: Located<String>?
    /// The last day (or instant) of the run.
    public var until: Located<AdEnd>?
    public var cta: CallToAction?

    public init(placement: Located<String>?, until: Located<AdEnd>?, cta: CallToAction?) {
        self.placement = placement
        self.until = until
        self.cta = cta
    }
}

/// An ad runs until the end of a day, or until a given time.
public enum AdEnd: Hashable, Sendable {
    case endOfDay(LocalDate)
    case instant(DateTimeValue)

    /// Whether the run would end before it starts, comparing wall-clock times.
    func ends(before start: DateTimeValue) -> Bool {
        switch self {
        case .endOfDay(let day): day < start.date
        case .instant(let end): (end.date, end.time) <= (start.date, start.time)
        }
    }
}
