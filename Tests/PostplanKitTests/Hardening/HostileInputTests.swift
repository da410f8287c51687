import Foundation
import Testing

@testable import PostplanKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Hostile input at scale, read from a real folder the way `postplan validate` reads it:
/// every case ends with one clear finding for the bad file, and the rest of the run is kept
/// (the good file's item is in the workspace and its own finding is still reported).
///
/// These tests assert behaviour only; how fast postplan answers is measured by the benchmark
/// (Benchmarks/run.sh), where a slow machine cannot make a test flaky.
@Suite("Hardening: hostile input")
struct HostileInputTests {
    @Test("an alias bomb is alias-limit in its file, and the other files are still checked")
    func aliasBomb() throws {
        // Nine levels of nine aliases: about 387 million nodes if expanded.
        var lines = ["postplan: 1", #"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        let names = Array("abcdefghi").map(String.init)
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        try withPlanFolder { folder in
            try write(lines.joined(separator: "\n") + "\n", to: folder.path("bomb.yaml"))
            let result = try folder.validate()
            try expectOnlyFinding(of: AliasLimitRule.description, in: folder.path("bomb.yaml"), result)
            expectGoodFileKept(result, folder)
        }
    }

    @Test("100,000 nested brackets are depth-limit, not a crash, and the other files are still checked")
    func deepNesting() throws {
        try withPlanFolder { folder in
            try write("postplan: 1\nitems: " + String(repeating: "[", count: 100_000) + "\n", to: folder.path("deep.yaml"))
            let result = try folder.validate()
            try expectOnlyFinding(of: DepthLimitRule.description, in: folder.path("deep.yaml"), result)
            expectGoodFileKept(result, folder)
        }
    }

    @Test("a 200 MB file is refused by its size (file-too-large), and the other files are still checked")
    func hugeFile() throws {
        try withPlanFolder { folder in
            // Sparse: 200 MB long, nothing written. postplan looks at the size before reading.
            let path = folder.path("huge.yaml")
            #expect(FileManager.default.createFile(atPath: path, contents: Data("postplan: 1\n".utf8)))
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.truncate(atOffset: 200 << 20)
            try handle.close()
            let result = try folder.validate()
            let finding = try expectOnlyFinding(of: FileTooLargeRule.description, in: path, result)
            #expect(finding.message.contains("\(200 << 20) bytes"))
            expectGoodFileKept(result, folder)
        }
    }

    @Test("10,000 files are all read, and one bad file among them stops none of the others")
    func tenThousandFiles() throws {
        try withPlanFolder { folder in
            let many = folder.path("many")
            try FileManager.default.createDirectory(atPath: many, withIntermediateDirectories: true)
            for index in 0..<10_000 {
                let text =
                    index == 4_321
                    ? "postplan: 1\nitems: [unclosed\n"
                    : "postplan: 1\nitems: [{ id: p\(index), kind: post, channels: [acme], at: 2027-\(pad(index % 12 + 1))-\(pad(index % 28 + 1)) 10:00, text: Hi. }]\n"
                try write(text, to: "\(many)/\(index).yaml")
            }
            let result = try folder.validate()
            #expect(result.fileCount == 10_000 + 1)
            try expectOnlyFinding(of: YAMLSyntaxRule.description, in: "\(many)/4321.yaml", result)
            #expect(result.workspace.items.count == 9_999 + 1)
            #expect(result.workspace.items.contains { $0.id.value == "p9999" })
            expectGoodFileKept(result, folder)
        }
    }

    @Test("a file that is not UTF-8 is invalid-encoding, and the other files are still checked")
    func notUTF8() throws {
        try withPlanFolder { folder in
            let latin1: [UInt8] = Array("postplan: 1\nitems:\n  - id: caf".utf8) + [0xE9, 0x0A]  // 'é' in Latin-1
            #expect(FileManager.default.createFile(atPath: folder.path("latin1.yaml"), contents: Data(latin1)))
            let result = try folder.validate()
            let finding = try expectOnlyFinding(of: InvalidEncodingRule.description, in: folder.path("latin1.yaml"), result)
            #expect(finding.message.contains("UTF-8"))
            #expect(finding.range.start.line == 3)
            expectGoodFileKept(result, folder)
        }
    }

    @Test("a symbolic link loop in the plans folder is symlink-loop, and nothing is read twice")
    func symlinkLoop() throws {
        try withPlanFolder { folder in
            // A link to the plan folder itself, and a link to itself.
            try FileManager.default.createSymbolicLink(atPath: folder.path("again"), withDestinationPath: folder.plans)
            try FileManager.default.createSymbolicLink(atPath: folder.path("self.yaml"), withDestinationPath: folder.path("self.yaml"))
            let result = try folder.validate()
            let loops = result.diagnostics.filter { $0.ruleID == SymlinkLoopRule.description.id }
            #expect(Set(loops.map(\.range.path)) == [folder.path("again"), folder.path("self.yaml")])
            #expect(result.diagnostics.allSatisfy { $0.ruleID == SymlinkLoopRule.description.id || $0.range.path == folder.path("good.yaml") })
            expectGoodFileKept(result, folder)
            // Read once, not again through the link.
            #expect(result.workspace.items.filter { $0.id.value == "good-post" }.count == 1)
        }
    }

    @Test("an unreadable file (a named pipe, a broken link) is unreadable-file, without waiting, and the others are still checked")
    func unreadableFiles() throws {
        try withPlanFolder { folder in
            // Tests may run as root, who can read any regular file; a pipe with no writer and a
            // link to nothing cannot be read by anyone.
            #expect(mkfifo(folder.path("pipe.yaml"), 0o644) == 0)
            try FileManager.default.createSymbolicLink(atPath: folder.path("gone.yaml"), withDestinationPath: folder.path("missing.yaml"))
            let result = try folder.validate()
            let unreadable = result.diagnostics.filter { $0.ruleID == UnreadableFileRule.description.id }
            #expect(Set(unreadable.map(\.range.path)) == [folder.path("pipe.yaml"), folder.path("gone.yaml")])
            #expect(result.diagnostics.allSatisfy { $0.ruleID == UnreadableFileRule.description.id || $0.range.path == folder.path("good.yaml") })
            expectGoodFileKept(result, folder)
        }
    }
}

// MARK: - A plan folder on disk

/// A temporary plan folder holding `good.yaml`: a channel and a post whose text is too long for
/// X, so that a run that kept the good file reports that finding.
private struct PlanFolder {
    let root: String
    var plans: String { root + "/plans" }

