import Foundation
import Testing
import YAMLTree

@testable import PostplanKit

private let aPlan = "postplan: 1\nchannels:\n  acme: { platform: linkedin }\n"

@Suite("Plan file finder: in memory")
struct PlanFileFinderTests {
    @Test("a folder is walked recursively for .yaml and .yml files, hidden entries skipped, in sorted order")
    func walksFolder() throws {
        let fileSystem = InMemoryFileSystem(files: [
            "plans/q4.yaml": aPlan,
            "plans/channels.yml": aPlan,
            "plans/archive/2025.YAML": aPlan,
            "plans/archive/notes.md": "# notes",
            "plans/README.txt": "read me",
            "plans/.draft.yaml": aPlan,
            "plans/.git/config.yaml": aPlan,
            "plans/zz/last.yaml": aPlan,
        ])
        let (files, diagnostics) = try PlanFileFinder(fileSystem: fileSystem).find(["plans"])
        #expect(files == ["plans/archive/2025.YAML", "plans/channels.yml", "plans/q4.yaml", "plans/zz/last.yaml"])
        #expect(diagnostics.isEmpty)
    }

    @Test("a file named on its own is read whatever its extension")
    func namedFileIsRead() throws {
        let fileSystem = InMemoryFileSystem(files: ["plan.txt": aPlan, "other.yaml": aPlan])
        let (files, _) = try PlanFileFinder(fileSystem: fileSystem).find(["plan.txt"])
        #expect(files == ["plan.txt"])
    }

    @Test("named paths keep the order they were given in")
    func namedOrderIsKept() throws {
        let fileSystem = InMemoryFileSystem(files: ["b.yaml": aPlan, "a.yaml": aPlan])
        let (files, _) = try PlanFileFinder(fileSystem: fileSystem).find(["b.yaml", "a.yaml"])
        #expect(files == ["b.yaml", "a.yaml"])
    }

    @Test(
        "a file named twice, or inside a folder also named, is read once and reported nowhere",
        arguments: [
            ["plans", "plans/q4.yaml"], ["plans/q4.yaml", "plans"], ["plans/q4.yaml", "plans/q4.yaml"],
        ])
    func namingAFileTwiceIsQuiet(paths: [String]) throws {
        let fileSystem = InMemoryFileSystem(files: ["plans/q4.yaml": aPlan])
        let (files, diagnostics) = try PlanFileFinder(fileSystem: fileSystem).find(paths)
        #expect(files == ["plans/q4.yaml"])
        #expect(diagnostics.isEmpty)
    }

    @Test("a path that does not exist throws pathNotFound: the run cannot start")
    func missingPathThrows() {
        let fileSystem = InMemoryFileSystem(files: ["plans/q4.yaml": aPlan])
        #expect(throws: InputError.pathNotFound("nope")) {
            try PlanFileFinder(fileSystem: fileSystem).find(["plans", "nope"])
        }
    }

    @Test(
        "only names ending in .yaml or .yml, in any case, look like plans",
        arguments: [
            ("q4.yaml", true), ("q4.yml", true), ("Q4.YML", true), ("q4.yaml.bak", false), ("q4.json", false),
            ("yaml", false), (".yaml", false), ("q4.", false),
        ])
    func planExtension(name: String, isPlan: Bool) {
        #expect(PlanFileFinder.hasPlanExtension(name) == isPlan)
    }
}

