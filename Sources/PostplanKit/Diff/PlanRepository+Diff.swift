extension PlanRepository {
    /// How many weeks from today ``diff(from:window:)`` compares unless told otherwise.
    public static let diffedWeeks = 13

    /// Today to ``diffedWeeks`` weeks ahead: the days a diff compares by default.
    public var defaultDiffWindow: ClosedRange<LocalDate> {
        today...today.adding(days: Self.diffedWeeks * 7)
    }

    /// What this repo (the head) changes against `base`: the occurrences added, removed, moved
    /// or publishing other content in `window`, the deadlines that follow from them, and the
    /// lint findings it adds and fixes. Both repos are scheduled with the same ``Scheduler``
    /// as their calendars and linted as ``lint()`` does; occurrences are keyed by item id and
    /// channel, so where an item is written does not matter.
    /// - Parameters:
    ///   - base: the repo before the change, opened like this one.
    ///   - window: the days compared; nil for ``defaultDiffWindow``.
    public func diff(from base: PlanRepository, window: ClosedRange<LocalDate>? = nil) -> PlanDiff {
        let window = window ?? defaultDiffWindow
        let repos = [base, self]
        let sides = [DiffSide](concurrentlyMapping: 2) { DiffSide(repos[$0], window: window) }
        let (old, new) = (sides[0], sides[1])
        var changes: [ScheduleChange] = []
        for key in Set(old.occurrences.keys).union(new.occurrences.keys) {
            changes += old.occurrenceChanges(to: new, of: key)
        }
        for key in Set(old.deadlines.keys).union(new.deadlines.keys) {
            let channel = ChannelKey(item: key.item, channel: key.channel)
            // A deadline of an item added or removed on a channel is part of that change.
            guard (old.occurrences[channel] == nil) == (new.occurrences[channel] == nil) else { continue }
            changes += old.deadlineChanges(to: new, of: key)
        }
        let findings = FindingMatcher(base: old.findings, in: base.workspace, head: new.findings, in: workspace)
        return PlanDiff(window: window, changes: changes, newFindings: findings.new, fixedFindings: findings.fixed)
    }
}

/// An item on a channel, by id: what occurrences are compared by.
struct ChannelKey: Hashable {
    var item: String
    var channel: String
}

/// A deadline of an item on a channel, by id.
struct DeadlineKey: Hashable {
    var kind: Deadline.Kind
    var item: String
    var channel: String
}

/// One side of a diff: its occurrences and deadlines in the window by item and channel (in
/// time order), and its lint findings.
struct DiffSide: Sendable {
    let workspace: Workspace
    let occurrences: [ChannelKey: [Occurrence]]
    let deadlines: [DeadlineKey: [Deadline]]
    let findings: [Diagnostic]

    init(_ repo: PlanRepository, window: ClosedRange<LocalDate>) {
        workspace = repo.workspace
        let (lint, linted) = repo.linted()
        findings = lint.diagnostics
        // Lint scheduled the year around today; a window inside it is read from that schedule.
        let horizon = repo.horizon
        let schedule =
            (horizon.lowerBound <= window.lowerBound && window.upperBound <= horizon.upperBound
            ? linted.within(window) : Scheduler(workspace: repo.workspace, today: repo.today, now: repo.now).schedule(window: window))
            .leavingOut(repo.contextFiles, in: repo.workspace)
        let items = repo.workspace.items
        occurrences = Dictionary(grouping: schedule.occurrences) { ChannelKey(item: items[$0.itemIndex].id.value, channel: $0.channelID) }
        deadlines = Dictionary(grouping: schedule.deadlines) {
            DeadlineKey(kind: $0.kind, item: items[$0.itemIndex].id.value, channel: $0.channelID)
        }
    }

    /// The kind of the item at an index of this side's items, as plan files write it.
    func kind(of itemIndex: Int?) -> String? {
        itemIndex.map { workspace.items[$0].kind.rawValue }
    }

    /// How the occurrences of `key` differ from this side to `head`.
    func occurrenceChanges(to head: DiffSide, of key: ChannelKey) -> [ScheduleChange] {
        let before = occurrences[key] ?? [], after = head.occurrences[key] ?? []
        let pairing = Pairing(base: before, head: after) { $0.start }
        let kind = head.kind(of: after.first?.itemIndex) ?? kind(of: before.first?.itemIndex) ?? ""
        func change(_ sort: ScheduleChange.Sort, _ old: Occurrence?, _ new: Occurrence?, fields: [FieldChange] = []) -> ScheduleChange {
            ScheduleChange(
                sort, item: key.item, kind: kind, channel: key.channel, before: old.map(\.slot), after: new.map(\.slot), fields: fields)
        }
        var changes = pairing.moved.map { change(.moved, $0.before, $0.after) }
        changes += pairing.removed.map { change(.removed, $0, nil) }
        changes += pairing.added.map { change(.added, nil, $0) }
        if let old = before.first, let new = after.first {
            let fields = PublishedContent(head.workspace.items[new.itemIndex], on: key.channel)
                .changes(from: PublishedContent(workspace.items[old.itemIndex], on: key.channel))
            if !fields.isEmpty { changes.append(change(.changed, old, new, fields: fields)) }
        }
        return changes
    }

    /// How the deadlines of `key` differ from this side to `head`.
    func deadlineChanges(to head: DiffSide, of key: DeadlineKey) -> [ScheduleChange] {
        let before = deadlines[key] ?? [], after = head.deadlines[key] ?? []
        let pairing = Pairing(base: before, head: after) { deadline in
            deadline.date.dayNumber * 1_440 + (deadline.time.map { $0.hour * 60 + $0.minute } ?? -1)
        }
        let kind = head.kind(of: after.first?.itemIndex) ?? kind(of: before.first?.itemIndex) ?? ""
        func change(_ old: Deadline?, _ new: Deadline?) -> ScheduleChange {
            ScheduleChange(
                .derived, item: key.item, kind: kind, channel: key.channel, before: old.map(\.slot), after: new.map(\.slot),
                deadline: key.kind.rawValue)
        }
        return pairing.moved.map { change($0.before, $0.after) } + pairing.removed.map { change($0, nil) }
            + pairing.added.map { change(nil, $0) }
    }
}

extension Occurrence {
    /// The occurrence's wall-clock day and time.
    var slot: Slot {
        Slot(date: date.description, time: time.description, zone: zone.identifier, proposed: isProposed ? true : nil)
    }
}

extension Deadline {
    /// The deadline's wall-clock day, and time if it has one.
    var slot: Slot {
        Slot(date: date.description, time: time?.description, zone: zone.identifier)
    }
}
