import Foundation
import Testing

@Suite("postplan backlog, end to end")
struct BacklogCommandTests {
    @Test("the shipped plans' backlog lists their idea and their draft, the oldest first, with ages")
    func shippedBacklog() throws {
        let result = try CommandRunner.run(["backlog", "plans"] + CommandRunner.today)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Backlog\n\n2 items waiting (1 idea, 1 draft), ages on 2026-11-22.\n"))
        let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(rows.map { $0.split(separator: "|")[0].trimmingCharacters(in: .whitespaces) } == ["`customer-story`", "`planning-habits-poll`"])
        #expect(rows.first?.contains("| 20 days |") == true)
    }

    @Test("--format json writes the documented structure")
    func jsonBacklog() throws {
        let result = try CommandRunner.run(["backlog", "plans", "--format", "json"] + CommandRunner.today)
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        let entries = try #require(document["entries"] as? [[String: Any]])
        #expect(entries.map { $0["item"] as? String } == ["customer-story", "planning-habits-poll"])
    }

    @Test("an error in the plans is reported and gives exit status 1, and the backlog is still listed")
    func errorsStillList() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("backlog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        postplan: 1
        timezone: Europe/Berlin
        channels: { acme: { platform: linkedin, account: company-page } }
        items:
          - { id: idea, kind: post, channels: [acme], status: idea, text: An idea. }
          - { id: broken, kind: post, channels: [acme], status: ready, text: No time. }
        """.write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["backlog", folder.path] + CommandRunner.today)
        #expect(result.status == 1)
        #expect(result.stderr.contains("[at-or-repeat]"))
        #expect(result.stdout.contains("| `idea` |"))
    }
}
