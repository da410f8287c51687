/// Turns the paths a user names into the plan files to read: a file as named, a folder as
/// every `*.yaml` / `*.yml` below it (hidden entries skipped), each file once.
struct PlanFileFinder: Sendable {
    static let extensions: Set<String> = ["yaml", "yml"]

    let fileSystem: any FileSystem

    /// The files in a stable order (as named; within a folder, sorted by path) and
    /// diagnostics for what could not be walked. Throws only for a path that does not exist.
    func find(_ paths: [String]) throws(InputError) -> (files: [String], diagnostics: [Diagnostic]) {
        var walk = Walk(fileSystem: fileSystem)
        for path in paths {
            switch Result(catching: { () throws(FileSystemError) in try fileSystem.entry(at: path) }) {
            case .success(.directory):
                walk.directory(path)
            case .success:
                walk.file(path, named: true)
            case .failure(.notFound):
                throw .pathNotFound(path)
            case .failure(let error):
                walk.report(error, at: path)
            }
        }
        return (walk.files, walk.diagnostics)
    }

    /// Every file to read when `found` are the files of `paths`: with each named file (not a
    /// folder), the plan files of the repo it belongs to (see `PlanRepositoryContext`), so that
    /// its references resolve. The repo's files come in the repo's own order (which decides the
    /// default time zone and which of two duplicates is first), under the name the user gave
    /// where they named one; files outside every context follow. What cannot be walked in a
    /// context is the business of a run over that folder, and is not reported.
    ///
    /// Named files of different plan repos are refused (`InputError.differentRepos`): read as
    /// one, one repo's channels would stand in for the other's.
    func withContext(of paths: [String], found: [String]) throws(InputError) -> [String] {
        let context = PlanRepositoryContext(fileSystem: fileSystem)
        var folders: [(file: String, folder: String, canonical: String)] = []
        for path in paths where (try? fileSystem.entry(at: path)) == .file {
            guard let folder = context.folder(of: path) else { continue }
            folders.append((path, folder, (try? fileSystem.canonicalPath(folder)) ?? folder))
        }
        // A context inside another one is part of it.
        let outermost = folders.filter { inner in
            !folders.contains {
                $0.canonical != inner.canonical && inner.canonical.hasPrefix($0.canonical.hasSuffix("/") ? $0.canonical : $0.canonical + "/")
            }
        }
        var distinct: [(file: String, folder: String, canonical: String)] = []
        for entry in outermost where !distinct.contains(where: { $0.canonical == entry.canonical }) { distinct.append(entry) }
        if distinct.count > 1 {
            throw .differentRepos(distinct.prefix(2).map { (file: $0.file, repo: $0.folder) })
        }
        let folderNames = distinct.map(\.folder)
        guard !folderNames.isEmpty else { return found }
        var walk = Walk(fileSystem: fileSystem, quietRevisits: true)
        for folder in folderNames { walk.directory(folder) }
        var named: [String: String] = [:]
        for file in found { named[(try? fileSystem.canonicalPath(file)) ?? file] = file }
        var files = walk.files.map { file in named.removeValue(forKey: (try? fileSystem.canonicalPath(file)) ?? file) ?? file }
        let outside = Set(named.values)
        files += found.filter { outside.contains($0) }
        return files
    }

    static func hasPlanExtension(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private struct Walk {
        let fileSystem: any FileSystem
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        private var seen: [String: String] = [:]
        /// Whether reaching a file or folder again is quietly skipped rather than reported.
        let quietRevisits: Bool

        init(fileSystem: any FileSystem, quietRevisits: Bool = false) {
            self.fileSystem = fileSystem
            self.quietRevisits = quietRevisits
        }

        /// - Parameter named: whether the user named the file; naming a file twice, or a file
        ///   inside a folder also named, is no problem worth a finding.
        mutating func file(_ path: String, named: Bool = false) {
            guard firstVisit(path, quietly: named) else { return }
            files.append(path)
        }

        mutating func directory(_ path: String) {
            guard firstVisit(path) else { return }
            let names: [String]
            do {
                names = try fileSystem.contentsOfDirectory(at: path)
            } catch {
                report(error, at: path)
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = PlanFileFinder.join(path, name)
                do {
                    switch try fileSystem.entry(at: child) {
                    case .directory: directory(child)
                    case .file where PlanFileFinder.hasPlanExtension(name): file(child)
                    case .other where PlanFileFinder.hasPlanExtension(name):
                        report(.unreadable(path: child, reason: "not a regular file"), at: child)
                    case .file, .other: continue
                    }
                } catch {
                    // A broken link or an unreadable entry matters only if it looks like a plan.
                    if case .symlinkLoop = error {
                        report(error, at: child)
                    } else if PlanFileFinder.hasPlanExtension(name) {
                        report(error, at: child)
                    }
                }
            }
        }

        /// Whether a path is new; a folder or file reached again (through a link) is reported.
        private mutating func firstVisit(_ path: String, quietly: Bool = false) -> Bool {
            guard let canonical = try? fileSystem.canonicalPath(path) else { return true }
            if let first = seen[canonical] {
                if quietly || quietRevisits || first == path { return false }
                diagnostics.append(
                    Diagnostic(SymlinkLoopRule.alreadyRead(path, sameAs: first), at: .startOfFile(path)))
                return false
            }
            seen[canonical] = path
            return true
        }

        mutating func report(_ error: FileSystemError, at path: String) {
            diagnostics.append(error.diagnostic(at: path))
        }
    }

    /// A name in a folder, written so that paths found below `.` stay as short as named.
    static func join(_ folder: String, _ name: String) -> String {
        if folder == "." { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
