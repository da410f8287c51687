/// Examples of the poll rules: polls on LinkedIn (2 to 4 options of 30 characters, a question
/// of 140, 1d/3d/1w/2w, no media) and on Bluesky, which has none.
enum PollRuleExamples {
    static let pollUnsupported = RuleExamples(
        triggering: [
            RuleExample(
                """
                postplan: 1
                timezone: Europe/Berlin
                channels:
                  acme-bluesky: { platform: bluesky, handle: acme.bsky.social }
                items:
                  - id: tool-poll
                    kind: poll
                    channels: [1️⃣acme-bluesky]
                    at: 2026-11-24 09:00
                    question: Which planning tool do you use?
                    options: [Spreadsheets, A calendar app]
                    other-option: true
                    duration: 3d
                """)
        ],
        nonTriggering: [
            RuleExample(
                """
                postplan: 1
                timezone: Europe/Berlin
                channels:
                  acme-bluesky: { platform: bluesky, handle: acme.bsky.social }
                items:
                  - id: tool-question
                    kind: post
                    channels: [acme-bluesky]
                    at: 2026-11-24 09:00
                    text: Which planning tool do you use? Spreadsheets, a calendar app, something else? Tell us in the replies.
                    intent: dialogue
                """)
        ])

    static let pollOptionCount = RuleExamples(
        triggering: [RuleExample(linkedInPoll(options: "[Daily, Weekly, Monthly, Quarterly]", other: "1️⃣true"))],
        nonTriggering: [RuleExample(linkedInPoll(options: "[Daily, Weekly, Monthly]", other: "true"))])

    static let pollOptionLength = RuleExamples(
        triggering: [RuleExample(linkedInPoll(options: "[Daily, Weekly, When there is something to sha1️⃣re]"))],
        nonTriggering: [RuleExample(linkedInPoll(options: "[Daily, Weekly, When there is news]"))])

    static let pollQuestionLength = RuleExamples(
        triggering: [
            RuleExample(
                linkedInPoll(
                    question:
                        "Thinking about the last quarter and the channels your team is responsible for, how often did you publish on your company page, on average? Tell us!"
                        .inserting("1️⃣", at: 140)))
        ],
        nonTriggering: [RuleExample(linkedInPoll(question: "Last quarter, how often did your company page publish?"))])

    static let pollDuration = RuleExamples(
        triggering: [RuleExample(linkedInPoll(duration: "1️⃣2d"))],
        nonTriggering: [RuleExample(linkedInPoll(duration: "3d"))])

    static let pollDuplicateOption = RuleExamples(
        triggering: [RuleExample(linkedInPoll(options: "[Daily, Weekly, 1️⃣daily]"))],
        nonTriggering: [RuleExample(linkedInPoll(options: "[Daily, Weekly, Monthly]"))])

    static let pollMedia = RuleExamples(
        triggering: [RuleExample(linkedInPoll(media: "[1️⃣{ type: image, file: assets/chart.png, alt: A bar chart of posting frequency }]"))],
        nonTriggering: [RuleExample(linkedInPoll())])

    /// A poll on a LinkedIn company page, with the parts a rule is about given.
    private static func linkedInPoll(
        question: String = "How often does your company page post?", options: String = "[Daily, Weekly, Monthly]", other: String = "true",
        duration: String = "1w", media: String? = nil
    ) -> String {
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
            question: \(question)
            options: \(options)
            other-option: \(other)
            duration: \(duration)\(media.map { "\n    media: \($0)" } ?? "")

        """
    }
}
