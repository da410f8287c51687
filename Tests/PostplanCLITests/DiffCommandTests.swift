import Foundation
import PostplanKit
import PostplanTestSupport
import Testing

/// `postplan diff` on scratch git repos made in each test: revisions, the working tree, two
/// folders, and the ways a run cannot start.
@Suite(
    "postplan diff",
    .enabled(if: Program.find("git") != nil || Program.isCI, "git is missing; install it with apt-get install -y git (required when CI=true)"))
struct DiffCommandTests {
    static let channels = DiffFixtures.channels

    /// The shared week, with a poll on 2026-12-03.
    static let week = DiffFixtures.week(with: [
        "  - { id: asks, kind: poll, channels: [acme], at: 2026-12-03 12:00, question: Which?, options: [A, B], duration: 1w, intent: dialogue }"
    ])

    static let today = ["--today", "2026-11-30"]

    /// A git repository in a new temporary folder, on branch `main`, with `plans/` committed.
    struct ScratchRepo {
        let folder: URL

        init(files: [String: String] = ["plans/channels.yaml": DiffCommandTests.channels, "plans/week.yaml": DiffCommandTests.week]) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("postplan-diff-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try git("init", "-q", "-b", "main")
            try write(files)
            try commit("base")
        }

        func write(_ files: [String: String]) throws {
            for (path, text) in files {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        }

        func edit(_ path: String, _ replacements: [(String, String)]) throws {
            let url = folder.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            try write([path: replacements.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }])
        }

        func commit(_ message: String) throws {
            try git("add", "-A")
            try git("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", message)
        }

        @discardableResult
        func git(_ arguments: String...) throws -> String {
            let result = try Program.run(try #require(Program.find("git")), arguments, in: folder)
            #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.stderr)")
            return result.stdout
        }

        func diff(_ arguments: [String], environment: [String: String] = [:]) throws -> ProgramResult {
            try CommandRunner.run(["diff"] + arguments + DiffCommandTests.today, in: folder, environment: environment)
        }
    }

    @Test("two commits: an item moved, one added, one changed and one deleted, each reported by item and channel")
    func commits() throws {
        let repo = try ScratchRepo()
        try repo.edit(
            "plans/week.yaml",
            [
                ("2026-12-02 09:00", "2026-12-03 14:30"), ("text: Hello.", "text: Hello there."),
                (
                    "  - { id: asks",
                    "  - { id: fresh, kind: post, channels: [acme-x], at: 2026-12-08 08:00, text: New., intent: dialogue }\n  - { id: asks"
                ),
            ])
        try repo.commit("edit")
        let result = try repo.diff(["HEAD~1", "HEAD"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("moved    Thu 2026-12-03 14:30  post 'again' on acme: moved from Wed 2026-12-02 09:00"))
        #expect(result.stdout.contains("added    Tue 2026-12-08 08:00  post 'fresh' on acme-x"))
        #expect(result.stdout.contains("changed  Tue 2026-12-01 09:00  post 'hello' on acme: text: \"Hello.\" → \"Hello there.\""))
        #expect(result.stdout.contains("\n1 added, 1 moved, 2 changed"))
        try repo.edit(
            "plans/week.yaml", [("  - { id: fresh, kind: post, channels: [acme-x], at: 2026-12-08 08:00, text: New., intent: dialogue }\n", "")])
        try repo.commit("delete")
        let deleted = try repo.diff(["HEAD~1", "HEAD"])
        #expect(deleted.stdout.contains("removed  Tue 2026-12-08 08:00  post 'fresh' on acme-x"))
    }

    @Test("a repeat whose until changes adds and removes only the occurrences beyond the old and new ends")
    func repeatUntil() throws {
        let repo = try ScratchRepo()
        try repo.edit("plans/week.yaml", [("until: 2026-12-18", "until: 2026-12-11")])
        try repo.commit("shorter")
        let result = try repo.diff(["main~1", "main", "--format", "json"])
        let diff = try JSONDecoder().decode(PlanDiff.self, from: Data(result.stdout.utf8))
        #expect(diff.changes.map(\.change) == [.removed])
        #expect(diff.changes.first?.before?.date == "2026-12-18")
    }

    @Test("a renamed file with the same items is not a change: one line says so")
    func renamedFile() throws {
        let repo = try ScratchRepo()
        try repo.git("mv", "plans/week.yaml", "plans/december.yaml")
        try repo.commit("rename")
        let result = try repo.diff(["HEAD~1", "HEAD", "--format", "md"])
        #expect(result.status == 0)
        #expect(
            result.stdout
                == "<!-- postplan-diff -->\n**postplan diff** 2026-11-30 to 2027-03-01: No changes to the schedule or the findings from 2026-11-30 to 2027-03-01.\n"
        )
    }

    @Test("an item moved to another file is not a change")
    func itemBetweenFiles() throws {
        let repo = try ScratchRepo()
        let line = "  - { id: again, kind: post, channels: [acme], at: 2026-12-02 09:00, text: Again., intent: promotion }\n"
        try repo.edit("plans/week.yaml", [(line, "")])
        try repo.write(["plans/other.yaml": "postplan: 1\nitems:\n" + line])
        try repo.commit("move an item")
        let result = try repo.diff(["HEAD~1", "HEAD"])
        #expect(result.stdout == "No changes to the schedule or the findings from 2026-11-30 to 2027-03-01.\n")
    }

