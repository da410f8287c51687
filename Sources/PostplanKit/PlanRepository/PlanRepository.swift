import Dispatch

/// A plan repo, read once: the entry point of PostplanKit.
///
/// ``open(_:on:today:options:)`` finds the plan files, reads and decodes them and puts them
/// together into a ``Workspace``. The repo then answers what the commands ask, each
/// scheduling only the days it needs:
///
/// - ``validate()``: every item against the plan format and its platforms, and every time it
///   goes out within ``horizonDays`` of today;
/// - ``lint()``: that, then the strategy rules over the weeks ahead, with the config's
///   severities, suppressions and ignore patterns;
/// - ``calendar(for:)``: a posting calendar of some days, then ``renderer(for:)`` or ``render(_:as:)``.
///
/// ```swift
/// let repo = try PlanRepository.open(["plans"], on: LocalFileSystem(), today: .date(today))
/// let result = repo.validate()
/// print(TextReporter.render(result.diagnostics), terminator: "")
/// ```
///
/// The file system comes in from outside (``LocalFileSystem``, or ``InMemoryFileSystem`` in
/// tests), so the tool and programs built on PostplanKit share one path.
public struct PlanRepository: Sendable {
    /// How a repo is opened, beyond its paths.
    public struct Options: Sendable {
        /// Whether a plan file named on its own is read with the plan files of its repo, so that
        /// its channels and ids resolve; off for a folder of unrelated examples, each meant to
        /// stand alone.
        public var readsContext: Bool
        /// The repo's settings (`.postplan.yml`): the week start, and what `lint` applies.
        public var config: LintConfig
        /// The absolute folder relative paths start from; the config's `ignore` patterns are
        /// relative to the config file's folder.
        public var currentDirectory: String
        /// A folder whose calendar templates and `checklists.yaml` win over the built-in ones;
        /// nil for the `templates/` folder beside the plans, if there is one.
        public var templates: String?
        /// Files decoded by an earlier open with the same cache, reused where a file's path
        /// and bytes are the same (the other side of a diff); nil to decode every file.
        public var decodedFiles: DecodedFileCache?

        public init(
            readsContext: Bool = true, config: LintConfig = LintConfig(), currentDirectory: String = "/", templates: String? = nil,
            decodedFiles: DecodedFileCache? = nil
        ) {
            self.readsContext = readsContext
            self.config = config
            self.currentDirectory = currentDirectory
            self.templates = templates
            self.decodedFiles = decodedFiles
        }
    }

    /// The channels, items and profiles of every plan file read, context files included.
    public let workspace: Workspace
    /// Today's date in the repo's default time zone: the day whose facts apply to repeats
    /// without a start date, and the day "this week" contains.
    public let today: LocalDate
    /// The instant the run started, when it was opened on the clock (`Today.now`) rather than a
    /// given date: the queue takes no slot before it.
    let now: Int?
    public let options: Options
    /// How many plan files were found (read or not), not counting those read only as the
    /// context of a named file.
    public let fileCount: Int
    /// How many items the reported files hold, complete or not.
    public let itemCount: Int
    /// The files read only to give a file named on its own its context: their findings are not
    /// reported, and their items are not counted or put on a calendar.
    public let contextFiles: Set<String>
    /// What reading found: files that cannot be read, YAML and plan-format problems, and what
    /// only the whole repo shows (ids defined twice, unknown channels), sorted, each once.
    public let readingDiagnostics: [Diagnostic]
    /// Where calendar templates and checklist defaults come from.
    public let templates: TemplateSource
    /// The tasks every calendar slot starts with (`checklists.yaml` of ``templates``, else the
    /// built-in one); nil when the repo's own copy cannot be used.
    public let checklists: ChecklistDefaults?
    /// The problems of the repo's own `checklists.yaml`, if it has one.
    public let checklistProblems: [Diagnostic]
    let fileSystem: any FileSystem

    /// How far around today `validate` expands repeats to check their times and conflicts.
    public static let horizonDays = 366

