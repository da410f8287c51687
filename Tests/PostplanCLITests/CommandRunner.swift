import Foundation
import Testing

/// Runs the built `postplan` binary the way a user does and captures what it prints.
struct CommandResult: Equatable {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The whole result as one text, the shape golden files are kept in.
    var transcript: String {
        "status: \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
    }
}

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

    static func run(
        _ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:], input: String? = nil
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("postplan")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // Files rather than pipes: no deadlock however much either stream carries.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("postplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        if let input {
            let inURL = scratch.appendingPathComponent("stdin")
            try Data(input.utf8).write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CommandResult(
            status: process.terminationStatus,
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
    }
}

/// Compares a text with a golden file under `Goldens/`. With `RECORD_GOLDENS=1` the golden
/// is written instead, and the test fails so that a recording run is never mistaken for a pass.
func expectGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Goldens").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded golden \(name); run again without RECORD_GOLDENS", sourceLocation: sourceLocation)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "differs from Goldens/\(name); re-record with RECORD_GOLDENS=1 if the change is intended", sourceLocation: sourceLocation)
}
