/// A fact a platform profile can state: its dotted path in the profile file, the type of its
/// value, and what it means. The list of keys is the profile schema: the decoder reads only
/// these, `postplan platforms` prints them, and rules ask for them by key.
public struct FactKey: Hashable, Sendable {
    public enum ValueType: Hashable, Sendable {
        case integer, flag, duration, durations, weighting
        /// Publishing limits over moving windows (`{ window: 15m, max-per-window: 200 }`), each
        /// a fact of its own: all of them apply at once, not one after another.
        case windowLimits
        /// A word, from `allowed` when given.
        case word(allowed: [String]?)
        /// A list of words, each from `allowed` when given.
        case words(allowed: [String]?)
    }

    /// The key's place in `FactKey.all`, where profiles keep its facts: rules ask for facts
    /// on every item, and a list position costs less than hashing the path each time.
    let index: Int
    public let path: String
    public let type: ValueType
    public let summary: String

    init(_ index: Int, _ path: String, _ type: ValueType, _ summary: String) {
        self.index = index
        self.path = path
        self.type = type
        self.summary = summary
    }

    public static func == (lhs: FactKey, rhs: FactKey) -> Bool { lhs.index == rhs.index }
    public func hash(into hasher: inout Hasher) { hasher.combine(index) }

    /// The section a key belongs to (`poll` for `poll.max-options`), or "" for top-level keys.
    public var section: String {
        guard let dot = path.firstIndex(of: ".") else { return "" }
        return String(path[..<dot])
    }

    /// The key's name within its section (`max-options`).
    public var name: String {
        guard let dot = path.firstIndex(of: ".") else { return path }
        return String(path[path.index(after: dot)...])
    }
}

extension FactKey {
    static let accountNames = AccountType.allCases.map(\.rawValue)
    static let mediaNames = Media.Kind.allCases.map(\.rawValue)

    public static let accounts = FactKey(0, "accounts", .words(allowed: accountNames), "kinds of account a channel on the platform can be")

    public static let textCounting = FactKey(
        1, "text.counting", .word(allowed: TextCounting.allCases.map(\.rawValue)),
        "how text length is counted: graphemes (what a reader sees as one character), x-weighted (twitter-text), graphemes-emoji-as-bytes")
    public static let textMaxLength = FactKey(2, "text.max-length", .integer, "longest text, in the counting unit")
    public static let textMaxBytes = FactKey(
        3, "text.max-bytes", .integer,
        "longest text in UTF-8 bytes, a cap besides the counted length in which every link and character counts at its full size")
    public static let textURLLength = FactKey(4, "text.url-length", .integer, "how many characters every http(s) link counts, whatever its length")
    public static let textWeighting = FactKey(5, "text.weighting", .weighting, "weights of code-point ranges, URLs and emoji for x-weighted counting")
    public static let textMaxHashtags = FactKey(6, "text.max-hashtags", .integer, "most hashtags in one text")
    public static let textMaxLinks = FactKey(7, "text.max-links", .integer, "most distinct links in one text")
    public static let textHashtagsMatter = FactKey(
        8, "text.hashtags-matter", .flag, "whether hashtags help reach on the platform (false: they add little)")
    public static let textForbiddenCharacters = FactKey(
        9, "text.forbidden-characters", .words(allowed: nil), "characters that make a text invalid, as U+XXXX")

    public static let pollSupported = FactKey(10, "poll.supported", .flag, "whether the platform has native polls")
    public static let pollMinOptions = FactKey(11, "poll.min-options", .integer, "fewest options, the \"other\" option included")
    public static let pollMaxOptions = FactKey(12, "poll.max-options", .integer, "most options, the \"other\" option included")
    public static let pollMaxOptionLength = FactKey(13, "poll.max-option-length", .integer, "longest option, in characters")
    public static let pollMaxQuestionLength = FactKey(14, "poll.max-question-length", .integer, "longest question, in characters")
    public static let pollQuestionIsText = FactKey(
        15, "poll.question-is-text", .flag, "whether the question is the post text, counted by the text rules")
    public static let pollDurations = FactKey(16, "poll.durations", .durations, "the only durations a poll can have")
    public static let pollMinDuration = FactKey(17, "poll.min-duration", .duration, "shortest poll")
    public static let pollMaxDuration = FactKey(18, "poll.max-duration", .duration, "longest poll")
    public static let pollMediaAllowed = FactKey(19, "poll.media-allowed", .flag, "whether a poll can carry media")

