import ArgumentParser
import PostplanKit

/// `--plans PATH`: the plan repo whose `platforms:` overrides apply. Default: `plans` when
/// that folder exists, else the built-in profiles alone.
struct PlansOption: ParsableArguments {
    @Option(name: .customLong("plans"), help: ArgumentHelp("Plan folder whose platform overrides apply (default: plans, if present).", valueName: "path"))
    var path: String?

    /// The profiles in force, and problems in the overrides (printed, never fatal here).
    func profiles() throws -> ProfileRegistry {
        let fileSystem = LocalFileSystem()
        let path = path ?? "plans"
        if self.path == nil, (try? fileSystem.entry(at: path)) == nil { return .builtIn }
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
