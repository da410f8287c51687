import YAMLTree

/// A post: text or media in a channel's timeline, at a time or repeating. It has no fields of
/// its own (`ItemDetails.post` carries nothing).
enum PostKind: ItemKindDefinition {
    static let kind = ItemKind.post
    static let displayName = "post"
    static let pluralName = "posts"
    static let summary = "text or media in a channel's timeline, once or repeating"

    static let keys: Set<String> = ["first-comment", "content-warning"]
    static let scheduling = ItemScheduling.atOrRepeat

    static func decodeDetails(_ fields: Fields, schedule: Schedule?, context: inout DecodingContext) -> ItemDetails? {
        guard fields.hasContent("text") || fields.hasContent("media") else {
            context.report(MissingFieldRule.noContent(of: fields.owner), at: Span(at: fields.node.span.start))
            return nil
        }
        return .post
    }

    static let takesMediaWhenPlanned = true
    static let titleFacts = TitleFacts.published

    static let endName: String? = nil
    static func endTasks(endingOn end: String) -> [String] { [] }

    static let isOrganic = true
    static let format = ItemFormat.byFirstMedia
    static let engagementTime = PlanDuration(amount: 15, unit: .minutes)
    static let engagementSummary = "time a post needs, replies included"

    static let scaffoldTemplate = "templates/items/post.yaml"
    static let scaffoldWait: FactKey? = nil
}
