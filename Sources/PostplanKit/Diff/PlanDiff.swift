/// What a change to a plan repo does to its schedule and its findings: what
/// ``PlanRepository/diff(from:window:)`` found, the document of `postplan diff --format json`
/// (`docs/diff-json.md`).
///
/// Occurrences are compared by item id and channel, never by file or line, so a renamed file
/// or an item moved to another file changes nothing.
public struct PlanDiff: Codable, Sendable, Equatable {
    /// Bumped when a field is removed, renamed or changes meaning; new fields keep the version.
    public static let documentVersion = 1

    /// The version of the document's structure, ``documentVersion``.
    public var version = PlanDiff.documentVersion
    /// The first day of the window compared, `YYYY-MM-DD`.
    public var from: String
    /// The last day of the window compared, `YYYY-MM-DD`.
    public var to: String
    /// How many changes and findings of each sort the diff holds.
    public var summary: Summary
    /// The occurrences and deadlines that differ, by day, then time, item and channel.
    public var changes: [ScheduleChange]
    /// The findings of the head that the base does not have.
    public var newFindings: [DiffFinding]
    /// The findings of the base that the head no longer has.
    public var fixedFindings: [DiffFinding]

    /// A diff of the changes and findings given, over the window given.
    /// - Parameters:
    ///   - window: the days compared.
    ///   - changes: the differing occurrences and deadlines, in any order.
    ///   - newFindings: the head's findings that the base lacks.
    ///   - fixedFindings: the base's findings that the head lacks.
    public init(window: ClosedRange<LocalDate>, changes: [ScheduleChange], newFindings: [DiffFinding], fixedFindings: [DiffFinding]) {
        from = window.lowerBound.description
        to = window.upperBound.description
        self.changes = changes.sorted()
        self.newFindings = newFindings.sorted()
        self.fixedFindings = fixedFindings.sorted()
        summary = Summary(changes: self.changes, newFindings: self.newFindings, fixedFindings: self.fixedFindings)
    }

    /// Whether the change touches neither the schedule nor the findings.
    public var isEmpty: Bool {
        changes.isEmpty && newFindings.isEmpty && fixedFindings.isEmpty
    }

    /// Counts of each sort of change and finding.
    public struct Summary: Codable, Sendable, Equatable {
        /// Occurrences only the head has.
        public var added: Int
        /// Occurrences only the base has.
        public var removed: Int
        /// Occurrences at another time in the head.
        public var moved: Int
        /// Items and channels whose published content differs.
        public var changed: Int
        /// Deadlines that follow from items (a poll's results, a review) and differ.
        public var derived: Int
        /// New findings by severity name (`error`, `warning`, `info`), those with none left out.
        public var newFindings: [String: Int]
        /// Fixed findings by severity name, those with none left out.
        public var fixedFindings: [String: Int]

        init(changes: [ScheduleChange], newFindings: [DiffFinding], fixedFindings: [DiffFinding]) {
            func count(_ sort: ScheduleChange.Sort) -> Int { changes.count { $0.change == sort } }
            added = count(.added)
            removed = count(.removed)
            moved = count(.moved)
            changed = count(.changed)
            derived = count(.derived)
            self.newFindings = Dictionary(grouping: newFindings, by: \.severity).mapValues(\.count)
            self.fixedFindings = Dictionary(grouping: fixedFindings, by: \.severity).mapValues(\.count)
        }
    }
}

/// One difference in the schedule: an occurrence of an item on a channel added, removed,
/// moved or with other content, or a deadline that follows from an item moving.
public struct ScheduleChange: Codable, Sendable, Equatable, Comparable {
    /// The sort of difference.
    public enum Sort: String, Codable, Sendable, CaseIterable {
        /// An occurrence only the head has.
        case added
        /// An occurrence only the base has.
        case removed
        /// The same item and channel at another time.
        case moved
        /// The same item and channel publishing other text, media, poll options or CTA.
        case changed
        /// A deadline that follows from an item (``Deadline/Kind``) added, removed or moved.
        case derived
    }

    /// The sort of difference.
    public var change: Sort
    /// The item's id.
    public var item: String
    /// The item's kind, as plan files write it (`poll`, `product-page`).
    public var kind: String
    /// The channel's id.
    public var channel: String
    /// When it was, in the base; nil for what was added.
    public var before: Slot?
    /// When it is, in the head; nil for what was removed.
    public var after: Slot?
    /// For `changed`: the fields that differ, with short excerpts.
    public var fields: [FieldChange]
    /// For `derived`: which deadline (`post-results`, `submit-review`, `launch`, `announce`,
    /// `remind`, `post-recording`).
    public var deadline: String?

