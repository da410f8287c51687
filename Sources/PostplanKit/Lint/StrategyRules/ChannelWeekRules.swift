/// `promotion-share`: a channel's week is mostly promotion.
enum PromotionShareRule: StrategyRule, ConfigurableRule {
    static let description = Rule(
        id: "promotion-share", category: .strategy, defaultSeverity: .warning,
        summary: "More than 30 % of a channel's items in a week have `intent: promotion`.",
        rationale: """
            A page that only posts about its products turns a dialogue channel into an ad channel: \
            followers stop reading, and the feed shows its posts to fewer of them. Keep promotion to \
            a minority of each week's items, and balance it with dialogue and information. Ads are \
            not counted: they run in ad placements, not in the channel's timeline.
            """,
        options: Options.self,
        examples: StrategyRuleExamples.promotionShare)

    struct Options: RuleOptions {
        var maxShare = 30
        var minItems = 3

        static let declarations: [OptionDeclaration<Self>] = [
            .integer("max-share", \.maxShare, summary: "the largest share of promotion items, in percent", range: 0...100),
            .integer("min-items", \.minItems, summary: "weeks with fewer items on the channel are not judged"),
        ]
    }

    static func tooMuchPromotion(channel: String, promotions: Int, of items: Int, in week: ISOWeek, maxShare: Int) -> Diagnostic.Message {
        message(
            "too-much-promotion",
            "'\(channel)' has \(promotions) of \(items) items in \(week) with intent promotion (\(promotions * 100 / items) %, more than \(maxShare) %); the channel is turning into an ad channel: turn some into dialogue or information"
        )
    }

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        let options = context.config.options(of: Self.self)
        return context.byChannelAndWeek.compactMap { channel, week, occurrences in
            let items = occurrences.map(context.item).filter(\.isOrganic)
            let promotions = items.filter { $0.intent?.value == .promotion }
            guard items.count >= max(options.minItems, 1), promotions.count * 100 > options.maxShare * items.count,
                let first = promotions.first, let intent = first.intent
            else { return nil }
            return Diagnostic(
                tooMuchPromotion(channel: channel, promotions: promotions.count, of: items.count, in: week, maxShare: options.maxShare),
                at: intent.range,
                related: promotions.dropFirst().compactMap { item in
                    item.intent.map { Diagnostic.Related("also promotion: '\(item.id.value)'", at: $0.range) }
                })
        }
    }
}

/// `format-variety`: a channel's week uses one format only.
enum FormatVarietyRule: StrategyRule, ConfigurableRule {
    static let description = Rule(
        id: "format-variety", category: .strategy, defaultSeverity: .info,
        summary: "A channel's week uses one format only (text, image, video, document or poll).",
        rationale: """
            Audiences respond to different formats, and platforms favour some of them in turn. A week \
            of text posts only (or videos only) leaves reach on the table: mix in a poll, an image or \
            a document.
            """,
        options: Options.self,
        examples: StrategyRuleExamples.formatVariety)

    struct Options: RuleOptions {
        var minItems = 3

        static let declarations: [OptionDeclaration<Self>] = [
            .integer("min-items", \.minItems, summary: "weeks with fewer items on the channel are not judged")
        ]
    }

    static func oneFormat(_ format: String, items: Int, channel: String, in week: ISOWeek) -> Diagnostic.Message {
        message(
            "one-format",
            "all \(items) items on '\(channel)' in \(week) are \(format) posts; mix in another format (a poll, an image, a video, a document)")
    }

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        let minItems = context.config.options(of: Self.self).minItems
        return context.byChannelAndWeek.compactMap { channel, week, occurrences in
            let items = occurrences.map(context.item).filter(\.isOrganic)
            let formats = Set(items.map(\.format))
            guard items.count >= max(minItems, 1), formats.count == 1, let format = formats.first, let first = items.first else { return nil }
            return Diagnostic(oneFormat(format, items: items.count, channel: channel, in: week), at: first.id.range)
        }
    }
}
