/// `silent-channel`: a channel goes quiet for too long inside the plan's date range.
enum SilentChannelRule: StrategyRule {
    static let rule = Rule.silentChannel

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        guard let first = context.occurrences.map(\.date).min(), let last = context.occurrences.map(\.date).max() else { return [] }
        let maxDays = max(1, context.config.duration("max-silence", of: rule).seconds / 86_400)
        let datesByChannel = Dictionary(grouping: context.occurrences, by: \.channelID).mapValues { Set($0.map(\.date)).sorted() }
        return context.workspace.channels.values.sorted { $0.id.value < $1.id.value }.compactMap { channel in
            let points = [first] + (datesByChannel[channel.id.value] ?? []) + [last]
            guard let (from, to) = zip(points, points.dropFirst()).max(by: { ($0.1 - $0.0) < ($1.1 - $1.0) }), to - from > maxDays else {
                return nil
            }
            let quiet =
                datesByChannel[channel.id.value] == nil
                ? "has no item at all from \(first) to \(last)"
                : "has no item from \(from) to \(to) (\(to - from) days)"
            return Diagnostic(
                rule, "channel '\(channel.id.value)' \(quiet); plan something at least every \(maxDays) days, or retire the channel",
                at: channel.id.range)
        }
    }
}

/// `campaign-channel`: a channel is named after a campaign.
enum CampaignChannelRule: StrategyRule {
    static let rule = Rule.campaignChannel

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
            return Diagnostic(
                rule,
                "channel '\(channel.id.value)' is named after campaign '\(campaign)'; a campaign account loses its followers when the campaign ends: run the campaign on a durable channel and mark items with 'campaign:'",
                at: channel.id.range)
        }
    }

    /// Lower-case letters and digits only, so that `winter-launch` matches `acme_WinterLaunch`.
    private static func normalized(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }
}
