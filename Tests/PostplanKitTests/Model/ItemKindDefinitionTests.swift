import Testing
import YAMLTree

@testable import PostplanKit

/// A kind described with every part left out that the compiler lets one leave out: blank
/// names and help, a common key claimed, no engagement time (and "0m", which a config could
/// not write), tasks for an end it does not have, no template, new items that wait for a fact
/// that is no duration, and (checked against empty defaults) no checklist tasks. It claims to
/// be the post kind, which `ItemKind.post.definition` denies.
private enum IncompleteKind: ItemKindDefinition {
    static let kind = ItemKind.post
    static let displayName = ""
    static let pluralName = ""
    static let summary = ""
    static let keys: Set<String> = ["text", "frames"]
    static let scheduling = ItemScheduling.atOrRepeat
    static func decodeDetails(_ fields: Fields, schedule: Schedule?, context: inout DecodingContext) -> ItemDetails? { .post }
    static let takesMediaWhenPlanned = true
    static let titleFacts = TitleFacts.published
    static let endName: String? = nil
    static func endTasks(endingOn end: String) -> [String] { ["Archive the frames after \(end)"] }
    static let isOrganic = true
    static let format = ItemFormat.byFirstMedia
    static let engagementTime = PlanDuration(amount: 0, unit: .minutes)
    static let engagementSummary = ""
    static let scaffoldTemplate = "templates/items/reel.yaml"
    static let scaffoldWait: FactKey? = .scheduleMaxPerDay
}

/// The post kind as it would be if it were placed by a date of its own, like a product page,
/// while `ItemDetails.ownDate` has no date for posts.
private enum PostPlacedByPremiere: ItemKindDefinition {
    static let kind = PostKind.kind
    static let displayName = PostKind.displayName
    static let pluralName = PostKind.pluralName
    static let summary = PostKind.summary
    static let keys = PostKind.keys
    static let scheduling = ItemScheduling.ownDate(key: "premiere")
    static func decodeDetails(_ fields: Fields, schedule: Schedule?, context: inout DecodingContext) -> ItemDetails? {
        PostKind.decodeDetails(fields, schedule: schedule, context: &context)
    }
    static let takesMediaWhenPlanned = PostKind.takesMediaWhenPlanned
    static let titleFacts = PostKind.titleFacts
    static let endName = PostKind.endName
    static func endTasks(endingOn end: String) -> [String] { PostKind.endTasks(endingOn: end) }
    static let isOrganic = PostKind.isOrganic
    static let format = PostKind.format
    static let engagementTime = PostKind.engagementTime
    static let engagementSummary = PostKind.engagementSummary
    static let scaffoldTemplate = PostKind.scaffoldTemplate
    static let scaffoldWait = PostKind.scaffoldWait
}

@Suite("Item kinds: each described once, completely")
struct ItemKindDefinitionTests {
    @Test("every kind's definition is complete: names, help, keys, engagement time, template, checklist tasks", arguments: ItemKind.allCases)
    func everyKindIsComplete(_ kind: ItemKind) {
        let problems = ItemKindAudit().problems(of: kind.definition)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test("a definition without its parts is rejected for each of them")
    func incompleteDefinitionIsRejected() {
        let problems = ItemKindAudit(checklists: ChecklistDefaults()).problems(of: IncompleteKind.self)
        let expected = [
            "ItemKind.post.definition is PostKind", "no display name", "no plural name", "no summary", "claims keys every item has: [\"text\"]",
            "no engagement time", "does not read back from '0m'", "does not say what its engagement time is", "tasks for an end",
            "'templates/items/reel.yaml' is not among",
            "wait for 'schedule.max-per-day', which is no duration",
            "no tasks under 'kinds: post'",
        ]
        for part in expected {
            #expect(problems.contains { $0.contains(part) }, "no problem mentions \(part): \(problems)")
        }
        #expect(problems.count == expected.count, "\(problems)")
    }

    @Test("a kind placed by a date of its own that ItemDetails.ownDate does not give is rejected")
    func ownDateWithoutDate() {
        #expect(
            ItemKindAudit().problems(of: PostPlacedByPremiere.self) == [
                "PostPlacedByPremiere: ItemKind.post.definition is PostKind, not PostPlacedByPremiere",
                "PostPlacedByPremiere is placed by 'premiere', but ItemDetails.ownDate has no date for it",
            ])
    }

    @Test("a kind whose template is not built in is rejected", arguments: ItemKind.allCases)
    func missingTemplate(_ kind: ItemKind) {
        var audit = ItemKindAudit()
        audit.resources[kind.definition.scaffoldTemplate] = nil
        #expect(
            audit.problems(of: kind.definition) == [
                "\(kind.definition): its template '\(kind.definition.scaffoldTemplate)' is not among the built-in files, or does not parse"
            ])
    }

    @Test("a kind whose template makes an item of another kind is rejected")
    func templateOfAnotherKind() {
        var audit = ItemKindAudit()
        audit.resources[PollKind.scaffoldTemplate] = audit.resources[PostKind.scaffoldTemplate]
        #expect(audit.problems(of: PollKind.self) == ["PollKind: its template 'templates/items/poll.yaml' makes a post 'audited'"])
    }

    @Test("a kind whose template makes an item with findings is rejected")
    func templateWithFindings() throws {
        var audit = ItemKindAudit()
        let template = try #require(audit.resources[PollKind.scaffoldTemplate])
        audit.resources[PollKind.scaffoldTemplate] = template.replacingOccurrences(of: "duration: 1w", with: "durations: 1w")
        let problems = audit.problems(of: PollKind.self)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("does not make one item without findings") == true)
        #expect(problems.first?.contains("[unknown-key]") == true)
    }

    @Test("a kind without tasks in the built-in checklist defaults is rejected", arguments: ItemKind.allCases)
    func missingChecklistTasks(_ kind: ItemKind) {
        var audit = ItemKindAudit()
        audit.checklists.kinds[kind] = nil
        #expect(audit.problems(of: kind.definition) == ["\(kind.definition): the checklist defaults have no tasks under 'kinds: \(kind.rawValue)'"])
    }

    @Test("engagement-budget has one option per kind, defaulting to the kind's time, so no kind counts 0 minutes", arguments: ItemKind.allCases)
    func engagementOptionPerKind(_ kind: ItemKind) {
        #expect(EngagementBudgetRule.description.options.map(\.name) == ItemKind.allCases.map(\.rawValue))
        let time = LintConfig().options(of: EngagementBudgetRule.self)[kind]
        #expect(time == kind.definition.engagementTime)
        #expect(time.seconds > 0)
    }

    @Test("a key of other kinds is named by their plural names: stories, product pages and ads")
    func pluralNamesInMessages() {
        #expect(ItemSchema.kindsUsing("expires") == "stories")
        #expect(ItemSchema.kindsUsing("cta") == "product pages and ads")
        #expect(ItemSchema.kindsUsing("title") == nil)
    }

    @Test(
        "only posts, polls, stories, threads and live events are organic; polls always count as polls, threads as threads, live events as live",
        arguments: ItemKind.allCases)
    func organicAndFormat(_ kind: ItemKind) {
        #expect(kind.definition.isOrganic == [.post, .poll, .story, .thread, .live].contains(kind))
        #expect((kind.definition.format == .always("poll")) == (kind == .poll))
        #expect((kind.definition.format == .always("thread")) == (kind == .thread))
        #expect((kind.definition.format == .always("live")) == (kind == .live))
    }
}