    /// A difference of an item on a channel.
    /// - Parameters:
    ///   - change: the sort of difference.
    ///   - item: the item's id.
    ///   - kind: the item's kind.
    ///   - channel: the channel's id.
    ///   - before: when it was, in the base.
    ///   - after: when it is, in the head.
    ///   - fields: the fields that differ, for `changed`.
    ///   - deadline: the deadline's kind, for `derived`.
    public init(
        _ change: Sort, item: String, kind: String, channel: String, before: Slot?, after: Slot?, fields: [FieldChange] = [],
        deadline: String? = nil
    ) {
        self.change = change
        self.item = item
        self.kind = kind
        self.channel = channel
        self.before = before
        self.after = after
        self.fields = fields
        self.deadline = deadline
    }

    /// The slot the change is shown at: the head's, else the base's.
    public var slot: Slot {
        after ?? before ?? Slot(date: "", time: nil, zone: "")
    }

    /// By slot (day, then time), then item, channel, sort and deadline.
    public static func < (lhs: ScheduleChange, rhs: ScheduleChange) -> Bool {
        let left = lhs.slot, right = rhs.slot
        if left.date != right.date { return left.date < right.date }
        if left.time != right.time { return (left.time ?? "") < (right.time ?? "") }
        if lhs.item != rhs.item { return lhs.item < rhs.item }
        if lhs.channel != rhs.channel { return lhs.channel < rhs.channel }
        if lhs.change != rhs.change { return lhs.change.sortOrder < rhs.change.sortOrder }
        return (lhs.deadline ?? "") < (rhs.deadline ?? "")
    }
}

extension ScheduleChange.Sort {
    /// The sort's place in ``allCases``: the order summaries and tables list them in.
    var sortOrder: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

/// A wall-clock day and time in a zone: when an occurrence goes out, or a deadline falls.
public struct Slot: Codable, Sendable, Equatable {
    /// `YYYY-MM-DD`.
    public var date: String
    /// `HH:MM`; nil for a deadline that is a whole day (a launch).
    public var time: String?
    /// The IANA zone of the day and time.
    public var zone: String
    /// True when the queue proposed the time (`at: next-slot`); nil for a time the plan
    /// gives, so a diff without queued items encodes as it did before the queue.
    public var proposed: Bool?

    /// A slot from its parts.
    /// - Parameters:
    ///   - date: the day, `YYYY-MM-DD`.
    ///   - time: the time, `HH:MM`, if there is one.
    ///   - zone: the IANA zone.
    ///   - proposed: true when the queue proposed the time.
    public init(date: String, time: String?, zone: String, proposed: Bool? = nil) {
        self.date = date
        self.time = time
        self.zone = zone
        self.proposed = proposed
    }

    /// The day and time as one text: `2026-12-01 09:00`, with `(proposed)` after a time the
    /// queue proposed.
    public var text: String {
        (time.map { "\(date) \($0)" } ?? date) + (proposed == true ? " (proposed)" : "")
    }
}

/// One field of an item on a channel whose value differs, as short excerpts.
public struct FieldChange: Codable, Sendable, Equatable {
    /// `text`, `media`, `poll-options` or `cta`.
    public var field: String
    /// The base's value, shortened; nil when the base has none.
    public var before: String?
    /// The head's value, shortened; nil when the head has none.
    public var after: String?

    /// A field change from its parts.
    /// - Parameters:
    ///   - field: the field's name.
    ///   - before: the base's excerpt.
    ///   - after: the head's excerpt.
    public init(field: String, before: String?, after: String?) {
        self.field = field
        self.before = before
        self.after = after
    }
}

/// A finding only one side of a diff has, with the item and channel it was matched by.
public struct DiffFinding: Codable, Sendable, Equatable, Comparable {
    /// The rule's id.
    public var ruleId: String
    /// The id of the message's form.
    public var messageId: String
    /// `error`, `warning` or `info`.
    public var severity: String
    /// What the finding says.
    public var message: String
    /// The id of the item the finding is in, if it is in one.
    public var item: String?
    /// The channel the message names, if it names one of the item's channels.
    public var channel: String?
    /// Where it is on its side: `path:line:column`.
    public var location: String

    /// Most severe first, then by item, channel, rule, message and location.
    public static func < (lhs: DiffFinding, rhs: DiffFinding) -> Bool {
        let left = Severity(rawValue: lhs.severity) ?? .info, right = Severity(rawValue: rhs.severity) ?? .info
        if left != right { return left > right }
        return (lhs.item ?? "", lhs.channel ?? "", lhs.ruleId, lhs.messageId, lhs.message, lhs.location)
            < (rhs.item ?? "", rhs.channel ?? "", rhs.ruleId, rhs.messageId, rhs.message, rhs.location)
    }
}
