/// Examples of the plan format rules: plan files with a slip of the format, and the same
/// files set right.
enum FormatRuleExamples {
    static let notAPlan = RuleExamples(
        triggering: [
            RuleExample(
                """
                1️⃣timezone: Europe/Berlin
                channels:
                  acme-linkedin: { platform: linkedin, account: company-page }
                """)
        ],
        nonTriggering: [
            RuleExample(
                """
                postplan: 1
                timezone: Europe/Berlin
                channels:
                  acme-linkedin: { platform: linkedin, account: company-page }
                """)
        ])

    static let unsupportedVersion = RuleExamples(
        triggering: [RuleExample(plan(version: "1️⃣2"))],
        nonTriggering: [RuleExample(plan())])

    static let multipleDocuments = RuleExamples(
        triggering: [
            RuleExample(
                files: [
                    RuleExample.File(
                        "plans/november.yaml",
                        .text(plan(post: "id: launch") + "---\n1️⃣" + plan(post: "id: follow-up", at: "2026-11-26 09:00")))
                ])
        ],
        nonTriggering: [
            RuleExample(
                files: [
                    RuleExample.File("plans/launch.yaml", .text(plan(post: "id: launch"))),
                    RuleExample.File("plans/follow-up.yaml", .text(plan(post: "id: follow-up", channels: false, at: "2026-11-26 09:00"))),
                ])
        ])

    static let missingField = RuleExamples(
        triggering: [
            RuleExample(
                """
                postplan: 1
                timezone: Europe/Berlin
                channels:
                  acme-linkedin: { platform: linkedin, account: company-page }
                items:
                  - 1️⃣id: frequency-poll
                    kind: poll
                    channels: [acme-linkedin]
                    at: 2026-11-24 09:00
                    question: How often does your company page post?
                    options: [Daily, Weekly, Monthly]
                    other-option: true
                """)
        ],
        nonTriggering: [
            RuleExample(
                """
                postplan: 1
                timezone: Europe/Berlin
                channels:
                  acme-linkedin: { platform: linkedin, account: company-page }
                items:
                  - id: frequency-poll
                    kind: poll
                    channels: [acme-linkedin]
                    at: 2026-11-24 09:00
                    question: How often does your company page post?
                    options: [Daily, Weekly, Monthly]
                    other-option: true
                    duration: 1w
                """)
        ])

    static let wrongType = RuleExamples(
        triggering: [RuleExample(plan(post: "id: launch\n    channels: 1️⃣{ acme-linkedin: true }"))],
        nonTriggering: [RuleExample(plan(post: "id: launch\n    channels: [acme-linkedin]"))])

    static let unknownKey = RuleExamples(
        triggering: [RuleExample(plan(post: "id: launch\n    1️⃣pilar: insights"))],
        nonTriggering: [RuleExample(plan(post: "id: launch\n    pillar: insights"))])

    static let unknownKind = RuleExamples(
        triggering: [RuleExample(plan(post: "id: launch", kind: "1️⃣tweet"))],
        nonTriggering: [RuleExample(plan(post: "id: launch"))])

    static let unknownPlatform = RuleExamples(
        triggering: [RuleExample(plan(post: "id: launch", channel: "{ platform: 1️⃣twitter, handle: acme }"))],
        nonTriggering: [RuleExample(plan(post: "id: launch", channel: "{ platform: x, handle: acme }"))])

    static let unknownAccountType = RuleExamples(
        triggering: [RuleExample(plan(post: "id: launch", channel: "{ platform: linkedin, account: 1️⃣page }"))],
        nonTriggering: [RuleExample(plan(post: "id: launch"))])

    static let unknownChannel = RuleExamples(
        triggering: [RuleExample(plan(post: "id: launch\n    channels: [1️⃣acme-linkdin]"))],
        nonTriggering: [RuleExample(plan(post: "id: launch\n    channels: [acme-linkedin]"))])

    static let variantChannel = RuleExamples(
        triggering: [
            RuleExample(
                plan(
                    post: "id: launch\n    variants:\n      1️⃣acme-x: { text: Acme Planner is live. }",
                    extraChannel: "acme-x: { platform: x, handle: acme }"))
        ],
        nonTriggering: [
            RuleExample(
                plan(
                    post: "id: launch\n    channels: [acme-linkedin, acme-x]\n    variants:\n      acme-x: { text: Acme Planner is live. }",
                    extraChannel: "acme-x: { platform: x, handle: acme }"))
        ])

