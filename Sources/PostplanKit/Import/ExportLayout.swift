/// The columns of a CSV export that postplan reads: where the post's address, time and text
/// are, and which columns hold which counts. Column names are compared without case and
/// surrounding spaces. Sources (third-party parsers of the exports, not verified against the
/// platforms): `../shared/reference/analytics-queue-threads.md` §1a, "Export formats".
public enum ExportLayout: String, CaseIterable, Sendable {
    /// X's post ("Tweet activity") analytics export.
    case x
    /// LinkedIn's page content export, its posts sheet saved as CSV.
    case linkedin
    /// postplan's own layout, for platforms without an export (Mastodon, Bluesky, ...):
    /// `url`, `published`, `text`, and a column per metric in postplan's names.
    case postplan

    /// The layout of a platform's export: X's, LinkedIn's, else postplan's own.
    public init(platform: String) {
        self = ExportLayout(rawValue: platform) ?? .postplan
    }

    var urlColumns: [String] {
        switch self {
        case .x: ["tweet permalink"]
        case .linkedin: ["post link"]
        case .postplan: ["url"]
        }
    }

    var timeColumns: [String] {
        switch self {
        case .x: ["time"]
        case .linkedin: ["created date"]
        case .postplan: ["published"]
        }
    }

    var textColumns: [String] {
        switch self {
        case .x: ["tweet text"]
        case .linkedin: ["post title"]
        case .postplan: ["text"]
        }
    }

    /// The count columns, by their names in the export.
    var metricColumns: [String: Metric] {
        switch self {
        case .x:
            ["impressions": .impressions, "likes": .reactions, "replies": .comments, "retweets": .reposts, "url clicks": .clicks]
        case .linkedin:
            [
                "impressions": .impressions, "clicks": .clicks, "likes": .reactions, "reactions": .reactions, "comments": .comments,
                "reposts": .reposts, "shares": .reposts,
            ]
        case .postplan:
            Dictionary(uniqueKeysWithValues: Metric.allCases.filter { $0 != .pollVotes }.map { ($0.rawValue, $0) })
        }
    }
}
