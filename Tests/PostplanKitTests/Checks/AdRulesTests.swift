import Testing

@testable import PostplanKit

/// An ad item on `channels` with the given `placement:` line (or none).
private func ad(channels: String = "[li-page]", placement: String?, text: String = "Plan a quarter of posts in one afternoon.") -> String {
    planOnEveryPlatform(
        """
          - id: 🔟winter-ad
            kind: ad
            channels: \(channels)
        """ + (placement.map { "\n    placement: \($0)" } ?? "") + """

                at: 2026-12-01 08:00
                until: 2026-12-14
                text: \(text)
                cta: { type: learn-more, url: https://acme.example }
            """)
}

@Suite("Platform checks: ads in the timeline")
struct AdInTimelineTests {
    @Test("an ad placed in the 'timeline' is ad-in-timeline at the placement, suggesting an ad placement")
    func timeline() throws {
        try expectFindings(
            ad(placement: "1️⃣timeline").replacing("🔟", with: ""),
            [
                finding(
                    AdInTimelineRule.description, at: "1️⃣", message: "ad 'winter-ad' is placed in the organic 'timeline'",
                    "use an ad placement such as 'sponsored-content'")
            ],
            stages: .checks)
    }

    @Test("an ad placed in the 'feed' is ad-in-timeline at the placement")
    func feed() throws {
        try expectFindings(
            ad(placement: "1️⃣feed").replacing("🔟", with: ""),
            [finding(AdInTimelineRule.description, at: "1️⃣", message: "placed in the organic 'feed'")],
            stages: .checks)
    }

    @Test("an organic placement is recognised whatever its case")
    func timelineAnyCase() throws {
        try expectFindings(
            ad(placement: "1️⃣Timeline").replacing("🔟", with: ""),
            [finding(AdInTimelineRule.description, at: "1️⃣", message: "placed in the organic 'Timeline'")],
            stages: .checks)
    }

    @Test("an ad without a placement is ad-in-timeline at its id")
    func missingPlacement() throws {
        try expectFindings(
            ad(placement: nil),
            [
                finding(
                    AdInTimelineRule.description, at: "🔟",
                    message: "ad 'winter-ad' has no 'placement', so it would be posted into the organic timeline",
                    "use an ad placement such as 'sponsored-content'")
            ],
            stages: .checks)
    }

    @Test("an ad in LinkedIn's sponsored content from a company page passes")
    func sponsoredContent() throws {
        try expectFindings(ad(placement: "sponsored-content").replacing("🔟", with: ""), [], stages: .checks)
    }

    @Test("an ad in Facebook's paid feed from a page passes")
    func facebookSponsoredFeed() throws {
        try expectFindings(ad(channels: "[fb]", placement: "sponsored-feed").replacing("🔟", with: ""), [], stages: .checks)
    }
}

@Suite("Platform checks: ad placements")
struct AdPlacementTests {
    @Test("an unknown placement on LinkedIn is ad-placement at the placement, with a did-you-mean")
    func unknownLinkedInPlacement() throws {
        try expectFindings(
            ad(placement: "1️⃣sponsored-contnet").replacing("🔟", with: ""),
            [
                finding(
                    AdPlacementRule.description, at: "1️⃣", message: "'sponsored-contnet' is not a LinkedIn ad placement",
                    "did you mean 'sponsored-content'?")
            ],
            stages: .checks)
    }

    @Test("any ad on Bluesky is ad-placement at the channel reference: Bluesky sells no ads, and nothing else is said there")
    func blueskySellsNoAds() throws {
        try expectFindings(
            ad(channels: "[1️⃣bsky]", placement: "sponsored-content", text: repeated("a", 400)).replacing("🔟", with: ""),
            [
                finding(
                    AdPlacementRule.description, at: "1️⃣", message: "Bluesky sells no ads, so ad 'winter-ad' cannot run on 'bsky'",
                    "plan it on a platform with ad placements")
            ],
            stages: .checks)
    }

    @Test("an ad without a placement on Bluesky is told that Bluesky sells no ads, not that it lacks a placement")
    func blueskyWithoutPlacement() throws {
        try expectFindings(
            ad(channels: "[1️⃣bsky]", placement: nil).replacing("🔟", with: ""),
            [finding(AdPlacementRule.description, at: "1️⃣", message: "Bluesky sells no ads")],
            stages: .checks)
    }
}

@Suite("Platform checks: ad accounts")
struct AdNeedsPageTests {
    @Test("an ad from a LinkedIn profile is ad-needs-page at the channel reference")
    func linkedInProfile() throws {
        try expectFindings(
            ad(channels: "[1️⃣li-profile]", placement: "sponsored-content").replacing("🔟", with: ""),
            [
                finding(
                    AdNeedsPageRule.description, at: "1️⃣",
                    message: "LinkedIn runs ads from company-page or showcase-page accounts, and 'li-profile' is a profile",
                    "run the ad from your page")
            ],
            stages: .checks)
    }
}
