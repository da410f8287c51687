import Testing

@testable import PostplanKit

/// Reading `results:`: what each entry and measurement holds, and the findings of names,
/// values and order, with their places.
@Suite("Results: decoding")
struct ResultDecodingTests {
    /// Channels on X and Bluesky, a teaser on both and a LinkedIn poll, followed by `results`.
    static func plan(results: String) -> String {
        ResultFixtures.channels + """

              - id: launch-teaser
                kind: post
                channels: [acme-x, acme-bluesky]
                at: 2026-11-25 10:00
                text: Our planner goes live in three weeks. What should it never do?

            """ + ResultFixtures.certPollAndResults + "\n" + results
    }

    @Test("a result keeps its item, channel, address, time and measurements, with poll votes as written")
    func decodesEveryField() throws {
        let repo = try validWorkspace([
            "plan.yaml": Self.plan(
                results: """
                      - item: cert-poll
                        channel: urs-linkedin
                        url: https://www.linkedin.com/feed/update/urn:li:activity:1/
                        published: 2026-11-24 09:00
                        measurements:
                          - date: 2026-12-01
                            impressions: 4668
                            comments: 0
                            poll-votes: { Yes: 30, No: 34, "Other, see comments": 18 }
                            minutes-spent: 15
                    """)
        ])
        let result = try #require(repo.workspace.results.first)
        #expect(result.item.value == "cert-poll")
        #expect(result.channel.value == "urs-linkedin")
        #expect(result.url?.value == "https://www.linkedin.com/feed/update/urn:li:activity:1/")
        #expect(result.published?.value == DateTimeValue(date: date(2026, 11, 24), time: time(9, 0)))
        let measurement = try #require(result.measurements.first)
        #expect(measurement.date.value == date(2026, 12, 1))
        #expect(measurement[.impressions] == 4668)
        #expect(measurement[.comments] == 0, "a written 0 is a count, not a missing one")
        #expect(measurement[.reactions] == nil)
        #expect(measurement[.minutesSpent] == 15)
        #expect(measurement.pollVotes.map(\.option.value) == ["Yes", "No", "Other, see comments"])
        #expect(measurement.pollVotes.map(\.votes.value) == [30, 34, 18])
    }

    @Test("a platform's name for a metric gets postplan's name; a misspelt one a suggestion; neither is also an unknown key")
    func unknownMetrics() throws {
        let repo = try expectFindings(
            Self.plan(
                results: """
                      - item: launch-teaser
                        channel: acme-x
                        measurements:
                          - { date: 2026-11-26, 1️⃣views: 4200, 2️⃣reposst: 3, 3️⃣mood: 2 }
                    """),
            [
                finding(UnknownMetricRule.description, at: "1️⃣", message: "'views' is what platforms call it", "'impressions'"),
                finding(UnknownMetricRule.description, at: "2️⃣", message: "did you mean 'reposts'?"),
                finding(UnknownMetricRule.description, at: "3️⃣", message: "expected one of impressions, reactions"),
            ])
        let views = try #require(repo.diagnostics.first { $0.message.contains("'views'") })
        #expect(views.fix?.replacements.first?.text == "impressions")
    }

    @Test("counts are whole numbers from 0: a negative, a fraction or a word is an invalid value")
    func invalidCounts() throws {
        try expectFindings(
            Self.plan(
                results: """
                      - item: launch-teaser
                        channel: acme-x
                        measurements:
                          - { date: 2026-11-26, reactions: 1️⃣-3, comments: 2️⃣2.5, reposts: 3️⃣many, quotes: 0 }
                    """),
            [
                finding(InvalidValueRule.description, at: "1️⃣", message: "'-3' is not a count"),
                finding(InvalidValueRule.description, at: "2️⃣", message: "'2.5' is not a count"),
                finding(InvalidValueRule.description, at: "3️⃣", message: "'many' is not a count"),
            ])
    }

