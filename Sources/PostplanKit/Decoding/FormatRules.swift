/// Rules of the plan format itself (DESIGN.md, "Plan format v1").
extension Rule {
    public static let notAPlan = Rule(
        id: "not-a-plan", defaultSeverity: .error,
        summary: "A YAML file in the plan folder does not start with `postplan: 1`.",
        examples: FormatRuleExamples.notAPlan)
    public static let unsupportedVersion = Rule(
        id: "unsupported-version", defaultSeverity: .error,
        summary: "`postplan:` names a format version this postplan does not read.",
        examples: FormatRuleExamples.unsupportedVersion)
    public static let multipleDocuments = Rule(
        id: "multiple-documents", defaultSeverity: .error,
        summary: "A plan file holds more than one YAML document (`---`).",
        examples: FormatRuleExamples.multipleDocuments)
    public static let missingField = Rule(
        id: "missing-field", defaultSeverity: .error,
        summary: "A required key is missing or empty.",
        examples: FormatRuleExamples.missingField)
    public static let wrongType = Rule(
        id: "wrong-type", defaultSeverity: .error,
        summary: "A value has the wrong shape: a list where text belongs, text where a mapping belongs.",
        examples: FormatRuleExamples.wrongType)
    public static let unknownKey = Rule(
        id: "unknown-key", defaultSeverity: .error,
        summary: "A key the plan format does not define, usually a typo; a close match is suggested.",
        examples: FormatRuleExamples.unknownKey)
    public static let unknownKind = Rule(
        id: "unknown-kind", defaultSeverity: .error,
        summary: "An item's `kind` is not post, poll, story, product-page or ad.",
        examples: FormatRuleExamples.unknownKind)
    public static let unknownPlatform = Rule(
        id: "unknown-platform", defaultSeverity: .error,
        summary: "A channel's `platform` is not one postplan knows.",
        examples: FormatRuleExamples.unknownPlatform)
    public static let unknownAccountType = Rule(
        id: "unknown-account-type", defaultSeverity: .error,
        summary: "A channel's `account` is not a kind of account its platform has.",
        examples: FormatRuleExamples.unknownAccountType)
    public static let unknownChannel = Rule(
        id: "unknown-channel", defaultSeverity: .error,
        summary: "An item or variant names a channel no plan file defines.",
        examples: FormatRuleExamples.unknownChannel)
    public static let variantChannel = Rule(
        id: "variant-channel", defaultSeverity: .error,
        summary: "A variant is given for a channel the item is not aimed at.",
        examples: FormatRuleExamples.variantChannel)
    public static let duplicateID = Rule(
        id: "duplicate-id", defaultSeverity: .error,
        summary: "Two items, or two channels, share an id anywhere in the plan repo.",
        examples: FormatRuleExamples.duplicateID)
    public static let invalidID = Rule(
        id: "invalid-id", defaultSeverity: .error,
        summary: "An id has characters other than letters, digits, `-`, `_` and `.`.",
        examples: FormatRuleExamples.invalidID)
    public static let invalidDate = Rule(
        id: "invalid-date", defaultSeverity: .error,
        summary: "A date or date-time is not a real one in the accepted forms (`2026-11-24`, `2026-11-24 09:00`).",
        examples: FormatRuleExamples.invalidDate)
    public static let invalidTime = Rule(
        id: "invalid-time", defaultSeverity: .error,
        summary: "A time of day is not `HH:MM` from 00:00 to 23:59.",
        examples: FormatRuleExamples.invalidTime)
    public static let invalidDuration = Rule(
        id: "invalid-duration", defaultSeverity: .error,
        summary: "A duration is not a positive number with a unit: `30m`, `12h`, `3d`, `1w`.",
        examples: FormatRuleExamples.invalidDuration)
    public static let unknownTimezone = Rule(
        id: "unknown-timezone", defaultSeverity: .error,
        summary: "A `timezone` is not an IANA time zone name such as `Europe/Berlin`.",
        examples: FormatRuleExamples.unknownTimezone)
    public static let invalidValue = Rule(
        id: "invalid-value", defaultSeverity: .error,
        summary: "A value is not one of those its key allows (a pillar, an intent, a weekday, a media type ...).",
        examples: FormatRuleExamples.invalidValue)
    public static let atOrRepeat = Rule(
        id: "at-or-repeat", defaultSeverity: .error,
        summary: "An item needs exactly one of `at` and `repeat` (a product page uses `launch` instead).",
        examples: FormatRuleExamples.atOrRepeat)

    public static let hashtagComment = Rule(
        id: "hashtag-comment", defaultSeverity: .warning,
        summary: "A `#hashtag` after an unquoted value is read as a YAML comment and dropped from the text.",
        rationale: """
            In YAML, ` #` after a plain value starts a comment, so `text: Launch day #planning` is \
            the text "Launch day": the hashtag is silently lost. Quote the value, or use a block \
            scalar (`text: |`), to keep it.
            """,
        examples: FormatRuleExamples.hashtagComment)

    static let formatRules: [Rule] = [
        .notAPlan, .unsupportedVersion, .multipleDocuments, .missingField, .wrongType, .unknownKey,
        .unknownKind, .unknownPlatform, .unknownAccountType, .unknownChannel, .variantChannel,
        .duplicateID, .invalidID, .invalidDate, .invalidTime, .invalidDuration, .unknownTimezone,
        .invalidValue, .atOrRepeat, .hashtagComment,
    ]
}
