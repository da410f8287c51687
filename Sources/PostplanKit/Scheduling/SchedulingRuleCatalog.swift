/// Rules about when items go out.
extension Rule {
    public static let nonexistentTime = Rule(
        id: "nonexistent-time", defaultSeverity: .error,
        summary: "A local time falls into a daylight-saving gap (2026-03-29 02:30 in Europe/Berlin never happens).",
        examples: SchedulingRuleExamples.nonexistentTime)
    public static let ambiguousTime = Rule(
        id: "ambiguous-time", defaultSeverity: .warning,
        summary: "A local time happens twice when the clocks go back; postplan takes the first.",
        examples: SchedulingRuleExamples.ambiguousTime)
    public static let reviewLeadTime = Rule(
        id: "review-lead-time", defaultSeverity: .warning,
        summary: "A product page's launch is less than the review time (14 days on LinkedIn) after today.",
        examples: SchedulingRuleExamples.reviewLeadTime)
    public static let channelGap = Rule(
        id: "channel-gap", defaultSeverity: .warning,
        summary: "Two items go out on one channel closer together than its platform's minimum gap.",
        examples: SchedulingRuleExamples.channelGap)
    public static let dailyLimit = Rule(
        id: "daily-limit", defaultSeverity: .warning,
        summary: "A channel has more items on one day than its platform (or the plan's config) allows.",
        examples: SchedulingRuleExamples.dailyLimit)

    static let schedulingRules: [Rule] = [.nonexistentTime, .ambiguousTime, .reviewLeadTime, .channelGap, .dailyLimit]
}