    public static let storySupported = FactKey(20, "story.supported", .flag, "whether the platform offers stories (on a date)")
    public static let storyMaxExpiry = FactKey(21, "story.max-expiry", .duration, "longest a story stays up")
    public static let storyRequiresMedia = FactKey(22, "story.requires-media", .flag, "whether a story needs an image or video")

    public static let productPageSupported = FactKey(23, "product-page.supported", .flag, "whether the platform has product pages")
    public static let productPageAccounts = FactKey(
        24, "product-page.accounts", .words(allowed: accountNames), "kinds of account product pages live under")
    public static let productPageCTATypes = FactKey(25, "product-page.cta-types", .words(allowed: nil), "call-to-action button types")
    public static let productPageTrademarks = FactKey(
        26, "product-page.trademarks", .words(allowed: nil), "names a product page name must not contain")
    public static let productPageMediaRecommended = FactKey(
        27, "product-page.media-recommended", .flag, "whether a page without media is worth a warning")

    public static let productPageReviewTime = FactKey(
        28, "product-page.review-time", .duration, "how long the platform's review of a new page takes: submit this long before launch")

    public static let scheduleMinGap = FactKey(29, "schedule.min-gap", .duration, "shortest time between two items on one channel")
    public static let scheduleMaxPerDay = FactKey(30, "schedule.max-per-day", .integer, "most items on one channel in one day")

    public static let adPlacements = FactKey(31, "ad.placements", .words(allowed: nil), "where ads can run")
    public static let adOrganicPlacements = FactKey(
        32, "ad.organic-placements", .words(allowed: nil), "placement names that mean the organic timeline, never an ad slot")
    public static let adAccounts = FactKey(33, "ad.accounts", .words(allowed: accountNames), "kinds of account ads can run from")

    public static let mediaMaxCount = FactKey(34, "media.max-count", .integer, "most attachments on one item")
    public static let mediaTypes = FactKey(35, "media.types", .words(allowed: mediaNames), "media types the platform takes")
    public static let mediaAlone = FactKey(36, "media.alone", .words(allowed: mediaNames), "media types that must be the only attachment")
    public static let mediaRequired = FactKey(37, "media.required", .flag, "whether every item needs at least one attachment")
    public static let mediaAltRequired = FactKey(38, "media.alt-required", .words(allowed: mediaNames), "media types that need alt text")
    public static let mediaMaxAltLength = FactKey(39, "media.max-alt-length", .integer, "longest alt text, in characters")

    public static let resultsMetrics = FactKey(
        40, "results.metrics", .words(allowed: Metric.platformMetrics.map(\.rawValue)),
        "the counts the platform reports on a post (its analytics or export), in postplan's names")
    public static let threadSupported = FactKey(
        41, "thread.supported", .flag, "whether posts can be published as a reply chain (a thread) of the author's own posts")
    public static let commentMaxLength = FactKey(
        42, "comment.max-length", .integer, "longest first comment (or reply) under the team's own post, in the text counting unit")
    public static let commentMaxBytes = FactKey(
        43, "comment.max-bytes", .integer, "longest first comment (or reply) in UTF-8 bytes, a cap besides the counted length")
    public static let liveSupported = FactKey(
        44, "live.supported", .flag, "whether the platform hosts live events (live video, audio Spaces, events) on a channel")
    public static let liveMaxTitleLength = FactKey(45, "live.max-title-length", .integer, "longest live event title, in the text counting unit")
    public static let liveAnnounceLead = FactKey(
        46, "live.announce-lead", .duration, "how long before a live event its announcement goes out, unless the item says (announce:)")
    /// The ad placement that buys a timeline slot (X `TWITTER_TIMELINE`), which ad messages name.
    public static let adTimelinePlacement = FactKey(
        47, "ad.timeline-placement", .word(allowed: nil), "the ad placement that buys a slot in the timeline, which an ad there must name")
    /// The moving window of a publishing limit (Instagram: 24 hours).
    public static let scheduleWindow = FactKey(
        48, "schedule.window", .duration, "a moving window in which the platform publishes at most schedule.max-per-window items")
    /// The most items one channel publishes within `scheduleWindow` (Instagram: 50).
    public static let scheduleMaxPerWindow = FactKey(
        49, "schedule.max-per-window", .integer, "most items on one channel within any schedule.window")
    /// Whether the platform's stories are text only (Threads' ghost posts).
    public static let storyTextOnly = FactKey(
        50, "story.text-only", .flag, "whether a story is text only (Threads' ghost posts), so it takes no media")

