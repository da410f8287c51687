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
}
