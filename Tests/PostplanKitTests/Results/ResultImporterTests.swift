import Testing

@testable import PostplanKit

/// Importing CSV exports: the layouts' columns, the CSV traps of spreadsheets, and matching
/// rows to items by address, then by time and text.
@Suite("Results: importing CSV exports")
struct ResultImporterTests {
    static let plan = """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-x: { platform: x, handle: acme }
          acme-bluesky: { platform: bluesky, handle: acme.bsky.social }
          acme-linkedin: { platform: linkedin, account: company-page, handle: acme }
        items:
          - id: teaser
            kind: post
            channels: [acme-x, acme-bluesky, acme-linkedin]
            at: 2026-11-25 10:00
            text: Our planner goes live in three weeks. What should it never do?
          - id: tip
            kind: post
            channels: [acme-x, acme-bluesky]
            at: 2026-11-26 09:00
            text: "Tip: plan a week, then leave a slot free for what comes up."
        results:
          - item: teaser
            channel: acme-x
            url: https://x.com/acme/status/111
            measurements: [{ date: 2026-11-26, reactions: 200 }]
        """

    static func importing(_ csv: String, platform: String) throws -> ResultImporter.Outcome {
        let repo = try PlanRepository.open(
            ["plan.yaml"], on: InMemoryFileSystem(bytes: ["plan.yaml": Array(plan.utf8)]), today: .date(date(2026, 12, 3)))
        return try ResultImporter(workspace: repo.workspace, platform: platform, date: date(2026, 12, 3)).importing(csv)
    }

    /// The results an import wrote, read back as a plan file beside the plans: they must be
    /// clean, and are returned.
    static func readBack(_ outcome: ResultImporter.Outcome) throws -> [PublishedResult] {
        let files = ["plan.yaml": Array(plan.utf8), "imported.yaml": Array(outcome.yaml.utf8)]
        let repo = try PlanRepository.open(["plan.yaml", "imported.yaml"], on: InMemoryFileSystem(bytes: files), today: .date(date(2026, 12, 3)))
        let problems = repo.validate().diagnostics.filter { $0.range.path == "imported.yaml" }
        #expect(problems.isEmpty, "\(TextReporter.render(problems))")
        return repo.workspace.results.filter { $0.range.path == "imported.yaml" }
    }

    @Test("an X export matches by address, then by time and text, and lists the row that matches nothing")
    func xExport() throws {
        let outcome = try Self.importing(
            """
            Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,retweets,replies,likes,url clicks
            1,https://x.com/acme/status/111/,Something the export shortened,2026-11-25 09:00 +0000,15200,400,48,50,280,131
            2,https://x.com/acme/status/222,"Tip: plan a week, then leave a slot free",2026-11-26 08:03 +0000,900,20,1,2,15,4
            3,https://x.com/acme/status/333,A post no plan knows,2026-11-28 12:00 +0000,10,0,0,0,0,0

            """, platform: "x")
        let results = try Self.readBack(outcome)
        #expect(results.map(\.item.value) == ["teaser", "tip"])
        #expect(results.map(\.channel.value) == ["acme-x", "acme-x"])
        let teaser = try #require(results.first?.measurements.first)
        #expect(teaser.date.value == date(2026, 12, 3))
        #expect(teaser[.impressions] == 15200)
        #expect(teaser[.reactions] == 280)
        #expect(teaser[.comments] == 50)
        #expect(teaser[.reposts] == 48)
        #expect(teaser[.clicks] == 131)
        #expect(outcome.unmatched.map(\.row) == [3])
        #expect(outcome.unmatched.first?.reason.contains("within 2 hours") == true)
    }

    @Test("a spreadsheet's export: a byte order mark, ';' separators, quoted fields with commas, quotes and line breaks, 1,234 counts")
    func spreadsheetTraps() throws {
        let outcome = try Self.importing(
            "\u{FEFF}url;published;text;reactions;comments;reposts;followers\n"
                + "https://bsky.app/profile/acme/post/1;2026-11-26 09:05;\"Tip: plan a week, then leave a slot free\nfor what comes up; \"\"really\"\"\";\"1,234\";12;3;2900\n",
            platform: "bluesky")
        #expect(outcome.unmatched.isEmpty, "\(outcome.unmatched)")
        let result = try #require(try Self.readBack(outcome).first)
        #expect(result.item.value == "tip")
        #expect(result.channel.value == "acme-bluesky")
        #expect(result.url?.value == "https://bsky.app/profile/acme/post/1")
        #expect(result.measurements.first?[.reactions] == 1234)
        #expect(result.measurements.first?[.followers] == 2900)
    }

    @Test("a LinkedIn posts sheet: post link, created date (month first), post title and its counts")
    func linkedInExport() throws {
        let outcome = try Self.importing(
            """
            Post title,Post link,Post type,Created date,Impressions,Clicks,Likes,Comments,Reposts,Engagement rate
            "Our planner goes live in three weeks. What should it never do?",https://www.linkedin.com/feed/update/urn:li:activity:1,Organic,11/25/2026,21000,40,100,0,3,0.0068

            """, platform: "linkedin")
        let result = try #require(try Self.readBack(outcome).first)
        #expect((result.item.value, result.channel.value) == ("teaser", "acme-linkedin"))
        #expect(result.measurements.first?[.impressions] == 21000)
        #expect(result.measurements.first?[.comments] == 0)
    }

    @Test("two rows for one item and channel: the second is listed, not imported twice")
    func duplicateRows() throws {
        let outcome = try Self.importing(
            """
            url,published,text,reactions
            https://bsky.app/a,2026-11-26 09:00,Tip: plan a week,5
            https://bsky.app/b,2026-11-26 09:10,Tip: plan a week,6

            """, platform: "bluesky")
        #expect(outcome.matched == 1)
        #expect(outcome.unmatched.map(\.row) == [2])
        #expect(outcome.unmatched.first?.reason.contains("already has a row") == true)
    }

    @Test("a file without any count column of the layout is refused, naming the columns it expects")
    func wrongLayout() throws {
        #expect(throws: ResultImporter.ImportError.self) {
            _ = try Self.importing("a,b\n1,2\n", platform: "x")
        }
    }
}
