/// Makes a ``ResultReport`` from the results of a workspace: each result's latest measurement
/// is a post's figures, and every other part of the report is made from those posts.
struct ReportBuilder {
    let workspace: Workspace
    /// The week start (to count weeks) and the weekly `capacity`.
    let config: LintConfig

    /// The k of the outlier rule, median ± k·MAD.
    static let outlierK = 3.0
    /// How many posts the top and bottom lists of a rate basis name.
    static let listed = 3

    static let definitions = ReportDefinitions(
        interactions: "reactions + comments + reposts + quotes + saves, of those recorded (clicks, impressions and poll votes are not interactions)",
        rate: "interactions per impression where impressions are recorded, else per follower on the measurement's date; rateBasis says which",
        outliers: "a rate beyond median ± 3 × MAD (median absolute deviation) of the rates with the same basis",
        outlierK: outlierK)

    /// One result with what it belongs to.
    private struct Post {
        var figures: PostFigures
        var item: Item
        var result: PublishedResult
        var day: LocalDate
    }

    /// The report of the posts that went out within `span` (every post when nil).
    func report(span: ClosedRange<LocalDate>?) -> ResultReport {
        let items = workspace.itemsByID
        let posts = Self.merged(workspace.results).compactMap { result -> Post? in
            guard let item = items[result.item.value], let post = post(result, of: item), span.map({ $0.contains(post.day) }) ?? true else {
                return nil
            }
            return post
        }
        .sorted {
            ($0.day, $0.figures.published ?? "", $0.figures.item, $0.figures.channel) < (
                $1.day, $1.figures.published ?? "", $1.figures.item, $1.figures.channel
            )
        }
        let figures = posts.map(\.figures)
        return ResultReport(
            version: ResultReport.currentVersion, from: span?.lowerBound.description, to: span?.upperBound.description,
            definitions: Self.definitions, posts: figures,
            channels: Self.groups(figures, by: { $0.channel }, platform: { $0.platformName }),
            platforms: Self.groups(figures, by: { $0.platform }, platform: { $0.platformName }),
            pillars: Self.groups(figures, by: \.pillar), intents: Self.groups(figures, by: \.intent),
            formats: Self.groups(figures, by: { $0.format }), kinds: Self.groups(figures, by: { $0.kind }),
            crossPosts: Self.crossPosts(figures), platformComparisons: Self.comparisons(of: Self.crossPosts(figures)),
            outliers: Self.outlierBands(figures), polls: posts.compactMap(Self.poll), growth: posts.compactMap(Self.growth),
            time: time(posts, span: span))
    }

    /// The results with their measurements put together, by date, where several entries
    /// (an import's file beside the hand-kept one) record one post: the same item, channel
    /// and `published`. The first entry gives the address when later ones have none.
    static func merged(_ results: [PublishedResult]) -> [PublishedResult] {
        var order: [String] = []
        var byPost: [String: PublishedResult] = [:]
        for result in results {
            let key = [result.item.value, result.channel.value, result.published?.value.description ?? ""].joined(separator: "\n")
            guard var first = byPost[key] else {
                order.append(key)
                byPost[key] = result
                continue
            }
            first.measurements = (first.measurements + result.measurements).sorted { $0.date.value < $1.date.value }
            first.url = first.url ?? result.url
            byPost[key] = first
        }
        return order.map { byPost[$0]! }
    }

    private func post(_ result: PublishedResult, of item: Item) -> Post? {
        guard let first = result.measurements.first, let latest = result.measurements.max(by: { $0.date.value < $1.date.value }),
            let channel = workspace.channels[result.channel.value]
        else { return nil }
        let at: DateTimeValue? = if case .once(let at)? = item.schedule { at.value } else { nil }
        let published = result.published?.value ?? at
        let interactions = Self.interactions(latest)
        let (rate, basis): (Double?, String?) =
            if let impressions = latest[.impressions], impressions > 0 {
                (RobustStatistics.ratio(interactions, impressions), Metric.impressions.rawValue)
            } else if let followers = latest[.followers], followers > 0 {
                (RobustStatistics.ratio(interactions, followers), Metric.followers.rawValue)
            } else {
                (nil, nil)
            }
        let figures = PostFigures(
            item: item.id.value, channel: channel.id.value, platform: channel.platform.value,
            platformName: workspace.profile(of: channel)?.name ?? channel.platform.value, kind: item.kind.rawValue, format: item.format,
            pillar: item.pillar?.value.rawValue, intent: item.intent?.value.rawValue, published: published?.description,
            firstMeasured: first.date.value.description, measured: latest.date.value.description, url: result.url?.value,
            interactions: interactions, impressions: latest[.impressions], reactions: latest[.reactions], comments: latest[.comments],
            reposts: latest[.reposts], quotes: latest[.quotes], saves: latest[.saves], clicks: latest[.clicks],
            followers: latest[.followers], rate: rate, rateBasis: basis,
            commentsPerReaction: RobustStatistics.ratio(latest[.comments], latest[.reactions]),
            commentsAnswered: latest[.commentsAnswered], answeredShare: RobustStatistics.ratio(latest[.commentsAnswered], latest[.comments]),
            minutesSpent: latest[.minutesSpent], source: "\(result.range.path):\(result.range.start.line)")
        return Post(figures: figures, item: item, result: result, day: published?.date ?? first.date.value)
    }

