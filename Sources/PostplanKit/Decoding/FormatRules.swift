import YAMLTree

/// Rules of the plan format itself (DESIGN.md, "Plan format v1"), each with the forms its
/// messages take. The decoders check them as they read a file.

/// A rule reported for a word that is not one of a closed set (`keyword`), such as a kind.
protocol KeywordRule: RuleDefinition {}

extension KeywordRule {
    /// `'tweet' is not a valid 'kind'`; a "did you mean" follows.
    static func notValid(_ word: String, key: String) -> Diagnostic.Message {
        message("not-valid", "'\(word)' is not a valid '\(key)'")
    }
}

/// A rule reported for a value whose syntax is wrong (`ScalarSyntax`), such as a date.
protocol ValueSyntaxRule: RuleDefinition {}

extension ValueSyntaxRule {
    /// `'at': ...` with what `ScalarSyntax` found wrong and what to write.
    static func malformed(key: String, problem: String) -> Diagnostic.Message {
        message("malformed", "'\(key)': \(problem)")
    }
}

enum NotAPlanRule: RuleDefinition {
    static let description = Rule(
        id: "not-a-plan", category: .format, defaultSeverity: .error,
        summary: "A YAML file in the plan folder does not start with `postplan: 1`.",
        examples: FormatRuleExamples.notAPlan)

    /// - Parameter content: what the file holds instead ("file is empty", "file holds only comments").
    static func noContent(_ content: String, version: Int) -> Diagnostic.Message {
        message("no-content", "\(content); a plan file starts with 'postplan: \(version)', then its channels and items")
    }

    static func notAMapping(found node: Node, version: Int) -> Diagnostic.Message {
        message("not-a-mapping", "file is not a plan: expected a mapping that starts with 'postplan: \(version)', found \(node.shapeName)")
    }

    static func noVersionLine(version: Int) -> Diagnostic.Message {
        message(
            "no-version-line", "file has no 'postplan: \(version)' line; add it as the first line, or move the file out of the plan folder")
    }
}

enum UnsupportedVersionRule: RuleDefinition {
    static let description = Rule(
        id: "unsupported-version", category: .format, defaultSeverity: .error,
        summary: "`postplan:` names a format version this postplan does not read.",
        examples: FormatRuleExamples.unsupportedVersion)

    static func planVersion(_ written: String, version: Int) -> Diagnostic.Message {
        message("plan-version", "plan format version '\(written)' is not supported; this postplan reads 'postplan: \(version)'")
    }

    static func noVersion(version: Int) -> Diagnostic.Message {
        message("no-version", "'postplan' has no version; write 'postplan: \(version)'")
    }

    static func configVersion(_ written: String) -> Diagnostic.Message {
        message("config-version", "config format version '\(written)' is not supported; write 'postplan-config: 1'")
    }

    /// A file of another kind (checklists, profiles) that does not start with its version line.
    static func fileVersion(kind: String, versionKey: String, version: Int) -> Diagnostic.Message {
        message("file-version", "a \(kind) file starts with '\(versionKey): \(version)'")
    }
}

enum MultipleDocumentsRule: RuleDefinition {
    static let description = Rule(
        id: "multiple-documents", category: .format, defaultSeverity: .error,
        summary: "A plan file holds more than one YAML document (`---`).",
        examples: FormatRuleExamples.multipleDocuments)

    static func documents(_ count: Int) -> Diagnostic.Message {
        message("documents", "file holds \(count) YAML documents; keep one plan per file, or split them into files")
    }
}

enum MissingFieldRule: RuleDefinition {
    static let description = Rule(
        id: "missing-field", category: .format, defaultSeverity: .error,
        summary: "A required key is missing or empty.",
        examples: FormatRuleExamples.missingField)

    /// - Parameter why: what the value is for, after a comma, or empty.
    static func noKey(_ key: String, of owner: String, example: String, why: String) -> Diagnostic.Message {
        message("no-key", "\(owner) has no '\(key)'; add '\(example)'\(why)")
    }

    static func emptyKey(_ key: String, of owner: String, example: String, why: String) -> Diagnostic.Message {
        message("empty-key", "'\(key)' of \(owner) is empty; write it like '\(example)'\(why)")
    }

    static func blackoutWithoutSlots(channel: String) -> Diagnostic.Message {
        message(
            "blackout-without-slots",
            "channel '\(channel)' has 'blackout' but no 'slots'; blackout days only take slots away, so add 'slots' or remove 'blackout'")
    }

