import Foundation
import Testing

/// Compares a text with the golden file `name` in `folder`. With `RECORD_GOLDENS=1` the
/// golden is written instead, and the test fails so that a recording run is never mistaken
/// for a pass. Compared as bytes: goldens hold carriage returns and non-ASCII text.
public func expectGolden(
    _ actual: String, in folder: URL, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
        try Data(actual.utf8).write(to: url, options: .atomic)
        Issue.record("recorded golden \(name); run again without RECORD_GOLDENS", sourceLocation: sourceLocation)
        return
    }
    let expected = try Data(contentsOf: url)
    #expect(
        Array(actual.utf8) == Array(expected),
        "differs from \(url.lastPathComponent) in \(folder.lastPathComponent)/; re-record with RECORD_GOLDENS=1 if the change is intended",
        sourceLocation: sourceLocation)
}
