/// Rules about the queue: items it cannot place, and, in lint, what its slots show about the
/// weeks ahead.
enum NoSlotsRule: RuleDefinition {
    static let description = Rule(
        id: "no-slots", category: .scheduling, defaultSeverity: .error,
        summary: "A queued item (`at: next-slot`) goes out on a channel that declares no posting slots.",
        examples: QueueRuleExamples.noSlots)

    static func noSlots(item: String, channel: String) -> Diagnostic.Message {
        message(
            "no-slots",
            "'\(item)' is queued (at: next-slot) on '\(channel)', which has no posting slots; add slots to the channel, like 'slots: { mon-fri: [\"09:00\"] }', or pin the item with a time in 'at'"
        )
    }
}

enum QueueOverflowRule: RuleDefinition {
    static let description = Rule(
        id: "queue-overflow", category: .scheduling, defaultSeverity: .warning,
        summary: "A queued item finds no free posting slot inside its window.",
        rationale: """
            Items pinned to a time take their slots first, then queued items in order of priority, \
            window end and id; a slot is free while no item is closer than the platform's minimum \
            gap and its day is below the daily limit. An item that overflows is on no calendar.
            """,
        examples: QueueRuleExamples.queueOverflow)

    /// - Parameter counts: per channel without a free slot, the slots of the window and how
    ///   many were free (none).
    static func full(item: String, window: ClosedRange<LocalDate>, counts: [(String, (slots: Int, free: Int))]) -> Diagnostic.Message {
        let channels = counts.map { "'\($0.0)' (\(slotCount($0.1.slots)), none free)" }.joined(separator: ", ")
        return message(
            "full",
            "'\(item)' finds no free slot from \(window.lowerBound) to \(window.upperBound) on \(channels); widen its window ('queue: { until: ... }'), add slots, or give it a priority ('queue: { priority: 1 }')"
        )
    }

    static func noCommonSlot(item: String, window: ClosedRange<LocalDate>, counts: [(String, (slots: Int, free: Int))]) -> Diagnostic.Message {
        let channels = counts.map { "'\($0.0)' \($0.1.free) of \(slotCount($0.1.slots)) free" }.joined(separator: ", ")
        return message(
            "no-common-slot",
            "'\(item)' finds no time from \(window.lowerBound) to \(window.upperBound) that is a free slot on all its channels at once (\(channels)); give the channels a common slot time, or set 'together: false' to let each take its own"
        )
    }

    static func windowPassed(item: String, until: LocalDate, today: LocalDate) -> Diagnostic.Message {
        message(
            "window-passed", "'\(item)' may go out until \(until), which has passed (today is \(today)); move 'until' forward, or remove the item")
    }

    static func beyondHorizon(item: String, from: LocalDate, lastDay: LocalDate) -> Diagnostic.Message {
        message(
            "beyond-horizon",
            "'\(item)' may go out from \(from), after the last day the queue plans (\(lastDay), a year from today); it gets a slot once that day is within a year"
        )
    }

    private static func slotCount(_ count: Int) -> String {
        count == 1 ? "1 slot" : "\(count) slots"
    }
}

/// `unready-item`: an idea or a draft about to go out, the approval gate a team runs in CI.
enum UnreadyItemRule: StrategyRule, ConfigurableRule {
    static let description = Rule(
        id: "unready-item", category: .strategy, defaultSeverity: .warning,
        summary: "An item goes out within a few days (2 by default) while its status is still `idea` or `draft`.",
        rationale: """
            A queued or pinned item whose time is near must be written and approved. Set \
            `status: ready` once it is, or move it back.
            """,
        options: Options.self,
        examples: QueueRuleExamples.unreadyItem)

    struct Options: RuleOptions {
        var days = 2

        static let declarations: [OptionDeclaration<Self>] = [
            .integer("days", \.days, summary: "how many days ahead of today an item must be ready", range: 0...366)
        ]
    }

    static func notReady(item: String, status: ItemStatus, channel: String, date: LocalDate, time: LocalTime, proposed: Bool, days: Int)
        -> Diagnostic.Message
    {
        let when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in \(days) days"
        let how = proposed ? "is proposed for" : "goes out on"
        return message(
            "not-ready",
            "'\(item)' \(how) '\(channel)' \(when) (\(date) \(time)) but its status is '\(status.rawValue)'; finish and approve it and set 'status: ready', or move it later"
        )
    }

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        let days = context.config.options(of: Self.self).days
        var reported: Set<Int> = []
        return context.occurrences.compactMap { occurrence in
            let item = context.item(occurrence)
            guard let status = item.status, status.value.mayBeUnscheduled else { return nil }
            let ahead = occurrence.date - context.today
            guard ahead >= 0, ahead <= days, reported.insert(occurrence.itemIndex).inserted else { return nil }
            return Diagnostic(
                notReady(
                    item: item.id.value, status: status.value, channel: occurrence.channelID, date: occurrence.date, time: occurrence.time,
                    proposed: occurrence.isProposed, days: ahead),
                at: status.range)
        }
    }
}

/// `empty-slot`: posting slots in the coming weeks that nothing fills.
enum EmptySlotRule: StrategyRule, ConfigurableRule {
    static let description = Rule(
        id: "empty-slot", category: .strategy, defaultSeverity: .info,
        summary: "A channel's posting slots in the coming weeks (2 by default) have nothing in them.",
        rationale: """
            Slots say how often a channel means to post. Empty ones are gaps the audience notices: \
            queue ideas (`at: next-slot`) to fill them, or remove slots the team cannot keep. A slot \
            is used only by an item at its time: one that is merely near an item (closer than the \
            platform's minimum gap) is empty too, and a slot the gap or daily limit always crowds \
            out is one to remove.
            """,
        options: Options.self,
        examples: QueueRuleExamples.emptySlot)

    struct Options: RuleOptions {
        var weeks = 2

        static let declarations: [OptionDeclaration<Self>] = [
            .integer("weeks", \.weeks, summary: "how many weeks from today are looked at", range: 1...53)
        ]
    }

    /// - Parameter first: the first empty slots, as written in the message.
    static func empty(channel: String, count: Int, total: Int, weeks: Int, first: [String]) -> Diagnostic.Message {
        let more = count > first.count ? ", ..." : ""
        return message(
            "empty",
            "'\(channel)' has \(count) of its \(total) slots empty in the next \(weeks == 1 ? "week" : "\(weeks) weeks") (\(first.joined(separator: ", "))\(more)); queue items with 'at: next-slot' to fill them, or remove slots"
        )
    }

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        let weeks = context.config.options(of: Self.self).weeks
        let last = context.today.adding(days: weeks * 7 - 1)
        return context.queue.channels.compactMap { lane in
            guard let channel = context.workspace.channels[lane.channelID], let slots = channel.slots else { return nil }
            let ahead = lane.slots.filter { $0.date >= context.today && $0.date <= last }
            // Only an item at the slot's minute uses it; one merely near it (within the minimum
            // gap, or on a day the daily limit has filled) leaves the slot's time empty.
            let empty = ahead.filter { if case .filled = $0.state { false } else { true } }
            guard !empty.isEmpty else { return nil }
            let first = empty.prefix(3).map { "\($0.date.weekday.rawValue) \($0.date) \($0.time)" }
            return Diagnostic(
                Self.empty(channel: lane.channelID, count: empty.count, total: ahead.count, weeks: weeks, first: Array(first)), at: slots.range)
        }
    }
}
