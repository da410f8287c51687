/// Examples of the text rules: length counted the platform's way, hashtags, links and the
/// characters a platform rejects.
enum TextRuleExamples {
    static let textLength = RuleExamples(
        triggering: [RuleExample(crossPost(xText: nil, marked: true))],
        nonTriggering: [
            RuleExample(
                crossPost(xText: "Acme Planner is live: a quarter of posts planned in one afternoon, checked in CI. https://acme.example/planner"))
        ])

    static let hashtagCount = RuleExamples(
        triggering: [RuleExample(threadsPost(text: "Acme Planner is live! #planning 1️⃣#socialmedia #contentstrategy"))],
        nonTriggering: [RuleExample(threadsPost(text: "Acme Planner is live! #planning"))])

    static let linkCount = RuleExamples(
        triggering: [
            RuleExample(
                xPost(
                    text: "Eleven reads on planning, one a day: "
                        + (1...11).map { "\($0 == 11 ? "1️⃣" : "")https://acme.example/reads/\($0)" }.joined(separator: " ")))
        ],
        nonTriggering: [RuleExample(xPost(text: "Eleven reads on planning, one a day, all on one page: https://acme.example/reads"))])

    static let forbiddenCharacter = RuleExamples(
        triggering: [RuleExample(xPost(text: "Launch day1️⃣\\uFEFF: Acme Planner is live."))],
        nonTriggering: [RuleExample(xPost(text: "Launch day: Acme Planner is live."))])

    /// The launch announcement, 295 characters: well within LinkedIn's 3,000, beyond X's 280.
    private static let announcement = """
        Acme Planner is live. Plan a quarter of posts in one afternoon, see every
        channel's week at a glance, and let CI check each post against the platform's
        rules before it goes out. Polls, product pages, ads and stories all have their
        checks. Try it today: it is free for teams of up to five people.
        """

    /// The announcement on LinkedIn and X, with a shorter text for X as a variant when given.
    private static func crossPost(xText: String?, marked: Bool = false) -> String {
        let text = marked ? announcement.inserting("1️⃣", at: 280) : announcement
        return """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme-linkedin: { platform: linkedin, account: company-page }
              acme-x: { platform: x, handle: acme }
            items:
              - id: launch
                kind: post
                channels: [acme-linkedin, acme-x]
                at: 2026-11-24 09:00
                text: |
            \(text.split(separator: "\n").map { "      \($0)" }.joined(separator: "\n"))\(xText.map { "\n    variants:\n      acme-x: { text: \"\($0)\" }" } ?? "")

            """
    }

    private static func xPost(text: String) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-x: { platform: x, handle: acme }
        items:
          - id: launch
            kind: post
            channels: [acme-x]
            at: 2026-11-24 09:00
            text: "\(text)"

        """
    }

    private static func threadsPost(text: String) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-threads: { platform: threads, handle: acme }
        items:
          - id: launch
            kind: post
            channels: [acme-threads]
            at: 2026-11-24 09:00
            text: "\(text)"

        """
    }
}
