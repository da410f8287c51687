import Testing

@testable import PostplanKit

@Suite("Scaffolding: new items and new repos")
struct ScaffoldingTests {
    static let channels = """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
          acme-insta: { platform: instagram }
        items:

        """

    @Test(
        "the item printed for every kind is valid where that kind can go",
        arguments: [
            (ItemKind.post, "acme-linkedin"), (.poll, "acme-linkedin"), (.story, "acme-insta"), (.productPage, "acme-linkedin"),
            (.ad, "acme-linkedin"),
        ])
    func itemsAreValid(kind: ItemKind, channel: String) throws {
        let item = try Scaffolding.item(kind, id: "new-\(kind.rawValue)", channel: channel, date: date(2027, 1, 20))
        let result = try validate(["plan.yaml"], on: InMemoryFileSystem(files: ["plan.yaml": Self.channels + item]))
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(TextReporter.render(result.diagnostics))")
        #expect(result.workspace.items.map(\.id.value) == ["new-\(kind.rawValue)"])
        #expect(result.workspace.items.first?.kind == kind)
    }

    @Test("an invalid id is refused before anything is printed")
    func invalidID() {
        #expect(throws: Scaffolding.Failure.invalidID("new post")) {
            try Scaffolding.item(.post, id: "new post", channel: "acme", date: date(2027, 1, 20))
        }
    }

    @Test("appending puts the item at the end of the file's items")
    func appendsToItems() throws {
        let item = try Scaffolding.item(.post, id: "second", channel: "acme-linkedin", date: date(2027, 1, 20))
        let existing = Self.channels + "  - { id: first, kind: post, channels: [acme-linkedin], at: 2027-01-19 09:00, text: One. }"
        let updated = try Scaffolding.appending(item, to: existing, path: "plan.yaml", id: "second")
        let result = try validate(["plan.yaml"], on: InMemoryFileSystem(files: ["plan.yaml": updated]))
        #expect(result.workspace.items.map(\.id.value) == ["first", "second"])
    }

    @Test("appending adds an items list to a file without one")
    func appendsItemsKey() throws {
        let item = try Scaffolding.item(.post, id: "first", channel: "acme-linkedin", date: date(2027, 1, 20))
        let existing = "postplan: 1\nchannels:\n  acme-linkedin: { platform: linkedin, account: company-page }\n"
        let updated = try Scaffolding.appending(item, to: existing, path: "plan.yaml", id: "first")
        #expect(updated.contains("\nitems:\n  - id: first"))
    }

    @Test("appending is refused when items is not the file's last key")
    func refusesWhenItemsIsNotLast() throws {
        let item = try Scaffolding.item(.post, id: "second", channel: "acme-linkedin", date: date(2027, 1, 20))
        let existing = "postplan: 1\nitems: []\nchannels:\n  acme-linkedin: { platform: linkedin, account: company-page }\n"
        #expect(throws: Scaffolding.Failure.self) {
            try Scaffolding.appending(item, to: existing, path: "plan.yaml", id: "second")
        }
    }

    @Test("a new repo's plans are valid and lint without errors")
    func skeletonIsValid() throws {
        let files = Dictionary(
            uniqueKeysWithValues: Scaffolding.skeleton(timezone: TimeZoneID("Europe/Berlin"), date: date(2026, 11, 30)).map { ($0.path, $0.text) })
        #expect(
            Set(files.keys) == [
                "plans/channels.yaml", "plans/first-plan.yaml", ".postplan.yml", ".github/workflows/postplan.yml", ".pre-commit-config.yaml",
                "schema/postplan.schema.json",
            ])
        let plans = files.filter { $0.key.hasPrefix("plans/") }
        let result = try lint(plans, config: files[".postplan.yml"], today: date(2026, 11, 23))
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(TextReporter.render(result.diagnostics))")
        #expect(files["schema/postplan.schema.json"]?.hasPrefix("{") == true)
    }
}
