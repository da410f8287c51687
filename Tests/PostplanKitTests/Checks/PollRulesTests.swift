import Testing

@testable import PostplanKit

@Suite("Platform checks: polls where there are none")
struct PollUnsupportedTests {
    @Test("a poll on Bluesky is poll-unsupported at the channel reference, and nothing else is said about that channel")
    func blueskyHasNoPolls() throws {
        // The text is too long for Bluesky and the image has no alt text: both would be
        // findings on a Bluesky post, and neither is one for a poll that cannot exist there.
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [1️⃣bsky]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    text: \(repeated("a", 400))
                    options: [Yes, No]
                    duration: 1w
                    media: [{ type: image, file: chart.png }]
                """),
            [
                finding(
                    PollUnsupportedRule.description, at: "1️⃣", message: "Bluesky has no polls, so poll 'cert-poll' cannot go to 'bsky'",
                    "ask the question in a post")
            ],
            stages: .checks)
    }

    @Test("the same poll's other channels are still checked")
    func otherChannelsStillChecked() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [li-profile, 1️⃣bsky]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, No]
                    duration: 2️⃣2d
                """),
            [
                finding(PollUnsupportedRule.description, at: "1️⃣"),
                finding(PollDurationRule.description, at: "2️⃣", message: "LinkedIn polls"),
            ],
            stages: .checks)
    }

    @Test("a poll on LinkedIn is supported")
    func linkedInHasPolls() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [li-profile, li-page]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, No, Depends on the role]
                    other-option: true
                    duration: 1w
                """),
            [], stages: .checks)
    }
}

@Suite("Platform checks: poll options")
struct PollOptionTests {
    @Test("four options and the other option on LinkedIn are poll-option-count at the other-option value")
    func linkedInFiveOptionsWithOther() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [li-profile]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, No, Sometimes, Depends on the role]
                    other-option: 1️⃣true
                    duration: 1w
                """),
            [
                finding(
                    PollOptionCountRule.description, at: "1️⃣",
                    message: "poll 'cert-poll' has 5 options (the \"Other, see comments\" option counts); LinkedIn allows 4; merge or drop 1")
            ],
            stages: .checks)
    }

    @Test("five plain options on X are poll-option-count at the fifth")
    func xFiveOptions() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [x]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, No, Sometimes, Rarely, 1️⃣Never]
                    duration: 1d
                """),
            [finding(PollOptionCountRule.description, at: "1️⃣", message: "has 5 options; X allows 4; merge or drop 1")],
            stages: .checks)
    }

    @Test("three options and the other option on LinkedIn are exactly four, within the limit")
    func linkedInFourOptionsWithOther() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [li-profile]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, No, Depends on the role]
                    other-option: true
                    duration: 1w
                """),
            [], stages: .checks)
    }

    @Test("a single option on LinkedIn is poll-option-count at that option")
    func linkedInOneOption() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [li-profile]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [1️⃣Yes]
                    duration: 1w
                """),
            [finding(PollOptionCountRule.description, at: "1️⃣", message: "poll 'cert-poll' has 1 option", "LinkedIn needs at least 2; add options")],
            stages: .checks)
    }

    @Test("a single option and the other option on LinkedIn make two, within the limit")
    func linkedInOneOptionWithOther() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [li-profile]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes]
                    other-option: true
                    duration: 1w
                """),
            [], stages: .checks)
    }

    @Test("a 31-character option on LinkedIn is poll-option-length at its 31st character")
    func linkedInOptionTooLong() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [li-profile]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, \(repeated("a", 30))1️⃣b]
                    duration: 1w
                """),
            [finding(PollOptionLengthRule.description, at: "1️⃣", message: "is 31 characters; LinkedIn allows 30; shorten it")],
            stages: .checks)
    }

    @Test("a 30-character option on LinkedIn is within the limit")
    func linkedInOptionWithin() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [li-profile]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, \(repeated("a", 30))]
                    duration: 1w
                """),
            [], stages: .checks)
    }

    @Test("a 26-character option on X is poll-option-length at its 26th character")
    func xOptionTooLong() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [x]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, "\(repeated("a", 25))1️⃣b"]
                    duration: 1d
                """),
            [finding(PollOptionLengthRule.description, at: "1️⃣", message: "is 26 characters; X allows 25")],
            stages: .checks)
    }

    @Test("a 25-character option on X is within the limit")
    func xOptionWithin() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [x]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, "\(repeated("a", 25))"]
                    duration: 1d
                """),
            [], stages: .checks)
    }

    @Test("a custom other-option label is an option too: 27 characters on X are poll-option-length at the 26th")
    func xCustomOtherOptionTooLong() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [x]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, No]
                    other-option: Something else, see repli1️⃣es
                    duration: 1d
                """),
            [finding(PollOptionLengthRule.description, at: "1️⃣", message: "option 'Something else, see replies' is 27 characters; X allows 25")],
            stages: .checks)
    }

    @Test("'Yes' and 'yes' are poll-duplicate-option at the second, related to the first")
    func duplicateOptionsIgnoreCase() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [li-profile]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [2️⃣Yes, No, 1️⃣yes]
                    duration: 1w
                """),
            [finding(PollDuplicateOptionRule.description, at: "1️⃣", message: "option 'yes' repeats 'Yes'; every option must differ", related: ["2️⃣"])],
            stages: .checks)
    }

    @Test("an option that reads like the other option is poll-duplicate-option at the other-option value")
    func optionDuplicatesOtherOption() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [li-profile]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, 2️⃣"Other, see comments"]
                    other-option: 1️⃣true
                    duration: 1w
                """),
            [finding(PollDuplicateOptionRule.description, at: "1️⃣", related: ["2️⃣"])],
            stages: .checks)
    }

    @Test("options that differ are no duplicates")
    func distinctOptions() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [li-profile]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, Yes!, "Yes, but"]
                    duration: 1w
                """),
            [], stages: .checks)
    }
}