/// A fresh folder under the system's temporary directory, removed when the body returns.
func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("postplan-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

private func write(_ text: String, to path: String) throws {
    try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

@Suite("Plan file finder and loader: the local file system")
struct LocalFileSystemTests {
    let fileSystem = LocalFileSystem()

    @Test("a link that leads to itself is symlink-loop, and the other files still load")
    func selfLink() throws {
        try withTemporaryDirectory { root in
            try write(aPlan, to: "\(root)/plans/channels.yaml")
            try FileManager.default.createSymbolicLink(atPath: "\(root)/plans/loop.yaml", withDestinationPath: "loop.yaml")
            let repo = try decodeRepo(["\(root)/plans"], on: fileSystem)
            #expect(repo.diagnostics.map(\.ruleID) == ["symlink-loop"])
            #expect(repo.diagnostics.first?.range == .startOfFile("\(root)/plans/loop.yaml"))
            #expect(repo.workspace.channels.keys.sorted() == ["acme"])
        }
    }

    @Test("a folder link back up the tree is symlink-loop, and every file is read once")
    func folderCycle() throws {
        try withTemporaryDirectory { root in
            try write(aPlan, to: "\(root)/plans/a.yaml")
            try write("postplan: 1\n", to: "\(root)/plans/sub/b.yaml")
            try FileManager.default.createSymbolicLink(atPath: "\(root)/plans/sub/up", withDestinationPath: "..")
            let (files, diagnostics) = try PlanFileFinder(fileSystem: fileSystem).find(["\(root)/plans"])
            #expect(files == ["\(root)/plans/a.yaml", "\(root)/plans/sub/b.yaml"])
            #expect(diagnostics.map(\.ruleID) == ["symlink-loop"])
            #expect(diagnostics.first?.range.path == "\(root)/plans/sub/up")
        }
    }

    @Test("a broken link named like a plan is unreadable-file; one named otherwise is ignored")
    func brokenLink() throws {
        try withTemporaryDirectory { root in
            try write(aPlan, to: "\(root)/plans/a.yaml")
            try FileManager.default.createSymbolicLink(atPath: "\(root)/plans/gone.yaml", withDestinationPath: "nowhere.yaml")
            try FileManager.default.createSymbolicLink(atPath: "\(root)/plans/gone.txt", withDestinationPath: "nowhere.txt")
            let repo = try decodeRepo(["\(root)/plans"], on: fileSystem)
            #expect(repo.diagnostics.map(\.ruleID) == ["unreadable-file"])
            #expect(repo.diagnostics.first?.range == .startOfFile("\(root)/plans/gone.yaml"))
            #expect(repo.workspace.channels.keys.sorted() == ["acme"])
        }
    }

    @Test("a pipe named like a plan in a folder is unreadable-file, not skipped and not waited on")
    func pipeInFolder() throws {
        try withTemporaryDirectory { root in
            try write(aPlan, to: "\(root)/plans/a.yaml")
            #expect(mkfifo("\(root)/plans/pipe.yaml", 0o644) == 0)
            let repo = try decodeRepo(["\(root)/plans"], on: fileSystem)
            #expect(repo.diagnostics.map(\.ruleID) == ["unreadable-file"])
            #expect(repo.diagnostics.first?.range.path == "\(root)/plans/pipe.yaml")
            #expect(repo.workspace.channels.keys.sorted() == ["acme"])
        }
    }

    @Test("a pipe named on its own is unreadable-file at once, rather than waiting for a writer")
    func namedPipe() throws {
        try withTemporaryDirectory { root in
            #expect(mkfifo("\(root)/pipe.yaml", 0o644) == 0)
            let repo = try decodeRepo(["\(root)/pipe.yaml"], on: fileSystem)
            #expect(repo.diagnostics.map(\.ruleID) == ["unreadable-file"])
            #expect(repo.diagnostics.first?.message.contains("not a regular file") == true)
        }
    }

    @Test("a file without read permission is unreadable-file, and the other files still load")
    func noReadPermission() throws {
        try withTemporaryDirectory { root in
            try write(aPlan, to: "\(root)/plans/a.yaml")
            try write(aPlan, to: "\(root)/plans/secret.yaml")
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: "\(root)/plans/secret.yaml")
            let repo = try decodeRepo(["\(root)/plans"], on: fileSystem)
            // Root reads a file whatever its permissions; there the file simply loads, and
            // its channel is a duplicate of a.yaml's.
            if access("\(root)/plans/secret.yaml", R_OK) == 0 {
                #expect(repo.diagnostics.map(\.ruleID) == ["duplicate-id"])
            } else {
                #expect(repo.diagnostics.map(\.ruleID) == ["unreadable-file"])
                #expect(repo.diagnostics.first?.message.contains("Permission denied") == true)
                #expect(repo.workspace.channels.keys.sorted() == ["acme"])
            }
        }
    }

    @Test("a file larger than the limit is file-too-large, reported from its size")
    func fileTooLarge() throws {
        try withTemporaryDirectory { root in
            try write(aPlan, to: "\(root)/big.yaml")
            let loader = PlanLoader(fileSystem: fileSystem, limits: ParserLimits(maxBytes: 16))
            let (plan, diagnostics) = loader.loadFile("\(root)/big.yaml")
            #expect(plan == nil)
            #expect(diagnostics.map(\.ruleID) == ["file-too-large"])
            #expect(diagnostics.first?.message.contains("file is \(aPlan.utf8.count) bytes, more than the limit of 16") == true)
            #expect(diagnostics.first?.range == .startOfFile("\(root)/big.yaml"))
        }
    }

    @Test("a 1 GiB file is refused from its size without being read")
    func gigabyteFileIsNotRead() throws {
        try withTemporaryDirectory { root in
            let path = "\(root)/huge.yaml"
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.truncate(atOffset: 1 << 30)  // sparse: takes no disk space
            try handle.close()
            let clock = ContinuousClock()
            var diagnostics: [Diagnostic] = []
            let elapsed = clock.measure { diagnostics = PlanLoader(fileSystem: fileSystem).loadFile(path).1 }
            #expect(diagnostics.map(\.ruleID) == ["file-too-large"])
            #expect(elapsed < .milliseconds(500), "took \(elapsed)")
        }
    }
}
