import YAMLTree

/// What ``PlanRepository/schedule(for:)`` found: the plans' findings and the queue's proposal.
public struct QueueResult: Sendable {
    /// Everything `validate` checks, with the queue's findings (`queue-overflow`, `no-slots`).
    public var diagnostics: [Diagnostic]
    /// The slots of the days asked for, and where the queue puts the queued items.
    public var schedule: ProposedSchedule
    /// The whole plan, for ``PlanRepository/pins(_:)``.
    let plan: QueuePlan
    let span: CalendarSpan
}

extension PlanRepository {
    /// The posting slots of `span` and the queue's proposal for them. The queue fills the year
    /// from today whatever the span, so every span shows the same proposal.
    public func schedule(for span: CalendarSpan) -> QueueResult {
        let (diagnostics, schedule) = check(scheduling: span.first...span.last)
        return QueueResult(
            diagnostics: diagnostics, schedule: ProposedSchedule(schedule.queue, span: span, today: today, workspace: workspace),
            plan: schedule.queue, span: span)
    }

    /// The edits that pin the queued items placed on the days of `result`'s span: each
    /// item's `at: next-slot` becomes the time it got. An item is pinned only when all its
    /// channels got the same wall-clock time on those days (one `at:` says one time); the
    /// others are listed with the reason. Files read only as context are left alone. A time
    /// that happens twice (the clocks go back over it) is pinned with its UTC offset.
    public func pins(_ result: QueueResult) -> PinPlan {
        let byItem = Dictionary(grouping: result.plan.placements, by: \.itemIndex)
        var times: [Int: String] = [:]
        var skipped: [PinPlan.Skipped] = []
        for index in byItem.keys.sorted() {
            let placements = byItem[index]!, item = workspace.items[index]
            guard !contextFiles.contains(item.range.path), placements.contains(where: { result.span.contains($0.date) }) else { continue }
            let written = Set(placements.map(\.pinnedAt))
            if placements.contains(where: { !result.span.contains($0.date) }) {
                skipped.append(.init(item: item.id.value, reason: "some of its channels got slots after \(result.span.last); widen the span"))
            } else if written.count > 1 {
                skipped.append(
                    .init(
                        item: item.id.value,
                        reason:
                            "its channels got different times (\(written.sorted().joined(separator: ", "))); set 'together: true' in its queue, or split it per channel"
                    ))
            } else if let time = written.first {
                times[index] = time
            }
        }
        let byFile = Dictionary(grouping: times.keys, by: { workspace.items[$0].range.path })
        var edits: [PlanEdit] = []
        for path in byFile.keys.sorted() {
            let items = byFile[path]!.sorted().map { (workspace.items[$0].id.value, times[$0]!) }
            guard let digest = workspace.files.first(where: { $0.path == path })?.digest,
                let bytes = try? fileSystem.contents(of: path, maxBytes: ParserLimits.default.maxBytes)
            else { continue }
            let (edit, refused) = PinEditor.edit(path: path, bytes: bytes, digest: digest, pinning: items)
            if let edit { edits.append(edit) }
            skipped += refused
        }
        return PinPlan(edits: edits, skipped: skipped.sorted { $0.item < $1.item })
    }
}

extension QueuePlan.Placement {
    /// The `at:` that pins this placement: its wall-clock time (`2026-12-07 08:30`), or, when
    /// the clocks go back over that time and it happens twice, the time with this instant's
    /// UTC offset (`2026-10-25T02:30+02:00`), which reads back to the same instant without an
    /// `ambiguous-time` warning.
    fileprivate var pinnedAt: String {
        guard let converter = ZoneConverter(zone), case .overlap = converter.resolve(date, time) else { return "\(date) \(time)" }
        return "\(date)T\(time)\(DateTimeValue.offsetText(converter.offset(at: start)))"
    }
}
