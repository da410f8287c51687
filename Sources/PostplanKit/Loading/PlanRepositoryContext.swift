import YAMLTree

/// The plan repo a plan file named on its own belongs to, so that `postplan validate
/// plans/recurring.yaml` (an editor on save, a pre-commit hook with file names) checks that
/// file against the channels, ids and profiles of its sibling files.
///
/// A named file's context is its own folder, widened one folder up at a time while the folder
/// above holds a plan file of its own (a `*.yaml`/`*.yml` with a `postplan:` line), and never
/// above a folder holding `.git` or `.postplan.yml` (the top of a repository). So
/// `plans/2026/q4.yaml` beside `plans/channels.yaml` is read with all of `plans/`, and a file
/// in a folder of unrelated YAML stays on its own.
struct PlanRepositoryContext {
    let fileSystem: any FileSystem

    /// How much of a file is read to see whether it is a plan file: the `postplan: 1` line
    /// comes first, after a modeline or a few comments.
    static let headBytes = 4096

    /// The folder whose plan files give `file` its context.
    func folder(of file: String) -> String {
        var folder = Self.parent(of: file)
        while !isRepositoryTop(folder) {
            let above = Self.parent(of: folder)
            guard let here = try? fileSystem.canonicalPath(folder), let there = try? fileSystem.canonicalPath(above),
                  here != there, holdsPlanFile(above) else { break }
            folder = above
        }
        return folder
    }

    private func isRepositoryTop(_ folder: String) -> Bool {
        [".git", ".postplan.yml"].contains { (try? fileSystem.entry(at: Self.join(folder, $0))) != nil }
    }

    /// Whether a folder holds, directly, a YAML file that starts like a plan file.
    private func holdsPlanFile(_ folder: String) -> Bool {
        guard let names = try? fileSystem.contentsOfDirectory(at: folder) else { return false }
        return names.contains { name in
            guard !name.hasPrefix("."), PlanFileFinder.hasPlanExtension(name) else { return false }
            let path = Self.join(folder, name)
            guard (try? fileSystem.entry(at: path)) == .file,
                  let bytes = try? fileSystem.contents(of: path, maxBytes: ParserLimits.default.maxBytes) else { return false }
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

    static func join(_ folder: String, _ name: String) -> String {
        if folder == "." { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
