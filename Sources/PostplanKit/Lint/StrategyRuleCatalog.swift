/// Rules of good practice that `postplan lint` adds to what `validate` checks (DESIGN.md,
/// "The domain"). Their examples are dated in the week of Monday 2026-11-23, which the
/// example tests take as today.
extension Rule {
    public static let promotionShare = Rule(
        id: "promotion-share", defaultSeverity: .warning,
        summary: "More than 30 % of a channel's items in a week have `intent: promotion`.",
        rationale: """
            A page that only posts about its products turns a dialogue channel into an ad channel: \
            followers stop reading, and the feed shows its posts to fewer of them. Keep promotion to \
            a minority of each week's items, and balance it with dialogue and information. Ads are \
            not counted: they run in ad placements, not in the channel's timeline.
            """,
        options: [
            RuleOption(
                name: "max-share", defaultValue: "30", summary: "the largest share of promotion items, in percent", kind: .integer,
                range: 0...100),
            RuleOption(name: "min-items", defaultValue: "3", summary: "weeks with fewer items on the channel are not judged", kind: .integer),
        ],
        examples: StrategyRuleExamples.promotionShare)

    public static let formatVariety = Rule(
        id: "format-variety", defaultSeverity: .info,
        summary: "A channel's week uses one format only (text, image, video, document or poll).",
        rationale: """
            Audiences respond to different formats, and platforms favour some of them in turn. A week \
            of text posts only (or videos only) leaves reach on the table: mix in a poll, an image or \
            a document.
            """,
        options: [RuleOption(name: "min-items", defaultValue: "3", summary: "weeks with fewer items on the channel are not judged", kind: .integer)],
        examples: StrategyRuleExamples.formatVariety)

    public static let engagementBudget = Rule(
        id: "engagement-budget", defaultSeverity: .warning,
        summary: "The time a week's items need (posting and replying) exceeds the team's `capacity` from the config.",
        rationale: """
            Every post needs its author in the comments: about 15 minutes per post, more for polls \
            and product pages. A week planned beyond the time the team has ends with unanswered \
            comments, which the feed punishes. Set `capacity:` in .postplan.yml to the hours the \
            team has for social media each week; the rule is silent without it.
            """,
        options: [
            RuleOption(name: "post", defaultValue: "15m", summary: "time a post needs, replies included", kind: .duration),
            RuleOption(name: "poll", defaultValue: "20m", summary: "time a poll needs, results post included", kind: .duration),
            RuleOption(name: "story", defaultValue: "10m", summary: "time a story needs", kind: .duration),
            RuleOption(name: "product-page", defaultValue: "1h", summary: "time a product page needs", kind: .duration),
            RuleOption(name: "ad", defaultValue: "30m", summary: "time an ad needs (replies to comments on it)", kind: .duration),
        ],
        examples: StrategyRuleExamples.engagementBudget)

    public static let pollOtherOption = Rule(
        id: "poll-other-option", defaultSeverity: .info,
        summary: "A poll has no \"Other, see comments\" option.",
        rationale: """
            An "Other, see comments" option moves voters into the comments, where the conversation \
            happens and which the feed rewards. Add `other-option: true` (or a label of your own).
            """,
        examples: StrategyRuleExamples.pollOtherOption)

    public static let blueskyHashtags = Rule(
        id: "bluesky-hashtags", defaultSeverity: .info,
        summary: "A text for a platform where hashtags add little (Bluesky) carries hashtags.",
        rationale: """
            On Bluesky hashtags are shown as links to a search but matter little for reach, and a \
            text cross-posted from another platform often carries more of them than a reader wants. \
            Give the Bluesky channel a variant without them. Which platforms this concerns is the \
            profile fact `text.hashtags-matter`.
            """,
        examples: StrategyRuleExamples.blueskyHashtags)

    public static let campaignChannel = Rule(
        id: "campaign-channel", defaultSeverity: .warning,
        summary: "A channel's id or handle contains the name of a campaign its items belong to.",
        rationale: """
            Campaign accounts die: a channel named after a six-week campaign loses its followers \
            when the campaign ends. Run campaigns on durable channels and mark the items with \
            `campaign:` instead.
            """,
        examples: StrategyRuleExamples.campaignChannel)

    public static let pillarCoverage = Rule(
        id: "pillar-coverage", defaultSeverity: .info,
        summary: "A week serves fewer than 2 of the 4 Social Selling Index pillars.",
        rationale: """
            LinkedIn's Social Selling Index has four pillars of 25 points: professional brand, \
            finding the right people, engaging with insights, building relationships. A week that \
            serves only one of them builds one quarter of the index; tag items with `pillar:` and \
            spread them.
            """,
        options: [
            RuleOption(
                name: "min-pillars", defaultValue: "2", summary: "pillars a week should serve", kind: .integer, range: 1...Pillar.allCases.count)
        ],
        examples: StrategyRuleExamples.pillarCoverage)

    public static let silentChannel = Rule(
        id: "silent-channel", defaultSeverity: .warning,
        summary: "A channel has no item for more than 14 days inside the plan's date range.",
        rationale: """
            Followers forget a channel that goes quiet, and platforms show its next post to fewer \
            of them. Plan something at least every two weeks on every channel you keep, or retire \
            the channel.
            """,
        options: [RuleOption(name: "max-silence", defaultValue: "14d", summary: "the longest quiet stretch", kind: .duration)],
        examples: StrategyRuleExamples.silentChannel)

    public static let missingReplyPlan = Rule(
        id: "missing-reply-plan", defaultSeverity: .warning,
        summary: "A dialogue item or a poll has no reply task in its checklist (its own, or the default one for its kind and platform).",
        rationale: """
            Comments need answers from the author, and a dialogue post or poll invites them. Keep a \
            reply task ("Reply to every comment within 24 hours") in the item's checklist, or in the \
            default checklist for its kind.
            """,
        options: [
            RuleOption(
                name: "words", defaultValue: "[reply, replies, answer, respond]", summary: "words that make a checklist task a reply task",
                kind: .words(allowed: nil))
        ],
        examples: StrategyRuleExamples.missingReplyPlan)

    static let strategyRules: [Rule] = [
        .promotionShare, .formatVariety, .engagementBudget, .pollOtherOption, .blueskyHashtags, .campaignChannel,
        .pillarCoverage, .silentChannel, .missingReplyPlan,
    ]
}
