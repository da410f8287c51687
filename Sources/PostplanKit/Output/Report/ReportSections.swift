import Foundation

/// A report's parts as headed tables and sentences, the same for Markdown and HTML; each
/// renderer only writes them in its own markup.
struct ReportSection {
    var title: String
    var paragraphs: [String] = []
    var tables: [ReportTable] = []
}

/// A table: its caption (optional), its header and its rows of cell texts.
struct ReportTable {
    var caption: String?
    var header: [String]
    var rows: [[String]]
}

/// Numbers as the reports write them.
enum ReportNumbers {
    /// A fraction as a percentage with two decimals: "2.64 %".
    static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.2f %%", $0 * 100) } ?? "–"
    }

    /// A rate with what it is a share of: "2.64 % of impressions".
    static func rate(_ value: Double?, basis: String?) -> String {
        guard let value else { return "–" }
        switch basis {
        case "mixed": return percent(value) + " (mixed bases)"
        case let basis?: return percent(value) + " of " + basis
        case nil: return percent(value)
        }
    }

    /// A number with up to two decimals: "26", "1.67".
    static func decimal(_ value: Double?) -> String {
        guard let value else { return "–" }
        if value == value.rounded() { return String(Int(value)) }
        return String(format: "%.2f", value)
    }

    static func count(_ value: Int?) -> String {
        value.map(String.init) ?? "–"
    }
}

extension ResultReport {
    /// What the report covers: "2026-11-23 to 2026-11-29", or "all results".
    var spanText: String {
        switch (from, to) {
        case (let from?, let to?): from == to ? from : "\(from) to \(to)"
        default: "all results"
        }
    }

    /// A platform's name (`Bluesky`) for its id, as the report's platform groups give it; the
    /// id where none does.
    func platformName(of id: String) -> String {
        platforms.first { $0.key == id }?.platform ?? id
    }

    /// The report's parts, in reading order; parts with nothing to show are left out.
    var sections: [ReportSection] {
        guard !posts.isEmpty else {
            return [
                ReportSection(title: "No results", paragraphs: ["No post that went out in \(spanText) has a result; record them under `results:`."])
            ]
        }
        var sections = [
            ReportSection(
                title: "Definitions",
                paragraphs: [
                    "Interactions: \(definitions.interactions).", "Rate: \(definitions.rate).", "Outliers: \(definitions.outliers).",
                ]),
            ReportSection(title: "By channel", tables: [groupTable(channels, keyTitle: "Channel", withPlatform: true, detailed: true)]),
            ReportSection(title: "By platform", tables: [groupTable(platforms, keyTitle: "Platform", withPlatform: false, detailed: true)]),
        ]
        if !crossPosts.isEmpty { sections.append(crossPostSection) }
        if !outliers.isEmpty { sections.append(outlierSection) }
        if !polls.isEmpty { sections.append(pollSection) }
        sections.append(
            ReportSection(
                title: "By pillar, intent, format and kind",
                tables: [(pillars, "Pillar"), (intents, "Intent"), (formats, "Format"), (kinds, "Kind")].filter { !$0.0.isEmpty }.map {
                    groupTable($0.0, keyTitle: $0.1, withPlatform: false, detailed: false)
                }))
        if !growth.isEmpty { sections.append(growthSection) }
        sections.append(timeSection)
        sections.append(postSection)
        return sections
    }

    private func groupTable(_ groups: [GroupFigures], keyTitle: String, withPlatform: Bool, detailed: Bool) -> ReportTable {
        var header = [keyTitle] + (withPlatform ? ["Platform"] : []) + ["Posts", "Interactions", "Median", "Median rate"]
        if detailed { header += ["Comments per reaction", "Comments answered", "Minutes", "Interactions per hour"] }
        let rows = groups.map { group in
            var row = [withPlatform || keyTitle != "Platform" ? group.key : group.platform ?? group.key]
            if withPlatform { row.append(group.platform ?? "–") }
            row += [
                String(group.posts), String(group.totalInteractions), ReportNumbers.decimal(group.medianInteractions),
                ReportNumbers.rate(group.medianRate, basis: group.rateBasis),
            ]
            if detailed {
                row += [
                    ReportNumbers.decimal(group.commentsPerReaction), ReportNumbers.percent(group.answeredShare),
                    ReportNumbers.count(group.minutesSpent), ReportNumbers.decimal(group.interactionsPerHour),
                ]
            }
            return row
        }
        return ReportTable(caption: nil, header: header, rows: rows)
    }

