/// Examples of the rules about reading files: plan folders with a file that cannot be read
/// as it is, and the same folders put right.
enum InputRuleExamples {
    static let unreadableFile = RuleExamples(
        triggering: [
            RuleExample(files: [
                RuleExample.File("plans/launch.yaml", .text(launch)),
                RuleExample.File("plans/drafts.yaml", .unreadable(reason: "Permission denied"), isReported: true),
            ])
        ],
        nonTriggering: [
            RuleExample(files: [
                RuleExample.File("plans/launch.yaml", .text(launch)),
                RuleExample.File("plans/drafts.yaml", .text("postplan: 1\nitems: []\n")),
            ])
        ])

    static let symlinkLoop = RuleExamples(
        triggering: [
            RuleExample(files: [
                RuleExample.File("plans/launch.yaml", .text(launch)),
                RuleExample.File("plans/current", .link(to: "plans"), isReported: true),
            ])
        ],
        nonTriggering: [
            RuleExample(files: [
                RuleExample.File("plans/launch.yaml", .text(launch)),
                RuleExample.File("plans/shared", .link(to: "shared")),
                RuleExample.File("shared/reminders.yaml", .text("postplan: 1\nitems:\n" + reminder)),
            ])
        ])

    static let fileTooLarge = RuleExamples(
        triggering: [
            RuleExample(files: [
                RuleExample.File("plans/launch.yaml", .text(launch)),
                RuleExample.File("plans/archive.yaml", .repeated(reminder, bytes: 40 << 20), isReported: true),
            ])
        ],
        nonTriggering: [
            RuleExample(files: [
                RuleExample.File("plans/launch.yaml", .text(launch)),
                RuleExample.File("plans/archive-2025.yaml", .text("postplan: 1\nitems:\n" + reminder)),
                RuleExample.File(
                    "plans/archive-2026.yaml", .text("postplan: 1\nitems:\n" + reminder.replacingOccurrences(of: "reminder", with: "reminder-2"))),
            ])
        ])

    static let invalidEncoding = RuleExamples(
        triggering: [RuleExample(files: [RuleExample.File(RuleExample.planPath, .latin1(launch(text: "Caf1️⃣é talk, how we plan a quarter")))])],
        nonTriggering: [RuleExample(launch(text: "Café talk, how we plan a quarter"))])

    static let yamlSyntax = RuleExamples(
        triggering: [RuleExample(launch(channels: "[acme-linkedin").replacingOccurrences(of: "    at:", with: "    at1️⃣:"))],
        nonTriggering: [RuleExample(launch)])

    static let tabIndentation = RuleExamples(
        triggering: [RuleExample(launch.replacingOccurrences(of: "    kind: post", with: "1️⃣\tkind: post"))],
        nonTriggering: [RuleExample(launch)])

    static let duplicateKey = RuleExamples(
        triggering: [RuleExample(launch.replacingOccurrences(of: "    text:", with: "    text: Acme Planner goes live today.\n    1️⃣text:"))],
        nonTriggering: [RuleExample(launch)])

    static let undefinedAlias = RuleExamples(
        triggering: [RuleExample(launchAndReminder(anchor: "&both", alias: "1️⃣*bothe"))],
        nonTriggering: [RuleExample(launchAndReminder(anchor: "&both", alias: "*both"))])

    static let aliasLimit = RuleExamples(
        triggering: [
            RuleExample(
                """
                postplan: 1
                timezone: Europe/Berlin
                channels:
                  acme-linkedin: { platform: linkedin, account: company-page, handle: &a [ha, ha, ha, ha, ha, ha, ha, ha, ha, ha] }
                \(bomb)
                """)
        ],
        nonTriggering: [RuleExample(launchAndReminder(anchor: "&both", alias: "*both"))])

    static let depthLimit = RuleExamples(
        triggering: [
            RuleExample(
                launch(text: String(repeating: "[", count: 253) + "1️⃣" + String(repeating: "[", count: 4) + String(repeating: "]", count: 257)))
        ],
        nonTriggering: [RuleExample(launch)])

    /// Four levels of ten aliases each under the first ten nodes, and a fifth whose eighth
    /// alias takes the expansion past a million nodes.
    private static let bomb = (1...5).map { level in
        let name = Character(UnicodeScalar(UInt8(97 + level))), previous = Character(UnicodeScalar(UInt8(96 + level)))
        let aliases = (1...10).map { "\(level == 5 && $0 == 8 ? "1️⃣" : "")*\(previous)" }
        return "x\(level): &\(name) [\(aliases.joined(separator: ", "))]"
    }.joined(separator: "\n")

    /// A plan with one post on a LinkedIn page.
    private static let launch = launch()

    private static func launch(channels: String = "[acme-linkedin]", text: String = "Acme Planner is live.") -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
        items:
          - id: launch
            kind: post
            channels: \(channels)
            at: 2026-11-24 09:00
            text: \(text)

        """
    }

    /// A post for a file without channels: they come from the launch plan beside it.
    private static let reminder = """
          - { id: reminder, kind: post, channels: [acme-linkedin], at: 2026-11-26 09:00, text: Acme Planner is live. Have you tried it? }

        """

    /// Two posts aimed at the same channels, the second naming the first's list by an alias.
    private static func launchAndReminder(anchor: String, alias: String) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
          acme-x: { platform: x, handle: acme }
        items:
          - { id: launch, kind: post, channels: \(anchor) [acme-linkedin, acme-x], at: 2026-11-24 09:00, text: Acme Planner is live. }
          - { id: reminder, kind: post, channels: \(alias), at: 2026-11-26 09:00, text: Have you tried Acme Planner? }

        """
    }
}