    /// Whether every item on the platform needs a `title` (YouTube: the video's title).
    public static let titleRequired = FactKey(51, "title.required", .flag, "whether an item needs a title, which the platform publishes")
    /// The longest published title (YouTube: 100).
    public static let titleMaxLength = FactKey(52, "title.max-length", .integer, "longest title, in graphemes")
    /// Characters a published title must not hold (YouTube: `<` and `>`).
    public static let titleForbiddenCharacters = FactKey(
        53, "title.forbidden-characters", .words(allowed: nil), "characters that make a title invalid, as U+XXXX")

    /// The file formats a document attachment may have, by file extension (LinkedIn: pdf, pptx, …).
    public static let documentFormats = FactKey(
        54, "document.formats", .words(allowed: nil), "file extensions a document attachment may have (pdf, pptx, ...)")
    /// The most pages a document may have (LinkedIn: 300), checked against a media entry's `pages`.
    public static let documentMaxPages = FactKey(55, "document.max-pages", .integer, "most pages in a document attachment")
    /// The largest document file, in bytes (LinkedIn: 100 MB), checked against a media entry's `size`.
    public static let documentMaxSize = FactKey(56, "document.max-size", .integer, "largest document attachment, in bytes")
    /// Whether a post with a document needs a `title` (LinkedIn's Documents API).
    public static let documentTitleRequired = FactKey(
        57, "document.title-required", .flag, "whether a post with a document attachment needs a title, shown on the document")

    /// The most characters an item's `tags` may have together (YouTube: 500).
    public static let tagsMaxTotalLength = FactKey(
        58, "tags.max-total-length", .integer, "most characters of an item's tags together, in graphemes")
    public static let contentWarningSupported = FactKey(
        59, "content-warning.supported", .flag, "whether a post can carry a content warning that hides its text until a reader opens it")
    public static let contentWarningCountsTowardText = FactKey(
        60, "content-warning.counts-toward-text", .flag,
        "whether the content warning's graphemes count toward text.max-length together with the text")

    /// The shortest video a post takes, written as a media entry's `duration` (X: `0.5s`).
    public static let videoMinDuration = FactKey(61, "video.min-duration", .word(allowed: nil), "shortest video in a post, like 0.5s")
    /// The longest video a post takes, written as a media entry's `duration` (X: `140s`).
    public static let videoMaxDuration = FactKey(62, "video.max-duration", .word(allowed: nil), "longest video in a post, like 2m20s")
    /// The shortest video a story takes (Facebook page stories: `3s`).
    public static let videoStoryMinDuration = FactKey(
        63, "video.story-min-duration", .word(allowed: nil), "shortest video in a story, like 3s")
    /// The longest video a story takes (Facebook page stories: `60s`).
    public static let videoStoryMaxDuration = FactKey(
        64, "video.story-max-duration", .word(allowed: nil), "longest video in a story, like 60s")
    /// The longest video the platform publishes as a short (YouTube Shorts: `3m`).
    public static let videoShortMaxDuration = FactKey(
        65, "video.short-max-duration", .word(allowed: nil), "longest video published as a short, like 3m")
    /// The widest aspect a short has, as width:height (YouTube Shorts: `1:1`, square or vertical).
    public static let videoShortMaxAspect = FactKey(
        66, "video.short-max-aspect", .word(allowed: nil), "widest video published as a short, as width:height, like 1:1")
    /// The narrowest image or video a feed post takes, as width:height (Instagram: `4:5`).
    public static let mediaMinAspect = FactKey(
        67, "media.min-aspect", .word(allowed: nil), "narrowest image or video in a feed post, as width:height, like 4:5")
    /// The widest image or video a feed post takes, as width:height (Instagram: `1.91:1`).
    public static let mediaMaxAspect = FactKey(
        68, "media.max-aspect", .word(allowed: nil), "widest image or video in a feed post, as width:height, like 1.91:1")
    /// Characters a live event's title must not hold (YouTube: `<` and `>`, a broadcast's title
    /// being its video's).
    public static let liveTitleForbiddenCharacters = FactKey(
        69, "live.title-forbidden-characters", .words(allowed: nil), "characters that make a live event title invalid, as U+XXXX")
    /// Publishing limits over several moving windows at once (X: 300 in 3 hours and 200 in 15
    /// minutes), each with its own source; `window`/`max-per-window` state a single one.
    public static let scheduleWindows = FactKey(
        70, "schedule.windows", .windowLimits,
        "moving windows in which the platform publishes at most max-per-window items each, all applying at once")
    /// Whether a post with neither media nor a title goes out as a community post (YouTube),
    /// which `media-required` and `title-required` then leave alone.
    public static let communityPostSupported = FactKey(
        71, "community-post.supported", .flag, "whether a post without media or a title goes out as a text community post on the channel")