@Suite("Platform checks: poll questions")
struct PollQuestionTests {
    @Test("a 141-character question on LinkedIn is poll-question-length at its 141st character")
    func linkedInQuestionTooLong() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [li-profile]
                    at: 2026-11-24 09:00
                    question: \(repeated("a", 140))1️⃣b
                    options: [Yes, No]
                    duration: 1w
                """),
            [
                finding(
                    PollQuestionLengthRule.description, at: "1️⃣", message: "question is 141 characters; LinkedIn allows 140",
                    "put the context in the post text")
            ],
            stages: .checks)
    }

    @Test("a 140-character question on LinkedIn is within the limit")
    func linkedInQuestionWithin() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [li-profile]
                    at: 2026-11-24 09:00
                    question: \(repeated("a", 140))
                    options: [Yes, No]
                    duration: 1w
                """),
            [], stages: .checks)
    }

    @Test("on X the question is the post text: 281 characters are text-length at the 281st")
    func xQuestionIsText() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [x]
                    at: 2026-11-24 09:00
                    question: \(repeated("a", 280))1️⃣b
                    options: [Yes, No]
                    duration: 1d
                """),
            [finding(TextLengthRule.description, at: "1️⃣", message: "text is 281 of 280")],
            stages: .checks)
    }
}

@Suite("Platform checks: poll durations")
struct PollDurationTests {
    func poll(on channel: String, duration: String) -> String {
        planOnEveryPlatform(
            """
              - id: cert-poll
                kind: poll
                channels: [\(channel)]
                at: 2026-11-24 09:00
                question: Are certifications worth it?
                options: [Yes, No]
                duration: \(duration)
            """)
    }

    @Test("2d on LinkedIn is poll-duration at the value, listing the durations and the nearest one")
    func linkedInTwoDays() throws {
        try expectFindings(
            poll(on: "li-profile", duration: "1️⃣2d"),
            [finding(PollDurationRule.description, at: "1️⃣", message: "LinkedIn polls run for 1d, 3d, 1w, 2w only; '2d' is not one of them; use 1d")],
            stages: .checks)
    }

    @Test("LinkedIn's durations pass, however they are written", arguments: ["1d", "3d", "1w", "2w", "24h", "7d", "14d"])
    func linkedInDurations(duration: String) throws {
        try expectFindings(poll(on: "li-profile", duration: duration), [], stages: .checks)
    }

    @Test("8d on X is poll-duration: X polls run at most 7 days")
    func xEightDays() throws {
        try expectFindings(
            poll(on: "x", duration: "1️⃣8d"),
            [finding(PollDurationRule.description, at: "1️⃣", message: "X polls run at most 7d; '8d' is longer")],
            stages: .checks)
    }

    @Test("4m on X is poll-duration: X polls run at least 5 minutes")
    func xFourMinutes() throws {
        try expectFindings(
            poll(on: "x", duration: "1️⃣4m"),
            [finding(PollDurationRule.description, at: "1️⃣", message: "X polls run at least 5m; '4m' is shorter")],
            stages: .checks)
    }

    @Test("X takes any duration from 5 minutes to 7 days", arguments: ["5m", "90m", "12h", "5d", "7d", "1w"])
    func xDurations(duration: String) throws {
        try expectFindings(poll(on: "x", duration: duration), [], stages: .checks)
    }

    @Test("24h on Threads passes")
    func threadsOneDay() throws {
        try expectFindings(poll(on: "threads", duration: "24h"), [], stages: .checks)
    }

    @Test("1w on Threads is poll-duration with the one duration Threads offers")
    func threadsOneWeek() throws {
        try expectFindings(
            poll(on: "threads", duration: "1️⃣1w"),
            [finding(PollDurationRule.description, at: "1️⃣", message: "Threads polls run for 24h only; '1w' is not one of them; use 24h")],
            stages: .checks)
    }
}

@Suite("Platform checks: poll media")
struct PollMediaTests {
    @Test("a poll with media on LinkedIn is poll-media at the first attachment")
    func linkedInPollWithMedia() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [li-profile]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, No]
                    duration: 1w
                    media:
                      - 1️⃣{ type: image, file: chart.png, alt: A chart }
                      - { type: image, file: chart2.png, alt: Another chart }
                """),
            [finding(PollMediaRule.description, at: "1️⃣", message: "LinkedIn polls cannot carry media; remove the media from 'cert-poll'")],
            stages: .checks)
    }

    @Test("a poll's media on one channel only, through a variant, is poll-media there")
    func pollMediaThroughVariant() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: cert-poll
                    kind: poll
                    channels: [li-profile, x]
                    at: 2026-11-24 09:00
                    question: Are certifications worth it?
                    options: [Yes, No]
                    duration: 1w
                    variants:
                      x: { media: [1️⃣{ type: image, file: chart.png, alt: A chart }] }
                """),
            [finding(PollMediaRule.description, at: "1️⃣", message: "X polls cannot carry media")],
            stages: .checks)
    }
}
