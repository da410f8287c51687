import YAMLTree

/// Where the calendar's templates and checklist defaults come from: a folder of the plan
/// repo's own (`templates/` beside the plans folder, or `--templates DIR`), file by file,
/// else the copies built into the binary, so an installed `postplan` needs no files beside it
/// and the files in the repository's `templates/` stay the one source of truth.
public struct TemplateSource: Sendable {
    /// The folder whose files win over the built-in ones; nil for the built-in ones alone.
    public let folder: String?
    public let fileSystem: any FileSystem

    public init(folder: String?, fileSystem: any FileSystem) {
        self.folder = folder
        self.fileSystem = fileSystem
    }

    /// The `templates/` folder beside a plan folder (for a plan file, beside its folder), if
    /// there is one: `plans` gives `templates`, `repo/plans` gives `repo/templates`.
    public static func folder(besidePlans path: String, on fileSystem: any FileSystem) -> String? {
        var plans = path
        while plans.count > 1, plans.hasSuffix("/") { plans.removeLast() }
        if (try? fileSystem.entry(at: plans)) == .file { plans = parent(of: plans) ?? "." }
        let last = plans.split(separator: "/").last
        let repo = last == "." || last == ".." ? "\(plans)/.." : parent(of: plans)
        let folder = repo.map { $0.hasSuffix("/") ? "\($0)templates" : "\($0)/templates" } ?? "templates"
        return (try? fileSystem.entry(at: folder)) == .directory ? folder : nil
    }

    /// `a/b` for `a/b/c`, `/` for `/c`, nil for `c`.
    private static func parent(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// A template's text: the folder's copy if it has one, else the built-in one.
    public func template(named name: String) throws(TemplateError) -> TemplateFile {
        switch read(name) {
        case .found(let file):
            guard let text = String(validating: file.bytes, as: UTF8.self) else {
                throw TemplateError(path: file.path, message: "the template is not valid UTF-8")
            }
            return TemplateFile(path: file.path, text: text)
        case .unreadable(let problem):
            throw TemplateError(path: problem.range.path, message: problem.message)
        }
    }

    /// The checklist defaults (`checklists.yaml`): the folder's copy if it has one, else the
    /// built-in one. `platforms` are the platform ids its `platforms:` may name.
    public func checklistDefaults(platforms: [String]) -> (ChecklistDefaults?, [Diagnostic]) {
        switch read("checklists.yaml") {
        case .found(let file) where file.isBuiltIn:
            return (ChecklistDefaults.builtIn, [])
        case .found(let file):
            return ChecklistDefaultsDecoder.decode(YAMLParser().parse(file.bytes), path: file.path, platforms: platforms)
        case .unreadable(let problem):
            return (nil, [problem])
        }
    }

    private struct SourceFile {
        var path: String
        var bytes: [UInt8]
        var isBuiltIn: Bool
    }

    private enum Lookup {
        case found(SourceFile)
        case unreadable(Diagnostic)
    }

    private func read(_ name: String) -> Lookup {
        if let folder {
            let path = "\(folder)/\(name)"
            do throws(FileSystemError) {
                switch try fileSystem.entry(at: path) {
                case .file:
                    return .found(
                        SourceFile(path: path, bytes: try fileSystem.contents(of: path, maxBytes: ParserLimits.default.maxBytes), isBuiltIn: false))
                case .directory:
                    return .unreadable(
                        Diagnostic(UnreadableFileRule.folderInPlace(path, builtIn: name), at: .startOfFile(path)))
                case .other:
                    // Found without opening it, so a named pipe cannot block the run.
                    return .unreadable(
                        Diagnostic(UnreadableFileRule.notRegularFile(path, builtIn: name), at: .startOfFile(path)))
                }
            } catch .notFound where fileSystem.isSymbolicLink(at: path) {
                return .unreadable(FileSystemError.notFound(path).diagnostic(at: path))
            } catch .notFound {
                // Not overridden: the built-in copy applies.
            } catch {
                return .unreadable(error.diagnostic(at: path))
            }
        }
        let builtIn = "templates/\(name)"
        guard let text = EmbeddedResources.files[builtIn] else {
            return .unreadable(Diagnostic(UnreadableFileRule.noBuiltInTemplate(name), at: .startOfFile(builtIn)))
        }
        return .found(SourceFile(path: builtIn, bytes: Array(text.utf8), isBuiltIn: true))
    }
}

/// A template's text and where it was read from, for messages.
public struct TemplateFile: Hashable, Sendable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
