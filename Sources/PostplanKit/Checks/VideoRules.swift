/// The length and aspect of images and videos against their platform, as the plan's media
/// entries give them (`duration:`, `aspect:`; files are not measured). A profile writes these
/// facts in the plan's own forms (`140s`, `4:5`), which are read here the same way.
enum VideoRules {
    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        for media in post.media {
            VideoDurationRule.check(media, post, into: &diagnostics)
            MediaAspectRule.check(media, post, into: &diagnostics)
            ShortDurationRule.check(media, post, into: &diagnostics)
        }
    }

    /// A video length fact (`140s`), in milliseconds; nil when the profile does not state it.
    static func length(_ key: FactKey, _ post: ChannelPost) -> (Int, Fact)? {
        guard let (text, fact) = post.profile.word(key, on: post.date), case .success(let value) = ScalarSyntax.videoDuration(text)
        else { return nil }
        return (value, fact)
    }

    /// An aspect fact (`4:5`); nil when the profile does not state it.
    static func aspect(_ key: FactKey, _ post: ChannelPost) -> (AspectRatio, Fact)? {
        guard let (text, fact) = post.profile.word(key, on: post.date), case .success(let value) = ScalarSyntax.aspectRatio(text)
        else { return nil }
        return (value, fact)
    }

    /// A length in the form a plan writes it: `45s`, `0.5s`, `2m20s`, `3m`.
    static func text(milliseconds: Int) -> String {
        let minutes = milliseconds / 60_000
        let rest = milliseconds % 60_000
        let seconds = rest % 1_000 == 0 ? "\(rest / 1_000)s" : "\(Double(rest) / 1_000)s"
        if minutes == 0 { return seconds }
        return rest == 0 ? "\(minutes)m" : "\(minutes)m\(seconds)"
    }
}

enum VideoDurationRule: RuleDefinition {
    static let description = Rule(
        id: "video-duration", category: .platform, defaultSeverity: .error,
        summary: "A video is shorter or longer than its platform takes (X: 0.5s to 2m20s; Facebook page stories: 3s to 60s).",
        examples: VideoRuleExamples.videoDuration)

    static func tooLong(_ length: Int, maximum: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        let kind = post.isStory ? "a story video" : "a video"
        return message(
            "too-long",
            "the video is \(VideoRules.text(milliseconds: length)); \(post.profile.name) takes \(kind) of up to \(VideoRules.text(milliseconds: maximum)); cut \(VideoRules.text(milliseconds: length - maximum)), or post a shorter cut and link the full video\(post.caveat(fact))"
        )
    }

    static func tooShort(_ length: Int, minimum: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        let kind = post.isStory ? "a story video" : "a video"
        return message(
            "too-short",
            "the video is \(VideoRules.text(milliseconds: length)); \(post.profile.name) takes \(kind) of at least \(VideoRules.text(milliseconds: minimum)); make it longer or post a still image instead\(post.caveat(fact))"
        )
    }

    static func check(_ media: Media, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard media.type.value == .video, let duration = media.duration else { return }
        let (minimumKey, maximumKey): (FactKey, FactKey) =
            post.isStory ? (.videoStoryMinDuration, .videoStoryMaxDuration) : (.videoMinDuration, .videoMaxDuration)
        if let (maximum, fact) = VideoRules.length(maximumKey, post), duration.value > maximum {
            diagnostics.append(Diagnostic(tooLong(duration.value, maximum: maximum, post, fact: fact), at: duration.range))
        } else if let (minimum, fact) = VideoRules.length(minimumKey, post), duration.value < minimum {
            diagnostics.append(Diagnostic(tooShort(duration.value, minimum: minimum, post, fact: fact), at: duration.range))
        }
    }
}

enum MediaAspectRule: RuleDefinition {
    static let description = Rule(
        id: "media-aspect", category: .platform, defaultSeverity: .error,
        summary: "An image or video in a feed post is narrower or wider than its platform takes (Instagram: 4:5 to 1.91:1).",
        examples: VideoRuleExamples.mediaAspect)

    static func outside(
        _ aspect: AspectRatio, _ kind: Media.Kind, bound: AspectRatio, narrower: Bool, range: String, _ post: ChannelPost, fact: Fact
    ) -> Diagnostic.Message {
        message(
            narrower ? "too-narrow" : "too-wide",
            "the \(kind.rawValue) is \(aspect), \(narrower ? "narrower" : "wider") than \(post.profile.name) takes in a feed post (\(range)); crop it to \(bound)\(narrower ? ", or post it as a story" : "")\(post.caveat(fact))"
        )
    }

    static func check(_ media: Media, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard case .post = post.item.details, media.type.value != .document, let aspect = media.aspect else { return }
        let minimum = VideoRules.aspect(.mediaMinAspect, post)
        let maximum = VideoRules.aspect(.mediaMaxAspect, post)
        let range = [minimum.map { "\($0.0)" } ?? "any", maximum.map { "\($0.0)" } ?? "any"].joined(separator: " to ")
        if let (bound, fact) = minimum, aspect.value.ratio < bound.ratio {
            let found = outside(aspect.value, media.type.value, bound: bound, narrower: true, range: range, post, fact: fact)
            diagnostics.append(Diagnostic(found, at: aspect.range))
        } else if let (bound, fact) = maximum, aspect.value.ratio > bound.ratio {
            let found = outside(aspect.value, media.type.value, bound: bound, narrower: false, range: range, post, fact: fact)
            diagnostics.append(Diagnostic(found, at: aspect.range))
        }
    }
}

enum ShortDurationRule: RuleDefinition {
    static let description = Rule(
        id: "short-duration", category: .platform, defaultSeverity: .warning,
        summary: "A square or vertical video is longer than a short may be, so it goes out as a regular video (YouTube Shorts: 3m).",
        examples: VideoRuleExamples.shortDuration)

    static func tooLong(_ length: Int, aspect: AspectRatio, maximum: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-long",
            "the video is \(aspect) and \(VideoRules.text(milliseconds: length)) long; \(post.profile.name) publishes a square or vertical video as a short only up to \(VideoRules.text(milliseconds: maximum)), so this one goes out as a regular video; cut \(VideoRules.text(milliseconds: length - maximum)) to make it a short, or plan a horizontal video\(post.caveat(fact))"
        )
    }

    static func check(_ media: Media, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard media.type.value == .video, let duration = media.duration, let aspect = media.aspect,
            let (widest, _) = VideoRules.aspect(.videoShortMaxAspect, post), aspect.value.ratio <= widest.ratio,
            let (maximum, fact) = VideoRules.length(.videoShortMaxDuration, post), duration.value > maximum
        else { return }
        diagnostics.append(Diagnostic(tooLong(duration.value, aspect: aspect.value, maximum: maximum, post, fact: fact), at: duration.range))
    }
}

extension ChannelPost {
    /// Whether the item is a story, whose videos have limits of their own.
    fileprivate var isStory: Bool {
        if case .story = item.details { return true }
        return false
    }
}
