/// One time an item goes out on one channel, with its instant and its wall-clock time.
/// Items are named by their index in `Workspace.items`, so that a long repeat does not copy
/// the item into every occurrence.
public struct Occurrence: Sendable {
    public var itemIndex: Int
    public var channelID: String
    /// Seconds since 1970-01-01T00:00Z.
    public var start: Int
    /// The wall-clock date and time in `zone`.
    public var date: LocalDate
    public var time: LocalTime
    public var zone: TimeZoneID
    /// When what the occurrence starts ends: a poll closes, a story expires, an ad's run ends.
    public var end: Int?
    /// Which occurrence of a repeating item this is, from 0; 0 for one-off items.
    public var sequence: Int
    /// Whether the queue proposes this time for a queued item (`at: next-slot`), rather than
    /// the plan pinning it.
    public var isProposed = false
}

extension Item {
    /// Where the item says when it goes out (`at`, the `repeat` rule, or a product page's `launch`).
    public var scheduleRange: SourceRange {
        switch (schedule, details) {
        case (.once(let at)?, _): at.range
        case (.recurring(let rule)?, _): rule.range
        case (.queued(let request)?, _): request.at
        case (nil, _): details.ownDate?.range ?? id.range
        }
    }
}

/// Something to do by a date that follows from an item: post a poll's results, submit a
/// product page for review, launch it, announce a live event, remind of it, post its recording.
public struct Deadline: Sendable {
    public enum Kind: String, Sendable {
        case postResults = "post-results"
        case submitReview = "submit-review"
        case launch
        case announce
        case remind
        case postRecording = "post-recording"
    }

    public var kind: Kind
    public var itemIndex: Int
    public var channelID: String
    /// The wall-clock day (and time, when there is one) in `zone`.
    public var date: LocalDate
    public var time: LocalTime?
    public var zone: TimeZoneID
    /// What to do, for a checklist or calendar: "Post the results of poll 'cert-poll'".
    public var title: String
}

/// What the scheduler found for a window of days.
public struct ScheduleResult: Sendable {
    /// Sorted by instant, then channel.
    public var occurrences: [Occurrence] = []
    /// Sorted by date, then time.
    public var deadlines: [Deadline] = []
    public var diagnostics: [Diagnostic] = []
    /// Where the queue put the queued items, and the posting slots of the channels that have
    /// them; empty when no channel has slots and nothing is queued.
    public var queue = QueuePlan()
}

extension ScheduleResult {
    /// Without the occurrences and deadlines of the items written in `contextFiles`: the
    /// calendar of a plan file named on its own, read with its sibling files for context.
    public func leavingOut(_ contextFiles: Set<String>, in workspace: Workspace) -> ScheduleResult {
        guard !contextFiles.isEmpty else { return self }
        func inFiles(_ itemIndex: Int) -> Bool { !contextFiles.contains(workspace.items[itemIndex].id.range.path) }
        return ScheduleResult(
            occurrences: occurrences.filter { inFiles($0.itemIndex) }, deadlines: deadlines.filter { inFiles($0.itemIndex) },
            diagnostics: diagnostics, queue: queue)
    }

    /// The occurrences and deadlines whose wall-clock date (in their own zone) lies in
    /// `window`: what ``Scheduler/schedule(window:)`` gives for a window inside this
    /// schedule's, whose findings and queue are kept.
    func within(_ window: ClosedRange<LocalDate>) -> ScheduleResult {
        ScheduleResult(
            occurrences: occurrences.filter { window.contains($0.date) }, deadlines: deadlines.filter { window.contains($0.date) },
            diagnostics: diagnostics, queue: queue)
    }
}