    /// The interaction counts a measurement recorded, added up.
    static func interactions(_ measurement: Measurement, among metrics: [Metric] = Metric.allCases) -> Int {
        metrics.filter(\.isInteraction).reduce(0) { $0 + (measurement[$1] ?? 0) }
    }

    // MARK: Groups

    /// The posts grouped by a key (posts without one are left out), in key order.
    static func groups(_ posts: [PostFigures], by key: (PostFigures) -> String?, platform: ((PostFigures) -> String)? = nil) -> [GroupFigures] {
        var grouped: [String: [PostFigures]] = [:]
        for post in posts { if let key = key(post) { grouped[key, default: []].append(post) } }
        return grouped.keys.sorted().map { key in
            let members = grouped[key]!
            let rated = members.filter { $0.rate != nil }
            let bases = Set(rated.compactMap(\.rateBasis))
            let talked = members.filter { $0.comments != nil && $0.reactions != nil }
            let answered = members.filter { $0.comments != nil && $0.commentsAnswered != nil }
            let timed = members.filter { $0.minutesSpent != nil }
            let minutes = timed.isEmpty ? nil : timed.reduce(0) { $0 + $1.minutesSpent! }
            return GroupFigures(
                key: key, platform: platform.map { $0(members[0]) }, posts: members.count,
                totalInteractions: members.reduce(0) { $0 + $1.interactions },
                medianInteractions: RobustStatistics.median(members.map { Double($0.interactions) })!,
                medianRate: RobustStatistics.median(rated.map { $0.rate! }).map(RobustStatistics.rounded),
                rateBasis: bases.count > 1 ? "mixed" : bases.first,
                commentsPerReaction: RobustStatistics.ratio(
                    talked.isEmpty ? nil : talked.reduce(0) { $0 + $1.comments! }, talked.reduce(0) { $0 + $1.reactions! }),
                answeredShare: RobustStatistics.ratio(
                    answered.isEmpty ? nil : answered.reduce(0) { $0 + $1.commentsAnswered! }, answered.reduce(0) { $0 + $1.comments! }),
                minutesSpent: minutes, interactionsPerHour: perHour(timed.reduce(0) { $0 + $1.interactions }, minutes: minutes))
        }
    }

    /// Interactions per hour of `minutes`; nil without minutes.
    static func perHour(_ interactions: Int, minutes: Int?) -> Double? {
        guard let minutes, minutes > 0 else { return nil }
        return RobustStatistics.rounded(Double(interactions) * 60 / Double(minutes))
    }

    // MARK: Cross-posts

    /// The items that went out on more than one channel at the same time, in the posts' order.
    static func crossPosts(_ posts: [PostFigures]) -> [CrossPost] {
        var order: [String] = []
        var grouped: [String: [PostFigures]] = [:]
        for post in posts {
            let key = post.item + "\n" + (post.published ?? "")
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(post)
        }
        return order.compactMap { key in
            let members = grouped[key]!
            guard Set(members.map(\.channel)).count > 1 else { return nil }
            let counts = members.map(\.interactions)
            return CrossPost(
                item: members[0].item, published: members[0].published,
                channels: members.map {
                    CrossPostChannel(
                        channel: $0.channel, platform: $0.platform, interactions: $0.interactions, rate: $0.rate, rateBasis: $0.rateBasis)
                },
                spread: RobustStatistics.ratio(counts.max(), counts.min()))
        }
    }

    /// For each pair of platforms (in id order) that cross-posts went to, the second's
    /// interactions per the first's, per item (channels of one platform added up).
    static func comparisons(of crossPosts: [CrossPost]) -> [PlatformComparison] {
        var pairs: [String: (first: String, second: String, items: [String], ratios: [Double])] = [:]
        for crossPost in crossPosts {
            var byPlatform: [String: Int] = [:]
            for channel in crossPost.channels { byPlatform[channel.platform, default: 0] += channel.interactions }
            let platforms = byPlatform.keys.sorted()
            for (index, first) in platforms.enumerated() {
                for second in platforms[(index + 1)...] {
                    guard let ratio = RobustStatistics.ratio(byPlatform[second], byPlatform[first]) else { continue }
                    let key = first + "\n" + second
                    pairs[key, default: (first, second, [], [])].items.append(crossPost.item)
                    pairs[key]!.ratios.append(ratio)
                }
            }
        }
        return pairs.keys.sorted().map { key in
            let pair = pairs[key]!
            return PlatformComparison(
                first: pair.first, second: pair.second, items: pair.items, ratios: pair.ratios,
                medianRatio: RobustStatistics.rounded(RobustStatistics.median(pair.ratios)!), minRatio: pair.ratios.min()!,
                maxRatio: pair.ratios.max()!)
        }
    }

