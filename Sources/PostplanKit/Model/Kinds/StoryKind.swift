import YAMLTree

/// A story: media (or text) that expires, 24 hours unless `expires` says otherwise, on the
/// platforms that still have stories.
enum StoryKind: ItemKindDefinition {
    static let kind = ItemKind.story
    static let displayName = "story"
    static let pluralName = "stories"
    static let summary = "media that expires after 24 hours, where stories exist"

    static let keys: Set<String> = ["expires"]
    static let scheduling = ItemScheduling.atOrRepeat

    static func decodeDetails(_ fields: Fields, schedule: Schedule?, context: inout DecodingContext) -> ItemDetails? {
        guard fields.hasContent("text") || fields.hasContent("media") else {
            context.report(MissingFieldRule.storyWithoutContent(fields.owner), at: Span(at: fields.node.span.start))
            return nil
        }
        return .story(Story(expires: fields["expires"].flatMap { context.duration($0, key: "expires") }))
    }

    static let takesMediaWhenPlanned = true
    static let titleFacts = TitleFacts.published

    static let endName: String? = "story expires"
    static func endTasks(endingOn end: String) -> [String] { [] }

    static let isOrganic = true
    static let format = ItemFormat.byFirstMedia
    static let engagementTime = PlanDuration(amount: 10, unit: .minutes)
    static let engagementSummary = "time a story needs"

    static let scaffoldTemplate = "templates/items/story.yaml"
    static let scaffoldWait: FactKey? = nil
}

extension StoryKind {
    /// The checklist note of a story that the platform archives as a ghost post (Threads:
    /// text-only stories, `story.text-only`), worded with when that happens; nil elsewhere.
    static func ghostPostTask(on profile: PlatformProfile?, date: LocalDate, endingOn end: String) -> String? {
        guard let profile, profile.flag(.storyTextOnly, on: date)?.0 == true else { return nil }
        let after = profile.duration(.storyMaxExpiry, on: date).map { " after \($0.0)" } ?? ""
        return "\(profile.name) archives ghost posts\(after): this one on \(end); publish what should stay findable as a regular post"
    }
}

/// What only a story has: when it expires (`StoryKind`).
public struct Story: Sendable {
    /// How long a story stays up without `expires`: 24 hours.
    public static let defaultExpiry = PlanDuration(amount: 24, unit: .hours)

    /// Nil means the platform default of 24 hours.
    public var expires: Located<PlanDuration>?

    public init(expires: Located<PlanDuration>?) {
        self.expires = expires
    }
}
