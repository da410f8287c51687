import Testing
import YAMLTree

@testable import PostplanKit

/// Decodes a marked checklist file and expects exactly the findings given, as (rule, marker).
@discardableResult
private func expectChecklistFindings(
    _ marked: String, _ expected: [(Rule, String)], platforms: [String] = ["bluesky", "linkedin", "x"],
    sourceLocation: SourceLocation = #_sourceLocation
) -> ChecklistDefaults? {
    let fixture = MarkedText(marked)
    let (defaults, diagnostics) = ChecklistDefaultsDecoder.decode(YAMLParser().parse(fixture.text), path: "checklists.yaml", platforms: platforms)
    let actual = diagnostics.map { "\($0.ruleID) \($0.range.start.line):\($0.range.start.column)" }.sorted()
    let wanted = expected.map { rule, marker in
        let position = fixture.markers[marker]
        return "\(rule.id) \(position?.line ?? 0):\(position?.column ?? 0)"
    }.sorted()
    #expect(actual == wanted, "findings:\n\(TextReporter.render(diagnostics))", sourceLocation: sourceLocation)
    return defaults
}

@Suite("Checklist defaults: the file format")
struct ChecklistDefaultsDecodingTests {
    @Test("the built-in defaults decode without a problem and follow the domain")
    func builtIn() {
        #expect(ChecklistDefaults.builtInDiagnostics.isEmpty, "\(TextReporter.render(ChecklistDefaults.builtInDiagnostics))")
        let defaults = ChecklistDefaults.builtIn
        let poll = defaults.kinds[.poll, default: []].map(\.value)
        #expect(poll.contains { $0.contains("\"Other, see comments\"") })
        #expect(poll.contains { $0.contains("Share the poll link") })
        #expect(poll.contains { $0.contains("Do not pitch") })
        #expect(defaults.kinds[.post, default: []].map(\.value).contains("Reply to every comment within 24 hours"))
        #expect(defaults.kinds[.productPage, default: []].map(\.value).contains { $0.contains("video or a document") })
    }

    @Test("a valid file gives its lists by kind and by platform, with their positions")
    func validFile() throws {
        let defaults = try #require(
            expectChecklistFindings(
                """
                postplan-checklists: 1
                every-item: [Check the preview]
                kinds:
                  poll: [Pin the reply, Share the link]
                platforms:
                  bluesky:
                    post:
                      - Keep hashtags few
                """, []))
        #expect(defaults.everyItem.map(\.value) == ["Check the preview"])
        #expect(defaults.kinds[.poll]?.map(\.value) == ["Pin the reply", "Share the link"])
        #expect(defaults.platforms["bluesky"]?[.post]?.map(\.value) == ["Keep hashtags few"])
        #expect(defaults.platforms["bluesky"]?[.post]?.first?.range.start == Position(line: 8, column: 9))
    }

    @Test("a file without the version line is refused")
    func versionRequired() {
        let defaults = expectChecklistFindings(
            """
            1️⃣every-item: [Check]
            """, [(UnsupportedVersionRule.description, "1️⃣")])
        #expect(defaults == nil)
    }

    @Test("misspelt keys, kinds and platforms are reported with a suggestion")
    func misspellings() {
        expectChecklistFindings(
            """
            postplan-checklists: 1
            1️⃣kind:
              poll: [A]
            kinds:
              2️⃣pol: [B]
            platforms:
              3️⃣blueksy:
                post: [C]
              x:
                4️⃣psot: [D]
            """,
            [
                (UnknownKeyRule.description, "1️⃣"), (UnknownKeyRule.description, "2️⃣"), (UnknownPlatformRule.description, "3️⃣"),
                (UnknownKeyRule.description, "4️⃣"),
            ])
    }

    @Test("a list where a mapping belongs, a mapping as an entry and an empty entry are reported")
    func wrongShapes() {
        expectChecklistFindings(
            """
            postplan-checklists: 1
            kinds: 1️⃣[poll]
            every-item:
              - 2️⃣{ a: b }
              - 3️⃣""
            """, [(WrongTypeRule.description, "1️⃣"), (WrongTypeRule.description, "2️⃣"), (MissingFieldRule.description, "3️⃣")])
    }

    @Test("a platform defined by the plan repo may have checklists when the repo's platforms are given")
    func repoPlatform() {
        let defaults = expectChecklistFindings(
            """
            postplan-checklists: 1
            platforms:
              fosstodon: { post: [Use content warnings] }
            """, [], platforms: ["fosstodon", "mastodon"])
        #expect(defaults?.platforms["fosstodon"]?[.post]?.first?.value == "Use content warnings")
    }
}

@Suite("Checklist defaults: a slot's checklist")
struct ChecklistCompositionTests {
    static let defaults = ChecklistDefaults(
        everyItem: [Located("Check the preview", at: .startOfFile("c"))],
        kinds: [.post: [Located("Reply to every comment within 24 hours", at: .startOfFile("c"))]],
        platforms: [
            "mastodon": [.post: [Located("Add a content warning where it helps", at: .startOfFile("c"))]],
            "fosstodon": [.post: [Located("Mention the instance", at: .startOfFile("c"))]],
        ])

    static func item(checklist: [String]) -> Item {
        Item(
            id: Located("tip", at: .startOfFile("p")), channels: [], schedule: nil,
            checklist: checklist.map { Located($0, at: .startOfFile("p")) }, details: .post, range: .startOfFile("p"))
    }

    @Test("the order is every item, kind, platform (its base first), the item's own, then derived tasks")
    func order() {
        let profile = PlatformProfile(id: "fosstodon", name: "Fosstodon", base: "mastodon", facts: [:], range: .startOfFile("p"))
        let checklist = Self.defaults.checklist(for: Self.item(checklist: ["Thank the first commenter"]), on: profile, derived: ["Derived task"])
        #expect(
            checklist == [
                ChecklistEntry(text: "Check the preview", origin: .everyItem),
                ChecklistEntry(text: "Reply to every comment within 24 hours", origin: .kind),
                ChecklistEntry(text: "Add a content warning where it helps", origin: .platform),
                ChecklistEntry(text: "Mention the instance", origin: .platform),
                ChecklistEntry(text: "Thank the first commenter", origin: .item),
                ChecklistEntry(text: "Derived task", origin: .derived),
            ])
    }

    @Test("a task the defaults already list is not repeated, whatever its case")
    func noRepeats() {
        let checklist = Self.defaults.checklist(for: Self.item(checklist: ["reply to every comment within 24 hours"]), on: nil, derived: [])
        #expect(checklist.map(\.text) == ["Check the preview", "Reply to every comment within 24 hours"])
    }
}