    static func noChannels(of owner: String) -> Diagnostic.Message {
        message("no-channels", "'channels' of \(owner) is empty; name at least one channel")
    }

    static func noContent(of owner: String) -> Diagnostic.Message {
        message("no-content", "\(owner) has neither 'text' nor 'media'; add at least one")
    }

    static func storyWithoutContent(_ owner: String) -> Diagnostic.Message {
        message("story-without-content", "\(owner) has neither 'media' nor 'text'; add the story's media")
    }

    static func incompleteBuiltInFact(_ path: String) -> Diagnostic.Message {
        message("incomplete-built-in-fact", "'\(path)' in a built-in profile needs 'value', 'source', 'checked' and 'confidence'")
    }

    static func emptyChecklistFile(versionKey: String, version: Int) -> Diagnostic.Message {
        message("empty-checklist-file", "file is empty; a checklist file starts with '\(versionKey): \(version)'")
    }

    static func emptyTask(in key: String) -> Diagnostic.Message {
        message("empty-task", "an entry of '\(key)' is empty; write the task, or remove the entry")
    }
}

enum WrongTypeRule: RuleDefinition {
    static let description = Rule(
        id: "wrong-type", category: .format, defaultSeverity: .error,
        summary: "A value has the wrong shape: a list where text belongs, text where a mapping belongs.",
        examples: FormatRuleExamples.wrongType)

    /// `'channels' must map channel ids to channels, like { ... }; found a list`.
    static func notAMapping(_ key: String, of what: String, like example: String, found node: Node) -> Diagnostic.Message {
        message("not-a-mapping", "'\(key)' must map \(what), like \(example); found \(node.shapeName)")
    }

    /// - Parameter what: what the entries are ("attachments"), or nil.
    static func notAList(_ key: String, of what: String? = nil, like example: String, found node: Node) -> Diagnostic.Message {
        message("not-a-list", "'\(key)' must be a list\(what.map { " of \($0)" } ?? ""), like \(example); found \(node.shapeName)")
    }

    static func itemsNotAList(found node: Node) -> Diagnostic.Message {
        message("items-not-a-list", "'items' must be a list of items, each starting with '- id:'; found \(node.shapeName)")
    }

    static func notText(_ key: String, found node: Node) -> Diagnostic.Message {
        message("not-text", "'\(key)' must be text, found \(node.shapeName)")
    }

    static func entryNotText(_ key: String, found node: Node) -> Diagnostic.Message {
        message("entry-not-text", "entries of '\(key)' must be text, found \(node.shapeName)")
    }

    static func notKeys(for owner: String, found node: Node) -> Diagnostic.Message {
        message("not-keys", "expected a mapping of keys for \(owner), found \(node.shapeName)")
    }

    static func keyNotText(in owner: String, found node: Node) -> Diagnostic.Message {
        message("key-not-text", "keys in \(owner) must be text, found \(node.shapeName)")
    }

    static func mergeNotMapping(found node: Node) -> Diagnostic.Message {
        message("merge-not-mapping", "'<<' merges mappings, found \(node.shapeName)")
    }

    static func notWholeNumber(_ name: String, found text: String) -> Diagnostic.Message {
        message("not-whole-number", "'\(name)' must be a whole number, found '\(text)'")
    }

    static func notFlag(_ name: String) -> Diagnostic.Message {
        message("not-flag", "'\(name)' must be true or false")
    }

    static func notDurations(_ name: String) -> Diagnostic.Message {
        message("not-durations", "'\(name)' must be a list of durations, like [1d, 3d, 1w]")
    }

    static func notWeightingRange() -> Diagnostic.Message {
        message("not-weighting-range", "a weighting range is [first code point, last code point, weight]")
    }
}

enum UnknownKeyRule: RuleDefinition {
    static let description = Rule(
        id: "unknown-key", category: .format, defaultSeverity: .error,
        summary: "A key the plan format does not define, usually a typo; a close match is suggested.",
        examples: FormatRuleExamples.unknownKey)

    /// A key not known here; a "did you mean" follows.
    static func misspelt(_ key: String, in owner: String) -> Diagnostic.Message {
        message("misspelt", "unknown key '\(key)' in \(owner)")
    }

