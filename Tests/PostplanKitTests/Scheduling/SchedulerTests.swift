import Testing

@testable import PostplanKit

/// A plan with one Berlin channel, `acme` (a LinkedIn company page), and `items`.
private func berlinPlan(_ items: String) -> String {
    """
    postplan: 1
    timezone: Europe/Berlin
    channels:
      acme: { platform: linkedin, account: company-page }
    items:

    """ + items
}

private func schedule(_ plan: String, _ first: LocalDate, _ last: LocalDate, today: LocalDate = fixtureToday) throws -> (ScheduleResult, Workspace) {
    let repo = try decodeRepo(["plan.yaml"], on: InMemoryFileSystem(files: ["plan.yaml": plan]))
    #expect(repo.diagnostics.isEmpty, "\(TextReporter.render(repo.diagnostics))")
    return (Scheduler(workspace: repo.workspace, today: today).schedule(window: first...last), repo.workspace)
}

@Suite("Scheduler: daylight saving")
struct SchedulerDaylightSavingTests {
    @Test("a time in the spring-forward gap is nonexistent-time at the 'at' value, suggesting the shifted time")
    func gapIsAnError() throws {
        try expectFindings(
            berlinPlan(
                """
                  - id: spring
                    kind: post
                    channels: [acme]
                    at: 1️⃣2026-03-29 02:30
                    text: Spring.
                """),
            [finding(NonexistentTimeRule.description, at: "1️⃣", message: "2026-03-29 02:30 does not exist in Europe/Berlin", "use 03:30")],
            stages: .checks)
    }

    @Test("a time in the fall-back overlap is an ambiguous-time warning that names the offset taken")
    func overlapIsAWarning() throws {
        let repo = try expectFindings(
            berlinPlan(
                """
                  - id: autumn
                    kind: post
                    channels: [acme]
                    at: 1️⃣2026-10-25 02:30
                    text: Autumn.
                """),
            [finding(AmbiguousTimeRule.description, at: "1️⃣", message: "happens twice", "UTC+02:00", "2026-10-25T02:30+02:00")],
            stages: .checks)
        #expect(repo.diagnostics.first?.severity == .warning)
    }

    @Test("a weekly repeat that meets the gap once is reported once, at the repeat's time")
    func repeatInGapReportedOnce() throws {
        try expectFindings(
            berlinPlan(
                """
                  - id: sunday-night
                    kind: post
                    channels: [acme]
                    repeat: { every: week, on: [sun], at: 1️⃣"02:30", from: 2026-03-01, until: 2026-04-30 }
                    text: Late.
                """),
            [finding(NonexistentTimeRule.description, at: "1️⃣", message: "2026-03-29 02:30")],
            stages: .checks)
    }

    @Test("a time with a UTC offset is a fixed instant, never in a gap")
    func offsetIsFixed() throws {
        let (result, _) = try schedule(
            berlinPlan(
                """
                  - id: fixed
                    kind: post
                    channels: [acme]
                    at: 2026-03-29T02:30+01:00
                    text: Fixed.
                """), date(2026, 3, 29), date(2026, 3, 29))
        #expect(result.diagnostics.isEmpty)
        #expect(result.occurrences.first?.start == date(2026, 3, 29).dayNumber * 86_400 + 3_600 + 1_800)
        #expect(result.occurrences.first?.time == time(3, 30))
    }
}

@Suite("Scheduler: time zones, occurrences and deadlines")
struct SchedulerTests {
    @Test("a channel's time zone applies when the item has none; the item's own wins over it")
    func timeZonePrecedence() throws {
        let (result, _) = try schedule(
            """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              us: { platform: linkedin, account: company-page, timezone: America/New_York }
            items:
              - { id: channel-zone, kind: post, channels: [us], at: 2026-12-03 11:00, text: A. }
              - { id: own-zone, kind: post, channels: [us], at: 2026-12-03 11:00, timezone: Asia/Tokyo, text: B. }
            """, date(2026, 12, 1), date(2026, 12, 7))
        let base = date(2026, 12, 3).dayNumber * 86_400
        #expect(result.occurrences.map(\.start) == [base + 2 * 3_600, base + 16 * 3_600])
        #expect(result.occurrences.map(\.zone.identifier) == ["Asia/Tokyo", "America/New_York"])
    }

    @Test("a poll's close is its end, and 'post the results' is due then")
    func pollClose() throws {
        let (result, _) = try schedule(
            berlinPlan(
                """
                  - { id: q, kind: poll, channels: [acme], at: 2026-11-24 09:00, question: Q?, options: [A, B], duration: 1w }
                """), date(2026, 11, 23), date(2026, 12, 6))
        let occurrence = try #require(result.occurrences.first)
        #expect(occurrence.end == occurrence.start + 7 * 86_400)
        #expect(result.deadlines.map(\.kind) == [.postResults])
        #expect(result.deadlines.first?.date == date(2026, 12, 1))
        #expect(result.deadlines.first?.time == time(9, 0))
    }

