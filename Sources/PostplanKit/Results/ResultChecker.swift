/// Checks the recorded results against the plans: each names an item and one of its
/// channels (`result-unknown-item`), poll votes name the poll's options, and each count is one
/// the channel's platform reports (`metric-not-on-platform`).
struct ResultChecker: Sendable {
    let workspace: Workspace
    let today: LocalDate

    func check() -> [Diagnostic] {
        let results = workspace.results
        guard !results.isEmpty else { return [] }
        let items = workspace.itemsByID
        let ids = items.keys.sorted()
        return results.flatMap { result -> [Diagnostic] in
            guard let item = items[result.item.value] else {
                let advice = Suggestion.advice(for: result.item.value, among: ids, listUpTo: 0)
                return [
                    Diagnostic(ResultUnknownItemRule.noItem(result.item.value).appending(advice.hint), at: result.item.range)
                        .fixing(result.item.value, at: result.item.range, with: advice)
                ]
            }
            return check(result, of: item)
        }
    }

    private func check(_ result: PublishedResult, of item: Item) -> [Diagnostic] {
        guard item.channels.contains(where: { $0.value == result.channel.value }) else {
            return [
                Diagnostic(
                    ResultUnknownItemRule.notOnChannel(result.channel.value, item: item.id.value, channels: item.channels.map(\.value)),
                    at: result.channel.range, related: [Diagnostic.Related("channels of '\(item.id.value)'", at: item.id.range)])
            ]
        }
        var diagnostics: [Diagnostic] = []
        let poll: Poll? = if case .poll(let poll) = item.details { poll } else { nil }
        for measurement in result.measurements where !measurement.pollVotes.isEmpty {
            guard let poll else {
                if let key = measurement.keys[.pollVotes] {
                    diagnostics.append(Diagnostic(ResultUnknownItemRule.notAPoll(item.id.value), at: key))
                }
                continue
            }
            let options = poll.allOptions.map(\.value)
            for votes in measurement.pollVotes where !options.contains(votes.option.value) {
                diagnostics.append(
                    Diagnostic(ResultUnknownItemRule.noOption(votes.option.value, poll: item.id.value, options: options), at: votes.option.range))
            }
        }
        guard let channel = workspace.channels[result.channel.value], let profile = workspace.profile(of: channel) else { return diagnostics }
        let date = result.published?.value.date ?? item.factDate(today: today)
        guard let (reported, fact) = profile.words(.resultsMetrics, on: date) else { return diagnostics }
        let caveat = profile.caveat(fact)
        for measurement in result.measurements {
            for (metric, key) in measurement.keys.sorted(by: { $0.key < $1.key }) where !metric.isTeamCount && !reported.contains(metric.rawValue) {
                diagnostics.append(
                    Diagnostic(MetricNotOnPlatformRule.notReported(metric, platform: profile.name, reported: reported, caveat: caveat), at: key))
            }
        }
        return diagnostics
    }
}

extension Workspace {
    /// The items by id; of two with one id (a `duplicate-id` finding), the first.
    var itemsByID: [String: Item] {
        var items: [String: Item] = [:]
        for item in self.items where items[item.id.value] == nil { items[item.id.value] = item }
        return items
    }
}
