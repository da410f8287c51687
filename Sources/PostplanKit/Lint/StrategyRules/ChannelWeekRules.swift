/// `promotion-share`: a channel's week is mostly promotion.
enum PromotionShareRule: StrategyRule {
    static let rule = Rule.promotionShare

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        let maxShare = context.config.integer("max-share", of: rule), minItems = context.config.integer("min-items", of: rule)
        return context.byChannelAndWeek.compactMap { channel, week, occurrences in
            let items = occurrences.map(context.item).filter(\.isOrganic)
            let promotions = items.filter { $0.intent?.value == .promotion }
            guard items.count >= max(minItems, 1), promotions.count * 100 > maxShare * items.count,
                let first = promotions.first, let intent = first.intent
            else { return nil }
            let share = promotions.count * 100 / items.count
            return Diagnostic(
                rule,
                "'\(channel)' has \(promotions.count) of \(items.count) items in \(week) with intent promotion (\(share) %, more than \(maxShare) %); the channel is turning into an ad channel: turn some into dialogue or information",
                at: intent.range,
                related: promotions.dropFirst().compactMap { item in
                    item.intent.map { Diagnostic.Related("also promotion: '\(item.id.value)'", at: $0.range) }
                })
        }
    }
}

/// `format-variety`: a channel's week uses one format only.
enum FormatVarietyRule: StrategyRule {
    static let rule = Rule.formatVariety

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        let minItems = context.config.integer("min-items", of: rule)
        return context.byChannelAndWeek.compactMap { channel, week, occurrences in
            let items = occurrences.map(context.item).filter(\.isOrganic)
            let formats = Set(items.map(\.format))
            guard items.count >= max(minItems, 1), formats.count == 1, let format = formats.first, let first = items.first else { return nil }
            return Diagnostic(
                rule,
                "all \(items.count) items on '\(channel)' in \(week) are \(format) posts; mix in another format (a poll, an image, a video, a document)",
                at: first.id.range)
        }
    }
}
