/// An ad against its platform: it belongs in an ad placement, never the organic timeline,
/// and runs from a kind of account the platform runs ads from.
enum AdRules {
    /// Whether the platform has ads at all. A profile without `ad.placements` does not say
    /// which placements exist, so only the organic ones are refused; an empty list means the
    /// platform sells no ads.
    @discardableResult
    static func check(_ ad: Ad, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) -> Bool {
        let placements = post.profile.words(.adPlacements, on: post.date)
        if let (known, _) = placements, known.isEmpty {
            diagnostics.append(Diagnostic(AdPlacementRule.noAds(post), at: post.channelReference))
            return false
        }
        AdInTimelineRule.check(ad, post, placements: placements, into: &diagnostics)
        AdNeedsPageRule.check(post, into: &diagnostics)
        return true
    }
}

enum AdInTimelineRule: RuleDefinition {
    static let description = Rule(
        id: "ad-in-timeline", category: .platform, defaultSeverity: .error,
        summary: "An ad is placed in the organic timeline (or has no placement); ads belong in ad placements.",
        examples: AdRuleExamples.adInTimeline)

    /// - Parameter placements: the platform's ad placements, when its profile knows them.
    static func noPlacement(_ post: ChannelPost, placements: [String]?) -> Diagnostic.Message {
        message(
            "no-placement",
            "ad '\(post.item.id.value)' has no 'placement', so it would be posted into the organic timeline\(suggestion(post, placements))")
    }

    static func organicPlacement(_ placement: String, _ post: ChannelPost, placements: [String]?) -> Diagnostic.Message {
        message(
            "organic-placement",
            "ad '\(post.item.id.value)' is placed in the organic '\(placement)'; the timeline is for content, and ads reported as spam get dearer and then restricted\(suggestion(post, placements))"
        )
    }

    /// The placement that buys a timeline slot where the platform sells one (an ad meant for
    /// the timeline names it), else any of its placements.
    private static func suggestion(_ post: ChannelPost, _ placements: [String]?) -> String {
        if let (timeline, _) = post.profile.word(.adTimelinePlacement, on: post.date) {
            return "; to reach the timeline, buy \(post.profile.name)'s timeline placement '\(timeline)'"
        }
        return placements?.first.map { "; use an ad placement such as '\($0)'" } ?? "; use one of the platform's ad placements"
    }

    /// The placement against the organic ones, then (through `ad-placement`) the known ones.
    static func check(_ ad: Ad, _ post: ChannelPost, placements: ([String], Fact)?, into diagnostics: inout [Diagnostic]) {
        guard let located = ad.placement else {
            diagnostics.append(Diagnostic(noPlacement(post, placements: placements?.0), at: post.item.id.range))
            return
        }
        let organic = post.profile.words(.adOrganicPlacements, on: post.date)?.0 ?? []
        let placement = located.value
        if organic.contains(placement.lowercased()) {
            diagnostics.append(Diagnostic(organicPlacement(placement, post, placements: placements?.0), at: located.range))
        } else if let (known, fact) = placements, !known.contains(placement) {
            diagnostics.append(Diagnostic(AdPlacementRule.unknownPlacement(placement, known: known, post, fact: fact), at: located.range))
        }
    }
}

enum AdPlacementRule: RuleDefinition {
    static let description = Rule(
        id: "ad-placement", category: .platform, defaultSeverity: .error,
        summary: "An ad's placement is not one of its platform's ad placements.",
        examples: AdRuleExamples.adPlacement)

    static func noAds(_ post: ChannelPost) -> Diagnostic.Message {
        message(
            "no-ads",
            "\(post.profile.name) sells no ads, so ad '\(post.item.id.value)' cannot run on '\(post.channel.id.value)'; plan it on a platform with ad placements"
        )
    }

    static func unknownPlacement(_ placement: String, known: [String], _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "unknown-placement",
            "'\(placement)' is not a \(post.profile.name) ad placement\(Suggestion.hint(for: placement, among: known))\(post.caveat(fact))")
    }
}

enum AdNeedsPageRule: RuleDefinition {
    static let description = Rule(
        id: "ad-needs-page", category: .platform, defaultSeverity: .error,
        summary: "An ad runs from a kind of account the platform does not run ads from (LinkedIn: pages, not profiles).",
        examples: AdRuleExamples.adNeedsPage)

    static func wrongAccount(_ post: ChannelPost, accounts: [String], fact: Fact) -> Diagnostic.Message {
        message(
            "wrong-account",
            "\(post.profile.name) runs ads from \(accounts.joined(separator: " or ")) accounts, and '\(post.channel.id.value)' is a \(post.channel.account.value.rawValue); run the ad from your page\(post.caveat(fact))"
        )
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        if let (accounts, fact) = post.profile.words(.adAccounts, on: post.date), !accounts.contains(post.channel.account.value.rawValue) {
            diagnostics.append(Diagnostic(wrongAccount(post, accounts: accounts, fact: fact), at: post.channelReference))
        }
    }
}
