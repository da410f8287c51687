/// Rules about when items go out. The scheduler (`Scheduler`, `ConflictDetector`) checks them
/// as it expands the items into occurrences.
enum NonexistentTimeRule: RuleDefinition {
    static let description = Rule(
        id: "nonexistent-time", category: .scheduling, defaultSeverity: .error,
        summary: "A local time falls into a daylight-saving gap (2026-03-29 02:30 in Europe/Berlin never happens).",
        examples: SchedulingRuleExamples.nonexistentTime)

    static func inGap(_ date: LocalDate, _ time: LocalTime, zone: TimeZoneID, becomes later: LocalTime) -> Diagnostic.Message {
        message(
            "in-gap",
            "\(date) \(time) does not exist in \(zone): the clocks jump forward that night; use \(later), the time it would become, or an earlier time"
        )
    }
}

enum AmbiguousTimeRule: RuleDefinition {
    static let description = Rule(
        id: "ambiguous-time", category: .scheduling, defaultSeverity: .warning,
        summary: "A local time happens twice when the clocks go back; postplan takes the first.",
        examples: SchedulingRuleExamples.ambiguousTime)

    /// - Parameter offset: the UTC offset of the first of the two instants, as written (`+02:00`).
    static func happensTwice(_ date: LocalDate, _ time: LocalTime, zone: TimeZoneID, firstOffset offset: String) -> Diagnostic.Message {
        message(
            "happens-twice",
            "\(date) \(time) happens twice in \(zone) (the clocks go back); postplan takes the first, at UTC\(offset); write an offset, like '\(date)T\(time)\(offset)', to say which"
        )
    }
}

enum ReviewLeadTimeRule: RuleDefinition {
    static let description = Rule(
        id: "review-lead-time", category: .scheduling, defaultSeverity: .warning,
        summary: "A product page's launch is less than the review time (14 days on LinkedIn) after today.",
        examples: SchedulingRuleExamples.reviewLeadTime)

    static func launchTooSoon(page: String, launch: LocalDate, today: LocalDate, platform: String, reviewDays: Int) -> Diagnostic.Message {
        message(
            "launch-too-soon",
            "product page '\(page)' launches on \(launch), \(launch - today) days from \(today); \(platform) reviews new pages for about \(reviewDays) days, so submit it today and be ready to launch later"
        )
    }
}

enum ChannelGapRule: RuleDefinition {
    static let description = Rule(
        id: "channel-gap", category: .scheduling, defaultSeverity: .warning,
        summary: "Two items go out on one channel closer together than its platform's minimum gap.",
        examples: SchedulingRuleExamples.channelGap)

    /// - Parameter repeats: how many times the two items meet in all.
    static func tooClose(
        _ later: String, after earlier: String, channel: String, minutes: Int, on date: LocalDate, at time: LocalTime, repeats: Int, platform: String,
        gap: PlanDuration
    ) -> Diagnostic.Message {
        let often = repeats > 1 ? ", and \(repeats - 1) more times after that" : ""
        return message(
            "too-close",
            "'\(later)' goes out on '\(channel)' \(minutes) minutes after '\(earlier)' (\(date) \(time)\(often)); \(platform) wants at least \(gap) between items, so move one of them"
        )
    }
}

enum WindowLimitRule: RuleDefinition {
    static let description = Rule(
        id: "window-limit", category: .scheduling, defaultSeverity: .warning,
        summary:
            "A channel has more items within a moving window than its platform publishes (Instagram: 50 in any 24 hours; X: 300 in 3 hours and 200 in 15 minutes).",
        examples: SchedulingRuleExamples.windowLimit)

    /// - Parameters:
    ///   - item: the item one too many; `first` the earliest of the window it tips over.
    ///   - window: the moving window; `limit` the most items the platform publishes in it.
    static func tooMany(
        _ item: String, channel: String, on date: LocalDate, at time: LocalTime, first: String, firstAt: String, platform: String, limit: Int,
        window: PlanDuration
    ) -> Diagnostic.Message {
        message(
            "too-many",
            "'\(item)' (\(date) \(time)) is item \(limit + 1) on '\(channel)' within \(window) of '\(first)' (\(firstAt)); \(platform) publishes at most \(limit) in any \(window); move '\(item)' to \(window) after '\(first)' or later"
        )
    }
}

enum DailyLimitRule: RuleDefinition {
    static let description = Rule(
        id: "daily-limit", category: .scheduling, defaultSeverity: .warning,
        summary: "A channel has more items on one day than its platform (or the plan's config) allows.",
        examples: SchedulingRuleExamples.dailyLimit)

    static func tooMany(channel: String, items: Int, on day: LocalDate, platform: String, limit: Int, move item: String) -> Diagnostic.Message {
        message("too-many", "'\(channel)' has \(items) items on \(day); \(platform) allows \(limit) a day; move '\(item)' to another day")
    }
}
