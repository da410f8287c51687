import Foundation
import Testing

@Suite("postplan schedule, end to end")
struct ScheduleCommandTests {
    /// A scratch copy of the shipped plans, to write into.
    static func copyOfPlans() throws -> URL {
        let folder = try scratchFolder()
        try FileManager.default.copyItem(
            at: CommandRunner.packageRoot.appendingPathComponent("plans"), to: folder.appendingPathComponent("plans"))
        return folder
    }

    @Test("Markdown and JSON of the weeks the shipped plans queue into match their golden files", arguments: ["md", "json"])
    func goldens(format: String) throws {
        let result = try CommandRunner.run(["schedule", "--from", "2026-11-23", "--to", "2026-12-20", "--format", format] + CommandRunner.today)
        #expect(result.status == 0, "\(result.stderr)")
        try expectGolden(result.stdout, named: "schedule-w48-w51.\(format)")
    }

    @Test("--write pins the shown items by changing only their 'at:' lines; the plans stay valid and nothing is queued after")
    func writePins() throws {
        let folder = try Self.copyOfPlans()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ideas = folder.appendingPathComponent("plans/ideas.yaml")
        let before = try String(contentsOf: ideas, encoding: .utf8)
        let written = try CommandRunner.run(["schedule", "--month", "2026-12", "--write", "--today", "2026-11-30"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr.contains("pinned 'template-tip' at 2026-12-01 12:30 in plans/ideas.yaml"))
        #expect(written.stderr.contains("pinned 'year-review' at 2026-12-15 12:30 in plans/ideas.yaml"))
        let after = try String(contentsOf: ideas, encoding: .utf8)
        let expected = before.replacingOccurrences(
            of: "    at: next-slot\n    queue: { priority: 1 }", with: "    at: 2026-12-01 12:30\n    queue: { priority: 1 }"
        ).replacingOccurrences(of: "    at: next-slot\n    queue: { from:", with: "    at: 2026-12-15 12:30\n    queue: { from:")
        #expect(after == expected)
        let validated = try CommandRunner.run(["validate", "plans", "--today", "2026-11-30"], in: folder)
        #expect(validated.status == 0, "\(validated.stderr)")
        let again = try CommandRunner.run(["schedule", "--month", "2026-12", "--today", "2026-11-30"], in: folder)
        #expect(again.stdout.contains(", 0 proposed, "), "\(again.stdout)")
        #expect(again.stdout.contains("pinned    template-tip"))
    }

    @Test("--write on plans with an error writes nothing and exits 1")
    func writeRefusedOnErrors() throws {
        let folder = try Self.copyOfPlans()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("plans/broken.yaml")
        try "postplan: 1\nitems:\n  - { id: bad, kind: post, channels: [nowhere], at: 2026-12-01 09:00, text: Hi. }\n"
            .write(to: broken, atomically: true, encoding: .utf8)
        let ideas = folder.appendingPathComponent("plans/ideas.yaml")
        let before = try Data(contentsOf: ideas)
        let result = try CommandRunner.run(["schedule", "--write", "--today", "2026-11-30"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("nothing pinned"))
        #expect(try Data(contentsOf: ideas) == before)
    }

    @Test("a malformed span is a usage error (exit 2)")
    func badSpan() throws {
        let result = try CommandRunner.run(["schedule", "--week", "2026-W99"] + CommandRunner.today)
        #expect(result.status == 2)
        #expect(result.stderr.contains("'--week 2026-W99' is not a week"))
    }

    @Test("without a span, four weeks from this one are shown")
    func defaultSpan() throws {
        let result = try CommandRunner.run(["schedule"] + CommandRunner.today)
        #expect(result.stdout.hasPrefix("Schedule 2026-11-16 to 2026-12-13 (today 2026-11-22)"), "\(result.stdout)")
    }
}
