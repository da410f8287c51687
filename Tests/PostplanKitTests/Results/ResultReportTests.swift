import Testing

@testable import PostplanKit

/// The report of a small repo whose figures are worked out by hand in each test: a teaser on X
/// and Bluesky, three more X posts, and a LinkedIn poll, all in 2026-W48.
@Suite("Results: the report's figures")
struct ResultReportTests {
    static let plan =
        ResultFixtures.channels + "\n" + """
              - { id: teaser, kind: post, channels: [acme-x, acme-bluesky], at: 2026-11-25 10:00, text: Soon., pillar: insights, intent: dialogue }
              - { id: tip, kind: post, channels: [acme-x], at: 2026-11-26 09:00, text: A tip., pillar: brand }
              - { id: news, kind: post, channels: [acme-x], at: 2026-11-27 09:00, text: News. }
              - { id: launch, kind: post, channels: [acme-x], at: 2026-11-28 09:00, text: Live! }
            """ + "\n" + ResultFixtures.certPollAndResults + "\n" + """
              - item: teaser
                channel: acme-x
                published: 2026-11-25 10:00
                measurements:
                  - { date: 2026-11-26, impressions: 1000, reactions: 20, comments: 5, reposts: 5 }
                  - { date: 2026-12-02, impressions: 2000, reactions: 30, comments: 6, reposts: 4, followers: 500, comments-answered: 3, minutes-spent: 15 }
              - item: teaser
                channel: acme-bluesky
                published: 2026-11-25 10:00
                measurements: [{ date: 2026-12-02, reactions: 50, comments: 10, followers: 1000, comments-answered: 10, minutes-spent: 15 }]
              - { item: tip, channel: acme-x, measurements: [{ date: 2026-11-27, impressions: 1000, reactions: 9, comments: 1 }] }
              - { item: news, channel: acme-x, measurements: [{ date: 2026-11-28, impressions: 1000, reactions: 11, comments: 1 }] }
              - { item: launch, channel: acme-x, measurements: [{ date: 2026-11-29, impressions: 1000, reactions: 95, comments: 5 }] }
              - item: cert-poll
                channel: urs-linkedin
                measurements:
                  - { date: 2026-12-01, impressions: 4668, reactions: 10, comments: 6, poll-votes: { Yes: 30, No: 34, "Other, see comments": 18 } }
            """

    /// The repo of one plan file holding `text`, on 2026-12-03.
    static func open(_ text: String, config: LintConfig = LintConfig()) throws -> PlanRepository {
        try PlanRepository.open(
            ["plan.yaml"], on: InMemoryFileSystem(bytes: ["plan.yaml": Array(text.utf8)]), today: .date(date(2026, 12, 3)),
            options: PlanRepository.Options(config: config))
    }

    static func report(span: ClosedRange<LocalDate>? = nil) throws -> ResultReport {
        var config = LintConfig()
        config.capacity = PlanDuration(amount: 2, unit: .hours)
        let result = try open(plan, config: config).report(span: span)
        #expect(result.diagnostics.isEmpty, "\(TextReporter.render(result.diagnostics))")
        return try #require(result.report)
    }

    @Test("a post's rate is interactions per impression where impressions are known, else per follower, and says which")
    func rateBasis() throws {
        let posts = try Self.report().posts
        let x = try #require(posts.first { $0.item == "teaser" && $0.channel == "acme-x" })
        // The latest measurement: 30 + 6 + 4 = 40 interactions on 2,000 impressions.
        #expect(x.interactions == 40)
        #expect(x.rate == 0.02)
        #expect(x.rateBasis == "impressions")
        #expect(x.commentsPerReaction == 0.2)
        #expect(x.answeredShare == 0.5)
        let bluesky = try #require(posts.first { $0.channel == "acme-bluesky" })
        // No impressions on Bluesky: 60 interactions per 1,000 followers.
        #expect(bluesky.rate == 0.06)
        #expect(bluesky.rateBasis == "followers")
    }

    @Test("a channel sums its posts: total and median interactions, median rate, comments per reaction, answered share, interactions per hour")
    func channelFigures() throws {
        let x = try #require(try Self.report().channels.first { $0.key == "acme-x" })
        #expect(x.posts == 4)
        #expect(x.totalInteractions == 162)  // 40 + 10 + 12 + 100
        #expect(x.medianInteractions == 26)  // (12 + 40) / 2
        #expect(x.medianRate == 0.016)  // (0.012 + 0.02) / 2
        #expect(x.rateBasis == "impressions")
        #expect(x.commentsPerReaction == 0.0897)  // 13 / 145
        #expect(x.answeredShare == 0.5)  // 3 of the 6 comments of the one post that counted them
        #expect(x.minutesSpent == 15)
        #expect(x.interactionsPerHour == 160)  // 40 interactions in a quarter of an hour
        #expect(x.platform == "X")
    }

