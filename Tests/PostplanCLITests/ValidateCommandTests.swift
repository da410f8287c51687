import Foundation
import Testing

@Suite("postplan validate, end to end")
struct ValidateCommandTests {
    @Test func shippedPlansAreValidAndExitZero() throws {
        let result = try CommandRunner.run(["validate", "plans"] + CommandRunner.today)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr.hasSuffix(": valid\n"))
    }

    @Test("without --today, validate and calendar read the clock and still answer (whatever the date)")
    func runsOnTheClock() throws {
        let validated = try CommandRunner.run(["validate", "plans"])
        #expect([0, 1].contains(validated.status), "\(validated.stderr)")
        #expect(validated.stderr.hasPrefix("6 files, 23 items"), "\(validated.stderr)")
        // Plans that are fine today may have findings on a later date (a lead time, a dated
        // platform fact), so only the shape of the answer is checked.
        let calendar = try CommandRunner.run(["calendar", "--week", "this"])
        #expect([0, 1].contains(calendar.status), "\(calendar.stderr)")
        #expect(calendar.status == 1 || calendar.stdout.hasPrefix("# Posting calendar "), "\(calendar.stdout)")
    }

    @Test func validatesThePlansFolderWhenNoPathIsGiven() throws {
        let result = try CommandRunner.run(["validate"] + CommandRunner.today, in: CommandRunner.fixtures.appendingPathComponent("valid-repo"))
        try expectGolden(result.transcript, named: "valid-repo.txt")
    }

    @Test func reportsEveryProblemOfEveryFileInReadingOrder() throws {
        let result = try CommandRunner.run(
            ["validate", "plans"] + CommandRunner.today, in: CommandRunner.fixtures.appendingPathComponent("invalid-repo"))
        try expectGolden(result.transcript, named: "invalid-repo.txt")
    }

    @Test func exitsOneWhenAnErrorIsFound() throws {
        let result = try CommandRunner.run(
            ["validate", "plans"] + CommandRunner.today, in: CommandRunner.fixtures.appendingPathComponent("invalid-repo"))
        #expect(result.status == 1)
    }

    @Test func acceptsSingleFilesAsWellAsFolders() throws {
        let result = try CommandRunner.run(
            ["validate", "plans/channels.yaml", "plans/q4.yaml"] + CommandRunner.today,
            in: CommandRunner.fixtures.appendingPathComponent("invalid-repo"))
        // The sibling more.yml is read for context: q4.yaml's duplicate id is found, with a note there.
        #expect(
            result.stdout.split(separator: "\n").allSatisfy {
                $0.hasPrefix("plans/channels.yaml:") || $0.hasPrefix("plans/q4.yaml:")
                    || $0 == "plans/more.yml:4:9: note: first item with id 'teaser'"
            })
        #expect(result.stderr == "2 files, 3 items: 12 errors\n")
    }

    @Test func aMissingPathIsAUsageErrorWithStatusTwo() throws {
        let result = try CommandRunner.run(["validate", "no-such-folder"])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "postplan: no such file or folder: 'no-such-folder'\n")
    }

    @Test func anUnknownFlagIsAUsageErrorWithStatusTwo() throws {
        let result = try CommandRunner.run(["validate", "--strictly"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown option '--strictly'"))
    }

    @Test func anUnknownSubcommandIsAUsageErrorWithStatusTwo() throws {
        let result = try CommandRunner.run(["validat"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("validat"))
    }
}

@Suite("postplan help and version")
struct HelpAndVersionTests {
    @Test func versionPrintsTheVersionAndExitsZero() throws {
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }

    @Test func helpValidateDescribesTheCommand() throws {
        let result = try CommandRunner.run(["help", "validate"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: postplan validate [<paths> ...]"))
        #expect(result.stdout.contains("path:line:col"))
    }

    @Test func topLevelHelpListsValidate() throws {
        let result = try CommandRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("validate"))
    }
}
