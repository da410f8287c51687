import ArgumentParser
import Foundation
import PostplanKit

/// `--config FILE`: the plan repo's settings (`.postplan.yml`): rule settings for lint, and the
/// day weeks start on for lint and calendars. Default: `.postplan.yml` in the current folder
/// or the nearest one above it; none at all means the defaults.
struct ConfigOption: ParsableArguments {
    @Option(name: .customLong("config"), help: "The config file; default: .postplan.yml in the current folder or above.")
    var path: String?

    /// The config in force. Its problems are printed; errors among them are configuration
    /// errors (status 2), since a run with half its settings would mislead.
    func load(fileSystem: LocalFileSystem, currentDirectory: String) throws -> LintConfig {
        let finder = ConfigFinder(fileSystem: fileSystem)
        if let path, (try? fileSystem.entry(at: path)) == nil {
            printError("postplan: no such config file: '\(path)'")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        guard let found = path ?? finder.find(from: currentDirectory) else { return LintConfig() }
        let (loaded, problems) = finder.load(found)
        let shown = problems.map { problem in
            var relative = problem
            relative.range.path = path ?? RepositoryPath.relative(problem.range.path, to: currentDirectory, currentDirectory: currentDirectory)
            return relative
        }
        if !shown.isEmpty { printError(TextReporter.render(shown).trimmingCharacters(in: .newlines)) }
        if problems.contains(where: { $0.severity == .error }) {
            printError("postplan: the config file has errors; fix them first")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        return loaded
    }
}
