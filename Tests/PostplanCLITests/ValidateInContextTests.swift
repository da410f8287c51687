import Foundation
import Testing

/// A scratch plan repo on disk: `files` by path relative to the folder, which the caller removes.
func scratchRepo(_ files: [String: String]) throws -> URL {
    let folder = try scratchFolder()
    for (path, text) in files {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return folder
}

private let channels = """
    postplan: 1
    timezone: Europe/Berlin
    channels:
      acme-linkedin: { platform: linkedin, account: company-page }

    """

private func post(_ id: String, at time: String = "2026-11-24 09:00") -> String {
    """
    postplan: 1
    items:
      - id: \(id)
        kind: post
        channels: [acme-linkedin]
        at: \(time)
        text: A post.

    """
}

@Suite("postplan validate FILE: the file is checked in the context of its plan repo")
struct ValidateInContextTests {
    @Test("a shipped plan file whose channels live in a sibling file validates on its own")
    func shippedFile() throws {
        let result = try CommandRunner.run(["validate", "plans/recurring.yaml"] + CommandRunner.today)
        #expect(result.status == 0, "\(result.transcript)")
        #expect(result.stdout == "")
        #expect(result.stderr == "1 file, 2 items: valid\n")
    }

    @Test("the same from inside the plan folder, and from a nested folder of the plan folder")
    func relativeAndNested() throws {
        let repo = try scratchRepo([".git/HEAD": "", "plans/channels.yaml": channels, "plans/2026/q4.yaml": post("tip")])
        defer { try? FileManager.default.removeItem(at: repo) }
        let inside = try CommandRunner.run(["validate", "2026/q4.yaml"] + CommandRunner.today, in: repo.appendingPathComponent("plans"))
        #expect(inside.status == 0, "\(inside.transcript)")
        let nested = try CommandRunner.run(["validate", "q4.yaml"] + CommandRunner.today, in: repo.appendingPathComponent("plans/2026"))
        #expect(nested.status == 0, "\(nested.transcript)")
        #expect(nested.stderr == "1 file, 1 item: valid\n")
    }

    @Test("only the named file's findings are reported, not those of its siblings")
    func onlyOwnFindings() throws {
        let repo = try scratchRepo([
            ".postplan.yml": "", "plans/channels.yaml": channels, "plans/good.yaml": post("good"),
            "plans/broken.yaml": post("broken", at: "2026-02-30 09:00"), "plans/worse.yaml": post("worse", at: "2026-02-31 09:00"),
        ])
        defer { try? FileManager.default.removeItem(at: repo) }
        let good = try CommandRunner.run(["validate", "plans/good.yaml"] + CommandRunner.today, in: repo)
        #expect(good.status == 0, "\(good.transcript)")
        let broken = try CommandRunner.run(["validate", "plans/broken.yaml"] + CommandRunner.today, in: repo)
        #expect(broken.status == 1)
        let lines = broken.stdout.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("plans/broken.yaml:") }, "\(broken.stdout)")
    }

    @Test("an id the named file shares with a sibling is reported, pointing at both, whichever comes first")
    func duplicateAcrossFiles() throws {
        let repo = try scratchRepo([
            ".git/HEAD": "",
            "plans/a.yaml": channels + "items:\n  - { id: tip, kind: post, channels: [acme-linkedin], at: 2026-11-24 09:00, text: A. }\n",
            "plans/b.yaml": post("tip"),
        ])
        defer { try? FileManager.default.removeItem(at: repo) }
        for file in ["plans/a.yaml", "plans/b.yaml"] {
            let result = try CommandRunner.run(["validate", file] + CommandRunner.today, in: repo)
            #expect(result.status == 1, "\(file)")
            #expect(result.stdout.contains("plans/b.yaml:3:9: error: item id 'tip' is already used at plans/a.yaml:"), "\(file): \(result.stdout)")
        }
    }

    @Test("the context stops at the top of a repository: plan files above it are not read")
    func contextStopsAtTop() throws {
        let repo = try scratchRepo(["channels.yaml": channels, "plans/.postplan.yml": "", "plans/x.yaml": post("tip")])
        defer { try? FileManager.default.removeItem(at: repo) }
        // plans/ holds .postplan.yml: the channels.yaml above it is not read.
        let result = try CommandRunner.run(["validate", "plans/x.yaml"] + CommandRunner.today, in: repo)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[unknown-channel]"), "\(result.stdout)")
    }

    @Test("a file outside any repository (no .git or .postplan.yml above it) is checked alone, not with the folders around it")
    func outsideRepository() throws {
        // The scratch folder is in the temporary folder, which is no repository.
        let folder = try scratchRepo(["x.yaml": post("tip"), "other/channels.yaml": channels])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["validate", "x.yaml"] + CommandRunner.today, in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[unknown-channel]"), "\(result.stdout)")
    }

    @Test("a file named through a symbolic link is read in the repo of the file it leads to")
    func symbolicLink() throws {
        let elsewhere = try scratchRepo(["links/.keep": "", "links/channels.yaml": channels.replacingOccurrences(of: "acme-linkedin", with: "other")])
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let link = elsewhere.appendingPathComponent("links/recurring.yaml")
        try FileManager.default.createSymbolicLink(
            atPath: link.path, withDestinationPath: CommandRunner.packageRoot.appendingPathComponent("plans/recurring.yaml").path)
        let result = try CommandRunner.run(["validate", link.path] + CommandRunner.today)
        #expect(result.status == 0, "\(result.transcript)")
        #expect(result.stderr == "1 file, 2 items: valid\n")
    }

    @Test("files of two plan repos named together are refused with status 2, naming both repos")
    func twoRepos() throws {
        let repo = try scratchRepo([
            "a/.git/HEAD": "", "a/plans/channels.yaml": channels, "a/plans/p.yaml": post("hello"),
            "b/.git/HEAD": "", "b/plans/channels.yaml": channels, "b/plans/p.yaml": post("hello"),
        ])
        defer { try? FileManager.default.removeItem(at: repo) }
        let result = try CommandRunner.run(["validate", "a/plans/p.yaml", "b/plans/p.yaml"] + CommandRunner.today, in: repo)
        #expect(result.status == 2)
        #expect(result.stderr.contains("belong to different plan repos ('a/plans' and 'b/plans')"), "\(result.stderr)")
        for side in ["a", "b"] {
            let alone = try CommandRunner.run(["validate", "\(side)/plans/p.yaml"] + CommandRunner.today, in: repo)
            #expect(alone.status == 0, "\(alone.transcript)")
        }
    }

    @Test("--no-context checks a named file on its own: its channels in a sibling file are unknown")
    func noContext() throws {
        let result = try CommandRunner.run(["validate", "--no-context", "plans/recurring.yaml"] + CommandRunner.today)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[unknown-channel]"), "\(result.stdout)")
    }

    @Test("lint of one file reports and counts only the file's findings, suppressed ones too")
    func lintInContext() throws {
        let result = try CommandRunner.run(["lint", "plans/recurring.yaml", "--format", "text"] + CommandRunner.today)
        #expect(result.status == 0, "\(result.transcript)")
        #expect(result.stdout == "")
        // The silent-channel findings suppressed in channels.yaml are not this file's.
        #expect(result.stderr == "1 file, 2 items: valid\n", "\(result.stderr)")
        let strict = try CommandRunner.run(["lint", "plans/recurring.yaml", "--format", "text", "--no-context"] + CommandRunner.today)
        #expect(strict.stdout.contains("plans/recurring.yaml:9:16: error: post 'weekly-tip' names channel 'urs-linkedin'"), "\(strict.stdout)")
    }

    @Test("the calendar of one file shows that file's items only")
    func calendarOfOneFile() throws {
        let result = try CommandRunner.run(["calendar", "plans/recurring.yaml"] + goldenWeek)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("`weekly-tip`"))
        #expect(!result.stdout.contains("`cert-poll`"))
    }
}

@Suite("validate's summary counts what the files hold")
struct SummaryCountTests {
    @Test("a file whose three items all have errors counts three items")
    func brokenItemsCount() throws {
        let repo = try scratchRepo([
            "plans/plan.yaml": channels + "items:\n"
                + (1...3).map { "  - { id: p\($0), kind: post, channels: [acme-linkedin], at: 2026-02-30 09:00, text: A. }\n" }.joined()
        ])
        defer { try? FileManager.default.removeItem(at: repo) }
        let result = try CommandRunner.run(["validate"] + CommandRunner.today, in: repo)
        #expect(result.stderr == "1 file, 3 items: 3 errors\n", "\(result.transcript)")
    }
}
