import Testing

@testable import PostplanKit

@Suite("Workspace")
struct WorkspaceTests {
    static let channels = """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page, handle: acme }
          urs-linkedin: { platform: linkedin, account: profile }
        """
    static let q4 = """
        postplan: 1
        items:
          - id: cert-poll
            kind: poll
            channels: [urs-linkedin]
            at: 2026-11-24 09:00
            question: Are project-management certifications worth it?
            options: [Yes, No, Depends on the role]
            other-option: true
            duration: 1w
          - id: launch-teaser
            kind: post
            channels: [acme-linkedin, urs-linkedin]
            at: 2026-11-25 10:00
            text: Our planner goes live in three weeks.
        """
    static let recurring = """
        postplan: 1
        items:
          - id: weekly-tip
            kind: post
            channels: [urs-linkedin]
            repeat: { every: week, on: [tue, thu], at: "08:30", from: 2026-11-24, until: 2026-12-31 }
            text: One planning tip, every Tuesday and Thursday.
        """

    @Test("channels and items from several files assemble into one workspace, items in file order")
    func assemblesAcrossFiles() throws {
        let repo = try validWorkspace(["plans/channels.yaml": Self.channels, "plans/q4.yaml": Self.q4, "plans/recurring.yaml": Self.recurring])
        #expect(repo.workspace.files.map(\.path) == ["plans/channels.yaml", "plans/q4.yaml", "plans/recurring.yaml"])
        #expect(repo.workspace.channels.keys.sorted() == ["acme-linkedin", "urs-linkedin"])
        #expect(repo.workspace.items.map(\.id.value) == ["cert-poll", "launch-teaser", "weekly-tip"])
        #expect(repo.workspace.channels["acme-linkedin"]?.account.value == .companyPage)
        #expect(repo.workspace.channels["acme-linkedin"]?.handle?.value == "acme")
        #expect(repo.workspace.files.first?.timezone?.value == TimeZoneID("Europe/Berlin"))
    }

    @Test("a channel without 'account' is a profile")
    func defaultAccountIsProfile() throws {
        let repo = try validWorkspace(["plan.yaml": "postplan: 1\nchannels:\n  urs: { platform: linkedin }\n"])
        #expect(repo.workspace.channels["urs"]?.account.value == .profile)
    }

    @Test("items with errors are left out of the workspace, the others kept")
    func brokenItemsLeftOut() throws {
        let repo = try expectFindings(
            Self.channels + "\nitems:\n"
                + "  - { id: good, kind: post, channels: [urs-linkedin], at: 2026-11-25 10:00, text: Fine }\n"
                + "  - { id: bad, kind: post, channels: [urs-linkedin], at: 1️⃣2026-11-31 10:00, text: Broken }\n",
            [finding(InvalidDateRule.description, at: "1️⃣")])
        #expect(repo.workspace.items.map(\.id.value) == ["good"])
    }

    @Test("the validator counts every plan file found and every item of the repo")
    func repoWideCounts() throws {
        let fileSystem = InMemoryFileSystem(files: [
            "plans/channels.yaml": Self.channels, "plans/q4.yaml": Self.q4, "plans/recurring.yaml": Self.recurring,
            "plans/notes.md": "not a plan",
        ])
        let result = try validate(["plans"], on: fileSystem)
        #expect(result.fileCount == 3)
        #expect(result.workspace.items.count == 3)
        #expect(result.workspace.channels.count == 2)
    }

    @Test("a file that cannot be decoded still counts as a file found")
    func brokenFileCounts() throws {
        let fileSystem = InMemoryFileSystem(files: ["plans/channels.yaml": Self.channels, "plans/broken.yaml": "postplan: 1\nitems: [\n"])
        let result = try validate(["plans"], on: fileSystem)
        #expect(result.fileCount == 2)
        #expect(result.workspace.files.map(\.path) == ["plans/channels.yaml"])
        #expect(result.diagnostics.map(\.ruleID).contains("yaml-syntax"))
    }
}