    /// A key of another kind of item (`question` in a post).
    static func elsewhere(_ key: String, in owner: String, belongsTo home: String) -> Diagnostic.Message {
        message("elsewhere", "key '\(key)' does not belong in \(owner); it is for \(home)")
    }
}

enum UnknownKindRule: KeywordRule {
    static let description = Rule(
        id: "unknown-kind", category: .format, defaultSeverity: .error,
        summary: "An item's `kind` is not post, poll, story, product-page, ad, thread or live.",
        examples: FormatRuleExamples.unknownKind)
}

enum UnknownPlatformRule: RuleDefinition {
    static let description = Rule(
        id: "unknown-platform", category: .format, defaultSeverity: .error,
        summary: "A channel's `platform` is not one postplan knows.",
        examples: FormatRuleExamples.unknownPlatform)

    /// A channel's platform without a profile; a "did you mean" follows.
    static func noProfile(channel: String, platform: String) -> Diagnostic.Message {
        message("no-profile", "channel '\(channel)' is on platform '\(platform)', which postplan has no profile for")
    }

    static func notKnown(_ id: String, hint: String) -> Diagnostic.Message {
        message("not-known", "'\(id)' is not a platform postplan knows\(hint)")
    }

    static func builtInCannotExtend(_ id: String) -> Diagnostic.Message {
        message(
            "built-in-cannot-extend", "'\(id)' is a built-in platform and cannot extend another; remove 'extends' to change it, or choose a new name")
    }

    static func unknownBase(_ base: String, hint: String) -> Diagnostic.Message {
        message("unknown-base", "'\(base)' is not a platform\(hint)")
    }

    static func notBuiltIn(_ id: String, hint: String) -> Diagnostic.Message {
        message(
            "not-built-in",
            "'\(id)' is not a built-in platform\(hint); to define a new one, add 'extends:' with the platform it is based on")
    }
}

enum UnknownAccountTypeRule: KeywordRule {
    static let description = Rule(
        id: "unknown-account-type", category: .format, defaultSeverity: .error,
        summary: "A channel's `account` is not a kind of account its platform has.",
        examples: FormatRuleExamples.unknownAccountType)

    /// An account type the channel's platform does not have; a "did you mean" follows.
    static func notOnPlatform(_ account: String, platform: String) -> Diagnostic.Message {
        message("not-on-platform", "'\(account)' is not an account type on \(platform)")
    }
}

enum UnknownChannelRule: RuleDefinition {
    static let description = Rule(
        id: "unknown-channel", category: .format, defaultSeverity: .error,
        summary: "An item or variant names a channel no plan file defines.",
        examples: FormatRuleExamples.unknownChannel)

    /// A channel no plan file defines; a "did you mean" follows.
    static func notDefined(_ channel: String, namedBy item: String) -> Diagnostic.Message {
        message("not-defined", "\(item) names channel '\(channel)', which no plan file defines")
    }

    /// A variant for a channel that no plan file defines either.
    static func variantForUnknownChannel(_ channel: String, of item: String, hint: String) -> Diagnostic.Message {
        message("variant-for-unknown-channel", VariantChannelRule.text(channel, of: item, hint: hint))
    }
}

enum VariantChannelRule: RuleDefinition {
    static let description = Rule(
        id: "variant-channel", category: .format, defaultSeverity: .error,
        summary: "A variant is given for a channel the item is not aimed at.",
        examples: FormatRuleExamples.variantChannel)

    static func notAmongChannels(_ channel: String, of item: String, hint: String) -> Diagnostic.Message {
        message("not-among-channels", text(channel, of: item, hint: hint))
    }

    fileprivate static func text(_ channel: String, of item: String, hint: String) -> String {
        "\(item) has a variant for '\(channel)', which is not among its channels\(hint)"
    }
}

enum DuplicateIDRule: RuleDefinition {
    static let description = Rule(
        id: "duplicate-id", category: .format, defaultSeverity: .error,
        summary: "Two items, or two channels, share an id anywhere in the plan repo.",
        examples: FormatRuleExamples.duplicateID)

    /// - Parameter what: "item" or "channel".
    static func alreadyUsed(_ id: String, what: String, at first: SourceRange) -> Diagnostic.Message {
        message("already-used", "\(what) id '\(id)' is already used at \(first); give each \(what) its own id")
    }

    static func overriddenTwice(platform id: String, at first: SourceRange) -> Diagnostic.Message {
        message("overridden-twice", "platform '\(id)' is already overridden at \(first); keep its changes in one place")
    }
}

