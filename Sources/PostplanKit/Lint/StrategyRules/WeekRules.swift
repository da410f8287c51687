/// `engagement-budget`: a week needs more time than the team has.
enum EngagementBudgetRule: StrategyRule, ConfigurableRule {
    static let description = Rule(
        id: "engagement-budget", category: .strategy, defaultSeverity: .warning,
        summary: "The time a week's items need (posting and replying) exceeds the team's `capacity` from the config.",
        rationale: """
            Every post needs its author in the comments: about 15 minutes per post, more for polls \
            and product pages. A week planned beyond the time the team has ends with unanswered \
            comments, which the feed punishes. Set `capacity:` in .postplan.yml to the hours the \
            team has for social media each week; the rule is silent without it.
            """,
        options: Options.self,
        examples: StrategyRuleExamples.engagementBudget)

    /// The time each kind of item needs: one option per item kind, named and defaulted by the
    /// kind's definition (Model/Kinds), so the list follows the kinds.
    struct Options: RuleOptions {
        private var times: [ItemKind: PlanDuration] = [:]

        subscript(kind: ItemKind) -> PlanDuration {
            get { times[kind, default: kind.definition.engagementTime] }
            set { times[kind] = newValue }
        }

        static let declarations: [OptionDeclaration<Self>] = ItemKind.allCases.map { kind in
            .duration(kind.rawValue, \.[kind], summary: kind.definition.engagementSummary)
        }
    }

    static func overCapacity(_ week: ISOWeek, minutes: Int, slots: Int, capacityMinutes: Int) -> Diagnostic.Message {
        message(
            "over-capacity",
            "\(week) needs about \(hours(minutes)) for \(slots) slots (posting and replying); the team's capacity is \(hours(capacityMinutes)): move items to a quieter week or drop some"
        )
    }

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        guard let capacity = context.config.capacity else { return [] }
        let options = context.config.options(of: Self.self)
        return context.byWeek.compactMap { week, occurrences in
            let minutes = occurrences.reduce(0) { total, occurrence in
                total + options[context.item(occurrence).kind].seconds / 60
            }
            guard minutes * 60 > capacity.seconds, let first = occurrences.first else { return nil }
            return Diagnostic(
                overCapacity(week, minutes: minutes, slots: occurrences.count, capacityMinutes: capacity.seconds / 60),
                at: context.item(first).id.range)
        }
    }

    private static func hours(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
    }
}

/// `pillar-coverage`: a week serves too few SSI pillars.
enum PillarCoverageRule: StrategyRule, ConfigurableRule {
    static let description = Rule(
        id: "pillar-coverage", category: .strategy, defaultSeverity: .info,
        summary: "A week serves fewer than 2 of the 4 Social Selling Index pillars.",
        rationale: """
            LinkedIn's Social Selling Index has four pillars of 25 points: professional brand, \
            finding the right people, engaging with insights, building relationships. A week that \
            serves only one of them builds one quarter of the index; tag items with `pillar:` and \
            spread them.
            """,
        options: Options.self,
        examples: StrategyRuleExamples.pillarCoverage)

    struct Options: RuleOptions {
        var minPillars = 2

        static let declarations: [OptionDeclaration<Self>] = [
            .integer("min-pillars", \.minPillars, summary: "pillars a week should serve", range: 1...Pillar.allCases.count)
        ]
    }

    static func fewPillars(_ week: ISOWeek, served: [String], missing: [String]) -> Diagnostic.Message {
        let servedText = served.isEmpty ? "no pillar" : served.joined(separator: " and ")
        return message(
            "few-pillars",
            "\(week) serves \(servedText) of the four SSI pillars; give some items a 'pillar:' from \(missing.joined(separator: ", "))")
    }

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        let minimum = context.config.options(of: Self.self).minPillars
        return context.byWeek.compactMap { week, occurrences in
            let items = occurrences.map(context.item)
            let pillars = Set(items.compactMap { $0.pillar?.value.rawValue })
            guard pillars.count < minimum, let first = items.first else { return nil }
            let missing = Pillar.allCases.map(\.rawValue).filter { !pillars.contains($0) }
            return Diagnostic(fewPillars(week, served: pillars.sorted(), missing: missing), at: first.id.range)
        }
    }
}
