/// Everything postplan knows about publishing on one platform, as facts with sources.
/// Rules ask a profile for facts by key; no rule branches on which platform it is.
public struct PlatformProfile: Sendable {
    /// The name channels use in `platform:`, such as `linkedin`.
    public var id: String
    /// The name people use, such as "LinkedIn".
    public var name: String
    /// The built-in profile a repo-defined profile extends; nil for built-in profiles.
    public var base: String?
    /// Facts by key path; several for one key when they apply on different dates.
    public var facts: [String: [Fact]] {
        didSet { histories = Self.histories(of: facts) }
    }
    /// The same facts at their key's index in `FactKey.all`, for the lookups rules make.
    private var histories: [[Fact]]
    /// Where the profile (or the override that defined it) is written.
    public var range: SourceRange

    public init(id: String, name: String, base: String? = nil, facts: [String: [Fact]], range: SourceRange) {
        self.id = id
        self.name = name
        self.base = base
        self.facts = facts
        self.histories = Self.histories(of: facts)
        self.range = range
    }

    private static func histories(of facts: [String: [Fact]]) -> [[Fact]] {
        FactKey.all.map { facts[$0.path] ?? [] }
    }

    /// The fact for a key that applies on a date; without a date, the one that applies last.
    public func fact(_ key: FactKey, on date: LocalDate?) -> Fact? {
        let history = histories[key.index]
        guard let date else {
            return history.max { ($0.until ?? .distantFuture) < ($1.until ?? .distantFuture) }
        }
        return history.first { $0.applies(on: date) }
    }

    /// Every fact of a key, whatever its dates, for messages that explain a change.
    public func history(_ key: FactKey) -> [Fact] {
        histories[key.index]
    }

    public func integer(_ key: FactKey, on date: LocalDate?) -> (Int, Fact)? {
        guard let fact = fact(key, on: date), case .integer(let value) = fact.value else { return nil }
        return (value, fact)
    }

    public func flag(_ key: FactKey, on date: LocalDate?) -> (Bool, Fact)? {
        guard let fact = fact(key, on: date), case .flag(let value) = fact.value else { return nil }
        return (value, fact)
    }

    /// Every publishing limit over a moving window that applies on a date: the one of
    /// `schedule.window` and `schedule.max-per-window`, and each of `schedule.windows`.
    public func windowLimits(on date: LocalDate?) -> [(WindowLimit, Fact)] {
        var limits: [(WindowLimit, Fact)] = []
        if let (window, fact) = duration(.scheduleWindow, on: date), let (maximum, _) = integer(.scheduleMaxPerWindow, on: date) {
            limits.append((WindowLimit(window: window, maxPerWindow: maximum), fact))
        }
        for fact in histories[FactKey.scheduleWindows.index] where date.map(fact.applies(on:)) ?? true {
            if case .windowLimit(let limit) = fact.value { limits.append((limit, fact)) }
        }
        return limits
    }

    public func duration(_ key: FactKey, on date: LocalDate?) -> (PlanDuration, Fact)? {
        guard let fact = fact(key, on: date), case .duration(let value) = fact.value else { return nil }
        return (value, fact)
    }

    public func durations(_ key: FactKey, on date: LocalDate?) -> ([PlanDuration], Fact)? {
        guard let fact = fact(key, on: date), case .durations(let value) = fact.value else { return nil }
        return (value, fact)
    }

    public func word(_ key: FactKey, on date: LocalDate?) -> (String, Fact)? {
        guard let fact = fact(key, on: date), case .word(let value) = fact.value else { return nil }
        return (value, fact)
    }

    public func words(_ key: FactKey, on date: LocalDate?) -> ([String], Fact)? {
        guard let fact = fact(key, on: date), case .words(let value) = fact.value else { return nil }
        return (value, fact)
    }

    public func weighting(on date: LocalDate?) -> WeightedLengthConfig? {
        guard let fact = fact(.textWeighting, on: date), case .weighting(let value) = fact.value else { return nil }
        return value
    }

    /// How this platform's text facts measure a text on a date (its counting, URL length and
    /// weighting), for the length checks and `postplan count`.
    func textLength(on date: LocalDate?) -> TextLength {
        let counting = word(.textCounting, on: date).flatMap { TextCounting(rawValue: $0.0) } ?? .graphemes
        return TextLength(counting: counting, urlLength: integer(.textURLLength, on: date)?.0, weighting: weighting(on: date))
    }

    /// The account types a channel on this platform can be.
    public var accountTypes: [String] {
        words(.accounts, on: nil)?.0 ?? [AccountType.profile.rawValue]
    }

    /// This profile with an override's facts in place of its own, key by key.
    public func overridden(by override: ProfileOverride) -> PlatformProfile {
        var result = self
        result.facts.merge(override.facts) { _, new in new }
        if let name = override.name { result.name = name.value }
        return result
    }
}

/// A plan repo's change to a built-in profile (`platforms: { mastodon: ... }`), or a new
/// profile that extends one (`platforms: { fosstodon: { extends: mastodon, ... } }`).
public struct ProfileOverride: Sendable {
    public var id: Located<String>
    public var extends: Located<String>?
    public var name: Located<String>?
    public var facts: [String: [Fact]]
    public var range: SourceRange

    public init(id: Located<String>, extends: Located<String>?, name: Located<String>?, facts: [String: [Fact]], range: SourceRange) {
        self.id = id
        self.extends = extends
        self.name = name
        self.facts = facts
        self.range = range
    }
}

extension LocalDate {
    static let distantFuture = LocalDate(year: 9999, month: 12, day: 31)!
}
