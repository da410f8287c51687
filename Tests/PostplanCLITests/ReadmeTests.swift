import Foundation
import PostplanKit
import Testing

@Suite("README")
struct ReadmeTests {
    @Test func listsEveryRuleWithItsSummary() throws {
        let readme = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for rule in Rule.all {
            let listed = readme.contains("| `\(rule.id)` | \(rule.summary) |")
            #expect(listed, "README's rule table lacks \(rule.id) or its summary: \(rule.summary)")
        }
    }

    @Test func namesTheTwoCommandsANewUserRuns() throws {
        let readme = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("swift run postplan validate plans"))
        #expect(readme.contains("swift test"))
    }

    @Test func showsTheStartOfTheGoldenW48CalendarAsItsExcerpt() throws {
        let readme = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let golden = try String(
            contentsOf: CommandRunner.packageRoot.appendingPathComponent("Tests/PostplanCLITests/Goldens/calendar-w48.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```markdown\n# Posting calendar 2026-W48\n"))
        let end = try #require(readme[start.upperBound...].range(of: "```\n"))
        let excerpt = "# Posting calendar 2026-W48\n" + readme[start.upperBound..<end.lowerBound]
        #expect(golden.hasPrefix(excerpt), "README's calendar excerpt is not the start of the golden calendar-w48.md")
    }
}
