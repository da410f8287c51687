import ArgumentParser
import Foundation
import PostplanKit

/// `--config FILE` and `--week-start DAY`: the plan repo's settings (`.postplan.yml`), found
/// in the current folder or the nearest one above it unless named; none at all means the
/// defaults. `lint` reads all of it; `calendar` only the day weeks start on.
struct ConfigOption: ParsableArguments {
    @Option(
        name: .customLong("config"),
        help: ArgumentHelp("The config file; default: .postplan.yml in the current folder or above.", valueName: "file"))
    var path: String?

    @Option(
        name: .customLong("week-start"),
        help: ArgumentHelp("The day weeks start on, mon to sun (default: the config's week-start, else mon).", valueName: "day"))
    var weekStart: Weekday?

    /// The whole config, with `--week-start` over its `week-start`.
    func load(fileSystem: LocalFileSystem, currentDirectory: String) throws -> LintConfig {
        var config = LintConfig()
        if let found = try find(fileSystem: fileSystem, currentDirectory: currentDirectory) {
            let problems: [Diagnostic]
            (config, problems) = ConfigFinder(fileSystem: fileSystem).load(found)
            try report(problems, currentDirectory: currentDirectory)
        }
        if let weekStart { config.weekLayout = WeekLayout(start: weekStart) }
        return config
    }

    /// The day weeks start on: `--week-start`, else the config's `week-start` (the rest of
    /// the config is not read), else Monday.
    func weekLayout(fileSystem: LocalFileSystem, currentDirectory: String) throws -> WeekLayout {
        let found = try find(fileSystem: fileSystem, currentDirectory: currentDirectory)
        if let weekStart { return WeekLayout(start: weekStart) }
        guard let found else { return .iso }
        let (layout, problems) = ConfigFinder(fileSystem: fileSystem).loadWeekLayout(found)
        try report(problems, currentDirectory: currentDirectory)
        return layout
    }

    /// The config file to read, or nil for none; a `--config` that does not exist is a usage error.
    private func find(fileSystem: LocalFileSystem, currentDirectory: String) throws -> String? {
        if let path, (try? fileSystem.entry(at: path)) == nil {
            throw CommandError.usage("no such config file: '\(path)'")
        }
        return path ?? ConfigFinder(fileSystem: fileSystem).find(from: currentDirectory)
    }

    /// Prints the config's problems; errors among them are configuration errors (status 2),
    /// since a run with half its settings would mislead.
    private func report(_ problems: [Diagnostic], currentDirectory: String) throws {
        let shown = problems.map { problem in
            var relative = problem
            relative.range.path = path ?? RepositoryPath.relative(problem.range.path, to: currentDirectory, currentDirectory: currentDirectory)
            return relative
        }
        if !shown.isEmpty { printError(TextReporter.render(shown).trimmingCharacters(in: .newlines)) }
        if problems.contains(where: { $0.severity == .error }) {
            throw CommandError.usage("the config file has errors; fix them first")
        }
    }
}

extension Weekday: ExpressibleByArgument {}
