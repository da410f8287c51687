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

    /// A channel of every platform postplan knows (and every account type of LinkedIn and
    /// Facebook), for items of any kind to find one that takes them.
    static var everyChannel: String {
        let accounts = ["linkedin": ["profile", "company-page", "showcase-page", "group"], "facebook": ["page", "group", "profile"]]
        let channels = ProfileRegistry.builtIn.profiles.keys.sorted().flatMap { platform in
            (accounts[platform] ?? ProfileRegistry.builtIn[platform]?.accountTypes ?? ["profile"]).map {
                "  \(platform)-\($0): { platform: \(platform), account: \($0) }\n"
            }
        }
        return "postplan: 1\ntimezone: Europe/Berlin\nchannels:\n" + channels.joined()
    }

    @Test("the item made for every kind validates, without errors or warnings, on some channel postplan knows", arguments: ItemKind.allCases)
    func itemsAreValid(kind: ItemKind) throws {
        let files = InMemoryFileSystem(files: ["plans/channels.yaml": Self.everyChannel])
        let maker = NewItem(fileSystem: files, planFolder: "plans", today: .date(date(2027, 1, 13)), machineZone: TimeZoneID("Europe/Berlin"))
        let made = try maker.make(kind, id: "new-\(kind.rawValue)", channel: nil, to: .print)
        let plan = "postplan: 1\nitems:\n" + made.text
        let result = try validate(["plans"], on: InMemoryFileSystem(files: ["plans/channels.yaml": Self.everyChannel, "plans/new.yaml": plan]))
        #expect(result.diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(TextReporter.render(result.diagnostics))")
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
                "schema/postplan.schema.json", ".github/workflows/postplan-diff.yml",
            ])
        let plans = files.filter { $0.key.hasPrefix("plans/") }
        let result = try lint(plans, config: files[".postplan.yml"], today: date(2026, 11, 23))
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(TextReporter.render(result.diagnostics))")
        #expect(files["schema/postplan.schema.json"]?.hasPrefix("{") == true)
    }
}