    func path(_ name: String) -> String { plans + "/" + name }

    func validate() throws -> ValidatedRepo {
        try PostplanKitTests.validate([plans], on: LocalFileSystem())
    }
}

private let goodPlan = """
    postplan: 1
    channels:
      acme: { platform: linkedin, account: company-page }
      acme-x: { platform: x }
    items:
      - id: good-post
        kind: post
        channels: [acme-x]
        at: 2026-11-25 10:00
        text: \(String(repeating: "Long text. ", count: 30))

    """

private func withPlanFolder(_ body: (PlanFolder) throws -> Void) throws {
    // A memory file system where there is one: creating 10,000 files on a disk-backed /tmp
    // takes seconds on some machines, in memory a tenth of a second.
    let base = FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : FileManager.default.temporaryDirectory.path
    let root = base + "/postplan-hardening-\(UUID().uuidString)"
    let folder = PlanFolder(root: root)
    try FileManager.default.createDirectory(atPath: folder.plans, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    try write(goodPlan, to: folder.path("good.yaml"))
    try body(folder)
}

/// Two digits, for months and days.
private func pad(_ number: Int) -> String {
    number < 10 ? "0\(number)" : "\(number)"
}

private func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

/// The one finding of `rule` in the file at `path`, which must be the file's only finding.
@discardableResult
private func expectOnlyFinding(
    of rule: Rule, in path: String, _ result: ValidatedRepo, sourceLocation: SourceLocation = #_sourceLocation
) throws -> Diagnostic {
    let inFile = result.diagnostics.filter { $0.range.path == path }
    #expect(inFile.map(\.ruleID) == [rule.id], "findings in \(path): \(inFile.map(\.ruleID))", sourceLocation: sourceLocation)
    return try #require(inFile.first, sourceLocation: sourceLocation)
}

/// The good file was read and checked: its item is in the workspace and its finding reported.
private func expectGoodFileKept(_ result: ValidatedRepo, _ folder: PlanFolder, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.workspace.items.contains { $0.id.value == "good-post" }, sourceLocation: sourceLocation)
    #expect(result.workspace.channels["acme-x"] != nil, sourceLocation: sourceLocation)
    let goodFindings = result.diagnostics.filter { $0.range.path == folder.path("good.yaml") }
    #expect(goodFindings.map(\.ruleID) == [TextLengthRule.description.id], sourceLocation: sourceLocation)
}
