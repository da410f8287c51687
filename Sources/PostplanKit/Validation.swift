import Foundation
/// What `postplan validate` found in a plan repo.
public struct ValidationResult: Sendable {
    public var workspace: Workspace
    /// Every finding, in reading order (by file, then position), each once.
    public var diagnostics: [Diagnostic]
    /// How many plan files were found (read or not).
    public var fileCount: Int
    /// The occurrences and deadlines within `Validator.horizonDays` of today (after `validate`).
    public var schedule = ScheduleResult()
}

/// Runs the stages that check a plan repo: find files, read and decode them, assemble the
/// workspace, check every item against its platforms. The file system comes in from
/// outside, so tests and the tool share this path.
public struct Validator: Sendable {
    public let fileSystem: any FileSystem

    public init(fileSystem: any FileSystem) {
        self.fileSystem = fileSystem
    }

    /// The plan repo read and put together, without the platform checks: what commands that
    /// only need the workspace (profiles, calendars) start from.
    public func load(_ paths: [String]) throws(InputError) -> ValidationResult {
        var t = ContinuousClock.now
        func lap(_ s: String) { if ProcessInfo.processInfo.environment["PP_T"] != nil { let n = ContinuousClock.now; FileHandle.standardError.write("T \(s) \(n - t)\n".data(using: .utf8)!); t = n } }
        let (paths, walkDiagnostics) = try PlanFileFinder(fileSystem: fileSystem).find(paths)
        lap("find")
        let (files, loadDiagnostics) = PlanLoader(fileSystem: fileSystem).load(paths)
        lap("load")
        let (workspace, workspaceDiagnostics) = Workspace.assemble(files)
        lap("assemble")
        let all = walkDiagnostics + loadDiagnostics + workspaceDiagnostics
        return ValidationResult(workspace: workspace, diagnostics: all, fileCount: paths.count)
    }

    /// How far around today repeats are expanded to check their times and conflicts.
    public static let horizonDays = 366

    /// Everything `load` does, then every item against its platforms, and every time it
    /// goes out (daylight-saving gaps, crowded channels, review lead times).
    /// - Parameter today: the day whose facts apply to repeats without a start date.
    public func validate(_ paths: [String], today: LocalDate) throws(InputError) -> ValidationResult {
        var t = ContinuousClock.now
        func lap(_ s: String) { if ProcessInfo.processInfo.environment["PP_T"] != nil { let n = ContinuousClock.now; FileHandle.standardError.write("T \(s) \(n - t)\n".data(using: .utf8)!); t = n } }
        var result = try load(paths)
        lap("load total")
        result.diagnostics += PlatformChecker.check(result.workspace, today: today)
        lap("check")
        let horizon = today.adding(days: -Self.horizonDays)...today.adding(days: Self.horizonDays)
        result.schedule = Scheduler(workspace: result.workspace, today: today).schedule(window: horizon)
        lap("schedule")
        result.diagnostics += result.schedule.diagnostics
        result.diagnostics = result.diagnostics.sortedUnique()
        lap("sort")
        return result
    }
}
