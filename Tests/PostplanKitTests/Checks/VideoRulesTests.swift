import Testing

@testable import PostplanKit

/// A post (or, with `kind: story`, a story) on `channel` whose one media entry is `entry`.
private func mediaPost(_ entry: String, on channel: String, kind: String = "post") -> String {
    planOnEveryPlatform(
        """
          - id: teaser
            kind: \(kind)
            channels: [\(channel)]
            at: 2026-12-09 09:00
            text: Two minutes with the new planner.
            media: [\(entry)]

        """)
}

/// A YouTube video post whose one media entry is `entry`.
private func youTubePost(_ entry: String) -> String {
    """
    postplan: 1
    channels:
      yt: { platform: youtube, account: channel }
    items:
      - id: tour
        kind: post
        channels: [yt]
        at: 2026-12-09 09:00
        title: The planner in three minutes
        text: A quick tour of the new planner.
        media: [\(entry)]

    """
}

@Suite("Platform checks: video length and aspect")
struct VideoRulesTests {
    @Test("a 140-second video on X passes, and so does one of 0.5 seconds")
    func xVideoAtLimits() throws {
        try expectFindings(mediaPost("{ type: video, file: t.mp4, alt: Tour, duration: 140s }", on: "x"), [], stages: .checks)
        try expectFindings(mediaPost("{ type: video, file: t.mp4, alt: Tour, duration: 0.5s }", on: "x"), [], stages: .checks)
    }

    @Test("a 2m21s video on X is video-duration at the duration, saying how much to cut")
    func xVideoTooLong() throws {
        try expectFindings(
            mediaPost("{ type: video, file: t.mp4, alt: Tour, duration: 1️⃣2m21s }", on: "x"),
            [finding(VideoDurationRule.description, at: "1️⃣", message: "the video is 2m21s; X takes a video of up to 2m20s; cut 1s")],
            stages: .checks)
    }

    @Test("a 0.4-second video on X is video-duration at the duration, naming the shortest")
    func xVideoTooShort() throws {
        try expectFindings(
            mediaPost("{ type: video, file: t.mp4, alt: Tour, duration: 1️⃣0.4s }", on: "x"),
            [finding(VideoDurationRule.description, at: "1️⃣", message: "the video is 0.4s; X takes a video of at least 0.5s")],
            stages: .checks)
    }

    @Test("a Facebook page story video of 60 seconds passes; 61 is video-duration with the story limit")
    func facebookStoryVideo() throws {
        try expectFindings(mediaPost("{ type: video, file: s.mp4, duration: 60s }", on: "fb", kind: "story"), [], stages: .checks)
        try expectFindings(
            mediaPost("{ type: video, file: s.mp4, duration: 1️⃣61s }", on: "fb", kind: "story"),
            [finding(VideoDurationRule.description, at: "1️⃣", message: "Facebook takes a story video of up to 1m; cut 1s")],
            stages: .checks)
    }

    @Test("a 2-second Facebook story video is video-duration; the same video in a Facebook post passes")
    func facebookStoryMinimumOnlyInStories() throws {
        try expectFindings(
            mediaPost("{ type: video, file: s.mp4, duration: 1️⃣2s }", on: "fb", kind: "story"),
            [finding(VideoDurationRule.description, at: "1️⃣", message: "a story video of at least 3s")],
            stages: .checks)
        try expectFindings(mediaPost("{ type: video, file: s.mp4, duration: 2s }", on: "fb"), [], stages: .checks)
    }

