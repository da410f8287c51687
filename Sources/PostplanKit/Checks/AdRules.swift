/// An ad against its platform: it belongs in an ad placement, never the organic timeline,
/// and runs from a kind of account the platform runs ads from.
enum AdRules {
    /// Whether the platform has ads at all. A profile without `ad.placements` does not say
    /// which placements exist, so only the organic ones are refused; an empty list means the
    /// platform sells no ads.
    @discardableResult
    static func check(_ ad: Ad, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) -> Bool {
        let profile = post.profile, date = post.date
        let placements = profile.words(.adPlacements, on: date)
        let organic = profile.words(.adOrganicPlacements, on: date)?.0 ?? []
        if let (known, _) = placements, known.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .adPlacement,
                    "\(profile.name) sells no ads, so ad '\(post.item.id.value)' cannot run on '\(post.channel.id.value)'; plan it on a platform with ad placements",
                    at: post.channelReference))
            return false
        }
        let suggestion = placements?.0.first.map { "; use an ad placement such as '\($0)'" } ?? "; use one of the platform's ad placements"
        guard let located = ad.placement else {
            diagnostics.append(
                Diagnostic(
                    .adInTimeline,
                    "ad '\(post.item.id.value)' has no 'placement', so it would be posted into the organic timeline\(suggestion)",
                    at: post.item.id.range))
            return true
        }
        let placement = located.value
        if organic.contains(placement.lowercased()) {
            diagnostics.append(
                Diagnostic(
                    .adInTimeline,
                    "ad '\(post.item.id.value)' is placed in the organic '\(placement)'; the timeline is for content, and ads reported as spam get dearer and then restricted\(suggestion)",
                    at: located.range))
        } else if let (known, fact) = placements, !known.contains(placement) {
            diagnostics.append(
                Diagnostic(
                    .adPlacement,
                    "'\(placement)' is not a \(profile.name) ad placement\(Suggestion.hint(for: placement, among: known))\(post.caveat(fact))",
                    at: located.range))
        }
        if let (accounts, fact) = profile.words(.adAccounts, on: date), !accounts.contains(post.channel.account.value.rawValue) {
            diagnostics.append(
                Diagnostic(
                    .adNeedsPage,
                    "\(profile.name) runs ads from \(accounts.joined(separator: " or ")) accounts, and '\(post.channel.id.value)' is a \(post.channel.account.value.rawValue); run the ad from your page\(post.caveat(fact))",
                    at: post.channelReference))
        }
        return true
    }
}
