extension PlanRepository {
    /// The ideas and drafts of the reported files that wait without `at` or `repeat`, with
    /// their ages on ``today``. Items of files read only as context are left out.
    public func backlog() -> Backlog {
        Backlog(items: workspace.items.lazy.filter { !contextFiles.contains($0.range.path) }, today: today)
    }
}
