import Foundation
import PostplanTestSupport
import Testing

@Suite("postplan platforms")
struct PlatformsCommandTests {
    @Test func listsEveryBuiltInPlatformAndTheRepoDefinedOnes() throws {
        let result = try CommandRunner.run(["platforms"])
        #expect(result.status == 0)
        let ids = result.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(ids == ["bluesky", "facebook", "fosstodon", "instagram", "linkedin", "mastodon", "threads", "x", "xing"])
        #expect(result.stdout.contains("extends mastodon"))
    }

    @Test func printsOneProfileWithEveryFactsSourceConfidenceAndDate() throws {
        let result = try CommandRunner.run(["platforms", "linkedin", "--plans", "Tests/PostplanCLITests/Fixtures/valid-repo/plans"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("LinkedIn (linkedin)\n"))
        #expect(result.stdout.contains("\npoll.durations: [1d, 3d, 1w, 2w]\n  documented, checked 2026-08-22: LinkedIn Poll API"))
        #expect(result.stdout.contains("\nstory.supported: false  [since 2021-09-30]\n"))
    }

    @Test func showsTheRepoOverrideInPlaceOfTheBuiltInFact() throws {
        let result = try CommandRunner.run(["platforms", "linkedin"])
        #expect(result.stdout.contains("product-page.cta-types: [request-demo, learn-more, contact-us, sign-up, download, try-now]\n  confirmed, checked 2026-11-02"))
    }

    @Test func anUnknownPlatformIsAUsageErrorListingTheKnownOnes() throws {
        let result = try CommandRunner.run(["platforms", "myspace"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("postplan: no platform 'myspace'; known: bluesky, facebook"))
    }
}

@Suite("postplan count")
struct CountCommandTests {
    @Test func countsGraphemesAndBytesOnBluesky() throws {
        let result = try CommandRunner.run(["count", "--platform", "bluesky", "Grüße 👋🏽"] + CommandRunner.today)
        #expect(result.status == 0)
        #expect(result.stdout == "7 of 300 graphemes, 16 of 3000 UTF-8 bytes on Bluesky: fits\n")
    }

    @Test func readsTheDraftFromStandardInput() throws {
        let result = try CommandRunner.run(["count", "--platform", "linkedin"] + CommandRunner.today, input: "Hello")
        #expect(result.stdout == "5 of 3000 graphemes on LinkedIn: fits\n")
    }

    @Test func stopsReadingAnEndlessStandardInputAtThePlanFileLimit() throws {
        let postplan = CommandRunner.productsDirectory.appendingPathComponent("postplan")
        let result = try Program.run(
            URL(fileURLWithPath: "/bin/sh"), ["-c", "exec \"$0\" count --platform x --today 2026-11-22 </dev/zero", postplan.path])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "postplan: standard input is more than 33554432 bytes (32 MiB), the most postplan reads of a draft or plan file; count a shorter text\n")
    }

    @Test func exitsOneWhenTheDraftIsOverTheLimit() throws {
        let result = try CommandRunner.run(["count", "--platform", "bluesky", String(repeating: "a", count: 301)] + CommandRunner.today)
        #expect(result.status == 1)
        #expect(result.stdout == "301 of 300 graphemes, 301 of 3000 UTF-8 bytes on Bluesky: 1 over\n")
    }

    @Test func countsEveryLinkAsTwentyThreeOnMastodon() throws {
        let result = try CommandRunner.run(["count", "--platform", "mastodon", "See https://example.com/a/very/long/path/to/a/page"] + CommandRunner.today)
        #expect(result.stdout == "27 of 500 graphemes on Mastodon: fits\n")
    }
}