    // MARK: Outliers

    /// Per rate basis (impressions, then followers), the band median ± k·MAD of the rates.
    static func outlierBands(_ posts: [PostFigures]) -> [OutlierBand] {
        [Metric.impressions.rawValue, Metric.followers.rawValue].compactMap { basis in
            let rated = posts.filter { $0.rateBasis == basis && $0.rate != nil }
                .sorted { ($1.rate!, $0.item, $0.channel) < ($0.rate!, $1.item, $1.channel) }
            let rates = rated.map { $0.rate! }
            guard let median = RobustStatistics.median(rates), let mad = RobustStatistics.medianAbsoluteDeviation(rates) else { return nil }
            let lower = median - outlierK * mad, upper = median + outlierK * mad
            func named(_ post: PostFigures, _ direction: String? = nil) -> RatedPost {
                RatedPost(item: post.item, channel: post.channel, published: post.published, rate: post.rate!, direction: direction)
            }
            return OutlierBand(
                rateBasis: basis, posts: rated.count, median: RobustStatistics.rounded(median), mad: RobustStatistics.rounded(mad),
                lower: RobustStatistics.rounded(lower), upper: RobustStatistics.rounded(upper),
                top: rated.prefix(listed).map { named($0) }, bottom: rated.suffix(listed).reversed().map { named($0) },
                outliers: rated.compactMap { post in
                    if post.rate! > upper { return named(post, "high") }
                    if post.rate! < lower { return named(post, "low") }
                    return nil
                })
        }
    }

    // MARK: Polls and growth

    private static func poll(_ post: Post) -> PollFigures? {
        guard case .poll(let poll) = post.item.details,
            let measured = post.result.measurements.last(where: { !$0.pollVotes.isEmpty })
        else { return nil }
        let total = measured.pollVotes.reduce(0) { $0 + $1.votes.value }
        let other = poll.otherOption?.value
        let options = measured.pollVotes.map {
            PollOptionFigures(
                option: $0.option.value, votes: $0.votes.value, share: RobustStatistics.ratio($0.votes.value, total),
                isOther: $0.option.value == other)
        }
        return PollFigures(
            item: post.figures.item, channel: post.figures.channel, question: poll.question.value, measured: measured.date.value.description,
            totalVotes: total, options: options,
            otherShare: other == nil ? nil : RobustStatistics.ratio(options.first { $0.isOther }?.votes ?? 0, total),
            impressions: measured[.impressions])
    }

    /// From the first measurement to the latest, over the counts both recorded.
    private static func growth(_ post: Post) -> Growth? {
        let measurements = post.result.measurements.sorted { $0.date.value < $1.date.value }
        guard measurements.count > 1, let first = measurements.first, let last = measurements.last else { return nil }
        let days = last.date.value - first.date.value
        guard days > 0 else { return nil }
        let shared = Metric.allCases.filter { first[$0] != nil && last[$0] != nil }
        let gained = interactions(last, among: shared) - interactions(first, among: shared)
        func change(_ metric: Metric) -> Int? {
            guard let before = first[metric], let after = last[metric] else { return nil }
            return after - before
        }
        return Growth(
            item: post.figures.item, channel: post.figures.channel, published: post.figures.published, from: first.date.value.description,
            to: last.date.value.description, days: days, interactions: gained, impressions: change(.impressions),
            followers: change(.followers), interactionsPerDay: RobustStatistics.rounded(Double(gained) / Double(days)))
    }

    // MARK: Time

    private func time(_ posts: [Post], span: ClosedRange<LocalDate>?) -> TimeFigures {
        let timed = posts.map(\.figures).filter { $0.minutesSpent != nil }
        let minutes = timed.reduce(0) { $0 + $1.minutesSpent! }
        let days = posts.map(\.day)
        let range = span ?? days.min().flatMap { first in days.max().map { first...$0 } }
        let weeks =
            range.map { range in
                Set((0...(range.upperBound - range.lowerBound)).map { config.weekLayout.week(containing: range.lowerBound.adding(days: $0)) }).count
            } ?? 0
        let perWeek = config.capacity.map { $0.seconds / 60 }
        let capacity = perWeek.map { $0 * weeks }
        return TimeFigures(
            minutesSpent: minutes, postsWithMinutes: timed.count, weeks: weeks, capacityMinutesPerWeek: perWeek, capacityMinutes: capacity,
            capacityShare: RobustStatistics.ratio(timed.isEmpty ? nil : minutes, capacity),
            interactionsPerHour: Self.perHour(timed.reduce(0) { $0 + $1.interactions }, minutes: timed.isEmpty ? nil : minutes))
    }
}
