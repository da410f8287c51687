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
        // The profiles in force do not depend on the day; the repo is opened with the clock's.
        let repo = try PlanRepository.open([path], on: fileSystem, today: TodayOption.now)
        // Only the problems of the overrides themselves matter to these commands.
        let problems = repo.profileOverrideDiagnostics
        if !problems.isEmpty { printError(TextReporter.render(problems)) }
        return repo.workspace.profiles
    }
}
