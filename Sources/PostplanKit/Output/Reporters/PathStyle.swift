/// How the machine formats name files.
///
/// Findings carry paths as the user named them (`plans/q4.yaml`, `./q4.yaml`,
/// `/home/ci/work/repo/plans/q4.yaml`), which is right for a terminal. GitHub annotations and
/// SARIF results are matched against files in the repository, so they need one spelling for
/// each file: relative to the repository root, with `/` separators, whatever the current
/// folder was.
public enum PathStyle: Hashable, Sendable {
    /// Paths exactly as given; for reports that never leave the terminal, and for tests.
    case asGiven
    /// Paths relative to a repository root. Both folders are absolute (a relative one is taken
    /// from `/`); relative paths in findings are relative to `currentDirectory`.
    case repositoryRelative(root: String, currentDirectory: String)

    /// The path as this style writes it.
    public func display(_ path: String) -> String {
        switch self {
        case .asGiven: path
        case let .repositoryRelative(root, currentDirectory):
            RepositoryPath.relative(path, to: root, currentDirectory: currentDirectory)
        }
    }
}

/// Path arithmetic on strings, so that it is the same on every machine and testable without
/// a file system.
///
/// It is lexical: `..` removes the folder before it without asking whether that folder was a
/// symbolic link. The command line passes the folders it was started in, which is where the
/// user's relative paths start, so that is the arithmetic the user meant.
public enum RepositoryPath {
    /// `path` relative to `root`, with `/` separators: `plans/q4.yaml` for `./q4.yaml` in
    /// `<root>/plans`. A path outside the root climbs out of it with `..`; the root itself is `.`.
    public static func relative(_ path: String, to root: String, currentDirectory: String) -> String {
        let base = components(of: currentDirectory, from: [])
        let target = components(of: path, from: base)
        let rootComponents = components(of: root, from: base)
        let shared = zip(target, rootComponents).prefix { $0 == $1 }.count
        let climb = Array(repeating: "..", count: rootComponents.count - shared)
        let parts = climb + target[shared...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// The folders and file name of `path` from the file system's root: absolute paths as they
    /// are, relative ones after `base`; `.` and empty parts dropped, `..` taking one part off
    /// (never more than there are).
    static func components(of path: String, from base: [String]) -> [String] {
        let path = withSlashes(path)
        var result = path.hasPrefix("/") ? [] : base
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !result.isEmpty { result.removeLast() }
            default: result.append(String(part))
            }
        }
        return result
    }

    /// Windows spells separators `\`; everywhere else `\` is an ordinary character in a name.
    private static func withSlashes(_ path: String) -> String {
        #if os(Windows)
            String(path.map { $0 == "\\" ? "/" : $0 })
        #else
            path
        #endif
    }
}

/// Where the repository that paths are written relative to starts.
public enum RepositoryRoot {
    /// `GITHUB_WORKSPACE` when it is set (the checkout a workflow runs in), else the nearest
    /// folder at or above the current one that holds `.git`, else the current folder.
    ///
    /// - Parameters:
    ///   - environment: the process environment.
    ///   - currentDirectory: the absolute current folder.
    ///   - hasGitEntry: whether a folder holds a `.git` entry; a folder or a file, since
    ///     worktrees and submodules keep a `.git` file.
    public static func locate(
        environment: [String: String], currentDirectory: String, hasGitEntry: (String) -> Bool
    ) -> String {
        if let workspace = environment["GITHUB_WORKSPACE"], !workspace.isEmpty { return workspace }
        let parts = RepositoryPath.components(of: currentDirectory, from: [])
        for count in stride(from: parts.count, through: 0, by: -1) {
            let folder = "/" + parts.prefix(count).joined(separator: "/")
            if hasGitEntry(folder) { return folder }
        }
        return currentDirectory
    }
}
