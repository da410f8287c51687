/// The queue's proposal as text, Markdown or JSON (``ProposedSchedule``): a summary line, then
/// every channel's slots on the days shown, one line (or table row) each, then what
/// overflowed and which slots the clocks skip.
public enum ScheduleReporter {
    public static func text(_ schedule: ProposedSchedule) -> String {
        var lines = [summary(schedule)]
        for channel in schedule.channels {
            lines += ["", "\(channel.channel) (\(channel.timezone))"]
            if channel.slots.isEmpty { lines.append("  no slots on these days") }
            for slot in channel.slots {
                let state = slot.item.map { slot.state.padding(toLength: 8, withPad: " ", startingAt: 0) + "  " + $0 } ?? slot.state
                lines.append("  \(slot.weekday) \(slot.date) \(slot.time)  \(state)")
            }
        }
        if !schedule.overflows.isEmpty {
            lines += ["", "Overflowed (no free slot in the window):"]
            lines += schedule.overflows.map { "  \($0.item) on \($0.channels.joined(separator: ", ")), \($0.from) to \($0.until) (\($0.source))" }
        }
        if !schedule.skipped.isEmpty {
            lines += ["", "Skipped (the clocks jump over these times):"]
            lines += schedule.skipped.map { "  \($0.channel) \($0.date) \($0.time) \($0.timezone)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ schedule: ProposedSchedule) -> String {
        let escaping = MarkdownEscaping()
        var lines = ["# Schedule \(schedule.from) to \(schedule.to)", "", summary(schedule) + "."]
        for channel in schedule.channels {
            lines += ["", "## \(escaping.escapeText(channel.channel)) (\(channel.timezone))", ""]
            guard !channel.slots.isEmpty else {
                lines.append("No slots on these days.")
                continue
            }
            lines += ["| Day | Time | Slot | Item |", "| --- | --- | --- | --- |"]
            lines += channel.slots.map { "| \($0.weekday) \($0.date) | \($0.time) | \($0.state) | \($0.item.map { "`\($0)`" } ?? "") |" }
        }
        if !schedule.overflows.isEmpty {
            lines += ["", "## Overflowed", "", "| Item | Channels | Window | Source |", "| --- | --- | --- | --- |"]
            lines += schedule.overflows.map {
                "| `\($0.item)` | \($0.channels.map(escaping.escapeText).joined(separator: ", ")) | \($0.from) to \($0.until) | \(escaping.escapeText($0.source)) |"
            }
        }
        if !schedule.skipped.isEmpty {
            lines += ["", "## Skipped slots", "", "The clocks jump over these times (daylight saving); no item is put there.", ""]
            lines += schedule.skipped.map { "- \(escaping.escapeText($0.channel)): \($0.date) \($0.time) \($0.timezone)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ schedule: ProposedSchedule) -> String {
        StableJSON.text(of: schedule)
    }

    private static func summary(_ schedule: ProposedSchedule) -> String {
        let slots = schedule.channels.reduce(0) { $0 + $1.slots.count }
        let free = schedule.channels.reduce(0) { $0 + $1.slots.count { $0.state == "free" } }
        return
            "Schedule \(schedule.from) to \(schedule.to) (today \(schedule.today)): \(count(slots, "slot")) on \(count(schedule.channels.count, "channel")), \(schedule.placements.count) proposed, \(free) free, \(schedule.overflows.count) overflowed"
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