    @Test("without revisions, the working tree with uncommitted changes is compared with the merge base of main")
    func workingTree() throws {
        let repo = try ScratchRepo()
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.edit("plans/week.yaml", [("duration: 1w", "duration: 2w")])
        try repo.commit("longer poll")
        try repo.edit("plans/week.yaml", [("2026-12-01 09:00", "2026-12-01 10:00")])
        let result = try repo.diff([])
        #expect(result.stdout.contains("moved    Tue 2026-12-01 10:00  post 'hello' on acme: moved from Tue 2026-12-01 09:00"))
        #expect(
            result.stdout.contains(
                "derived  Thu 2026-12-17 12:00  poll 'asks' on acme: post-results moved from Thu 2026-12-10 12:00 to Thu 2026-12-17 12:00"))
        #expect(result.stdout.hasSuffix("2 moved, 1 derived\n"))
    }

    @Test("two folders are compared without git")
    func twoFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postplan-diff-\(UUID().uuidString)")
        for (side, week) in [("old", Self.week), ("new", Self.week.replacingOccurrences(of: "2026-12-02 09:00", with: "2026-12-02 11:00"))] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(side), withIntermediateDirectories: true)
            try Data(Self.channels.utf8).write(to: folder.appendingPathComponent("\(side)/channels.yaml"))
            try Data(week.utf8).write(to: folder.appendingPathComponent("\(side)/week.yaml"))
        }
        let result = try CommandRunner.run(["diff", "old", "new"] + Self.today, in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("1 moved\n"))
    }

    @Test("an unknown revision is a usage error")
    func unknownRevision() throws {
        let repo = try ScratchRepo()
        let result = try repo.diff(["no-such-branch"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("postplan: unknown revision 'no-such-branch'"))
    }

    @Test("a revision outside a git repository is a usage error")
    func noRepository() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postplan-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        let result = try CommandRunner.run(
            ["diff", "main"] + Self.today, in: folder, environment: ["GIT_CEILING_DIRECTORIES": folder.deletingLastPathComponent().path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not in a git repository"))
    }

    @Test("without git on PATH, a revision is a usage error")
    func noGit() throws {
        let repo = try ScratchRepo()
        let result = try repo.diff(["HEAD"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("postplan: git is not installed"))
    }

    @Test("--fail-on-new warning exits 1 when the change adds a warning, and 0 when it only fixes one")
    func failOnNew() throws {
        let long = String(repeating: "word ", count: 70)
        let repo = try ScratchRepo()
        try repo.edit("plans/week.yaml", [("text: Hello.", "text: \(long)")])
        try repo.commit("long text")
        let added = try repo.diff(["HEAD~1", "HEAD", "--fail-on-new", "warning"])
        #expect(added.status == 1)
        #expect(added.stdout.contains("New findings:"))
        let fixed = try repo.diff(["HEAD", "HEAD~1", "--fail-on-new", "warning"])
        #expect(fixed.status == 0)
        #expect(fixed.stdout.contains("Fixed findings:"))
    }

    @Test("--from and --to limit the days compared")
    func window() throws {
        let repo = try ScratchRepo()
        try repo.edit("plans/week.yaml", [("until: 2026-12-18", "until: 2027-01-15")])
        let result = try repo.diff(["HEAD", ".", "--from", "2026-12-20", "--to", "2026-12-31", "--format", "json"])
        let diff = try JSONDecoder().decode(PlanDiff.self, from: Data(result.stdout.utf8))
        #expect(diff.changes.map(\.slot.date) == ["2026-12-25"])
    }

    @Test("the Markdown for a pull-request comment: summary, a table per week, findings in details")
    func markdownGolden() throws {
        let long = String(repeating: "word ", count: 70)
        let repo = try ScratchRepo()
        try repo.edit(
            "plans/week.yaml",
            [
                ("2026-12-02 09:00", "2026-12-09 09:00"), ("text: Hello.", "text: \(long)"), ("options: [A, B]", "options: [A, B, C]"),
                ("until: 2026-12-18", "until: 2026-12-25"),
            ])
        try repo.commit("edit")
        let result = try repo.diff(["HEAD~1", "HEAD", "--format", "md"])
        #expect(result.status == 0)
        try expectGolden(result.stdout, named: "diff-pr-comment.md")
    }

    @Test("init writes the README's workflow that comments the diff on a pull request, and it passes GitHub's workflow schema")
    func initWorkflow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postplan-diff-\(UUID().uuidString)")
        let result = try CommandRunner.run(["init", folder.path, "--timezone", "Europe/Berlin"])
        #expect(result.status == 0)
        let workflow = folder.appendingPathComponent(".github/workflows/postplan-diff.yml")
        let text = try String(contentsOf: workflow, encoding: .utf8)
        #expect(text.contains("postplan diff \"$BASE\" HEAD plans --format md"))
        let readme = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("```yaml\n" + text + "```\n"))
        let schemaCheck = Program.find("check-jsonschema")
        #expect(schemaCheck != nil || !Program.isCI, "check-jsonschema is required when CI=true")
        if let schemaCheck {
            let check = try Program.run(schemaCheck, ["--builtin-schema", "vendor.github-workflows", workflow.path])
            #expect(check.status == 0, "\(check.output)")
        }
    }
}
