import Foundation
import PostplanTestSupport
import Testing

/// The arguments of the golden reports: the shipped plans and their results, a fixed today.
let reportArguments = ["report", "plans"] + CommandRunner.today

@Suite("postplan report, end to end")
struct ReportCommandTests {
    @Test("the shipped results of 2026-W48 render as the golden report of each format", arguments: ["md", "json"])
    func goldenReport(format: String) throws {
        let result = try CommandRunner.run(reportArguments + ["--week", "2026-W48", "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        try expectGolden(result.stdout, named: "report-w48.\(format)")
    }

    @Test("the JSON report is the documented structure: version, definitions, posts with their rate basis")
    func jsonStructure() throws {
        let result = try CommandRunner.run(reportArguments + ["--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        let posts = try #require(json["posts"] as? [[String: Any]])
        let blueskyTeaser = try #require(posts.first { $0["item"] as? String == "launch-teaser" && $0["channel"] as? String == "acme-bluesky" })
        #expect(blueskyTeaser["interactions"] as? Int == 589)
        #expect(blueskyTeaser["rateBasis"] as? String == "followers", "Bluesky shows no impressions")
        #expect(blueskyTeaser["impressions"] == nil, "an unknown count is left out, not 0")
    }

    @Test("the HTML report is one page with three SVG charts, no scripts and nothing loaded from elsewhere")
    func htmlIsSelfContained() throws {
        let html = try CommandRunner.run(reportArguments + ["--format", "html"]).stdout
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(!html.contains("<script"))
        let addresses = html.components(separatedBy: "src=").count + html.components(separatedBy: "href=").count - 2
        #expect(addresses == 0, "the page loads nothing")
        #expect(html.contains("Interactions over time per platform"))
        #expect(html.contains("Median interaction rate (%)"))
    }

    @Test("--output writes the file atomically, in the format its extension names")
    func outputFile() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.html")
        let result = try CommandRunner.run(reportArguments + ["--output", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.isEmpty)
    }

    @Test("a --format that contradicts --output, or two spans, is a usage error")
    func usageErrors() throws {
        let mismatch = try CommandRunner.run(reportArguments + ["--format", "json", "--output", "/tmp/x.html"])
        #expect(mismatch.status == 2)
        #expect(mismatch.stderr.contains("does not match"))
        let spans = try CommandRunner.run(reportArguments + ["--week", "2026-W48", "--from", "2026-11-01"])
        #expect(spans.status == 2)
    }

    @Test("a result of an item that does not exist stops the report with its position, and nothing is written")
    func errorsStopTheReport() throws {
        let repo = try scratchRepo([
            "plans/plan.yaml": """
            postplan: 1
            channels:
              acme-x: { platform: x }
            items:
              - { id: teaser, kind: post, channels: [acme-x], at: 2026-11-25 10:00, text: Soon. }
            results:
              - { item: teasr, channel: acme-x, measurements: [{ date: 2026-11-26, reactions: 3 }] }

            """
        ])
        defer { try? FileManager.default.removeItem(at: repo) }
        let output = repo.appendingPathComponent("report.md")
        let result = try CommandRunner.run(["report", "plans", "--output", output.path] + CommandRunner.today, in: repo)
        #expect(result.status == 1)
        #expect(result.stderr.contains("plans/plan.yaml:7:13: error: a result belongs to an item of the plans"))
        #expect(result.stderr.contains("no report written"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("without results the report says so and how to record them")
    func noResults() throws {
        let result = try CommandRunner.run(reportArguments + ["--week", "2026-W40"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("No post that went out in 2026-09-28 to 2026-10-04 has a result"))
    }
}

/// The HTML report drawn by a real browser.
@Suite("postplan report: drawn by Chromium")
struct ReportBrowserTests {
    @Test(
        "headless Chromium draws the HTML report at 1280 px: the screenshot is not blank, and the DOM holds the three charts",
        .enabled(
            if: CalendarExternalToolTests.chromium != nil && CalendarExternalToolTests.python != nil || CalendarExternalToolTests.isCI,
            "chromium or python3 is missing; install chromium with apt-get install -y chromium (required when CI=true)"))
    func screenshotIsNotBlank() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let rendered = try CommandRunner.run(reportArguments + ["--output", page.path])
        #expect(rendered.status == 0)
        let (width, height, colors, inked) = try CalendarExternalToolTests.screenshot(of: page, in: folder)
        #expect(width == 1280 && height == 900)
        #expect(colors > 20, "the screenshot has only \(Int(colors)) colours")
        #expect(inked > 0.03, "only \(inked * 100)% of the screenshot is not white")

        let dom = try CalendarExternalToolTests.domAfterScripts(of: page, in: folder)
        #expect(dom.components(separatedBy: "<svg ").count - 1 == 3, "the browser's DOM has not the three charts")
        #expect(dom.contains("<polyline"), "the line chart has no lines")
    }
}

@Suite("postplan import, end to end")
struct ImportCommandTests {
    @Test("an X export becomes a results file the plans accept; the row that matches nothing is listed and exits 1")
    func importsAndLists() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("x.csv"), output = folder.appendingPathComponent("plans/results/x.yaml")
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("plans"), to: folder.appendingPathComponent("shipped"))
        try """
        Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,retweets,replies,likes,url clicks
        1,https://x.com/acme/status/1861398220470012345,Planner goes live in 3 weeks,2026-11-25 09:00 +0000,16100,400,50,51,290,140
        2,https://x.com/acme/status/9,"Unplanned, and
        on two lines",2026-11-29 12:00 +0000,10,0,0,0,0,0

        """.write(to: csv, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(
            ["import", csv.path, "--platform", "x", "--plans", "shipped", "--output", output.path, "--today", "2026-12-03"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("row 2 ('Unplanned, and\non two lines'): not imported: no item is planned on a x channel within 2 hours"))
        #expect(result.stderr.contains("1 row imported, 1 not"))
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.contains("item: launch-teaser"))
        try FileManager.default.moveItem(at: output, to: folder.appendingPathComponent("shipped/results/x.yaml"))
        let validated = try CommandRunner.run(["validate", "shipped", "--today", "2026-12-03"], in: folder)
        #expect(!validated.stderr.contains("error"), "\(validated.stderr)")
    }

    @Test("an unknown platform is a usage error")
    func unknownPlatform() throws {
        let result = try CommandRunner.run(["import", "README.md", "--platform", "myspace"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not a platform postplan knows"))
    }
}

@Suite("postplan import: files it cannot read")
struct ImportInputTests {
    @Test("a file that is not UTF-8 (a spreadsheet's Latin-1 export) is a usage error that says how to export it")
    func notUTF8() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("latin1.csv")
        try Data("url,text,reactions\nhttps://a.example,Gr".utf8 + [0xFC] + Data("n,3\n".utf8)).write(to: csv)
        let result = try CommandRunner.run(["import", csv.path, "--platform", "bluesky"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not UTF-8 text; export it as CSV in UTF-8"))
    }

    @Test("a file that does not exist is a usage error")
    func missingFile() throws {
        let result = try CommandRunner.run(["import", "/nonexistent/x.csv", "--platform", "x"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such file: '/nonexistent/x.csv'"))
    }
}
