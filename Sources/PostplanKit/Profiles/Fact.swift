/// How far a platform fact can be trusted, as `platform-facts.md` grades it.
public enum Confidence: String, CaseIterable, Sendable {
    /// From the platform's own documentation, API schema or code.
    case documented
    /// Reported by tools, SDKs or the press, not by the platform.
    case thirdParty = "third-party"
    /// Deduced from sources; the reasoning is in the source note.
    case inferred
    /// Searched for and not found: a placeholder users should confirm or override.
    case unverified
    /// Set by the plan repo itself (an override), on the team's own authority.
    case confirmed
}

/// One value of one platform fact, with where it comes from and when it applies.
///
/// The fields are a `SharedValue`: rules copy facts out of profiles for every item, and a copy
/// costs one retain instead of one per text it holds.
public struct Fact: Sendable {
    private struct Values: Sendable {
        var value: FactValue
        var source: String
        var checked: LocalDate?
        var confidence: Confidence
        var from: LocalDate?
        var until: LocalDate?
        var range: SourceRange
    }

    private var values: SharedValue<Values>

    public var value: FactValue {
        get { values.value.value }
        set { values.value.value = newValue }
    }

    /// Where the value comes from: documentation, an API schema, a tool's code.
    public var source: String {
        get { values.value.source }
        set { values.value.source = newValue }
    }

    /// When the source was last read.
    public var checked: LocalDate? {
        get { values.value.checked }
        set { values.value.checked = newValue }
    }

    public var confidence: Confidence {
        get { values.value.confidence }
        set { values.value.confidence = newValue }
    }

    /// The first day the value applies; nil means since ever.
    public var from: LocalDate? {
        get { values.value.from }
        set { values.value.from = newValue }
    }

    /// The last day the value applies; nil means still.
    public var until: LocalDate? {
        get { values.value.until }
        set { values.value.until = newValue }
    }

    /// Where the fact is written (a built-in profile or a plan repo's override).
    public var range: SourceRange {
        get { values.value.range }
        set { values.value.range = newValue }
    }

    public init(
        value: FactValue, source: String, checked: LocalDate?, confidence: Confidence,
        from: LocalDate? = nil, until: LocalDate? = nil, range: SourceRange
    ) {
        values = SharedValue(
            Values(
                value: value, source: source, checked: checked, confidence: confidence, from: from, until: until, range: range))
    }

    public func applies(on date: LocalDate) -> Bool {
        (from.map { $0 <= date } ?? true) && (until.map { date <= $0 } ?? true)
    }

    /// "until 2021-09-30", "from 2025-12-18", "" — for messages about dated facts.
    public var validity: String {
        switch (from, until) {
        case (let from?, let until?): "from \(from) until \(until)"
        case (let from?, nil): "since \(from)"
        case (nil, let until?): "until \(until)"
        case (nil, nil): ""
        }
    }
}

/// The value of a fact; which case a key holds is fixed by `FactKey`.
public enum FactValue: Sendable, CustomStringConvertible {
    case integer(Int)
    case flag(Bool)
    case duration(PlanDuration)
    case durations([PlanDuration])
    case word(String)
    case words([String])
    case weighting(WeightedLengthConfig)
    /// One publishing limit over a moving window (`schedule.windows`).
    case windowLimit(WindowLimit)

    public var description: String {
        switch self {
        case .integer(let value): String(value)
        case .flag(let value): String(value)
        case .duration(let value): value.description
        case .durations(let values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .word(let value): value
        case .words(let values): "[" + values.joined(separator: ", ") + "]"
        case .weighting(let config):
            "scale \(config.scale), default weight \(config.defaultWeight), URLs \(config.transformedURLLength), \(config.ranges.count) ranges"
        case .windowLimit(let limit): "\(limit.maxPerWindow) per \(limit.window)"
        }
    }
}

/// At most `maxPerWindow` items on one channel within any moving `window` (X: 200 in 15 minutes).
public struct WindowLimit: Equatable, Sendable {
    /// The length of the moving window.
    public var window: PlanDuration
    /// The most items one channel publishes within it.
    public var maxPerWindow: Int

    /// - Parameters:
    ///   - window: the length of the moving window.
    ///   - maxPerWindow: the most items one channel publishes within it.
    public init(window: PlanDuration, maxPerWindow: Int) {
        self.window = window
        self.maxPerWindow = maxPerWindow
    }
}
