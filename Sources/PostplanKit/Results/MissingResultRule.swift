/// `missing-result`: an item marked published has no result on one of its channels some days
/// after it went out.
enum MissingResultRule: StrategyRule, ConfigurableRule {
    static let description = Rule(
        id: "missing-result", category: .strategy, defaultSeverity: .warning,
        summary: "An item with `status: published` has no result on one of its channels 7 days after it went out.",
        rationale: """
            `postplan report` can only say what worked from what was recorded. Add the item's counts \
            under `results:` (by hand, or with `postplan import` from the platform's export) once the \
            first days of attention are over.
            """,
        options: Options.self,
        examples: ResultRuleExamples.missingResult)

    struct Options: RuleOptions {
        var after = PlanDuration(amount: 7, unit: .days)

        static let declarations: [OptionDeclaration<Self>] = [
            .duration("after", \.after, summary: "how long after going out a published item may wait for its result")
        ]
    }

    static func noResult(item: String, channel: String, published: LocalDate, days: Int) -> Diagnostic.Message {
        message(
            "no-result",
            "'\(item)' went out on \(published) and is published, but has no result on '\(channel)' after \(days) days; record its counts under 'results:' or run 'postplan import'"
        )
    }

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        let days = max(0, context.config.options(of: Self.self).after.seconds / 86_400)
        var recorded: Set<String> = []
        for result in context.workspace.results { recorded.insert(result.item.value + "\n" + result.channel.value) }
        return context.workspace.items.flatMap { item -> [Diagnostic] in
            guard item.status?.value == .published, case .once(let at)? = item.schedule,
                at.value.date.adding(days: days) <= context.today
            else { return [] }
            return item.channels.filter { !recorded.contains(item.id.value + "\n" + $0.value) }.map { channel in
                Diagnostic(noResult(item: item.id.value, channel: channel.value, published: at.value.date, days: days), at: channel.range)
            }
        }
    }
}
