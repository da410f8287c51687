/// What `postplan lint` found: everything `validate` finds and the strategy rules, with the
/// config's severities, suppression comments and ignore patterns applied.
public struct LintResult: Sendable {
    public var workspace: Workspace
    /// Every finding left, sorted, each with its configured severity.
    public var diagnostics: [Diagnostic]
    public var fileCount: Int
    /// How many items the reported files hold, complete or not.
    public var itemCount: Int
    /// How many findings suppression comments removed.
    public var suppressedCount: Int
}

/// Runs validate, then the strategy rules over the weeks from today's on, and applies the
/// config. Pure apart from the file system it is given.
public struct Linter: Sendable {
    public let fileSystem: any FileSystem
    public let config: LintConfig
    public let today: Today
    /// The absolute folder relative paths start from; `ignore` patterns are relative to the
    /// config file's folder.
    public let currentDirectory: String
    /// See `Validator.readsContext`.
    public let readsContext: Bool

    public init(fileSystem: any FileSystem, config: LintConfig, today: Today, currentDirectory: String = "/", readsContext: Bool = true) {
        self.fileSystem = fileSystem
        self.config = config
        self.today = today
        self.currentDirectory = currentDirectory
        self.readsContext = readsContext
    }

    public init(fileSystem: any FileSystem, config: LintConfig, today: LocalDate, currentDirectory: String = "/", readsContext: Bool = true) {
        self.init(fileSystem: fileSystem, config: config, today: .date(today), currentDirectory: currentDirectory, readsContext: readsContext)
    }

    /// Whether the config's `ignore` patterns take in a file.
    func isIgnored(_ path: String) -> Bool {
        guard !config.ignore.isEmpty else { return false }
        let base = RepositoryPath.components(of: currentDirectory, from: [])
        let folder = config.path.map { "/" + RepositoryPath.components(of: $0, from: base).dropLast().joined(separator: "/") } ?? currentDirectory
        let relative = RepositoryPath.relative(path, to: folder, currentDirectory: currentDirectory)
        return config.ignore.contains { GlobPattern($0).matches(relative) }
    }

    /// The strategy rules, in the order `Rule.definitions` lists them.
    static let strategyRules = Rule.definitions.compactMap { $0 as? any StrategyRule.Type }

    /// How many weeks, from today's on, the strategy rules judge.
    public static let lintedWeeks = 13

    public func lint(_ paths: [String]) throws(InputError) -> LintResult {
        var validation = try Validator(fileSystem: fileSystem, readsContext: readsContext).validate(paths, today: today)
        let today = today.date(in: validation.workspace.defaultTimeZone)
        // The weeks judged: this one and the next ones up to a quarter ahead; a repeat without
        // an end would otherwise be judged for every week of the horizon.
        let weekStart = config.weekLayout.firstDay(of: config.weekLayout.week(containing: today))
        let weekEnd = weekStart.adding(days: Self.lintedWeeks * 7 - 1)
        // The checklist defaults the calendar uses: the repo's templates/ beside its plans, or the built-in ones.
        let templates = TemplateSource(folder: TemplateSource.folder(besidePlans: paths.first ?? "plans", on: fileSystem), fileSystem: fileSystem)
        let (checklists, checklistProblems) = templates.checklistDefaults(platforms: validation.workspace.profiles.sorted.map(\.id))
        let context = StrategyContext(
            workspace: validation.workspace,
            occurrences: validation.schedule.occurrences.filter { $0.date >= weekStart && $0.date <= weekEnd },
            config: config, today: today, checklists: checklists ?? .builtIn)
        // Only the linted weeks are needed from here on; the rest of the year's occurrences
        // would only add to the memory a large repo needs.
        validation.schedule = ScheduleResult()
        var found = validation.diagnostics + checklistProblems
        // The strategy rules only read the context: they run side by side, and their findings
        // are put together in the rules' order.
        let rules = Self.strategyRules.indices.filter { config.severity(of: Self.strategyRules[$0].description) != nil }
        let findings = [[Diagnostic]](concurrentlyMapping: rules.count) { Self.strategyRules[rules[$0]].check(context) }
        found += findings.joined()
        var suppressions = Suppressions(workspace: validation.workspace)
        let configured = configure(found)
        let kept = suppressions.filter(configured)
        let unused = suppressions.unused { id in Rule.named(id).map { config.severity(of: $0) == nil } ?? false }
        let meta = configure(suppressions.diagnostics + unused)
        let contextFiles = validation.contextFiles
        let diagnostics = (kept + meta).filter { !isIgnored($0.range.path) && $0.isReported(besides: contextFiles) }.sortedUnique()
        return LintResult(
            workspace: validation.workspace, diagnostics: diagnostics, fileCount: validation.fileCount,
            itemCount: validation.itemCount,
            suppressedCount: configured.count { $0.isReported(besides: contextFiles) } - kept.count { $0.isReported(besides: contextFiles) })
    }

    /// Findings with the config's severities; those of rules turned off are dropped.
    private func configure(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.compactMap { diagnostic in
            guard let rule = Rule.named(diagnostic.ruleID) else { return diagnostic }
            guard let severity = config.severity(of: rule) else { return nil }
            var configured = diagnostic
            configured.severity = severity
            return configured
        }
    }
}