    /// Finds, reads and decodes the plan files below `paths` (folders, or files named on their
    /// own) as one repo.
    /// - Parameters:
    ///   - paths: plan folders (every `*.yaml` and `*.yml` below them) and plan files.
    ///   - fileSystem: where the files are read from.
    ///   - today: the date, or the instant whose date in the repo's default time zone is
    ///     taken, once that zone is known.
    ///   - options: how the repo is read, and the config `lint` applies.
    /// - Throws: ``InputError`` when a path does not exist, named files belong to different
    ///   repos, or `options.templates` is not a folder: the run cannot start.
    public static func open(_ paths: [String], on fileSystem: any FileSystem, today: Today, options: Options = Options()) throws(InputError)
        -> PlanRepository
    {
        if let folder = options.templates, (try? fileSystem.entry(at: folder)) != .directory {
            throw .notAFolder(folder, option: "--templates")
        }
        let finder = PlanFileFinder(fileSystem: fileSystem)
        let (named, walkDiagnostics) = try finder.find(paths)
        let read = options.readsContext ? try finder.withContext(of: paths, found: named) : named
        // The built-in profiles take a few milliseconds to read, and putting the workspace
        // together needs them: with enough files, they are read on another core meanwhile.
        let prepared = DispatchGroup()
        if read.count >= filesWorthPreparing {
            DispatchQueue.global().async(group: prepared) { _ = ProfileRegistry.builtIn }
        }
        let (files, loadDiagnostics) = PlanLoader(fileSystem: fileSystem, cache: options.decodedFiles).load(read)
        prepared.wait()
        let (workspace, workspaceDiagnostics) = Workspace.assemble(files)
        let contextFiles = Set(read).subtracting(named)
        let templates = TemplateSource(
            folder: options.templates ?? TemplateSource.folder(besidePlans: paths.first ?? "plans", on: fileSystem), fileSystem: fileSystem)
        let (checklists, checklistProblems) = templates.checklistDefaults(platforms: workspace.profiles.sorted.map(\.id))
        let diagnostics = (walkDiagnostics + loadDiagnostics + workspaceDiagnostics).filter { $0.isReported(besides: contextFiles) }
        return PlanRepository(
            workspace: workspace, today: today.date(in: workspace.defaultTimeZone), now: today.instant, options: options, fileCount: named.count,
            itemCount: workspace.files.reduce(0) { $0 + (contextFiles.contains($1.path) ? 0 : $1.itemEntryCount) },
            contextFiles: contextFiles, readingDiagnostics: diagnostics.sortedUnique().keepingEachFixOnce(),
            templates: templates, checklists: checklists, checklistProblems: checklistProblems, fileSystem: fileSystem)
    }

    /// From this many plan files on, the built-in profiles are read on another core while the
    /// files are read; with fewer, reading is over too soon for that to pay.
    static let filesWorthPreparing = 8

    /// The findings in the `platforms:` overrides of the plan files (their decoding, and
    /// applying them to the built-in profiles): what matters to a command that only shows
    /// the profiles in force.
    public var profileOverrideDiagnostics: [Diagnostic] {
        let overrides = workspace.files.flatMap(\.profileOverrides)
        return readingDiagnostics.filter { diagnostic in
            overrides.contains { override in
                let range = override.range, at = diagnostic.range
                return at == override.id.range || (at.path == range.path && range.start <= at.start && at.start <= range.end)
            }
        }
    }

    /// The findings of the platform checks and of the scheduler over `window`, with those of
    /// reading, sorted, each once; and the schedule.
    ///
    /// The checks and the scheduler only read the workspace, so they share one pool of
    /// threads: the scheduler is the first job, and whichever thread is free takes the next
    /// part of the checks. Both cores stay busy to the end; with the scheduler on a thread of
    /// its own, it ran on alone for the last 10 ms or so of a 10,000-item repo.
    func check(scheduling window: ClosedRange<LocalDate>) -> (diagnostics: [Diagnostic], schedule: ScheduleResult) {
        let workspace = workspace, today = today, now = now
        let checker = PlatformChecker(workspace: workspace, today: today)
        let jobs = [CheckJob](concurrentlyMapping: 1 + checker.partCount) { job in
            job == 0
                ? .schedule(Scheduler(workspace: workspace, today: today, now: now).schedule(window: window)) : .checks(checker.check(part: job - 1))
        }
        var diagnostics = readingDiagnostics
        var schedule = ScheduleResult()
        for job in jobs {
            switch job {
            case .schedule(let result): schedule = result
            case .checks(let found): diagnostics += found
            }
        }
        diagnostics += schedule.diagnostics
        diagnostics += ResultChecker(workspace: workspace, today: today).check()
        let reported = diagnostics.filter { $0.isReported(besides: contextFiles) }.sortedUnique().keepingEachFixOnce()
        return (reported, schedule)
    }

    /// What one job of `check`'s pool found.
    private enum CheckJob: Sendable {
        case schedule(ScheduleResult)
        case checks([Diagnostic])
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
