import YAMLTree

/// Decodes the `results:` list of a plan file: each entry's item, channel, address and
/// publishing time, and its measurements, checking metric names (`unknown-metric`) and the
/// order of the measurements (`measurement-order`) on the way.
enum ResultDecoder {
    static let resultKeys: Set<String> = ["item", "channel", "url", "published", "measurements"]
    static let measurementKeys: Set<String> = Set(["date"] + Metric.allCases.map(\.rawValue))

    /// The results that decoded completely; entries with errors are reported and left out.
    static func decode(_ node: Node, context: inout DecodingContext) -> [PublishedResult] {
        guard let entries = node.sequence else {
            context.report(
                WrongTypeRule.notAList(
                    "results", of: "results", like: "[{ item: launch-teaser, channel: acme-x, measurements: [...] }]", found: node),
                at: node.span)
            return []
        }
        return entries.compactMap { decodeResult($0, context: &context) }
    }

    private static func decodeResult(_ node: Node, context: inout DecodingContext) -> PublishedResult? {
        let itemName = Fields.lookup("item", in: node)?.scalar?.text
        let owner = itemName.map { "the result of '\($0)'" } ?? "a result"
        guard let fields = Fields(node, owner: owner, known: resultKeys, context: &context) else { return nil }
        let item = fields.required("item", example: "item: launch-teaser", context: &context).flatMap { context.identifier($0, key: "item") }
        let channel = fields.required("channel", example: "channel: acme-x", context: &context)
            .flatMap { context.identifier($0, key: "channel") }
        let url = fields["url"].flatMap { context.text($0, key: "url") }
        let published = fields["published"].flatMap { context.dateTime($0, key: "published") }
        var measurements: [Measurement] = []
        if let list = fields.required(
            "measurements", example: "measurements: [{ date: 2026-11-26, impressions: 4200, reactions: 120 }]",
            purpose: "the counts read on a date", context: &context)
        {
            if let entries = list.sequence {
                measurements = entries.compactMap { decodeMeasurement($0, of: owner, context: &context) }
            } else {
                context.report(
                    WrongTypeRule.notAList("measurements", like: "[{ date: 2026-11-26, reactions: 120 }]", found: list), at: list.span)
            }
        }
        guard let item, let channel, fields["published"] == nil || published != nil else { return nil }
        checkOrder(of: measurements, published: published, context: &context)
        return PublishedResult(
            item: item, channel: channel, url: url, published: published, measurements: measurements, range: context.range(of: node))
    }

    private static func decodeMeasurement(_ node: Node, of owner: String, context: inout DecodingContext) -> Measurement? {
        // Metric names get their own rule, with the platforms' names for them: the keys that
        // are not metrics are reported here, and then known to `Fields`, which would report
        // them again as unknown keys.
        var unknown: Set<String> = []
        for pair in node.mapping ?? [] {
            guard let name = pair.key.scalar?.text, !measurementKeys.contains(name), name != "<<" else { continue }
            unknown.insert(name)
            let range = context.range(pair.key.span)
            if let metric = Metric.synonyms[name.lowercased()] {
                context.append(
                    Diagnostic(UnknownMetricRule.platformName(name, metric: metric), at: range)
                        .fixing(name, at: range, with: Suggestion.Advice(match: metric.rawValue, hint: "")))
            } else {
                context.reportMisspelt(
                    UnknownMetricRule.notAMetric(name, hint: ""), word: name, among: Metric.allCases.map(\.rawValue), at: pair.key.span)
            }
        }
        guard
            let fields = Fields(node, owner: "a measurement of \(owner.dropFirst(4))", known: measurementKeys.union(unknown), context: &context)
        else { return nil }
        let date = fields.required("date", example: "date: 2026-11-26", purpose: "the day the counts were read", context: &context)
            .flatMap { context.date($0, key: "date") }
        var counts: [Metric: Located<Int>] = [:]
        var keys: [Metric: SourceRange] = [:]
        var pollVotes: [PollVotes] = []
        for metric in Metric.allCases {
            guard let value = fields[metric.rawValue], let key = fields.keyNode(metric.rawValue) else { continue }
            if metric == .pollVotes {
                guard let pairs = value.mapping else {
                    context.report(
                        WrongTypeRule.notAMapping("poll-votes", of: "options to their votes", like: "{ Yes: 30, No: 12 }", found: value),
                        at: value.span)
                    continue
                }
                pollVotes = pairs.compactMap { pair in
                    guard let option = context.text(pair.key, key: "poll option"), let votes = context.count(pair.value, key: option.value) else {
                        return nil
                    }
                    return PollVotes(option: option, votes: votes)
                }
            } else if let count = context.count(value, key: metric.rawValue) {
                counts[metric] = count
            }
            keys[metric] = context.range(of: key)
        }
        guard let date else { return nil }
        return Measurement(date: date, counts: counts, pollVotes: pollVotes, keys: keys, range: context.range(of: node))
    }

    /// Each measurement after the one before it, and none before the item went out.
    private static func checkOrder(of measurements: [Measurement], published: Located<DateTimeValue>?, context: inout DecodingContext) {
        for (index, measurement) in measurements.enumerated() {
            let date = measurement.date
            if let published, date.value < published.value.date {
                context.append(
                    Diagnostic(
                        MeasurementOrderRule.beforePublished(date.value, published: published.value.date), at: date.range,
                        related: [Diagnostic.Related("published", at: published.range)]))
            }
            guard index > 0 else { continue }
            let previous = measurements[index - 1].date
            if date.value == previous.value {
                context.append(
                    Diagnostic(
                        MeasurementOrderRule.sameDate(date.value), at: date.range,
                        related: [Diagnostic.Related("first measurement of \(date.value)", at: previous.range)]))
            } else if date.value < previous.value {
                context.append(
                    Diagnostic(
                        MeasurementOrderRule.outOfOrder(date.value, after: previous.value), at: date.range,
                        related: [Diagnostic.Related("measurement of \(previous.value)", at: previous.range)]))
            }
        }
    }
}