    /// Every key, in the order profiles list them; each at its `index`.
    public static let all: [FactKey] = [
        .accounts,
        .textCounting, .textMaxLength, .textMaxBytes, .textURLLength, .textWeighting, .textMaxHashtags, .textMaxLinks,
        .textHashtagsMatter, .textForbiddenCharacters,
        .pollSupported, .pollMinOptions, .pollMaxOptions, .pollMaxOptionLength, .pollMaxQuestionLength,
        .pollQuestionIsText, .pollDurations, .pollMinDuration, .pollMaxDuration, .pollMediaAllowed,
        .storySupported, .storyMaxExpiry, .storyRequiresMedia,
        .productPageSupported, .productPageAccounts, .productPageCTATypes, .productPageTrademarks,
        .productPageMediaRecommended, .productPageReviewTime,
        .scheduleMinGap, .scheduleMaxPerDay,
        .adPlacements, .adOrganicPlacements, .adAccounts,
        .mediaMaxCount, .mediaTypes, .mediaAlone, .mediaRequired, .mediaAltRequired, .mediaMaxAltLength,
        .resultsMetrics,
        .threadSupported,
        .commentMaxLength, .commentMaxBytes,
        .liveSupported, .liveMaxTitleLength, .liveAnnounceLead,
        .adTimelinePlacement, .scheduleWindow, .scheduleMaxPerWindow, .storyTextOnly,
        .titleRequired, .titleMaxLength, .titleForbiddenCharacters,
        .documentFormats, .documentMaxPages, .documentMaxSize, .documentTitleRequired,
        .tagsMaxTotalLength,
        .contentWarningSupported, .contentWarningCountsTowardText,
        .videoMinDuration, .videoMaxDuration, .videoStoryMinDuration, .videoStoryMaxDuration, .videoShortMaxDuration,
        .videoShortMaxAspect, .mediaMinAspect, .mediaMaxAspect,
        .liveTitleForbiddenCharacters,
        .scheduleWindows,
        .communityPostSupported,
    ]

    static let byPath: [String: FactKey] = Dictionary(uniqueKeysWithValues: all.map { ($0.path, $0) })
    static let sections: [String] = all.reduce(into: []) { sections, key in
        if !key.section.isEmpty, !sections.contains(key.section) { sections.append(key.section) }
    }
}

/// How a platform counts the length of a text.
public enum TextCounting: String, CaseIterable, Sendable {
    /// Grapheme clusters: what a reader sees as one character (`e` + accent is one).
    case graphemes
    /// twitter-text's weighted length (X): ranges weigh 1 or 2, URLs and emoji fixed weights.
    case xWeighted = "x-weighted"
    /// Grapheme clusters, except that an emoji counts its UTF-8 bytes (Threads' documentation).
    case graphemesEmojiAsBytes = "graphemes-emoji-as-bytes"
}
