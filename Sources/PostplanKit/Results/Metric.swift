/// What a measurement counts. The names are postplan's own; platforms and their exports call
/// the same counts differently (views, likes, replies, retweets), and those names are
/// synonyms that `unknown-metric` turns into the right one.
public enum Metric: String, CaseIterable, Codable, Comparable, Sendable {
    /// How often the item was shown (X impressions, LinkedIn impressions, Threads views).
    case impressions
    /// Likes and reactions of every kind.
    case reactions
    /// Comments or replies.
    case comments
    /// Reposts, reshares, retweets, boosts.
    case reposts
    /// Quote posts.
    case quotes
    /// Clicks on the item's link or media.
    case clicks
    /// Saves and bookmarks.
    case saves
    /// The channel's followers on the measurement's date.
    case followers
    /// Votes per poll option (`poll-votes: { Yes: 30, No: 12 }`).
    case pollVotes = "poll-votes"
    /// Comments the team answered: the team's own count.
    case commentsAnswered = "comments-answered"
    /// Minutes the team spent on the item's comments: the team's own count.
    case minutesSpent = "minutes-spent"

    /// Whether the team counts it itself, on every platform, rather than the platform.
    public var isTeamCount: Bool {
        self == .commentsAnswered || self == .minutesSpent
    }

    /// Whether it counts an interaction with the item: reactions, comments, reposts, quotes
    /// and saves. Clicks, impressions and poll votes are not (see docs/decisions.md).
    public var isInteraction: Bool {
        switch self {
        case .reactions, .comments, .reposts, .quotes, .saves: true
        default: false
        }
    }

    /// The platforms' and exports' names for the same counts, with postplan's name for each.
    static let synonyms: [String: Metric] = [
        "views": .impressions, "impression-count": .impressions, "likes": .reactions, "favourites": .reactions,
        "favorites": .reactions, "replies": .comments, "shares": .reposts, "retweets": .reposts, "reblogs": .reposts,
        "boosts": .reposts, "bookmarks": .saves, "saved": .saves, "link-clicks": .clicks, "votes": .pollVotes,
    ]

    /// The metrics a platform may not report: those that are not the team's own counts.
    static let platformMetrics = allCases.filter { !$0.isTeamCount }

    public static func < (lhs: Metric, rhs: Metric) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
