/// Examples of the ad rules: an ad in an ad placement of its platform, run from a page.
enum AdRuleExamples {
    static let adInTimeline = RuleExamples(
        triggering: [RuleExample(ad(placement: "1️⃣timeline"))],
        nonTriggering: [RuleExample(ad())])

    static let adPlacement = RuleExamples(
        triggering: [RuleExample(ad(placement: "1️⃣sponsored-post"))],
        nonTriggering: [RuleExample(ad())])

    static let adNeedsPage = RuleExamples(
        triggering: [RuleExample(ad(channel: "1️⃣urs-linkedin"))],
        nonTriggering: [RuleExample(ad())])

    /// A two-week LinkedIn ad.
    private static func ad(channel: String = "acme-linkedin", placement: String = "sponsored-content") -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
          urs-linkedin: { platform: linkedin, account: profile }
        items:
          - id: winter-ad
            kind: ad
            channels: [\(channel)]
            placement: \(placement)
            at: 2026-12-01 08:00
            until: 2026-12-14
            text: Plan a quarter of posts in one afternoon.
            cta: { type: learn-more, url: "https://acme.example" }

        """
    }
}
