/// Rules that check items against their channels' platform profiles.
extension Rule {
    public static let textLength = Rule(
        id: "text-length", defaultSeverity: .error,
        summary: "A text is longer than its platform allows, counted the platform's way (X weights, Bluesky graphemes and bytes).",
        examples: TextRuleExamples.textLength)
    public static let hashtagCount = Rule(
        id: "hashtag-count", defaultSeverity: .error,
        summary: "A text has more hashtags than its platform allows (Instagram: 5, Threads: 1).",
        examples: TextRuleExamples.hashtagCount)
    public static let linkCount = Rule(
        id: "link-count", defaultSeverity: .error,
        summary: "A text has more links than its platform allows.",
        examples: TextRuleExamples.linkCount)
    public static let forbiddenCharacter = Rule(
        id: "forbidden-character", defaultSeverity: .error,
        summary: "A text holds a character its platform rejects (X: U+FFFE, U+FEFF, U+FFFF).",
        examples: TextRuleExamples.forbiddenCharacter)
    public static let pollUnsupported = Rule(
        id: "poll-unsupported", defaultSeverity: .error,
        summary: "A poll is planned on a platform without native polls (Bluesky, XING).",
        examples: PollRuleExamples.pollUnsupported)
    public static let pollOptionCount = Rule(
        id: "poll-option-count", defaultSeverity: .error,
        summary: "A poll has fewer or more options than its platform allows, the \"Other, see comments\" option included.",
        examples: PollRuleExamples.pollOptionCount)
    public static let pollOptionLength = Rule(
        id: "poll-option-length", defaultSeverity: .error,
        summary: "A poll option is longer than its platform allows (LinkedIn: 30, X: 25).",
        examples: PollRuleExamples.pollOptionLength)
    public static let pollQuestionLength = Rule(
        id: "poll-question-length", defaultSeverity: .error,
        summary: "A poll question is longer than its platform allows (LinkedIn: 140).",
        examples: PollRuleExamples.pollQuestionLength)
    public static let pollDuration = Rule(
        id: "poll-duration", defaultSeverity: .error,
        summary: "A poll's duration is not one its platform offers (LinkedIn: 1d, 3d, 1w, 2w; X: 5 minutes to 7 days).",
        examples: PollRuleExamples.pollDuration)
    public static let pollDuplicateOption = Rule(
        id: "poll-duplicate-option", defaultSeverity: .error,
        summary: "Two options of a poll read the same.",
        examples: PollRuleExamples.pollDuplicateOption)
    public static let pollMedia = Rule(
        id: "poll-media", defaultSeverity: .error,
        summary: "A poll carries media on a platform where polls cannot.",
        examples: PollRuleExamples.pollMedia)
    public static let storyUnsupported = Rule(
        id: "story-unsupported", defaultSeverity: .error,
        summary: "A story is planned where the platform has no stories on that date (LinkedIn retired them on 2021-09-30).",
        examples: StoryRuleExamples.storyUnsupported)
    public static let storyExpiry = Rule(
        id: "story-expiry", defaultSeverity: .error,
        summary: "A story's `expires` is longer than its platform keeps stories.",
        examples: StoryRuleExamples.storyExpiry)
    public static let productPageNeedsCompanyPage = Rule(
        id: "product-page-needs-company-page", defaultSeverity: .error,
        summary: "A product page is planned on a channel that cannot have one (only LinkedIn company pages can).",
        examples: ProductPageRuleExamples.productPageNeedsCompanyPage)
    public static let ctaRequired = Rule(
        id: "cta-required", defaultSeverity: .error,
        summary: "A product page has no call-to-action button, or its button has no URL or type.",
        examples: ProductPageRuleExamples.ctaRequired)
    public static let ctaType = Rule(
        id: "cta-type", defaultSeverity: .error,
        summary: "A call-to-action type is not one of the platform's button types.",
        examples: ProductPageRuleExamples.ctaType)
    public static let ctaURL = Rule(
        id: "cta-url", defaultSeverity: .error,
        summary: "A call-to-action URL is not an absolute https URL.",
        examples: ProductPageRuleExamples.ctaURL)
    public static let productNameTrademark = Rule(
        id: "product-name-trademark", defaultSeverity: .warning,
        summary: "A product page's name contains the platform's trademark, which gets pages rejected.",
        examples: ProductPageRuleExamples.productNameTrademark)
    public static let productPageMedia = Rule(
        id: "product-page-media", defaultSeverity: .warning,
        summary: "A product page has no media; pages with a video or document do better.",
        examples: ProductPageRuleExamples.productPageMedia)
    public static let adInTimeline = Rule(
        id: "ad-in-timeline", defaultSeverity: .error,
        summary: "An ad is placed in the organic timeline (or has no placement); ads belong in ad placements.",
        examples: AdRuleExamples.adInTimeline)
    public static let adPlacement = Rule(
        id: "ad-placement", defaultSeverity: .error,
        summary: "An ad's placement is not one of its platform's ad placements.",
        examples: AdRuleExamples.adPlacement)
    public static let adNeedsPage = Rule(
        id: "ad-needs-page", defaultSeverity: .error,
        summary: "An ad runs from a kind of account the platform does not run ads from (LinkedIn: pages, not profiles).",
        examples: AdRuleExamples.adNeedsPage)
    public static let mediaRequired = Rule(
        id: "media-required", defaultSeverity: .error,
        summary: "An item has no media on a platform that needs some (Instagram), or a story has none.",
        examples: MediaRuleExamples.mediaRequired)
    public static let mediaType = Rule(
        id: "media-type", defaultSeverity: .error,
        summary: "An attachment's type is one its platform does not take.",
        examples: MediaRuleExamples.mediaType)
    public static let mediaCount = Rule(
        id: "media-count", defaultSeverity: .error,
        summary: "An item has more attachments than its platform allows.",
        examples: MediaRuleExamples.mediaCount)
    public static let mediaAlone = Rule(
        id: "media-alone", defaultSeverity: .error,
        summary: "A video or GIF shares a post with other media where the platform allows it only alone (X: 4 images or 1 video or 1 GIF).",
        examples: MediaRuleExamples.mediaAlone)
    public static let altTextRequired = Rule(
        id: "alt-text-required", defaultSeverity: .error,
        summary: "An image has no alt text on a platform that needs it (Bluesky).",
        examples: MediaRuleExamples.altTextRequired)
    public static let altTextLength = Rule(
        id: "alt-text-length", defaultSeverity: .error,
        summary: "An alt text is longer than its platform allows.",
        examples: MediaRuleExamples.altTextLength)

    static let platformRules: [Rule] = [
        .textLength, .hashtagCount, .linkCount, .forbiddenCharacter,
        .pollUnsupported, .pollOptionCount, .pollOptionLength, .pollQuestionLength, .pollDuration,
        .pollDuplicateOption, .pollMedia, .storyUnsupported, .storyExpiry,
        .productPageNeedsCompanyPage, .ctaRequired, .ctaType, .ctaURL, .productNameTrademark, .productPageMedia,
        .adInTimeline, .adPlacement, .adNeedsPage,
        .mediaRequired, .mediaType, .mediaCount, .mediaAlone, .altTextRequired, .altTextLength,
    ]
}
