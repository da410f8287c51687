import Dispatch

/// What `postplan validate` found in a plan repo.
public struct ValidationResult: Sendable {
    public var workspace: Workspace
    /// Every finding, in reading order (by file, then position), each once.
    public var diagnostics: [Diagnostic]
    /// How many plan files were found (read or not), not counting those read only as the
    /// context of a named file.
    public var fileCount: Int
    /// The files read only to give a file named on its own its context: their findings are not
    /// reported, and their items are not counted or put on a calendar.
    public var contextFiles: Set<String>
    /// How many items the reported files hold, complete or not.
    public var itemCount: Int
    /// The occurrences and deadlines within `Validator.horizonDays` of today (after `validate`).
    public var schedule = ScheduleResult()
}

/// Runs the stages that check a plan repo: find files, read and decode them, assemble the
/// workspace, check every item against its platforms. The file system comes in from
/// outside, so tests and the tool share this path.
public struct Validator: Sendable {
    public let fileSystem: any FileSystem
    /// Whether a plan file named on its own is read with the plan files of its repo (see
    /// `PlanRepositoryContext`), so that its channels and ids resolve; off for a folder of
    /// unrelated examples, each meant to stand alone.
    public let readsContext: Bool

    public init(fileSystem: any FileSystem, readsContext: Bool = true) {
        self.fileSystem = fileSystem
        self.readsContext = readsContext
    }

    /// The plan repo read and put together, without the platform checks: what commands that
    /// only need the workspace (profiles, calendars) start from.
    public func load(_ paths: [String]) throws(InputError) -> ValidationResult {
        let finder = PlanFileFinder(fileSystem: fileSystem)
        let (named, walkDiagnostics) = try finder.find(paths)
        let paths = readsContext ? try finder.withContext(of: paths, found: named) : named
        // The built-in profiles take a few milliseconds to read, and putting the workspace
        // together needs them: with enough files, they are read on another core meanwhile.
        let prepared = DispatchGroup()
        if paths.count >= Self.filesWorthPreparing {
            DispatchQueue.global().async(group: prepared) { _ = ProfileRegistry.builtIn }
        }
        let (files, loadDiagnostics) = PlanLoader(fileSystem: fileSystem).load(paths)
        prepared.wait()
        let (workspace, workspaceDiagnostics) = Workspace.assemble(files)
        let contextFiles = Set(paths).subtracting(named)
        let all = (walkDiagnostics + loadDiagnostics + workspaceDiagnostics).filter { $0.isReported(besides: contextFiles) }.keepingEachFixOnce()
        let itemCount = workspace.files.reduce(0) { $0 + (contextFiles.contains($1.path) ? 0 : $1.itemEntryCount) }
        return ValidationResult(workspace: workspace, diagnostics: all, fileCount: named.count, contextFiles: contextFiles, itemCount: itemCount)
    }

    /// From this many plan files on, the built-in profiles are read on another core while the
    /// files are read; with fewer, reading is over too soon for that to pay.
    static let filesWorthPreparing = 8

    /// How far around today repeats are expanded to check their times and conflicts.
    public static let horizonDays = 366

    /// Everything `load` does, then every item against its platforms, and every time it
    /// goes out (daylight-saving gaps, crowded channels, review lead times).
    /// - Parameter today: the day whose facts apply to repeats without a start date.
    public func validate(_ paths: [String], today: LocalDate) throws(InputError) -> ValidationResult {
        try validate(paths, today: .date(today))
    }

    /// What one job of `validate`'s pool found.
    private enum Job: Sendable {
        case schedule(ScheduleResult)
        case checks([Diagnostic])
    }

    /// `validate` with today's date worked out in the repo's default time zone once it is
    /// known (for `Today.now`).
    public func validate(_ paths: [String], today: Today) throws(InputError) -> ValidationResult {
        var result = try load(paths)
        let today = today.date(in: result.workspace.defaultTimeZone)
        let horizon = today.adding(days: -Self.horizonDays)...today.adding(days: Self.horizonDays)
        // The platform checks and the scheduler only read the workspace, so they share one pool
        // of threads: the scheduler is the first job, and whichever thread is free takes the next
        // part of the checks. Both cores stay busy to the end; with the scheduler on a thread of
        // its own, it ran on alone for the last 10 ms or so of a 10,000-item repo.
        let workspace = result.workspace
        let checker = PlatformChecker(workspace: workspace, today: today)
        let jobs = [Job](concurrentlyMapping: 1 + checker.partCount) { job in
            job == 0 ? .schedule(Scheduler(workspace: workspace, today: today).schedule(window: horizon)) : .checks(checker.check(part: job - 1))
        }
        for job in jobs {
            switch job {
            case .schedule(let schedule): result.schedule = schedule
            case .checks(let found): result.diagnostics += found
            }
        }
        result.diagnostics += result.schedule.diagnostics
        result.diagnostics = result.diagnostics.filter { $0.isReported(besides: result.contextFiles) }.sortedUnique().keepingEachFixOnce()
        return result
    }
}

extension Diagnostic {
    /// Whether the finding is reported when `contextFiles` were read only for context: it is
    /// outside them, or points at a place outside them (the first of two duplicate ids may be
    /// in a named file, the second in its context).
    func isReported(besides contextFiles: Set<String>) -> Bool {
        guard !contextFiles.isEmpty else { return true }
        return !contextFiles.contains(range.path) || related.contains { !contextFiles.contains($0.range.path) }
    }
}
