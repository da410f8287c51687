import Dispatch
import Foundation
import PostplanKit
import Subprocess
import SystemPackage

/// The git repository the current folder is in, read through the `git` command with
/// swift-subprocess: which commit a revision names, and the files of a commit, into memory.
/// Every way git cannot answer (no git, no repository, an unknown revision) is a usage error.
struct GitRevisions {
    /// The folder git runs in; paths are relative to it.
    let directory: String

    /// Stops unless ``directory`` is in a git repository.
    func requireRepository() throws {
        guard try git(["rev-parse", "--git-dir"]).succeeded else {
            throw CommandError.usage("'\(directory)' is not in a git repository; run diff in one, or name two folders to compare")
        }
    }

    /// The commit a revision names.
    func commit(_ revision: String) throws -> String {
        let result = try git(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"])
        guard result.succeeded, let commit = result.text.split(separator: "\n").first else {
            throw CommandError.usage("unknown revision '\(revision)'; name a branch, tag or commit of this repository, or two folders")
        }
        return String(commit)
    }

    /// The merge base of `HEAD` and the default branch (`origin/HEAD`, else `main`, else
    /// `master`): where the current branch left it.
    func defaultBase() throws -> String {
        let remote = try git(["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"])
        let candidates = (remote.succeeded ? [remote.text.trimmingCharacters(in: .whitespacesAndNewlines)] : []) + ["main", "master"]
        for branch in candidates where try git(["rev-parse", "--verify", "--quiet", branch + "^{commit}"]).succeeded {
            let base = try git(["merge-base", "HEAD", branch])
            if base.succeeded { return base.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        throw CommandError.usage("no default branch to compare with (origin/HEAD, main or master); name the base revision")
    }

    /// The files of `commit` below `paths` (relative to ``directory``), keyed by their path as
    /// the paths name them, in memory.
    func files(at commit: String, under paths: [String]) throws -> InMemoryFileSystem {
        let listing = try git(["ls-tree", "-r", "-z", "--name-only", commit, "--"] + paths)
        guard listing.succeeded else { throw CommandError.usage("cannot list the files of \(commit): \(listing.error)") }
        let names = listing.output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        guard !names.isEmpty else { return InMemoryFileSystem() }
        // One `git cat-file --batch` for every file: a process per file would cost more than reading.
        let request = names.map { "\(commit):./\($0)\n" }.joined()
        let blobs = try git(["cat-file", "--batch"], input: request)
        guard blobs.succeeded else { throw CommandError.usage("cannot read the files of \(commit): \(blobs.error)") }
        var files: [String: [UInt8]] = [:]
        var offset = blobs.output.startIndex
        for name in names {
            // Each answer is "<object> blob <size>\n", the bytes, and "\n".
            guard let lineEnd = blobs.output[offset...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: blobs.output[offset..<lineEnd], as: UTF8.self).split(separator: " ")
            offset = lineEnd + 1
            guard header.count == 3, let size = Int(header[2]) else { continue }
            files[Self.key(name, paths: paths)] = Array(blobs.output[offset..<offset + size])
            offset += size + 1
        }
        return InMemoryFileSystem(bytes: files)
    }

    /// A listed file's path as the user's paths spell it (`./plans/a.yaml` for `./plans`).
    private static func key(_ name: String, paths: [String]) -> String {
        for path in paths {
            let normal = normalized(path)
            if normal.isEmpty { return path == "." ? name : path + "/" + name }
            if name == normal { return path }
            if name.hasPrefix(normal + "/") { return path + name.dropFirst(normal.count) }
        }
        return name
    }

    /// A relative path without `.` parts and trailing slashes, as git lists it.
    static func normalized(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }

    /// What one git command said.
    private struct Answer {
        var succeeded: Bool
        var output: [UInt8]
        var error: String
        var text: String { String(decoding: output, as: UTF8.self) }
    }

    /// Runs git in ``directory`` and waits for it.
    private func git(_ arguments: [String], input: String = "") throws -> Answer {
        let directory = directory
        let outcome = waitFor { () async throws -> Answer in
            let result = try await run(
                .name("git"), arguments: Arguments(arguments), workingDirectory: FilePath(directory), input: .string(input),
                output: .bytes(limit: Self.outputLimit), error: .string(limit: 64 * 1024))
            return Answer(succeeded: result.terminationStatus.isSuccess, output: result.standardOutput, error: result.standardError)
        }
        switch outcome {
        case .success(let answer): return answer
        case .failure(let error as SubprocessError) where error.code == .executableNotFound:
            throw CommandError.usage("git is not installed; install it, or name two folders to compare")
        case .failure(let error): throw CommandError.usage("cannot run git: \(error)")
        }
    }

    /// The most a git command may print: a whole revision of a large plan repo fits.
    private static let outputLimit = 1 << 30
}

/// Waits on this thread for async work (swift-subprocess is async; the commands are not).
private func waitFor<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) -> Result<Value, any Error> {
    let box = ResultBox<Value>(), done = DispatchSemaphore(value: 0)
    Task {
        do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return box.result ?? .failure(CancellationError())
}

/// Where `waitFor`'s task leaves its result. Written by the task before it signals and read
/// after the wait, so the semaphore orders the two.
private final class ResultBox<Value>: @unchecked Sendable {
    var result: Result<Value, any Error>?
}