enum InvalidIDRule: RuleDefinition {
    static let description = Rule(
        id: "invalid-id", category: .format, defaultSeverity: .error,
        summary: "An id has characters other than letters, digits, `-`, `_` and `.`.",
        examples: FormatRuleExamples.invalidID)

    static func notValid(_ id: String) -> Diagnostic.Message {
        message("not-valid", "'\(id)' is not a valid id; use letters, digits, '-', '_' and '.', starting with a letter or digit")
    }
}

enum InvalidDateRule: ValueSyntaxRule {
    static let description = Rule(
        id: "invalid-date", category: .format, defaultSeverity: .error,
        summary: "A date or date-time is not a real one in the accepted forms (`2026-11-24`, `2026-11-24 09:00`).",
        examples: FormatRuleExamples.invalidDate)

    static func adEndsBeforeStart(_ owner: String, startsAt start: String) -> Diagnostic.Message {
        message("ad-ends-before-start", "\(owner) ends ('until') before it starts ('at' \(start)); set 'until' to its last day")
    }

    static func repeatEndsBeforeStart(until: LocalDate, from: LocalDate) -> Diagnostic.Message {
        message("repeat-ends-before-start", "'until' (\(until)) is before 'from' (\(from)); the repeat would never happen")
    }

    /// - Parameter key: the key whose `from` and `until` these are (`blackout`, `queue`).
    static func rangeEndsBeforeStart(_ key: String, until: LocalDate, from: LocalDate) -> Diagnostic.Message {
        message("range-ends-before-start", "the '\(key)' range ends on \(until), before it starts on \(from); swap the dates")
    }

    static func factEndsBeforeStart(until: LocalDate, from: LocalDate) -> Diagnostic.Message {
        message("fact-ends-before-start", "'until' (\(until)) is before 'from' (\(from))")
    }

    static func overlappingFacts(_ path: String) -> Diagnostic.Message {
        message(
            "overlapping-facts", "two values of '\(path)' apply on the same days; give them 'from' and 'until' dates that do not overlap")
    }
}

enum InvalidTimeRule: ValueSyntaxRule {
    static let description = Rule(
        id: "invalid-time", category: .format, defaultSeverity: .error,
        summary: "A time of day is not `HH:MM` from 00:00 to 23:59.",
        examples: FormatRuleExamples.invalidTime)
}

enum InvalidDurationRule: ValueSyntaxRule {
    static let description = Rule(
        id: "invalid-duration", category: .format, defaultSeverity: .error,
        summary: "A duration is not a positive number with a unit: `30m`, `12h`, `3d`, `1w`.",
        examples: FormatRuleExamples.invalidDuration)
}

enum UnknownTimezoneRule: RuleDefinition {
    static let description = Rule(
        id: "unknown-timezone", category: .format, defaultSeverity: .error,
        summary: "A `timezone` is not an IANA time zone name such as `Europe/Berlin`.",
        examples: FormatRuleExamples.unknownTimezone)

    /// A "did you mean" or a few examples follow.
    static func notIANA(_ name: String) -> Diagnostic.Message {
        message("not-iana", "'\(name)' is not an IANA time zone")
    }
}

enum InvalidValueRule: KeywordRule, ValueSyntaxRule {
    static let description = Rule(
        id: "invalid-value", category: .format, defaultSeverity: .error,
        summary: "A value is not one of those its key allows (a pillar, an intent, a weekday, a media type ...).",
        examples: FormatRuleExamples.invalidValue)

    static func notValidEntry(_ word: String, of key: String, hint: String) -> Diagnostic.Message {
        message("not-valid-entry", "'\(word)' is not a valid entry of '\(key)'\(hint)")
    }

    static func notSlotDays(_ word: String) -> Diagnostic.Message {
        message(
            "not-slot-days", "'\(word)' is not a day of the week or a range of days; write mon ... sun, a range like mon-fri, or daily")
    }

    static func channelListedTwice(_ channel: String, in owner: String) -> Diagnostic.Message {
        message("channel-listed-twice", "channel '\(channel)' is listed twice in 'channels' of \(owner); list it once")
    }

    static func weekdaysOfMonthlyRepeat() -> Diagnostic.Message {
        message(
            "weekdays-of-monthly-repeat", "'on' picks weekdays for 'every: day' or 'every: week'; a monthly repeat falls on the day of 'from'")
    }

