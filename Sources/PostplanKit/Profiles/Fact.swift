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
public struct Fact: Sendable {
    public var value: FactValue
    /// Where the value comes from: documentation, an API schema, a tool's code.
    public var source: String
    /// When the source was last read.
    public var checked: LocalDate?
    public var confidence: Confidence
    /// The first day the value applies; nil means since ever.
    public var from: LocalDate?
    /// The last day the value applies; nil means still.
    public var until: LocalDate?
    /// Where the fact is written (a built-in profile or a plan repo's override).
    public var range: SourceRange

    public init(
        value: FactValue, source: String, checked: LocalDate?, confidence: Confidence,
        from: LocalDate? = nil, until: LocalDate? = nil, range: SourceRange
    ) {
        self.value = value
        self.source = source
        self.checked = checked
        self.confidence = confidence
        self.from = from
        self.until = until
        self.range = range
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
        }
    }
}
