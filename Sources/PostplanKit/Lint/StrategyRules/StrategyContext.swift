/// What the strategy rules look at: the workspace, its occurrences in the weeks being
/// linted, and the config's options.
struct StrategyContext: Sendable {
    let workspace: Workspace
    /// Occurrences from the first day of today's week on, sorted by instant.
    let occurrences: [Occurrence]
    /// The posting slots and where the queue put the queued items.
    let queue: QueuePlan
    let config: LintConfig
    let today: LocalDate
    /// The default checklists slots start with (`templates/checklists.yaml`).
    let checklists: ChecklistDefaults

    func item(_ occurrence: Occurrence) -> Item {
        workspace.items[occurrence.itemIndex]
    }

    /// Occurrences grouped by week (as the config's `week-start` cuts them), in week order.
    var byWeek: [(week: ISOWeek, occurrences: [Occurrence])] {
        Dictionary(grouping: occurrences) { config.weekLayout.week(containing: $0.date) }
            .sorted { $0.key < $1.key }
            .map { ($0.key, $0.value) }
    }

    /// Occurrences grouped by channel and week, in channel then week order.
    var byChannelAndWeek: [(channel: String, week: ISOWeek, occurrences: [Occurrence])] {
        Dictionary(grouping: occurrences) { ChannelWeek(channel: $0.channelID, week: config.weekLayout.week(containing: $0.date)) }
            .sorted { ($0.key.channel, $0.key.week) < ($1.key.channel, $1.key.week) }
            .map { ($0.key.channel, $0.key.week, $0.value) }
    }

    /// The severity the config gives a rule, nil when it is off.
    func severity(of rule: Rule) -> Severity? {
        config.severity(of: rule)
    }

    private struct ChannelWeek: Hashable {
        var channel: String
        var week: ISOWeek
    }
}

/// One strategy rule: what it reports in a plan repo.
protocol StrategyRule: RuleDefinition {
    static func check(_ context: StrategyContext) -> [Diagnostic]
}

extension Item {
    /// Whether the item appears in its channel's timeline (its kind's `isOrganic`): ads and
    /// product pages do not.
    var isOrganic: Bool {
        kind.definition.isOrganic
    }

    /// The format of the item, as audiences see it: poll, video, image, document, or text.
    var format: String {
        if case .always(let format) = kind.definition.format { return format }
        switch media.first?.type.value {
        case .video?: return "video"
        case .image?, .gif?: return "image"
        case .document?: return "document"
        case nil: return "text"
        }
    }
}