    private var crossPostSection: ReportSection {
        var rows: [[String]] = []
        for crossPost in crossPosts {
            for (index, channel) in crossPost.channels.enumerated() {
                rows.append([
                    index == 0 ? crossPost.item : "", index == 0 ? crossPost.published ?? "–" : "", channel.channel,
                    platformName(of: channel.platform),
                    String(channel.interactions), ReportNumbers.rate(channel.rate, basis: channel.rateBasis),
                    index == 0 ? ReportNumbers.decimal(crossPost.spread).appending(crossPost.spread == nil ? "" : "×") : "",
                ])
            }
        }
        let comparisons = platformComparisons.map { comparison in
            [
                "\(platformName(of: comparison.second)) ÷ \(platformName(of: comparison.first))", String(comparison.items.count),
                ReportNumbers.decimal(comparison.medianRatio) + "×",
                ReportNumbers.decimal(comparison.minRatio) + "× to " + ReportNumbers.decimal(comparison.maxRatio) + "×",
            ]
        }
        return ReportSection(
            title: "Cross-posted items",
            paragraphs: ["The same item on several channels at once. Spread: the most interactions of one channel ÷ the fewest."],
            tables: [
                ReportTable(caption: nil, header: ["Item", "Published", "Channel", "Platform", "Interactions", "Rate", "Spread"], rows: rows),
                ReportTable(
                    caption: "Interactions of one platform ÷ the other's, per cross-posted item",
                    header: ["Platforms", "Items", "Median ratio", "Range"], rows: comparisons),
            ].filter { !$0.rows.isEmpty })
    }

    private var outlierSection: ReportSection {
        var section = ReportSection(title: "Outliers")
        for band in outliers {
            section.paragraphs.append(
                "Rates per \(band.rateBasis == "impressions" ? "impression" : "follower") (\(band.posts) posts): median \(ReportNumbers.percent(band.median)), MAD \(ReportNumbers.percent(band.mad)); usual from \(ReportNumbers.percent(max(0, band.lower))) to \(ReportNumbers.percent(band.upper)). \(band.outliers.isEmpty ? "No outliers." : "Outliers: " + band.outliers.map { "\($0.item) on \($0.channel) (\($0.direction ?? ""))" }.joined(separator: ", ") + ".")"
            )
            let rows =
                band.top.map { ["top", $0.item, $0.channel, $0.published ?? "–", ReportNumbers.percent($0.rate)] }
                + band.bottom.map { ["bottom", $0.item, $0.channel, $0.published ?? "–", ReportNumbers.percent($0.rate)] }
            section.tables.append(
                ReportTable(
                    caption: "Highest and lowest rates per \(band.rateBasis == "impressions" ? "impression" : "follower")",
                    header: ["", "Item", "Channel", "Published", "Rate"], rows: rows))
        }
        return section
    }

    private var pollSection: ReportSection {
        ReportSection(
            title: "Polls",
            tables: polls.map { poll in
                let other = poll.otherShare.map { "; Other: \(ReportNumbers.percent($0))" } ?? ""
                let seen = poll.impressions.map { ", \($0) impressions" } ?? ""
                return ReportTable(
                    caption: "\(poll.item) on \(poll.channel): “\(poll.question)”, \(poll.totalVotes) votes\(seen) on \(poll.measured)\(other)",
                    header: ["Option", "Votes", "Share"],
                    rows: poll.options.map { [$0.option + ($0.isOther ? " (other)" : ""), String($0.votes), ReportNumbers.percent($0.share)] })
            })
    }

    private var growthSection: ReportSection {
        ReportSection(
            title: "Growth between measurements",
            tables: [
                ReportTable(
                    caption: nil,
                    header: ["Item", "Channel", "From", "To", "Days", "Interactions", "Impressions", "Followers", "Interactions per day"],
                    rows: growth.map {
                        [
                            $0.item, $0.channel, $0.from, $0.to, String($0.days), signed($0.interactions), $0.impressions.map(signed) ?? "–",
                            $0.followers.map(signed) ?? "–", ReportNumbers.decimal($0.interactionsPerDay),
                        ]
                    })
            ])
    }

    private func signed(_ value: Int) -> String {
        value > 0 ? "+\(value)" : String(value)
    }

    private var timeSection: ReportSection {
        var text =
            "\(time.minutesSpent) minutes recorded on \(time.postsWithMinutes) of \(posts.count) posts over \(time.weeks) week\(time.weeks == 1 ? "" : "s")"
        if let capacity = time.capacityMinutes, let perWeek = time.capacityMinutesPerWeek {
            text += ", \(ReportNumbers.percent(time.capacityShare ?? 0)) of the capacity of \(capacity) minutes (\(perWeek) a week, from the config)"
        } else {
            text += "; set `capacity` in .postplan.yml to compare them with the time the team has"
        }
        text += "."
        if let perHour = time.interactionsPerHour {
            text += " Those posts got \(ReportNumbers.decimal(perHour)) interactions per hour spent."
        }
        return ReportSection(title: "Time spent", paragraphs: [text])
    }

    private var postSection: ReportSection {
        ReportSection(
            title: "Posts",
            tables: [
                ReportTable(
                    caption: nil,
                    header: ["Published", "Item", "Channel", "Measured", "Impressions", "Interactions", "Rate", "Comments per reaction", "Minutes"],
                    rows: posts.map {
                        [
                            $0.published ?? "–", $0.item, $0.channel, $0.measured, ReportNumbers.count($0.impressions), String($0.interactions),
                            ReportNumbers.rate($0.rate, basis: $0.rateBasis), ReportNumbers.decimal($0.commentsPerReaction),
                            ReportNumbers.count($0.minutesSpent),
                        ]
                    })
            ])
    }
}
