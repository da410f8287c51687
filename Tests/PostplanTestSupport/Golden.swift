import Foundation
import Testing

/// Compares a text with the golden file `name` in `folder`. With `RECORD_GOLDENS=1` the
/// file is written instead, and the test fails so that a recording run is never green.
/// A difference is shown as the lines that differ, not as bytes.
public func expectGolden(
    _ actual: String, in folder: URL, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let url = folder.appendingPathComponent(name)
    if isRecording {
        try Data(actual.utf8).write(to: url, options: .atomic)
        Issue.record("recorded golden \(name); run again without RECORD_GOLDENS", sourceLocation: sourceLocation)
        return
    }
    let expected = try Data(contentsOf: url)
    guard Array(actual.utf8) != Array(expected) else { return }
    Issue.record(
        """
        differs from \(url.lastPathComponent) in \(folder.lastPathComponent)/; re-record with RECORD_GOLDENS=1 if the change is intended:
        \(lineDiff(expected: String(decoding: expected, as: UTF8.self), actual: actual))
        """,
        sourceLocation: sourceLocation)
}

/// Whether this run records golden texts (`RECORD_GOLDENS=1`) instead of comparing with them.
public var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

/// The lines where two texts differ: the first differing line's number, the expected lines
/// prefixed `-` and the actual ones `+`, between the longest common start and end (at most
/// `limit` of each).
public func lineDiff(expected: String, actual: String, limit: Int = 30) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var start = 0
    while start < old.count, start < new.count, old[start] == new[start] { start += 1 }
    var oldEnd = old.count, newEnd = new.count
    while oldEnd > start, newEnd > start, old[oldEnd - 1] == new[newEnd - 1] {
        oldEnd -= 1
        newEnd -= 1
    }
    func shown(_ lines: ArraySlice<Substring>, _ sign: String) -> [String] {
        let kept = lines.prefix(limit).map { "\(sign) \($0)" }
        return lines.count > limit ? kept + ["\(sign) ... \(lines.count - limit) more lines"] : kept
    }
    let header = "@@ line \(start + 1) @@" + (old.count == new.count && oldEnd == newEnd ? "" : " (\(old.count) lines expected, \(new.count) found)")
    return ([header] + shown(old[start..<oldEnd], "-") + shown(new[start..<newEnd], "+")).joined(separator: "\n")
}
