import ArgumentParser
import PostplanKit

/// `--plans PATH`: the plan repo whose channels and `platforms:` overrides apply. Default:
/// `plans` when that folder exists, else none (the built-in profiles alone).
struct PlansOption: ParsableArguments {
    @Option(
        name: .customLong("plans"),
        help: ArgumentHelp("Plan folder whose channels and platform overrides apply (default: plans, if present).", valueName: "path"))
    var path: String?

    /// `--plans`, else `plans` when it exists, else nil.
    var folder: String? {
        if let path { return path }
        return (try? LocalFileSystem().entry(at: Self.defaultFolder)) == nil ? nil : Self.defaultFolder
    }

    static let defaultFolder = "plans"

    /// The profiles in force, and problems in the overrides (printed, never fatal here).
    func profiles() throws -> ProfileRegistry {
        let fileSystem = LocalFileSystem()
        guard let path = folder else { return .builtIn }
        do {
            let result = try Validator(fileSystem: fileSystem).load([path])
            // Only the problems of the overrides themselves matter to this command.
            let overrides = result.workspace.files.flatMap(\.profileOverrides)
            let problems = result.diagnostics.filter { diagnostic in
                overrides.contains { override in
                    let range = override.range, at = diagnostic.range
                    return at == override.id.range || (at.path == range.path && range.start <= at.start && at.start <= range.end)
                }
            }
            if !problems.isEmpty { printError(TextReporter.render(problems)) }
            return result.workspace.profiles
        } catch {
            printError("postplan: \(error)")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
    }
}
