/// What the recorded results say, as `postplan report` shows it: per post, per channel and
/// platform, cross-posted items side by side, outliers, polls, groups by pillar, intent,
/// format and kind, growth between measurements, and the time the team spent. Markdown and
/// HTML are rendered from this value, and the JSON of `--format json` is this structure,
/// documented in docs/report-json.md. Rates are fractions (0.0264 is 2.64 %), rounded to 4
/// decimals; a figure that cannot be computed from what was recorded is left out.
public struct ResultReport: Codable, Hashable, Sendable {
    public static let currentVersion = 1

    /// The format's version, 1; raised when a field changes meaning or goes away.
    public var version: Int
    /// The first and last day of the posts reported (by the day they went out), when the run
    /// named a span; nil for every result.
    public var from: String?
    public var to: String?
    /// How the figures are computed, in words.
    public var definitions: ReportDefinitions
    /// Every post: one item on one channel at one time, with its latest measurement.
    public var posts: [PostFigures]
    /// By channel, by platform, and by the item's pillar, intent, format and kind.
    public var channels: [GroupFigures]
    public var platforms: [GroupFigures]
    public var pillars: [GroupFigures]
    public var intents: [GroupFigures]
    public var formats: [GroupFigures]
    public var kinds: [GroupFigures]
    /// Items that went out on more than one channel at once.
    public var crossPosts: [CrossPost]
    /// For each pair of platforms cross-posts went to, the ratio of their interactions.
    public var platformComparisons: [PlatformComparison]
    /// Per rate basis, the band of usual rates and the posts outside it.
    public var outliers: [OutlierBand]
    /// Every poll result, with the votes per option.
    public var polls: [PollFigures]
    /// Posts measured more than once: what changed from the first measurement to the last.
    public var growth: [Growth]
    /// The minutes spent on the posts, against the config's weekly capacity.
    public var time: TimeFigures
}

/// The definitions the figures follow, written into every report.
public struct ReportDefinitions: Codable, Hashable, Sendable {
    /// Which counts add up to a post's interactions.
    public var interactions: String
    /// What a rate is a share of.
    public var rate: String
    /// When a post is an outlier.
    public var outliers: String
    /// The k of median ± k·MAD.
    public var outlierK: Double
}

/// One post's latest counts and what follows from them.
public struct PostFigures: Codable, Hashable, Sendable {
    public var item: String
    public var channel: String
    /// The channel's platform id and its name.
    public var platform: String
    public var platformName: String
    public var kind: String
    /// `text`, `image`, `video`, `document`, `poll` (as `format-variety` sees it).
    public var format: String
    public var pillar: String?
    public var intent: String?
    /// `published:` of the result, `YYYY-MM-DD HH:MM`, else the item's `at`.
    public var published: String?
    /// The day of the first and of the latest measurement, and the counts of the latest.
    public var firstMeasured: String
    public var measured: String
    public var url: String?
    /// The sum of the interaction counts recorded (see ``ReportDefinitions/interactions``).
    public var interactions: Int
    public var impressions: Int?
    public var reactions: Int?
    public var comments: Int?
    public var reposts: Int?
    public var quotes: Int?
    public var saves: Int?
    public var clicks: Int?
    public var followers: Int?
    /// Interactions per impression, or per follower where no impressions were recorded.
    public var rate: Double?
    /// `impressions` or `followers`: what ``rate`` is a share of.
    public var rateBasis: String?
    /// Comments per reaction: above 1 a dialogue, near 0 applause.
    public var commentsPerReaction: Double?
    public var commentsAnswered: Int?
    /// Comments answered per comment.
    public var answeredShare: Double?
    public var minutesSpent: Int?
    /// The place of its result in the plans, `file:line`.
    public var source: String
}