    @Test("a product page's review is due 14 days before launch, in the week it is due, not the launch week")
    func reviewDeadline() throws {
        let plan = berlinPlan(
            """
              - id: page
                kind: product-page
                channels: [acme]
                name: Acme Planner
                category: Software
                cta: { type: request-demo, url: "https://acme.example/demo" }
                launch: 2026-12-15
            """)
        let (reviewWeek, _) = try schedule(plan, date(2026, 11, 30), date(2026, 12, 6))
        #expect(reviewWeek.deadlines.map(\.kind) == [.submitReview])
        #expect(reviewWeek.deadlines.first?.date == date(2026, 12, 1))
        let (launchWeek, _) = try schedule(plan, date(2026, 12, 14), date(2026, 12, 20))
        #expect(launchWeek.deadlines.map(\.kind) == [.launch])
    }

    @Test("a launch less than 14 days after today is a review-lead-time warning at 'launch'")
    func leadTimeWarning() throws {
        try expectFindings(
            berlinPlan(
                """
                  - id: page
                    kind: product-page
                    channels: [acme]
                    name: Acme Planner
                    category: Software
                    cta: { type: request-demo, url: "https://acme.example/demo" }
                    launch: 1️⃣2026-11-10
                    media: [{ type: video, file: tour.mp4 }]
                """),
            [finding(ReviewLeadTimeRule.description, at: "1️⃣", message: "9 days from 2026-11-01")],
            stages: .checks)
    }

    @Test("an ad runs until the end of its 'until' day in its time zone")
    func adRun() throws {
        let (result, _) = try schedule(
            berlinPlan(
                """
                  - { id: ad, kind: ad, channels: [acme], placement: sponsored-content, at: 2026-12-01 08:00, until: 2026-12-14, text: Buy. }
                """), date(2026, 12, 1), date(2026, 12, 1))
        #expect(result.occurrences.first?.end == date(2026, 12, 15).dayNumber * 86_400 - 3_600)
    }

    @Test("a weekly repeat gives one occurrence per matching day in the window, numbered from its start")
    func repeatOccurrences() throws {
        let (result, _) = try schedule(
            berlinPlan(
                """
                  - { id: tip, kind: post, channels: [acme], repeat: { every: week, on: [tue, thu], at: "08:30", from: 2026-11-17 }, text: Tip. }
                """), date(2026, 11, 23), date(2026, 11, 29))
        #expect(result.occurrences.map(\.date) == [date(2026, 11, 24), date(2026, 11, 26)])
        #expect(result.occurrences.map(\.time) == [time(8, 30), time(8, 30)])
    }
}

@Suite("Scheduler: crowded channels")
struct ConflictTests {
    @Test("two items closer than the platform's minimum gap are channel-gap at the later, related to the earlier")
    func minimumGap() throws {
        try expectFindings(
            """
            postplan: 1
            timezone: Europe/Berlin
            platforms:
              linkedin: { schedule: { min-gap: 2h } }
            channels:
              acme: { platform: linkedin, account: company-page }
            items:
              - { id: first, kind: post, channels: [acme], at: 1️⃣2026-11-24 09:00, text: One. }
              - { id: second, kind: post, channels: [acme], at: 2️⃣2026-11-24 10:00, text: Two. }
              - { id: third, kind: post, channels: [acme], at: 2026-11-24 12:00, text: Three. }
            """,
            [finding(ChannelGapRule.description, at: "2️⃣", message: "60 minutes after 'first'", related: ["1️⃣"])],
            stages: .checks)
    }

    @Test("more items on a day than the platform allows is daily-limit at the first one too many")
    func dailyLimit() throws {
        try expectFindings(
            """
            postplan: 1
            timezone: Europe/Berlin
            platforms:
              linkedin: { schedule: { max-per-day: 1 } }
            channels:
              acme: { platform: linkedin, account: company-page }
            items:
              - { id: first, kind: post, channels: [acme], at: 1️⃣2026-11-24 09:00, text: One. }
              - { id: second, kind: post, channels: [acme], at: 2️⃣2026-11-24 15:00, text: Two. }
              - { id: third, kind: post, channels: [acme], at: 2026-11-25 15:00, text: Three. }
            """,
            [finding(DailyLimitRule.description, at: "2️⃣", message: "2 items on 2026-11-24", related: ["1️⃣"])],
            stages: .checks)
    }
}

@Suite("Scheduler: publishing limits over a moving window")
struct WindowLimitTests {
    /// Fifty Instagram posts 20 minutes apart from 2026-11-24 12:00 (the last at 04:20 the next
    /// day, so neither calendar day holds 50), then a 51st at `last`.
    private func fiftyAndOne(last: String) -> String {
        let start = 12 * 60
        let items = (0..<50).map { index in
            let minutes = start + index * 20
            let day = minutes < 24 * 60 ? "2026-11-24" : "2026-11-25"
            let clock = String(format: "%02d:%02d", (minutes / 60) % 24, minutes % 60)
            let marker = index == 0 ? "1️⃣" : ""
            return
                "  - { id: post-\(index + 1), kind: post, channels: [insta], at: \(marker)\(day) \(clock), text: Tip \(index + 1)., media: [{ type: image, file: tip.png, alt: A tip }] }\n"
        }
        return """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              insta: { platform: instagram, handle: acme }
            items:

            """ + items.joined()
                + "  - { id: one-more, kind: post, channels: [insta], at: 2️⃣\(last), text: One more., media: [{ type: image, file: tip.png, alt: A tip }] }\n"
    }

