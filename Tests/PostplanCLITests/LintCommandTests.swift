import Foundation
import Testing

@Suite("postplan lint, end to end")
struct LintCommandTests {
    static let repo = CommandRunner.fixtures.appendingPathComponent("lint-repo")

    @Test func reportsStrategyFindingsWithTheConfigAndSuppressionsApplied() throws {
        let result = try CommandRunner.run(["lint", "--today", "2026-11-23"], in: Self.repo)
        try expectGolden(result.transcript, named: "lint-repo.txt")
    }

    @Test("a first lint of the shipped plans is clean, and says what its suppression comments hold back")
    func shippedPlansLintClean() throws {
        let result = try CommandRunner.run(["lint", "plans", "--format", "text"] + CommandRunner.today)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "6 files, 23 items: valid (11 suppressed)\n", "\(result.stderr)")
    }

    @Test func warningsPassByDefaultAndFailWithFailOnWarning() throws {
        let passing = try CommandRunner.run(["lint", "--today", "2026-11-23"], in: Self.repo)
        #expect(passing.status == 0)
        let failing = try CommandRunner.run(["lint", "--today", "2026-11-23", "--fail-on", "warning"], in: Self.repo)
        #expect(failing.status == 1)
    }

    @Test func junitShowsWarningsBelowFailOnAsOutputNotFailures() throws {
        let result = try CommandRunner.run(
            ["lint", "--today", "2026-11-23", "--format", "junit"], in: Self.repo, environment: ["GITHUB_WORKSPACE": Self.repo.path])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("<failure"), "\(result.stdout)")
        #expect(result.stdout.contains("failures=\"0\""))
        #expect(result.stdout.contains("<system-out>plans/plan.yaml:5:3: warning: channel &apos;acme-winterlaunch&apos;"))
    }

    @Test func junitFailsTheFileWhenWarningsFailTheRun() throws {
        let result = try CommandRunner.run(
            ["lint", "--today", "2026-11-23", "--format", "junit", "--fail-on", "warning"], in: Self.repo,
            environment: ["GITHUB_WORKSPACE": Self.repo.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("<failure message=\"channel &apos;acme-winterlaunch&apos;"))
        #expect(result.stdout.contains("<system-out>plans/plan.yaml:16:29: info:"))
    }

    @Test func autoFormatIsGitHubOnGitHubActions() throws {
        let result = try CommandRunner.run(
            ["lint", "--today", "2026-11-23"], in: Self.repo,
            environment: ["GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": Self.repo.path])
        #expect(result.stdout.contains("::warning file=plans/plan.yaml,line="))
        #expect(result.stdout.contains("title=postplan (promotion-share)::"))
    }

    @Test func sarifGoesToTheOutputFileAndNamesEveryRuleItReports() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("postplan-\(UUID().uuidString).sarif")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CommandRunner.run(["lint", "--today", "2026-11-23", "--format", "sarif", "--output", output.path], in: Self.repo)
        #expect(result.stdout == "")
        let data = try Data(contentsOf: output)
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let ruleIDs = Set(rules.compactMap { $0["id"] as? String })
        #expect(!results.isEmpty)
        #expect(results.allSatisfy { ruleIDs.contains($0["ruleId"] as? String ?? "") })
        #expect(!ruleIDs.contains("pillar-coverage"), "a rule the config turns off is not in force")
    }

    @Test func outputOntoAReadOnlyFileIsRefusedUnlessForced() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("postplan-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: output) }
        try "old report\n".write(to: output, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: output.path)
        let refused = try CommandRunner.run(["lint", "--today", "2026-11-23", "--format", "junit", "--output", output.path], in: Self.repo)
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("postplan: cannot write '\(output.path)': it is read-only; pass --force to replace it anyway\n"))
        #expect(try String(contentsOf: output, encoding: .utf8) == "old report\n")
        let forced = try CommandRunner.run(
            ["lint", "--today", "2026-11-23", "--format", "junit", "--output", output.path, "--force"], in: Self.repo)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).hasPrefix("<?xml"))
    }

    @Test func aConfigWithAnUnknownRuleIsAConfigurationErrorWithStatusTwo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postplan-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "rules:\n  promotion-shar: off\n".write(to: folder.appendingPathComponent(".postplan.yml"), atomically: true, encoding: .utf8)
        try "postplan: 1\n".write(to: folder.appendingPathComponent("plans/p.yaml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["lint"] + CommandRunner.today, in: folder)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                ".postplan.yml:2:3: error: 'promotion-shar' is not a postplan rule; did you mean 'promotion-share'? [unknown-rule]"))
    }

    @Test func weekStartOnTheCommandLineOverridesTheConfig() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postplan-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "week-start: sun\n".write(to: folder.appendingPathComponent(".postplan.yml"), atomically: true, encoding: .utf8)
        try """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
        items:
          - { id: saturday, kind: post, channels: [acme-linkedin], at: 2026-11-21 09:00, text: Saturday., pillar: brand, checklist: [Reply to every comment] }

        """.write(to: folder.appendingPathComponent("plans/p.yaml"), atomically: true, encoding: .utf8)
        let sundayWeeks = try CommandRunner.run(["lint", "--today", "2026-11-22"], in: folder)
        #expect(!sundayWeeks.stdout.contains("[pillar-coverage]"), "\(sundayWeeks.stdout)")
        let mondayWeeks = try CommandRunner.run(["lint", "--today", "2026-11-22", "--week-start", "mon"], in: folder)
        #expect(mondayWeeks.stdout.contains("2026-W47 serves brand"), "\(mondayWeeks.stdout)")
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try CommandRunner.run(["lint", "--format", "xml"] + CommandRunner.today, in: Self.repo)
        #expect(result.status == 2)
    }
}

