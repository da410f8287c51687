import Foundation
import PostplanKit
import Testing

@Suite("postplan new: only items that validate where they go")
struct NewCommandTests {
    /// A plan repo with a LinkedIn company page and an Instagram account, in `plans/`.
    static func repo() throws -> (folder: URL, plan: String) {
        let folder = try scratchFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        let plan = folder.appendingPathComponent("plans/plan.yaml").path
        try """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
          acme-insta: { platform: instagram }
        items:
          - { id: hello, kind: post, channels: [acme-linkedin], at: "2026-12-10 09:00", text: Hello }

        """.write(toFile: plan, atomically: true, encoding: .utf8)
        return (folder, plan)
    }

    static let today = ["--today", "2026-12-02"]

    @Test("the help lists every kind with its summary, on one line each", arguments: ItemKind.allCases)
    func helpListsKinds(_ kind: ItemKind) throws {
        let help = try CommandRunner.run(["new", "--help"]).stdout
        let line = help.split(separator: "\n").first { $0.hasPrefix("  \(kind.rawValue) ") }
        #expect(line?.hasSuffix(" \(kind.summary)") == true, "\(help)")
        let words = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("The kind of item: post, poll, story, product-page, ad, thread or live."))
    }

    @Test("a story on a LinkedIn channel is refused with the finding, status 1, and nothing printed")
    func storyOnLinkedIn() throws {
        let repo = try Self.repo()
        defer { try? FileManager.default.removeItem(at: repo.folder) }
        let result = try CommandRunner.run(["new", "story", "--id", "s1", "--channel", "acme-linkedin"] + Self.today, in: repo.folder)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr.hasPrefix(
                "postplan: a story on 'acme-linkedin' would not validate in 'plans'; it would get:\n(new item):3:16: error: LinkedIn has no stories"))
        #expect(result.stderr.contains("[story-unsupported]"))
    }

    @Test("without --channel, a story goes to the first channel that has stories")
    func storyFindsAChannel() throws {
        let repo = try Self.repo()
        defer { try? FileManager.default.removeItem(at: repo.folder) }
        let result = try CommandRunner.run(["new", "story", "--id", "s1"] + Self.today, in: repo.folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("channels: [acme-insta]"))
    }

    @Test("a --channel the repo does not declare is a usage error naming the channels it has")
    func unknownChannel() throws {
        let repo = try Self.repo()
        defer { try? FileManager.default.removeItem(at: repo.folder) }
        let result = try CommandRunner.run(["new", "post", "--id", "p1", "--channel", "acme-linkedn"] + Self.today, in: repo.folder)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "postplan: no channel 'acme-linkedn' in 'plans'; did you mean 'acme-linkedin'?\n")
    }

    @Test("a product page launches after the platform's review time, read from its profile, and appends without findings")
    func productPageLaunchesAfterReview() throws {
        let repo = try Self.repo()
        defer { try? FileManager.default.removeItem(at: repo.folder) }
        let added = try CommandRunner.run(
            ["new", "product-page", "--id", "page", "--channel", "acme-linkedin", "--append", "plans/plan.yaml"] + Self.today, in: repo.folder)
        #expect(added.status == 0, "\(added.stderr)")
        // LinkedIn reviews for 14 days; the page launches a week after that.
        #expect(try String(contentsOfFile: repo.plan, encoding: .utf8).contains("launch: 2026-12-23"))
        let validated = try CommandRunner.run(["validate"] + Self.today, in: repo.folder)
        #expect(validated.status == 0)
        #expect(validated.stdout == "", "no warning either: \(validated.stdout)")
    }

    @Test("--append of an item that would not validate in the file's repo leaves the file as it was, status 1")
    func appendRefused() throws {
        let repo = try Self.repo()
        defer { try? FileManager.default.removeItem(at: repo.folder) }
        let before = try String(contentsOfFile: repo.plan, encoding: .utf8)
        let result = try CommandRunner.run(
            ["new", "story", "--id", "s1", "--channel", "acme-linkedin", "--append", repo.plan] + Self.today)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(repo.plan):10:16: error: LinkedIn has no stories"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("; nothing was appended\n"))
        #expect(try String(contentsOfFile: repo.plan, encoding: .utf8) == before)
    }

    @Test("an id the repo already uses is refused once, whatever the channel")
    func takenID() throws {
        let repo = try Self.repo()
        defer { try? FileManager.default.removeItem(at: repo.folder) }
        let result = try CommandRunner.run(["new", "post", "--id", "hello"] + Self.today, in: repo.folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("(new item):1:9: error: item id 'hello' is already used at plans/plan.yaml:7:11"), "\(result.stderr)")
    }

    @Test("--append to a read-only plan file is refused with status 2 unless --force")
    func appendReadOnly() throws {
        let repo = try Self.repo()
        defer { try? FileManager.default.removeItem(at: repo.folder) }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: repo.plan)
        let refused = try CommandRunner.run(["new", "post", "--id", "p1", "--channel", "acme-linkedin", "--append", repo.plan] + Self.today)
        #expect(refused.status == 2)
        #expect(refused.stderr == "postplan: cannot write '\(repo.plan)': it is read-only; pass --force to replace it anyway; nothing was appended\n")
        let forced = try CommandRunner.run(
            ["new", "post", "--id", "p1", "--channel", "acme-linkedin", "--append", repo.plan, "--force"] + Self.today)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: repo.plan, encoding: .utf8).contains("  - id: p1\n"))
    }

    @Test("a product page's launch follows the review time of the repo's own profile override")
    func productPageFollowsTheRepoReviewTime() throws {
        let repo = try Self.repo()
        defer { try? FileManager.default.removeItem(at: repo.folder) }
        try """
        postplan: 1
        platforms:
          linkedin:
            product-page:
              review-time: 30d

        """.write(to: repo.folder.appendingPathComponent("plans/platforms.yaml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["new", "product-page", "--id", "page", "--channel", "acme-linkedin"] + Self.today, in: repo.folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("launch: 2027-01-08 "), "30 days of review and a week: \(result.stdout)")
    }

    @Test("--append to a named pipe is refused with status 2, without waiting for a writer")
    func appendToPipe() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("plan.yaml").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let result = try CommandRunner.run(["new", "post", "--id", "p1", "--append", pipe] + Self.today)
        #expect(result.status == 2)
        #expect(result.stderr == "postplan: cannot read '\(pipe)': not a regular file; nothing was appended\n")
    }
}
