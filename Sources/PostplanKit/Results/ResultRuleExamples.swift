/// Examples of the result rules: a teaser cross-posted to X and Bluesky, and a LinkedIn poll,
/// with their counts recorded under `results:`.
enum ResultRuleExamples {
    static let unknownMetric = RuleExamples(
        triggering: [
            RuleExample(
                teaser(
                    results: """
                          - item: launch-teaser
                            channel: acme-x
                            measurements:
                              - { date: 2026-11-26, 1️⃣views: 4200, 2️⃣likes: 120, 3️⃣commments: 9 }
                        """))
        ],
        nonTriggering: [
            RuleExample(
                teaser(
                    results: """
                          - item: launch-teaser
                            channel: acme-x
                            measurements:
                              - { date: 2026-11-26, impressions: 4200, reactions: 120, comments: 9 }
                        """))
        ])

    static let measurementOrder = RuleExamples(
        triggering: [
            RuleExample(
                teaser(
                    results: """
                          - item: launch-teaser
                            channel: acme-x
                            published: 2026-11-25 10:00
                            measurements:
                              - { date: 1️⃣2026-11-24, reactions: 3 }
                              - { date: 2026-12-02, reactions: 160 }
                              - { date: 2️⃣2026-11-26, reactions: 120 }
                              - { date: 3️⃣2026-11-26, reactions: 121 }
                        """))
        ],
        nonTriggering: [
            RuleExample(
                teaser(
                    results: """
                          - item: launch-teaser
                            channel: acme-x
                            published: 2026-11-25 10:00
                            measurements:
                              - { date: 2026-11-26, reactions: 120 }
                              - { date: 2026-12-02, reactions: 160 }
                        """))
        ])

    static let resultUnknownItem = RuleExamples(
        triggering: [
            RuleExample(
                teaser(
                    results: """
                          - item: 1️⃣launch-teasr
                            channel: acme-x
                            measurements: [{ date: 2026-11-26, reactions: 120 }]
                          - item: launch-teaser
                            channel: 2️⃣acme-linkedin
                            measurements: [{ date: 2026-11-26, reactions: 40 }]
                          - item: launch-teaser
                            channel: acme-x
                            measurements: [{ date: 2026-11-27, reactions: 130, 3️⃣poll-votes: { Yes: 2 } }]
                        """))
        ],
        nonTriggering: [
            RuleExample(
                teaser(
                    results: """
                          - item: launch-teaser
                            channel: acme-x
                            measurements: [{ date: 2026-11-26, reactions: 120 }]
                        """))
        ])

    static let metricNotOnPlatform = RuleExamples(
        triggering: [
            RuleExample(
                teaser(
                    results: """
                          - item: launch-teaser
                            channel: acme-bluesky
                            measurements:
                              - { date: 2026-11-26, 1️⃣impressions: 3100, reactions: 210, reposts: 30 }
                        """))
        ],
        nonTriggering: [
            RuleExample(
                teaser(
                    results: """
                          - item: launch-teaser
                            channel: acme-bluesky
                            measurements:
                              - { date: 2026-11-26, reactions: 210, reposts: 30, followers: 1800, minutes-spent: 15 }
                        """))
        ])

    static let missingResult = RuleExamples(
        triggering: [
            RuleExample(teaser(status: "published", xChannel: "1️⃣acme-x", results: bluesky), today: LocalDate(year: 2026, month: 12, day: 2))
        ],
        nonTriggering: [
            RuleExample(teaser(status: "published", results: bluesky), today: LocalDate(year: 2026, month: 11, day: 30)),
            RuleExample(
                teaser(
                    status: "published",
                    results: bluesky + """

                          - item: launch-teaser
                            channel: acme-x
                            measurements: [{ date: 2026-11-26, reactions: 120 }]
                        """), today: LocalDate(year: 2026, month: 12, day: 2)),
        ])

    private static let bluesky = """
          - item: launch-teaser
            channel: acme-bluesky
            measurements: [{ date: 2026-11-26, reactions: 210 }]
        """

    /// A teaser cross-posted to X and Bluesky on 2026-11-25, with results.
    private static func teaser(status: String = "ready", xChannel: String = "acme-x", results: String) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-x: { platform: x, handle: acme }
          acme-bluesky: { platform: bluesky, handle: acme.bsky.social }
          acme-linkedin: { platform: linkedin, account: company-page, handle: acme }
        items:
          - id: launch-teaser
            kind: post
            channels: [\(xChannel), acme-bluesky]
            at: 2026-11-25 10:00
            text: Our planner goes live in three weeks. What should it never do?
            intent: dialogue
            checklist: [Reply to every comment within 24 hours]
            status: \(status)
        results:
        \(results)

        """
    }
}