    static let duplicateID = RuleExamples(
        triggering: [
            RuleExample(
                files: [
                    RuleExample.File("plans/launch.yaml", .text(plan(post: "id: launch"))),
                    RuleExample.File("plans/reminders.yaml", .text(plan(post: "id: 1️⃣launch", channels: false))),
                ])
        ],
        nonTriggering: [
            RuleExample(
                files: [
                    RuleExample.File("plans/launch.yaml", .text(plan(post: "id: launch"))),
                    RuleExample.File("plans/reminders.yaml", .text(plan(post: "id: launch-reminder", channels: false))),
                ])
        ])

    static let invalidID = RuleExamples(
        triggering: [RuleExample(plan(post: "id: 1️⃣launch day"))],
        nonTriggering: [RuleExample(plan(post: "id: launch-day"))])

    static let invalidDate = RuleExamples(
        triggering: [RuleExample(plan(post: "id: launch", at: "1️⃣2026-11-31 09:00"))],
        nonTriggering: [RuleExample(plan(post: "id: launch", at: "2026-12-01 09:00"))])

    static let invalidTime = RuleExamples(
        triggering: [
            RuleExample(plan(post: "id: weekly-tip\n    repeat: { every: week, on: [tue], at: 1️⃣9am, from: 2026-11-24, until: 2026-12-31 }", at: nil))
        ],
        nonTriggering: [
            RuleExample(
                plan(post: "id: weekly-tip\n    repeat: { every: week, on: [tue], at: \"09:00\", from: 2026-11-24, until: 2026-12-31 }", at: nil))
        ])

    static let invalidDuration = RuleExamples(
        triggering: [RuleExample(plan(post: poll(duration: "1️⃣a week"), kind: "poll"))],
        nonTriggering: [RuleExample(plan(post: poll(duration: "1w"), kind: "poll"))])

    static let unknownTimezone = RuleExamples(
        triggering: [RuleExample(plan(post: "id: launch", timezone: "1️⃣Europe/Berlim"))],
        nonTriggering: [RuleExample(plan(post: "id: launch"))])

    static let invalidValue = RuleExamples(
        triggering: [RuleExample(plan(post: "id: launch\n    pillar: 1️⃣sales"))],
        nonTriggering: [RuleExample(plan(post: "id: launch\n    pillar: brand"))])

    static let atOrRepeat = RuleExamples(
        triggering: [RuleExample(plan(post: "1️⃣id: launch", at: nil))],
        nonTriggering: [RuleExample(plan(post: "id: launch")), RuleExample(plan(post: "id: launch\n    status: idea", at: nil))])

    static let hashtagComment = RuleExamples(
        triggering: [RuleExample(plan(post: "id: launch", text: "Acme Planner is live 1️⃣#planning"))],
        nonTriggering: [RuleExample(plan(post: "id: launch", text: "\"Acme Planner is live #planning\""))])

    /// The lines of a poll with the given duration.
    private static func poll(duration: String) -> String {
        "id: frequency-poll\n    question: How often does your page post?\n    options: [Daily, Weekly]\n    other-option: true\n    duration: \(duration)"
    }

    /// A plan file with a LinkedIn page (and another channel where given) and one post, whose
    /// `id` line (and any lines after it) is `post`; the file holds no channels when
    /// `channels` is false, as a second file of a repo would.
    private static func plan(
        post: String = "id: launch", version: String = "1", timezone: String = "Europe/Berlin", channels: Bool = true,
        channel: String = "{ platform: linkedin, account: company-page }", extraChannel: String? = nil, kind: String = "post",
        at: String? = "2026-11-24 09:00", text: String = "Acme Planner is live."
    ) -> String {
        let channelLines = "channels:\n  acme-linkedin: \(channel)\n" + (extraChannel.map { "  \($0)\n" } ?? "")
        let defaultChannels = post.contains("channels:") ? "" : "\n    channels: [acme-linkedin]"
        return """
            postplan: \(version)
            timezone: \(timezone)
            \(channels ? channelLines : "")items:
              - \(post)
                kind: \(kind)\(defaultChannels)\(at.map { "\n    at: \($0)" } ?? "")
                text: \(text)

            """
    }
}