    @Test("a 51st Instagram post within 24 hours of the first is window-limit at it, related to the first, across midnight")
    func instagramFiftyOne() throws {
        try expectFindings(
            fiftyAndOne(last: "2026-11-25 11:59"),
            [
                finding(
                    WindowLimitRule.description, at: "2️⃣", message: "'one-more' (2026-11-25 11:59) is item 51 on 'insta' within 24h of 'post-1'",
                    "Instagram publishes at most 50 in any 24h", related: ["1️⃣"])
            ],
            stages: .checks)
    }

    @Test("a 51st Instagram post 24 hours after the first passes: the window has moved on")
    func instagramWindowMoved() throws {
        try expectFindings(fiftyAndOne(last: "2026-11-25 12:00").replacing("1️⃣", with: "").replacing("2️⃣", with: ""), [], stages: .checks)
    }

    /// 200 X posts from 2026-11-24 09:00, spread over its first 15 minutes (the last at 09:14),
    /// then a 201st at `last`: X's 15-minute window, not its 3-hour one of 300.
    private func twoHundredAndOne(last: String) -> String {
        let items = (0..<200).map { index in
            let marker = index == 0 ? "1️⃣" : ""
            return
                "  - { id: post-\(index + 1), kind: post, channels: [x], at: \(marker)2026-11-24 09:\(String(format: "%02d", index % 15)), text: Tip \(index + 1). }\n"
        }
        return """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              x: { platform: x, handle: acme }
            items:

            """ + items.joined() + "  - { id: one-more, kind: post, channels: [x], at: 2️⃣\(last), text: One more. }\n"
    }

    @Test("200 X posts within 15 minutes pass: exactly X's limit in its 15-minute window")
    func xFifteenMinutesAtLimit() throws {
        let plan = twoHundredAndOne(last: "").components(separatedBy: "  - { id: one-more").first ?? ""
        try expectFindings(plan.replacing("1️⃣", with: ""), [], stages: .checks)
    }

    @Test("a 201st X post within 15 minutes of the first is window-limit for the 15-minute window, saying what to do")
    func xFifteenMinutesOneOver() throws {
        try expectFindings(
            twoHundredAndOne(last: "2026-11-24 09:14"),
            [
                finding(
                    WindowLimitRule.description, at: "2️⃣", message: "'one-more' (2026-11-24 09:14) is item 201 on 'x' within 15m of 'post-1'",
                    "X publishes at most 200 in any 15m; move 'one-more' to 15m after 'post-1' or later", related: ["1️⃣"])
            ],
            stages: .checks)
    }

    @Test("a 201st X post 15 minutes after the first passes: the 15-minute window has moved on, and 201 is within the 3-hour 300")
    func xFifteenMinutesMoved() throws {
        try expectFindings(twoHundredAndOne(last: "2026-11-24 09:15").replacing("1️⃣", with: "").replacing("2️⃣", with: ""), [], stages: .checks)
    }

    @Test("a plan's own list of windows replaces the profile's: bare { window, max-per-window } entries, the tighter one reports")
    func overriddenWindowList() throws {
        try expectFindings(
            """
            postplan: 1
            timezone: Europe/Berlin
            platforms:
              x: { schedule: { windows: [{ window: 1d, max-per-window: 5 }, { window: 1h, max-per-window: 1 }] } }
            channels:
              x: { platform: x, handle: acme }
            items:
              - { id: first, kind: post, channels: [x], at: 1️⃣2026-11-24 09:00, text: One. }
              - { id: second, kind: post, channels: [x], at: 2️⃣2026-11-24 09:30, text: Two. }
              - { id: third, kind: post, channels: [x], at: 2026-11-24 11:00, text: Three. }
            """,
            [finding(WindowLimitRule.description, at: "2️⃣", message: "is item 2 on 'x' within 1h of 'first'", related: ["1️⃣"])],
            stages: .checks)
    }

    @Test("a plan's own window and limit override the profile's: a third post within 3 hours of the first is window-limit")
    func overriddenWindow() throws {
        try expectFindings(
            """
            postplan: 1
            timezone: Europe/Berlin
            platforms:
              linkedin: { schedule: { window: 3h, max-per-window: 2 } }
            channels:
              acme: { platform: linkedin, account: company-page }
            items:
              - { id: first, kind: post, channels: [acme], at: 1️⃣2026-11-24 09:00, text: One. }
              - { id: second, kind: post, channels: [acme], at: 2026-11-24 10:00, text: Two. }
              - { id: third, kind: post, channels: [acme], at: 2️⃣2026-11-24 11:59, text: Three. }
              - { id: fourth, kind: post, channels: [acme], at: 2026-11-24 15:00, text: Four. }
            """,
            [finding(WindowLimitRule.description, at: "2️⃣", message: "is item 3 on 'acme' within 3h of 'first'", related: ["1️⃣"])],
            stages: .checks)
    }
}
