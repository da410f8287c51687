import YAMLTree

/// The plan repo a plan file named on its own belongs to, so that `postplan validate
/// plans/recurring.yaml` (an editor on save, a pre-commit hook with file names) checks that
/// file against the channels, ids and profiles of its sibling files.
///
/// Only a file inside a repository has a context: one of the folders from its own up holds
/// `.git` or `.postplan.yml` (the top of the repository). A file elsewhere (in the temporary
/// folder, on the desktop) is checked alone. The context is the file's own folder, widened
/// one folder up at a time while the folder above holds a plan file of its own (a
/// `*.yaml`/`*.yml` with a `postplan:` line) and is not above the top: so
/// `plans/2026/q4.yaml` beside `plans/channels.yaml` is read with all of `plans/`. A file
/// named through a symbolic link is read in the repo of the file the link leads to.
struct PlanRepositoryContext {
    let fileSystem: any FileSystem

    /// How much of a file is read to see whether it is a plan file: the `postplan: 1` line
    /// comes first, after a modeline or a few comments.
    static let headBytes = 4096

    /// The folder whose plan files give `file` its context, or nil when it has none.
    func folder(of file: String) -> String? {
        let file = linkTarget(of: file) ?? file
        var folder = Self.parent(of: file)
        guard hasRepositoryTop(atOrAbove: folder) else { return nil }
        for _ in 0..<Self.maxDepth {
            guard !isRepositoryTop(folder) else { break }
            let above = Self.parent(of: folder)
            guard let here = try? fileSystem.canonicalPath(folder), let there = try? fileSystem.canonicalPath(above),
                here != there, holdsPlanFile(above)
            else { break }
            folder = above
        }
        return folder
    }

    /// The file a symbolic link leads to, when `file` is one (its resolved path differs from its
    /// folder's resolved path and its own name).
    private func linkTarget(of file: String) -> String? {
        guard let resolved = try? fileSystem.canonicalPath(file),
            let folder = try? fileSystem.canonicalPath(Self.parent(of: file))
        else { return nil }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return resolved == PlanFileFinder.join(folder, name) ? nil : resolved
    }

    /// Whether `folder` or one above it is the top of a repository.
    private func hasRepositoryTop(atOrAbove folder: String) -> Bool {
        guard var current = try? fileSystem.canonicalPath(folder) else { return false }
        // A real file system resolves to an absolute path, which ends at `/`; a path that does
        // not resolve that far (an in-memory one, `..` upon `..`) ends where there is no folder.
        for _ in 0..<Self.maxDepth {
            if isRepositoryTop(current) { return true }
            let above = Self.parent(of: current)
            guard above != current, (try? fileSystem.entry(at: above)) == .directory else { return false }
            current = above
        }
        return false
    }

    /// Folders deeper than this are not searched upward for the top of a repository.
    static let maxDepth = 256

    private func isRepositoryTop(_ folder: String) -> Bool {
        [".git", ".postplan.yml"].contains { (try? fileSystem.entry(at: PlanFileFinder.join(folder, $0))) != nil }
    }

    /// Whether a folder holds, directly, a YAML file that starts like a plan file.
    private func holdsPlanFile(_ folder: String) -> Bool {
        guard let names = try? fileSystem.contentsOfDirectory(at: folder) else { return false }
        return names.contains { name in
            guard !name.hasPrefix("."), PlanFileFinder.hasPlanExtension(name) else { return false }
            let path = PlanFileFinder.join(folder, name)
            guard (try? fileSystem.entry(at: path)) == .file,
                let bytes = try? fileSystem.contents(of: path, maxBytes: ParserLimits.default.maxBytes)
            else { return false }
            return Self.startsLikePlan(bytes.prefix(Self.headBytes))
        }
    }

    /// A line that starts with `postplan:` within the first bytes.
    static func startsLikePlan(_ head: ArraySlice<UInt8>) -> Bool {
        let key = Array("postplan:".utf8)
        var lineStart = head.startIndex
        while lineStart < head.endIndex {
            if head[lineStart...].starts(with: key) { return true }
            guard let newline = head[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else { return false }
            lineStart = newline + 1
        }
        return false
    }

    /// The folder a path is in, written so that paths found below it keep the named path's
    /// prefix: `plans/a.yaml` → `plans`, `a.yaml` → `.`, `.` → `..`, `../x` → `..`.
    static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if trimmed == "." { return ".." }
        if trimmed == ".." || trimmed.hasSuffix("/..") { return trimmed + "/.." }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        if slash == trimmed.startIndex { return "/" }
        return String(trimmed[..<slash])
    }

}