@Suite("postplan rules, explain, new, init and schema")
struct RuleAndScaffoldingCommandTests {
    @Test func rulesListsEveryCategoryAndRule() throws {
        let result = try CommandRunner.run(["rules"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Strategy (lint)\n"))
        #expect(result.stdout.contains("  promotion-share "))
        #expect(result.stdout.contains("  ad-in-timeline "))
    }

    @Test func explainPrintsRationaleOptionsAndExamples() throws {
        let result = try CommandRunner.run(["explain", "silent-channel"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("max-silence: 14d"))
        #expect(result.stdout.contains("Reported:\n"))
        #expect(result.stdout.contains("Not reported:\n"))
    }

    @Test func explainAnUnknownRuleSuggestsTheClosest() throws {
        let result = try CommandRunner.run(["explain", "silent-chanel"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("did you mean 'silent-channel'?"))
    }

    @Test func initWhereAFolderCannotBeMadeIsAUsageError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postplan-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "not a folder\n".write(to: folder.appendingPathComponent("plans"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["init", folder.path, "--timezone", "Europe/Berlin"] + CommandRunner.today)
        #expect(result.status == 2)
        #expect(result.stderr.contains("postplan: cannot create the folder of '\(folder.path)/plans/"), "\(result.stderr)")
    }

    @Test func newPrintsAValidItemAndInitCreatesARepoThatLints() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postplan-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try CommandRunner.run(["init", folder.path, "--timezone", "Europe/Berlin", "--today", "2026-11-23"])
        #expect(created.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".postplan.yml").path))
        let added = try CommandRunner.run(
            ["new", "poll", "--id", "second-poll", "--channel", "team-linkedin", "--append", "plans/first-plan.yaml", "--today", "2026-11-23"],
            in: folder)
        #expect(added.status == 0, "\(added.stderr)")
        let linted = try CommandRunner.run(["lint", "--today", "2026-11-23"], in: folder)
        #expect(linted.status == 0, "\(linted.stdout)\(linted.stderr)")
        #expect(linted.stderr.hasPrefix("2 files, 2 items"))
        let again = try CommandRunner.run(["init", folder.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("not overwriting"))
    }

    @Test func schemaPrintsTheJSONSchema() throws {
        let result = try CommandRunner.run(["schema"])
        #expect(result.status == 0)
        let schema = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(schema?["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
    }
}
