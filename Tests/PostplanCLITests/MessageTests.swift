import Foundation
import Testing

/// A plan file in a new scratch folder, and its path; the caller removes the folder.
func scratchPlan(_ text: String, named name: String = "plan.yaml") throws -> (folder: URL, path: String) {
    let folder = try scratchRepo([name: text])
    return (folder, folder.appendingPathComponent(name).path)
}

@Suite("postplan validate: messages that say what is wrong")
struct ValidateMessageTests {
    static let channel = "postplan: 1\ntimezone: UTC\nchannels:\n  acme-x: { platform: x }\nitems:\n"

    @Test("24:00 is an invalid time both in 'at' and in a repeat's 'at', with the same message")
    func midnightIsAnInvalidTimeEverywhere() throws {
        let plan = try scratchPlan(
            Self.channel + """
                  - { id: one, kind: post, channels: [acme-x], text: Hi, at: "2026-12-10 24:00" }
                  - { id: two, kind: post, channels: [acme-x], text: Hi, repeat: { every: day, at: "24:00", from: 2026-12-10, count: 3 } }

                """)
        defer { try? FileManager.default.removeItem(at: plan.folder) }
        let result = try CommandRunner.run(["validate", plan.path] + CommandRunner.today)
        #expect(result.status == 1)
        let message = "'at': '24:00' is not a time of day; write HH:MM on a 24-hour clock, like 09:30 (00:00 to 23:59) [invalid-time]"
        #expect(result.stdout == "\(plan.path):6:62: error: \(message)\n\(plan.path):7:84: error: \(message)\n")
    }

    @Test("a repeat count past the largest is too large, and the largest is named")
    func hugeRepeatCount() throws {
        let plan = try scratchPlan(
            Self.channel + """
                  - { id: two, kind: post, channels: [acme-x], text: Hi, repeat: { every: day, at: "09:00", from: 2026-12-10, count: 99999999999999999999 } }

                """)
        defer { try? FileManager.default.removeItem(at: plan.folder) }
        let result = try CommandRunner.run(["validate", plan.path] + CommandRunner.today)
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "error: 'count': '99999999999999999999' is too large; the largest number postplan takes here is 999999999 [invalid-value]"))
    }

    @Test("a plan file of comments only is said to hold only comments, and what it needs")
    func commentOnlyFile() throws {
        let plan = try scratchPlan("# Q1 plans go here\n# (to do)\n")
        defer { try? FileManager.default.removeItem(at: plan.folder) }
        let result = try CommandRunner.run(["validate", plan.path] + CommandRunner.today)
        #expect(result.status == 1)
        #expect(
            result.stdout
                == "\(plan.path):1:1: error: file holds only comments; a plan file starts with 'postplan: 1', then its channels and items [not-a-plan]\n"
        )
    }
}
