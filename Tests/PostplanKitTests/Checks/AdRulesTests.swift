import Testing

@testable import PostplanKit

/// An ad item on `channels` with the given `placement:` line (or none), and an image when
/// `image` (Instagram needs one).
private func ad(channels: String = "[li-page]", placement: String?, text: String = "Plan a quarter of posts in one afternoon.", image: Bool = false)
    -> String
{
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
            """ + (image ? "\n    media: [{ type: image, file: assets/planner.png, alt: The planner's week view }]" : ""))
}

@Suite("Platform checks: ads in the timeline")
struct AdInTimelineTests {
    @Test("an ad placed in the 'timeline' is ad-in-timeline at the placement, naming the timeline placement LinkedIn sells")
    func timeline() throws {
        try expectFindings(
            ad(placement: "1️⃣timeline").replacing("🔟", with: ""),
            [
                finding(
                    AdInTimelineRule.description, at: "1️⃣", message: "ad 'winter-ad' is placed in the organic 'timeline'",
                    "buy LinkedIn's timeline placement 'sponsored-content'")
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
                    "buy LinkedIn's timeline placement 'sponsored-content'")
            ],
            stages: .checks)
    }

    @Test("an ad in LinkedIn's sponsored content from a company page passes")
    func sponsoredContent() throws {
        try expectFindings(ad(placement: "sponsored-content").replacing("🔟", with: ""), [], stages: .checks)
    }

    @Test("an ad in Facebook's paid feed ('feed', Meta's name for it) from a page passes")
    func facebookPaidFeed() throws {
        try expectFindings(ad(channels: "[fb]", placement: "feed").replacing("🔟", with: ""), [], stages: .checks)
    }

    @Test("an ad in X's paid timeline (the Ads API's TWITTER_TIMELINE) passes")
    func xTimelinePlacement() throws {
        try expectFindings(
            ad(channels: "[x]", placement: "TWITTER_TIMELINE", text: "Plan a quarter in one afternoon.").replacing("🔟", with: ""), [], stages: .checks
        )
    }

    @Test("an ad on X placed in the organic 'timeline' is ad-in-timeline, naming X's TWITTER_TIMELINE placement")
    func xOrganicTimeline() throws {
        try expectFindings(
            ad(channels: "[x]", placement: "1️⃣timeline").replacing("🔟", with: ""),
            [
                finding(
                    AdInTimelineRule.description, at: "1️⃣", message: "ad 'winter-ad' is placed in the organic 'timeline'",
                    "buy X's timeline placement 'TWITTER_TIMELINE'")
            ],
            stages: .checks)
    }

    @Test("an ad on Instagram without a placement is ad-in-timeline at its id, naming the feed placement 'stream'")
    func instagramWithoutPlacement() throws {
        try expectFindings(
            ad(channels: "[insta]", placement: nil, image: true),
            [finding(AdInTimelineRule.description, at: "🔟", message: "has no 'placement'", "buy Instagram's timeline placement 'stream'")],
            stages: .checks)
    }

    @Test("an ad in Instagram's paid feed ('stream') and in Threads' ('threads_stream') passes")
    func metaFeedPlacements() throws {
        try expectFindings(ad(channels: "[insta]", placement: "stream", image: true).replacing("🔟", with: ""), [], stages: .checks)
        try expectFindings(ad(channels: "[threads]", placement: "threads_stream").replacing("🔟", with: ""), [], stages: .checks)
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

    @Test("a misspelt X placement is ad-placement at the placement, with a did-you-mean from the Ads API's names")
    func misspeltXPlacement() throws {
        try expectFindings(
            ad(channels: "[x]", placement: "1️⃣TWITTER_TIMELNE", text: "Plan a quarter in one afternoon.").replacing("🔟", with: ""),
            [
                finding(
                    AdPlacementRule.description, at: "1️⃣", message: "'TWITTER_TIMELNE' is not a X ad placement",
                    "did you mean 'TWITTER_TIMELINE'?")
            ],
            stages: .checks)
    }

    @Test("Threads sells one placement: an Instagram name there is ad-placement, suggesting 'threads_stream'")
    func instagramNameOnThreads() throws {
        try expectFindings(
            ad(channels: "[threads]", placement: "1️⃣stream").replacing("🔟", with: ""),
            [
                finding(
                    AdPlacementRule.description, at: "1️⃣", message: "'stream' is not a Threads ad placement",
                    "threads_stream")
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