/// The posts of one group (a channel, a platform, a pillar ...), summed up.
public struct GroupFigures: Codable, Hashable, Sendable {
    /// The channel id, platform id, pillar, intent, format or kind.
    public var key: String
    /// The platform's name for a platform, the channel's platform for a channel; else nil.
    public var platform: String?
    public var posts: Int
    public var totalInteractions: Int
    public var medianInteractions: Double
    /// The median of the posts' rates, and their basis: `impressions`, `followers`, or
    /// `mixed` when the group's posts have different ones.
    public var medianRate: Double?
    public var rateBasis: String?
    /// All comments per all reactions, over the posts that recorded both.
    public var commentsPerReaction: Double?
    /// All comments answered per all comments, over the posts that recorded both.
    public var answeredShare: Double?
    /// The minutes recorded, and the interactions of those posts per hour of them.
    public var minutesSpent: Int?
    public var interactionsPerHour: Double?
}

/// One item that went out on several channels at once, side by side.
public struct CrossPost: Codable, Hashable, Sendable {
    public var item: String
    public var published: String?
    public var channels: [CrossPostChannel]
    /// The most interactions of one channel divided by the fewest (nil when the fewest is 0).
    public var spread: Double?
}

/// One channel of a cross-post.
public struct CrossPostChannel: Codable, Hashable, Sendable {
    public var channel: String
    public var platform: String
    public var interactions: Int
    public var rate: Double?
    public var rateBasis: String?
}

/// How two platforms compare on the items cross-posted to both: `second`'s interactions
/// divided by `first`'s, per item, and the median and range of those ratios.
public struct PlatformComparison: Codable, Hashable, Sendable {
    public var first: String
    public var second: String
    public var items: [String]
    public var ratios: [Double]
    public var medianRatio: Double
    public var minRatio: Double
    public var maxRatio: Double
}

/// The usual rates of one basis, `median ± k·MAD`, and the posts outside them.
public struct OutlierBand: Codable, Hashable, Sendable {
    public var rateBasis: String
    public var posts: Int
    public var median: Double
    public var mad: Double
    public var lower: Double
    public var upper: Double
    /// The posts with the highest and the lowest rates (up to 3 each), best first.
    public var top: [RatedPost]
    public var bottom: [RatedPost]
    /// The posts beyond the band, highest rate first.
    public var outliers: [RatedPost]
}

/// A post named by its rate.
public struct RatedPost: Codable, Hashable, Sendable {
    public var item: String
    public var channel: String
    public var published: String?
    public var rate: Double
    /// `high` or `low` for an outlier; nil in top and bottom lists.
    public var direction: String?
}

/// A poll's votes.
public struct PollFigures: Codable, Hashable, Sendable {
    public var item: String
    public var channel: String
    public var question: String
    public var measured: String
    public var totalVotes: Int
    public var options: [PollOptionFigures]
    /// The share of the poll's "Other" option, when it has one.
    public var otherShare: Double?
    public var impressions: Int?
}

/// One option's votes and share.
public struct PollOptionFigures: Codable, Hashable, Sendable {
    public var option: String
    public var votes: Int
    public var share: Double?
    /// Whether it is the poll's "Other, see comments" option.
    public var isOther: Bool
}

/// A post's change from its first measurement to its latest.
public struct Growth: Codable, Hashable, Sendable {
    public var item: String
    public var channel: String
    public var published: String?
    public var from: String
    public var to: String
    public var days: Int
    /// Interactions, impressions and followers gained (negative when lost).
    public var interactions: Int
    public var impressions: Int?
    public var followers: Int?
    public var interactionsPerDay: Double
}

/// The time the team recorded against the time it has.
public struct TimeFigures: Codable, Hashable, Sendable {
    /// Minutes recorded, and on how many posts.
    public var minutesSpent: Int
    public var postsWithMinutes: Int
    /// The weeks the report covers, as the config's week start cuts them.
    public var weeks: Int
    /// The config's `capacity` per week, and over the weeks; nil without a capacity.
    public var capacityMinutesPerWeek: Int?
    public var capacityMinutes: Int?
    /// Minutes spent per minute of capacity.
    public var capacityShare: Double?
    /// Interactions of the posts with minutes, per hour spent.
    public var interactionsPerHour: Double?
}
