import Foundation
import Testing

/// Compares rendered output with a golden file under `Output/Goldens/`, as the command-line
/// tests do with theirs. With `RECORD_GOLDENS=1` the golden is written instead, and the test
/// fails so that a recording run is never mistaken for a pass.
func expectGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Goldens").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
        try Data(actual.utf8).write(to: url, options: .atomic)
        Issue.record("recorded golden \(name); run again without RECORD_GOLDENS", sourceLocation: sourceLocation)
        return
    }
    // Bytes, not a decoded string: the goldens hold carriage returns and non-ASCII text.
    let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(
        Array(actual.utf8) == Array(expected.utf8),
        "differs from Output/Goldens/\(name); re-record with RECORD_GOLDENS=1 if the change is intended",
        sourceLocation: sourceLocation)
}