    @Test("measurements out of date order, on one date twice, or before publishing are reported at the later date")
    func measurementOrder() throws {
        try expectFindings(
            Self.plan(
                results: """
                      - item: launch-teaser
                        channel: acme-x
                        published: 5️⃣2026-11-25 10:00
                        measurements:
                          - { date: 1️⃣2026-11-24, reactions: 1 }
                          - { date: 4️⃣2026-12-02, reactions: 160 }
                          - { date: 2️⃣2026-11-26, reactions: 120 }
                          - { date: 3️⃣2026-11-26, reactions: 121 }
                    """),
            [
                finding(MeasurementOrderRule.description, at: "1️⃣", message: "before the item went out on 2026-11-25", related: ["5️⃣"]),
                finding(MeasurementOrderRule.description, at: "2️⃣", message: "comes after that of 2026-12-02", related: ["4️⃣"]),
                finding(MeasurementOrderRule.description, at: "3️⃣", message: "a second measurement of 2026-11-26", related: ["2️⃣"]),
            ])
    }

    @Test("a result needs an item, a channel and measurements, each measurement a date")
    func requiredFields() throws {
        try expectFindings(
            Self.plan(
                results: """
                      - 1️⃣channel: acme-x
                        measurements: [2️⃣{ reactions: 3 }]
                      - 3️⃣item: launch-teaser
                        channel: acme-x
                    """),
            [
                finding(MissingFieldRule.description, at: "1️⃣", message: "item"),
                finding(MissingFieldRule.description, at: "2️⃣", message: "date"),
                finding(MissingFieldRule.description, at: "3️⃣", message: "measurements"),
            ])
    }

    @Test("YAML traps stay text: a poll option 'No' is the word, not false")
    func pollOptionsStayText() throws {
        let repo = try validWorkspace([
            "plan.yaml": Self.plan(
                results: """
                      - item: cert-poll
                        channel: urs-linkedin
                        measurements: [{ date: 2026-12-01, poll-votes: { Yes: 3, No: 4 } }]
                    """)
        ])
        #expect(repo.workspace.results.first?.measurements.first?.pollVotes.map(\.option.value) == ["Yes", "No"])
    }
}

/// The results against the plans: item, channel and poll option exist, and each count is one
/// the channel's platform reports.
@Suite("Results: checked against the plans")
struct ResultCheckTests {
    @Test("a result of an unknown item, of a channel the item does not use, or of a poll option the poll lacks is an error")
    func unknownTargets() throws {
        try expectFindings(
            ResultDecodingTests.plan(
                results: """
                      - item: 1️⃣launch-teasr
                        channel: acme-x
                        measurements: [{ date: 2026-11-26, reactions: 1 }]
                      - item: launch-teaser
                        channel: 2️⃣urs-linkedin
                        measurements: [{ date: 2026-11-26, reactions: 1 }]
                      - item: launch-teaser
                        channel: acme-x
                        measurements: [{ date: 2026-11-26, 3️⃣poll-votes: { Yes: 1 } }]
                      - item: cert-poll
                        channel: urs-linkedin
                        measurements: [{ date: 2026-12-01, poll-votes: { Yes: 1, 4️⃣Maybe: 2 } }]
                    """),
            [
                finding(ResultUnknownItemRule.description, at: "1️⃣", message: "no item has the id 'launch-teasr'", "did you mean 'launch-teaser'?"),
                finding(ResultUnknownItemRule.description, at: "2️⃣", message: "not planned on 'urs-linkedin'", "acme-x, acme-bluesky"),
                finding(ResultUnknownItemRule.description, at: "3️⃣", message: "'launch-teaser' is not a poll"),
                finding(ResultUnknownItemRule.description, at: "4️⃣", message: "no option 'Maybe'", "'Other, see comments'"),
            ], stages: .checks)
    }

    @Test("impressions on Bluesky are a count the platform does not report; the team's own counts are fine anywhere")
    func metricNotOnPlatform() throws {
        try expectFindings(
            ResultDecodingTests.plan(
                results: """
                      - item: launch-teaser
                        channel: acme-bluesky
                        measurements: [{ date: 2026-11-26, 1️⃣impressions: 3100, 2️⃣clicks: 4, reactions: 210, minutes-spent: 15, comments-answered: 3 }]
                      - item: launch-teaser
                        channel: acme-x
                        measurements: [{ date: 2026-11-26, impressions: 3100, clicks: 4 }]
                    """),
            [
                finding(MetricNotOnPlatformRule.description, at: "1️⃣", message: "Bluesky does not report impressions"),
                finding(MetricNotOnPlatformRule.description, at: "2️⃣", message: "Bluesky does not report clicks"),
            ], stages: .checks)
    }
}
