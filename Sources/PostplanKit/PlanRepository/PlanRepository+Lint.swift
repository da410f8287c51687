/// What ``PlanRepository/lint()`` found: everything `validate` finds and the strategy rules,
/// with the config's severities, suppression comments and ignore patterns applied.
public struct LintResult: Sendable {
    /// Every finding left, sorted, each with its configured severity.
    public var diagnostics: [Diagnostic]
    /// How many findings suppression comments removed.
    public var suppressedCount: Int
}

extension PlanRepository {
    /// How many weeks, from today's on, the strategy rules judge.
    public static let lintedWeeks = 13

    /// `validate`, then the strategy rules over the weeks from today's on (``lintedWeeks``),
    /// with the config of ``Options/config`` applied: what `postplan lint` reports.
    public func lint() -> LintResult {
        linted().result
    }

    /// What ``lint()`` finds, with the schedule of ``horizon`` it judged: a diff reads its
    /// window's occurrences from that schedule rather than scheduling the repo again.
    func linted() -> (result: LintResult, schedule: ScheduleResult) {
        let config = options.config
        let (validation, schedule) = check(scheduling: horizon)
        // The weeks judged: this one and the next ones up to a quarter ahead; a repeat without
        // an end would otherwise be judged for every week of the horizon.
        let weekStart = config.weekLayout.firstDay(of: config.weekLayout.week(containing: today))
        let weekEnd = weekStart.adding(days: Self.lintedWeeks * 7 - 1)
        let context = StrategyContext(
            workspace: workspace, occurrences: schedule.occurrences.filter { $0.date >= weekStart && $0.date <= weekEnd },
            queue: schedule.queue, config: config, today: today, checklists: checklists ?? .builtIn)
        // The strategy rules only read the context: they run side by side, and their findings
        // are put together in the rules' order.
        let rules = Self.strategyRules.indices.filter { config.severity(of: Self.strategyRules[$0].description) != nil }
        let findings = [[Diagnostic]](concurrentlyMapping: rules.count) { Self.strategyRules[rules[$0]].check(context) }
        let found = validation + checklistProblems + findings.joined()
        var suppressions = Suppressions(workspace: workspace)
        let configured = configure(found)
        let kept = suppressions.filter(configured)
        let unused = suppressions.unused { id in Rule.named(id).map { config.severity(of: $0) == nil } ?? false }
        let meta = configure(suppressions.diagnostics + unused)
        let contextFiles = contextFiles
        let diagnostics = (kept + meta).filter { !isIgnored($0.range.path) && $0.isReported(besides: contextFiles) }.sortedUnique()
        let result = LintResult(
            diagnostics: diagnostics,
            suppressedCount: configured.count { $0.isReported(besides: contextFiles) } - kept.count { $0.isReported(besides: contextFiles) })
        return (result, schedule)
    }

    /// The strategy rules, in the order `Rule.definitions` lists them.
    static let strategyRules = Rule.definitions.compactMap { $0 as? any StrategyRule.Type }

    /// Whether the config's `ignore` patterns take in a file.
    func isIgnored(_ path: String) -> Bool {
        let config = options.config, currentDirectory = options.currentDirectory
        guard !config.ignore.isEmpty else { return false }
        let base = RepositoryPath.components(of: currentDirectory, from: [])
        let folder = config.path.map { "/" + RepositoryPath.components(of: $0, from: base).dropLast().joined(separator: "/") } ?? currentDirectory
        let relative = RepositoryPath.relative(path, to: folder, currentDirectory: currentDirectory)
        return config.ignore.contains { GlobPattern($0).matches(relative) }
    }

    /// Findings with the config's severities; those of rules turned off are dropped.
    private func configure(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.compactMap { diagnostic in
            guard let rule = Rule.named(diagnostic.ruleID) else { return diagnostic }
            guard let severity = options.config.severity(of: rule) else { return nil }
            var configured = diagnostic
            configured.severity = severity
            return configured
        }
    }
}