    static func untilAndCount() -> Diagnostic.Message {
        message("until-and-count", "'until' and 'count' both end the repeat; keep one of them")
    }

    static func ambiguousFlag(_ key: String, _ word: String) -> Diagnostic.Message {
        message(
            "ambiguous-flag",
            "'\(key): \(word)' is ambiguous (YAML 1.1 reads it as a boolean, YAML 1.2 as text); write true or false, or quote the text to use it as a label"
        )
    }

    static func notASeverity(_ word: String, hint: String) -> Diagnostic.Message {
        message("not-a-severity", "'\(word)' is not a severity\(hint)")
    }

    static func optionOutOfRange(_ name: String, range: ClosedRange<Int>, found number: Int, default value: String) -> Diagnostic.Message {
        message(
            "option-out-of-range", "'\(name)' must be from \(range.lowerBound) to \(range.upperBound), found \(number); the default is \(value)")
    }

    static func optionEmptyList(_ name: String, example: String, rule: String) -> Diagnostic.Message {
        message("option-empty-list", "'\(name)' needs at least one entry, like \(example); to turn the rule off, write '\(rule): off'")
    }

    static func optionBlankEntry(_ name: String, rule: String) -> Diagnostic.Message {
        message(
            "option-blank-entry", "'\(name)' has a blank entry, which every text contains; remove it, or write '\(rule): off' to turn the rule off")
    }
}

enum AtOrRepeatRule: RuleDefinition {
    static let description = Rule(
        id: "at-or-repeat", category: .format, defaultSeverity: .error,
        summary: "An item needs exactly one of `at` and `repeat` (a product page uses `launch` instead); an idea or a draft may have neither.",
        examples: FormatRuleExamples.atOrRepeat)

    /// - Parameter dateKey: the key of the kind's own date (a product page's `launch`).
    static func scheduledByOwnDate(_ owner: String, dateKey: String, remove key: String) -> Diagnostic.Message {
        message("scheduled-by-own-date", "\(owner) is scheduled by '\(dateKey)'; remove '\(key)'")
    }

    /// - Parameter reason: why the kind cannot repeat, from its definition ("runs from 'at' to
    ///   'until' and cannot repeat").
    static func cannotRepeat(_ owner: String, because reason: String) -> Diagnostic.Message {
        message("cannot-repeat", "\(owner) \(reason); remove 'repeat'")
    }

    static func both(_ owner: String) -> Diagnostic.Message {
        message("both", "\(owner) has both 'at' and 'repeat'; keep 'at' for one date or 'repeat' for a series")
    }

    static func queueWithoutNextSlot(_ owner: String) -> Diagnostic.Message {
        message("queue-without-next-slot", "\(owner) has 'queue' but no 'at: next-slot'; add 'at: next-slot' to let the queue place it")
    }

    static func queueOnRepeat(_ owner: String) -> Diagnostic.Message {
        message("queue-on-repeat", "\(owner) repeats at its own times, which the queue does not move; remove 'queue'")
    }

    static func cannotQueue(_ owner: String) -> Diagnostic.Message {
        message("cannot-queue", "\(owner) runs at a time bought for it and takes no posting slot; write the time it starts in 'at'")
    }

    static func neither(_ owner: String) -> Diagnostic.Message {
        message(
            "neither",
            "\(owner) has neither 'at' nor 'repeat'; add 'at: 2026-11-24 09:00' or a 'repeat' rule, or 'status: idea' to keep it in the backlog")
    }
}

enum HashtagCommentRule: RuleDefinition {
    static let description = Rule(
        id: "hashtag-comment", category: .format, defaultSeverity: .warning,
        summary: "A `#hashtag` after an unquoted value is read as a YAML comment and dropped from the text.",
        rationale: """
            In YAML, ` #` after a plain value starts a comment, so `text: Launch day #planning` is \
            the text "Launch day": the hashtag is silently lost. Quote the value, or use a block \
            scalar (`text: |`), to keep it.
            """,
        examples: FormatRuleExamples.hashtagComment)

    static func readAsComment(_ comment: String) -> Diagnostic.Message {
        message(
            "read-as-comment",
            "'#\(comment)' is read as a YAML comment, not as text, so the hashtag is dropped; quote the value (\"... #\(comment)\") to keep it")
    }
}
