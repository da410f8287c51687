import Foundation
import PostplanTestSupport
import Testing

/// Compares rendered output with a golden file under `Output/Goldens/`.
func expectGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
    try expectGolden(actual, in: folder, named: name, sourceLocation: sourceLocation)
}
