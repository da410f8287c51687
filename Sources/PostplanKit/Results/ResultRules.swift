/// The rules of recorded results (`results:` in a plan file): the decoder checks the metric
/// names and the order of the measurements, `ResultChecker` what the plans must agree with,
/// and `missing-result` (a strategy rule, in `MissingResultRule.swift`) what is not recorded.

enum UnknownMetricRule: RuleDefinition {
    static let description = Rule(
        id: "unknown-metric", category: .format, defaultSeverity: .error,
        summary: "A measurement counts something postplan does not record, or calls a metric by a platform's name for it.",
        rationale: """
            postplan compares counts across platforms, so each count has one name: `impressions` (views), \
            `reactions` (likes), `comments` (replies), `reposts` (shares, retweets, boosts), `quotes`, \
            `clicks`, `saves` (bookmarks), `followers`, `poll-votes`, and the team's own \
            `comments-answered` and `minutes-spent`.
            """,
        examples: ResultRuleExamples.unknownMetric)

    /// - Parameter hint: "; did you mean ...?" or the list of metrics.
    static func notAMetric(_ name: String, hint: String) -> Diagnostic.Message {
        message("not-a-metric", "'\(name)' is not a metric postplan records\(hint)")
    }

    static func platformName(_ name: String, metric: Metric) -> Diagnostic.Message {
        message("platform-name", "'\(name)' is what platforms call it; postplan records it as '\(metric.rawValue)', write that")
    }
}

enum MeasurementOrderRule: RuleDefinition {
    static let description = Rule(
        id: "measurement-order", category: .format, defaultSeverity: .error,
        summary: "A result's measurements are not in date order, share a date, or were taken before the item was published.",
        rationale: """
            Growth is read from one measurement to the next, so they are listed from the oldest to the \
            newest, one per date, none before the item went out.
            """,
        examples: ResultRuleExamples.measurementOrder)

    static func outOfOrder(_ date: LocalDate, after previous: LocalDate) -> Diagnostic.Message {
        message(
            "out-of-order", "the measurement of \(date) comes after that of \(previous); list measurements from the oldest to the newest")
    }

    static func sameDate(_ date: LocalDate) -> Diagnostic.Message {
        message("same-date", "a second measurement of \(date); keep the later counts in one measurement per date")
    }

    static func beforePublished(_ date: LocalDate, published: LocalDate) -> Diagnostic.Message {
        message("before-published", "measured on \(date), before the item went out on \(published); correct the date or 'published'")
    }
}

enum ResultUnknownItemRule: RuleDefinition {
    static let description = Rule(
        id: "result-unknown-item", category: .format, defaultSeverity: .error,
        summary: "A result names an item that does not exist, a channel the item is not planned on, or a poll option the poll does not have.",
        examples: ResultRuleExamples.resultUnknownItem)

    /// "did you mean" follows.
    static func noItem(_ id: String) -> Diagnostic.Message {
        message("no-item", "a result belongs to an item of the plans, and no item has the id '\(id)'")
    }

    static func notOnChannel(_ channel: String, item: String, channels: [String]) -> Diagnostic.Message {
        message(
            "not-on-channel",
            "'\(item)' is not planned on '\(channel)'; use one of its channels (\(channels.joined(separator: ", "))) or add the channel to the item")
    }

    static func notAPoll(_ item: String) -> Diagnostic.Message {
        message("not-a-poll", "'\(item)' is not a poll, so it has no poll votes; remove 'poll-votes'")
    }

    static func noOption(_ option: String, poll: String, options: [String]) -> Diagnostic.Message {
        message(
            "no-option", "poll '\(poll)' has no option '\(option)'; count the votes under one of \(options.map { "'\($0)'" }.joined(separator: ", "))"
        )
    }
}

enum MetricNotOnPlatformRule: RuleDefinition {
    static let description = Rule(
        id: "metric-not-on-platform", category: .platform, defaultSeverity: .warning,
        summary: "A result records a count its platform does not report, such as impressions on Bluesky.",
        rationale: """
            Which counts a platform shows is a fact of its profile (`results.metrics`). A count it does \
            not have was copied from another channel or typed into the wrong line.
            """,
        examples: ResultRuleExamples.metricNotOnPlatform)

    static func notReported(_ metric: Metric, platform: String, reported: [String], caveat: String) -> Diagnostic.Message {
        message(
            "not-reported",
            "\(platform) does not report \(metric.rawValue) (it reports \(reported.joined(separator: ", "))); check which channel the count belongs to, or remove it\(caveat)"
        )
    }
}