    @Test("a cross-posted item shows its channels side by side, with the spread and the platforms' ratio")
    func crossPosts() throws {
        let report = try Self.report()
        #expect(report.crossPosts.count == 1)
        let teaser = try #require(report.crossPosts.first)
        #expect(teaser.channels.map(\.channel) == ["acme-bluesky", "acme-x"])
        #expect(teaser.channels.map(\.interactions) == [60, 40])
        #expect(teaser.spread == 1.5)
        let comparison = try #require(report.platformComparisons.first)
        #expect((comparison.first, comparison.second) == ("bluesky", "x"))
        #expect(comparison.ratios == [0.6667])  // 40 / 60
        #expect(comparison.medianRatio == 0.6667)
    }

    @Test("outliers are rates beyond median ± 3·MAD of the rates of one basis")
    func outliers() throws {
        let bands = try Self.report().outliers
        let impressions = try #require(bands.first { $0.rateBasis == "impressions" })
        // Rates 0.0034, 0.01, 0.012, 0.02, 0.1: median 0.012; distances 0.0086, 0.002, 0,
        // 0.008, 0.088: MAD 0.008; the band is -0.012 to 0.036.
        #expect(impressions.posts == 5)
        #expect(impressions.median == 0.012)
        #expect(impressions.mad == 0.008)
        #expect(impressions.upper == 0.036)
        #expect(impressions.outliers.map(\.item) == ["launch"])
        #expect(impressions.outliers.map(\.direction) == ["high"])
        #expect(impressions.top.map(\.item) == ["launch", "teaser", "news"])
        #expect(impressions.bottom.map(\.item) == ["cert-poll", "tip", "news"])
        let followers = try #require(bands.first { $0.rateBasis == "followers" })
        #expect(followers.outliers.isEmpty, "one rate is its own median")
    }

    @Test("a poll shows its votes per option and the share of its Other option")
    func polls() throws {
        let poll = try #require(try Self.report().polls.first)
        #expect(poll.totalVotes == 82)
        #expect(poll.options.map(\.votes) == [30, 34, 18])
        #expect(poll.options.map(\.isOther) == [false, false, true])
        #expect(poll.otherShare == 0.2195)  // 18 / 82
        #expect(poll.impressions == 4668)
    }

    @Test("growth runs from the first measurement to the latest, over the counts both have")
    func growth() throws {
        let growth = try Self.report().growth
        #expect(growth.count == 1)
        let teaser = try #require(growth.first)
        #expect((teaser.from, teaser.to, teaser.days) == ("2026-11-26", "2026-12-02", 6))
        #expect(teaser.interactions == 10)  // 40 - 30
        #expect(teaser.impressions == 1000)
        #expect(teaser.followers == nil, "the first measurement has no followers")
        #expect(teaser.interactionsPerDay == 1.6667)
    }

    @Test("the minutes spent are set against the config's weekly capacity over the weeks covered")
    func time() throws {
        let time = try Self.report().time
        #expect(time.minutesSpent == 30)
        #expect(time.postsWithMinutes == 2)
        #expect(time.weeks == 1)  // 2026-11-24 to 2026-11-28, all in W48
        #expect(time.capacityMinutes == 120)
        #expect(time.capacityShare == 0.25)
        #expect(time.interactionsPerHour == 200)  // 100 interactions in half an hour
    }

    @Test("a span keeps the posts that went out in it, by the day they went out")
    func span() throws {
        let report = try Self.report(span: date(2026, 11, 26)...date(2026, 11, 27))
        #expect(report.posts.map(\.item) == ["tip", "news"])
        #expect((report.from, report.to) == ("2026-11-26", "2026-11-27"))
        #expect(report.crossPosts.isEmpty)
    }

    @Test("groups by pillar, intent, format and kind leave out posts without the field")
    func groups() throws {
        let report = try Self.report()
        #expect(report.pillars.map(\.key) == ["brand", "insights"])
        #expect(report.intents.map { "\($0.key) \($0.posts)" } == ["dialogue 2"])
        #expect(report.formats.map { "\($0.key) \($0.posts)" } == ["poll 1", "text 5"])
        #expect(report.kinds.map { "\($0.key) \($0.posts)" } == ["poll 1", "post 5"])
    }

    @Test("two entries of one post (an import's file beside the hand-kept one) are one post with both measurements")
    func entriesOfOnePostMerge() throws {
        let imported = """
            postplan: 1
            results:
              - { item: tip, channel: acme-x, measurements: [{ date: 2026-12-03, impressions: 1500, reactions: 14, comments: 1 }] }
            """
        let files = ["plan.yaml": Array(Self.plan.utf8), "imported.yaml": Array(imported.utf8)]
        let repo = try PlanRepository.open(["plan.yaml", "imported.yaml"], on: InMemoryFileSystem(bytes: files), today: .date(date(2026, 12, 3)))
        let report = try #require(repo.report(span: nil).report)
        let tips = report.posts.filter { $0.item == "tip" }
        #expect(tips.count == 1)
        #expect(tips.first?.interactions == 15)  // the latest measurement, from the imported file
        #expect(report.growth.first { $0.item == "tip" }?.interactions == 5)  // 15 - 10
    }

    @Test("an error in the plans or results leaves the report out")
    func errorsStopTheReport() throws {
        let broken = Self.plan.replacingOccurrences(of: "item: launch,", with: "item: lunch,")
        let result = try Self.open(broken).report(span: nil)
        #expect(result.report == nil)
        #expect(result.diagnostics.map(\.ruleID) == ["result-unknown-item"])
    }
}
