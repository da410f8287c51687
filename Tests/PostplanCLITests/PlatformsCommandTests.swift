import Foundation
import PostplanTestSupport
import Testing

@Suite("postplan platforms")
struct PlatformsCommandTests {
    @Test func listsEveryBuiltInPlatformAndTheRepoDefinedOnes() throws {
        let result = try CommandRunner.run(["platforms"])
        #expect(result.status == 0)
        let ids = result.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(ids == ["bluesky", "facebook", "fosstodon", "instagram", "linkedin", "mastodon", "threads", "x", "xing", "youtube"])
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
        #expect(
            result.stdout.contains(
                "product-page.cta-types: [request-demo, learn-more, contact-us, sign-up, download, try-now]\n  confirmed, checked 2026-11-02"))
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
        #expect(result.stdout.hasPrefix("7 of 300 graphemes, 16 of 3000 UTF-8 bytes on Bluesky: fits\n"))
    }

    @Test func readsTheDraftFromStandardInput() throws {
        let result = try CommandRunner.run(["count", "--platform", "linkedin"] + CommandRunner.today, input: "Hello")
        #expect(result.stdout.hasPrefix("5 of 3000 graphemes on LinkedIn: fits\n"))
    }

    @Test func stopsReadingAnEndlessStandardInputAtThePlanFileLimit() throws {
        let postplan = CommandRunner.productsDirectory.appendingPathComponent("postplan")
        let result = try Program.run(
            URL(fileURLWithPath: "/bin/sh"), ["-c", "exec \"$0\" count --platform x --today 2026-11-22 </dev/zero", postplan.path])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "postplan: standard input is more than 33554432 bytes (32 MiB), the most postplan reads of a draft or plan file; count a shorter text\n"
        )
    }

    @Test func exitsOneWhenTheDraftIsOverTheLimit() throws {
        let result = try CommandRunner.run(["count", "--platform", "bluesky", String(repeating: "a", count: 301)] + CommandRunner.today)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("301 of 300 graphemes, 301 of 3000 UTF-8 bytes on Bluesky: 1 over\n"))
    }

    @Test func countsEveryLinkAsTwentyThreeOnMastodon() throws {
        let result = try CommandRunner.run(
            ["count", "--platform", "mastodon", "See https://example.com/a/very/long/path/to/a/page"] + CommandRunner.today)
        #expect(result.stdout.hasPrefix("27 of 500 graphemes on Mastodon: fits\n"))
    }

    @Test func explainsEveryLimitOnXAndWhereTheirSourcesAre() throws {
        let result = try CommandRunner.run(["count", "--platform", "x", "Hello"] + CommandRunner.today)
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                5 of 280 weighted characters, 5 of 5708 UTF-8 bytes, 0 of 50 hashtags, 0 of 10 links on X: fits
                  280 weighted characters: longest text, in the counting unit (text.max-length)
                  5708 UTF-8 bytes: longest text in UTF-8 bytes, a cap besides the counted length in which every link and character counts at its full size (text.max-bytes)
                  50 hashtags: most hashtags in one text (text.max-hashtags)
                  10 links: most distinct links in one text (text.max-links)
                  none of U+FFFE, U+FEFF, U+FFFF: the characters X rejects in a text (text.forbidden-characters)
                  sources and dates of these limits: postplan platforms x

                """)
    }

    @Test func sixHashtagsAreOverInstagramsFiveAndExitOne() throws {
        let result = try CommandRunner.run(["count", "--platform", "instagram", "#a #b #c #d #e #f"] + CommandRunner.today)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("17 of 2200 graphemes, 6 of 5 hashtags on Instagram: 1 hashtag too many\n"))
    }

    @Test func moreLinksThanXAllowsAreOverAndExitOne() throws {
        let links = (1...11).map { "https://example.com/\($0)" }.joined(separator: " ")
        let result = try CommandRunner.run(["count", "--platform", "x", links] + CommandRunner.today)
        #expect(result.status == 1)
        #expect(result.stdout.contains(", 11 of 10 links on X: 1 link too many\n"))
    }

    @Test func aCharacterXRejectsIsNamedAndExitsOne() throws {
        let result = try CommandRunner.run(["count", "--platform", "x", "a\u{FEFF}b"] + CommandRunner.today)
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix(
                "4 of 280 weighted characters, 5 of 5708 UTF-8 bytes, 0 of 50 hashtags, 0 of 10 links on X: contains U+FEFF, which X rejects\n"))
    }

    @Test func aPlatformWithoutALengthLimitSaysNoneIsKnown() throws {
        let result = try CommandRunner.run(["count", "--platform", "xing", "Hello"] + CommandRunner.today)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n  graphemes: no limit known for XING (text.max-length)\n"), "\(result.stdout)")
    }
}
