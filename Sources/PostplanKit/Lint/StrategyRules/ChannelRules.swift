/// `silent-channel`: a channel goes quiet for too long inside the plan's date range.
enum SilentChannelRule: StrategyRule, ConfigurableRule {
    static let description = Rule(
        id: "silent-channel", category: .strategy, defaultSeverity: .warning,
        summary: "A channel has no item for more than 14 days inside the plan's date range.",
        rationale: """
            Followers forget a channel that goes quiet, and platforms show its next post to fewer \
            of them. Plan something at least every two weeks on every channel you keep, or retire \
            the channel.
            """,
        options: Options.self,
        examples: StrategyRuleExamples.silentChannel)

    struct Options: RuleOptions {
        var maxSilence = PlanDuration(amount: 14, unit: .days)

        static let declarations: [OptionDeclaration<Self>] = [
            .duration("max-silence", \.maxSilence, summary: "the longest quiet stretch")
        ]
    }

    static func neverPosts(channel: String, from first: LocalDate, to last: LocalDate, maxDays: Int) -> Diagnostic.Message {
        message(
            "no-item-at-all", "channel '\(channel)' has no item at all from \(first) to \(last); \(advice(maxDays))")
    }

    static func quiet(channel: String, from start: LocalDate, to end: LocalDate, maxDays: Int) -> Diagnostic.Message {
        message(
            "quiet-stretch", "channel '\(channel)' has no item from \(start) to \(end) (\(end - start) days); \(advice(maxDays))")
    }

    private static func advice(_ maxDays: Int) -> String {
        "plan something at least every \(maxDays) days, or retire the channel"
    }

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        guard let first = context.occurrences.map(\.date).min(), let last = context.occurrences.map(\.date).max() else { return [] }
        let maxDays = max(1, context.config.options(of: Self.self).maxSilence.seconds / 86_400)
        let datesByChannel = Dictionary(grouping: context.occurrences, by: \.channelID).mapValues { Set($0.map(\.date)).sorted() }
        return context.workspace.channels.values.sorted { $0.id.value < $1.id.value }.compactMap { channel in
            let points = [first] + (datesByChannel[channel.id.value] ?? []) + [last]
            guard let (from, to) = zip(points, points.dropFirst()).max(by: { ($0.1 - $0.0) < ($1.1 - $1.0) }), to - from > maxDays else {
                return nil
            }
            let finding =
                datesByChannel[channel.id.value] == nil
                ? neverPosts(channel: channel.id.value, from: first, to: last, maxDays: maxDays)
                : quiet(channel: channel.id.value, from: from, to: to, maxDays: maxDays)
            return Diagnostic(finding, at: channel.id.range)
        }
    }
}

/// `campaign-channel`: a channel is named after a campaign.
enum CampaignChannelRule: StrategyRule {
    static let description = Rule(
        id: "campaign-channel", category: .strategy, defaultSeverity: .warning,
        summary: "A channel's id or handle contains the name of a campaign its items belong to.",
        rationale: """
            Campaign accounts die: a channel named after a six-week campaign loses its followers \
            when the campaign ends. Run campaigns on durable channels and mark the items with \
            `campaign:` instead.
            """,
        examples: StrategyRuleExamples.campaignChannel)

    static func namedAfterCampaign(channel: String, campaign: String) -> Diagnostic.Message {
        message(
            "named-after-campaign",
            "channel '\(channel)' is named after campaign '\(campaign)'; a campaign account loses its followers when the campaign ends: run the campaign on a durable channel and mark items with 'campaign:'"
        )
    }

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        let campaigns = Set(context.workspace.items.compactMap { $0.campaign?.value }).sorted()
        return context.workspace.channels.values.sorted { $0.id.value < $1.id.value }.compactMap { channel in
            let names = [channel.id.value, channel.handle?.value].compactMap { $0.map(normalized) }
            guard
                let campaign = campaigns.first(where: { campaign in
                    let key = normalized(campaign)
                    return key.count >= 4 && names.contains { $0.contains(key) }
                })
            else { return nil }
            return Diagnostic(namedAfterCampaign(channel: channel.id.value, campaign: campaign), at: channel.id.range)
        }
    }

    /// Lower-case letters and digits only, so that `winter-launch` matches `acme_WinterLaunch`.
    private static func normalized(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }
}