    @Test("a thread part's video on X is checked on its own: 2m21s in the second part is video-duration there")
    func threadPartVideo() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: launch-thread
                    kind: thread
                    channels: [x]
                    at: 2026-11-25 10:00
                    parts:
                      - { text: The planner is live., media: [{ type: video, file: a.mp4, duration: 140s }] }
                      - { text: The long tour., media: [{ type: video, file: b.mp4, duration: 1️⃣2m21s }] }
                """),
            [finding(VideoDurationRule.description, at: "1️⃣", message: "the video is 2m21s; X takes a video of up to 2m20s")],
            stages: .checks)
    }

    @Test("Instagram feed images of exactly 4:5 and 1.91:1 pass")
    func instagramAspectAtLimits() throws {
        try expectFindings(mediaPost("{ type: image, file: a.jpg, alt: Team, aspect: 4:5 }", on: "insta"), [], stages: .checks)
        try expectFindings(mediaPost("{ type: image, file: a.jpg, alt: Team, aspect: 1.91:1 }", on: "insta"), [], stages: .checks)
    }

    @Test("a 9:16 image in an Instagram feed post is media-aspect at the aspect, suggesting 4:5 or a story")
    func instagramTooNarrow() throws {
        try expectFindings(
            mediaPost("{ type: image, file: a.jpg, alt: Team, aspect: 1️⃣9:16 }", on: "insta"),
            [
                finding(
                    MediaAspectRule.description, at: "1️⃣", message: "the image is 9:16, narrower than Instagram takes in a feed post (4:5 to 1.91:1)",
                    "crop it to 4:5, or post it as a story")
            ],
            stages: .checks)
    }

    @Test("a 1.92:1 video in an Instagram feed post is media-aspect, one step over the widest")
    func instagramTooWide() throws {
        try expectFindings(
            mediaPost("{ type: video, file: a.mp4, aspect: 1️⃣1.92:1 }", on: "insta"),
            [finding(MediaAspectRule.description, at: "1️⃣", message: "the video is 1.92:1, wider than Instagram takes", "crop it to 1.91:1")],
            stages: .checks)
    }

    @Test("a 9:16 image in an Instagram story passes: the feed's aspect range is for posts")
    func instagramStoryAnyAspect() throws {
        try expectFindings(mediaPost("{ type: image, file: a.jpg, alt: Team, aspect: 9:16 }", on: "insta", kind: "story"), [], stages: .checks)
    }

    @Test("a vertical YouTube video of 3 minutes passes as a Short")
    func shortAtLimit() throws {
        try expectFindings(youTubePost("{ type: video, file: t.mp4, aspect: 9:16, duration: 3m }"), [], stages: .checks)
    }

    @Test("a square YouTube video of 3m1s is short-duration at the duration: it would not be a Short")
    func shortTooLong() throws {
        try expectFindings(
            youTubePost("{ type: video, file: t.mp4, aspect: 1:1, duration: 1️⃣3m1s }"),
            [
                finding(
                    ShortDurationRule.description, at: "1️⃣", message: "the video is 1:1 and 3m1s long",
                    "goes out as a regular video; cut 1s to make it a short")
            ],
            stages: .checks)
    }

    @Test("a horizontal YouTube video of 10 minutes passes: it is a regular video, not meant as a Short")
    func horizontalLongVideo() throws {
        try expectFindings(youTubePost("{ type: video, file: t.mp4, aspect: 16:9, duration: 10m }"), [], stages: .checks)
    }

    @Test("every shipped duration and aspect fact reads in the plan's own forms")
    func shippedFactsParse() {
        let keys: [(FactKey, Bool)] = [
            (.videoMinDuration, true), (.videoMaxDuration, true), (.videoStoryMinDuration, true), (.videoStoryMaxDuration, true),
            (.videoShortMaxDuration, true), (.videoShortMaxAspect, false), (.mediaMinAspect, false), (.mediaMaxAspect, false),
        ]
        var stated = 0
        for profile in ProfileRegistry.builtIn.sorted {
            for (key, isLength) in keys {
                for fact in profile.history(key) {
                    guard case .word(let text) = fact.value else {
                        Issue.record("\(profile.name) \(key.path) is not a word")
                        continue
                    }
                    stated += 1
                    if isLength {
                        #expect(throws: Never.self) { try ScalarSyntax.videoDuration(text).get() }
                    } else {
                        #expect(throws: Never.self) { try ScalarSyntax.aspectRatio(text).get() }
                    }
                }
            }
        }
        #expect(stated == 8)
    }
}

@Suite("Decoding: media duration and aspect")
struct MediaDurationAspectDecodingTests {
    @Test("durations read as minutes and seconds, to the millisecond")
    func durationForms() {
        #expect(ScalarSyntax.videoDuration("45s") == .success(45_000))
        #expect(ScalarSyntax.videoDuration("0.5s") == .success(500))
        #expect(ScalarSyntax.videoDuration("2m30s") == .success(150_000))
        #expect(ScalarSyntax.videoDuration("3m") == .success(180_000))
        #expect(ScalarSyntax.videoDuration("1m0.25s") == .success(60_250))
    }

    @Test("a bare number, a clock time, 0, 90 seconds after minutes and four decimals are not durations")
    func durationRejects() {
        for text in ["45", "2:30", "0s", "0m", "1m90s", "1.2345s", "s", "m", "1h", "-5s", "1.5m", ""] {
            #expect((try? ScalarSyntax.videoDuration(text).get()) == nil, "\(text)")
        }
    }

    @Test("a duration of 2:30 is invalid-value at the duration, saying how to write one")
    func clockDuration() throws {
        try expectFindings(
            mediaPost("{ type: video, file: t.mp4, alt: Tour, duration: 1️⃣2:30 }", on: "x"),
            [finding(InvalidValueRule.description, at: "1️⃣", message: "'2:30' is not a video length", "like 45s, 0.5s, 2m30s or 3m")])
    }

    @Test("a bare number of seconds is invalid-value: the unit is required")
    func bareNumberDuration() throws {
        try expectFindings(
            mediaPost("{ type: video, file: t.mp4, alt: Tour, duration: 1️⃣45 }", on: "x"),
            [finding(InvalidValueRule.description, at: "1️⃣", message: "'45' is not a video length")])
    }

    @Test("aspects read as width:height, decimals allowed")
    func aspectForms() {
        #expect(ScalarSyntax.aspectRatio("9:16") == .success(AspectRatio(width: 9, height: 16)))
        #expect(ScalarSyntax.aspectRatio("1.91:1") == .success(AspectRatio(width: 1.91, height: 1)))
        #expect(AspectRatio(width: 1.91, height: 1).description == "1.91:1")
        #expect(AspectRatio(width: 4, height: 5).ratio == 0.8)
    }

    @Test("an aspect in words, a slash, a zero or three parts is invalid-value at the aspect")
    func aspectRejects() throws {
        for text in ["9/16", "0:1", "1:0", "1:1:1", "vertical", "1.:1", ":1"] {
            #expect((try? ScalarSyntax.aspectRatio(text).get()) == nil, "\(text)")
        }
        try expectFindings(
            mediaPost("{ type: image, file: a.jpg, alt: Team, aspect: 1️⃣portrait }", on: "insta"),
            [finding(InvalidValueRule.description, at: "1️⃣", message: "'portrait' is not an aspect ratio", "like 9:16, 4:5, 1:1 or 1.91:1")])
    }
}
