/// `engagement-budget`: a week needs more time than the team has.
enum EngagementBudgetRule: StrategyRule {
    static let rule = Rule.engagementBudget

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        guard let capacity = context.config.capacity else { return [] }
        return context.byWeek.compactMap { week, occurrences in
            let minutes = occurrences.reduce(0) { total, occurrence in
                total + context.config.duration(context.item(occurrence).kind.rawValue, of: rule).seconds / 60
            }
            guard minutes * 60 > capacity.seconds, let first = occurrences.first else { return nil }
            return Diagnostic(
                rule,
                "\(week) needs about \(hours(minutes)) for \(occurrences.count) slots (posting and replying); the team's capacity is \(hours(capacity.seconds / 60)): move items to a quieter week or drop some",
                at: context.item(first).id.range)
        }
    }

    private static func hours(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
    }
}

/// `pillar-coverage`: a week serves too few SSI pillars.
enum PillarCoverageRule: StrategyRule {
    static let rule = Rule.pillarCoverage

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        let minimum = context.config.integer("min-pillars", of: rule)
        return context.byWeek.compactMap { week, occurrences in
            let items = occurrences.map(context.item)
            let pillars = Set(items.compactMap { $0.pillar?.value.rawValue })
            guard pillars.count < minimum, let first = items.first else { return nil }
            let missing = Pillar.allCases.map(\.rawValue).filter { !pillars.contains($0) }
            let served = pillars.isEmpty ? "no pillar" : pillars.sorted().joined(separator: " and ")
            return Diagnostic(
                rule,
                "\(week) serves \(served) of the four SSI pillars; give some items a 'pillar:' from \(missing.joined(separator: ", "))",
                at: first.id.range)
        }
    }
}
