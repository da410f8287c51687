import Foundation
import PostplanTestSupport
import Testing

/// Runs the built `postplan` binary the way a user does and captures what it prints.
enum CommandRunner {
    /// The folder the test binary was built into; SwiftPM builds `postplan` beside it
    /// because this test target depends on it.
    static let productsDirectory: URL = {
        #if os(macOS)
            for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
                return bundle.bundleURL.deletingLastPathComponent()
            }
        #endif
        return URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    /// `--today` as of the day the shipped plans and fixtures were written. Every run of a command
    /// that reads the clock (validate, lint, calendar) passes it, so a test's result does not
    /// depend on the day the suite runs: the shipped plan's product page, launching 2026-12-15,
    /// is within LinkedIn's review time from 2026-12-02 on.
    static let today = ["--today", "2026-11-22"]

    static func run(
        _ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:], input: String? = nil
    ) throws -> ProgramResult {
        try Program.run(
            productsDirectory.appendingPathComponent("postplan"), arguments, in: directory, environment: environment, input: input)
    }
}

/// Compares a text with a golden file under this target's `Goldens/`.
func expectGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try expectGolden(actual, in: CommandRunner.goldens, named: name, sourceLocation: sourceLocation)
}
