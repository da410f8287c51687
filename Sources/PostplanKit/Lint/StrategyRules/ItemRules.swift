import YAMLTree

/// `poll-other-option`: a poll without an "Other, see comments" option.
enum PollOtherOptionRule: StrategyRule {
    static let description = Rule(
        id: "poll-other-option", category: .strategy, defaultSeverity: .info,
        summary: "A poll has no \"Other, see comments\" option.",
        rationale: """
            An "Other, see comments" option moves voters into the comments, where the conversation \
            happens and which the feed rewards. Add `other-option: true` (or a label of your own).
            """,
        examples: StrategyRuleExamples.pollOtherOption)

    static func noOtherOption(poll: String) -> Diagnostic.Message {
        message(
            "no-other-option",
            "poll '\(poll)' has no \"\(Poll.standardOtherOption)\" option; add 'other-option: true' to move voters into the comments")
    }

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        let sources = context.workspace.sourceTexts
        return context.workspace.items.compactMap { item in
            guard case .poll(let poll) = item.details, poll.otherOption == nil, let first = poll.options.first else { return nil }
            // An option written out as "Other, ..." does the same job.
            guard !poll.options.contains(where: { $0.value.trimmingSpaces().lowercased().hasPrefix("other") }) else { return nil }
            let fix = sources[item.range.path].flatMap { OtherOptionInsertion(poll, of: item, in: $0.bytes)?.fix }
            return Diagnostic(noOtherOption(poll: item.id.value), at: first.range, fix: fix)
        }
    }
}

/// Where `other-option: true` goes in a poll's mapping, when that is unambiguous: in a block
/// mapping, on a line of its own after the options (whose last line holds nothing else but a
/// comment or the closing `]`), indented like the poll's keys; in a flow mapping written on
/// one line, before its closing brace. A poll written through an anchor, a tag or an alias,
/// or whose options come from elsewhere (a merge key), gets no fix.
struct OtherOptionInsertion {
    let fix: Fix

    init?(_ poll: Poll, of item: Item, in bytes: [UInt8]) {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        let start = item.range.start, end = item.range.end
        guard start.line >= 1, start.line <= lines.count, let opening = Self.byte(at: start.column, in: lines[start.line - 1]) else {
            return nil
        }
        let path = item.range.path
        if opening == UInt8(ascii: "{") {
            // A flow mapping: before its closing brace, after the last value.
            guard end.line == start.line, end.column >= 2, Self.byte(at: end.column - 1, in: lines[end.line - 1]) == UInt8(ascii: "}") else {
                return nil
            }
            let line = lines[end.line - 1]
            var column = end.column - 1
            while column > start.column + 1, Self.byte(at: column - 1, in: line) == UInt8(ascii: " ") { column -= 1 }
            let at = SourceRange(path: path, span: Span(at: Position(line: end.line, column: column)))
            fix = Self.fix(at, inserting: ", other-option: true")
            return
        }
        // A block mapping: its keys start where the mapping does.
        guard Self.startsKey(opening), let first = poll.options.first, let last = poll.options.last,
            first.range.path == path, last.range.path == path, first.range.start.line >= start.line, last.range.start.line <= end.line,
            last.range.end.line < lines.count, last.range.start.line == last.range.end.line,
            let before = Self.text(of: lines[first.range.start.line - 1], upTo: first.range.start.column),
            let after = Self.text(of: lines[last.range.end.line - 1], from: last.range.end.column)
        else { return nil }
        let rest = Self.strippingComment(after)
        // The options as a flow list end with `]` on the last option's line; as a block list, the line ends there.
        let isFlowList = before.contains("[")
        guard isFlowList ? rest == "]" : rest.isEmpty else { return nil }
        let carriageReturn = lines[last.range.end.line - 1].last == UInt8(ascii: "\r") ? "\r" : ""
        let indentation = String(repeating: " ", count: start.column - 1)
        let at = SourceRange(path: path, span: Span(at: Position(line: last.range.end.line + 1, column: 1)))
        fix = Self.fix(at, inserting: indentation + "other-option: true" + carriageReturn + "\n")
    }

    private static func fix(_ range: SourceRange, inserting text: String) -> Fix {
        Fix("add 'other-option: true'", replacements: [Fix.Replacement(range, with: text)])
    }

    /// Whether a byte can start a plain key: not an anchor, alias, tag, quote or indicator.
    private static func startsKey(_ byte: UInt8) -> Bool {
        !"&*!{[|>'\"%@`#-?:,]} \t".utf8.contains(byte)
    }

    /// The byte where a 1-based column (in code points) starts.
    private static func offset(ofColumn column: Int, in line: [UInt8]) -> Int? {
        var seen = 0
        for (index, byte) in line.enumerated() where byte & 0xC0 != 0x80 {
            seen += 1
            if seen == column { return index }
        }
        return seen + 1 == column ? line.count : nil
    }

    private static func byte(at column: Int, in line: [UInt8]) -> UInt8? {
        offset(ofColumn: column, in: line).flatMap { $0 < line.count ? line[$0] : nil }
    }

    private static func text(of line: [UInt8], upTo column: Int) -> String? {
        offset(ofColumn: column, in: line).map { String(decoding: line[..<$0], as: UTF8.self) }
    }

    private static func text(of line: [UInt8], from column: Int) -> String? {
        offset(ofColumn: column, in: line).map { String(decoding: line[$0...], as: UTF8.self) }
    }

    /// What is left of the rest of a line without white space and a trailing comment.
    private static func strippingComment(_ rest: String) -> String {
        let trimmed = rest.trimmingSpaces()
        if trimmed.hasPrefix("#") { return "" }
        if let hash = trimmed.firstRange(of: " #") { return String(trimmed[..<hash.lowerBound]).trimmingSpaces() }
        return trimmed
    }
}

/// `missing-reply-plan`: a dialogue item or poll without a reply task.
enum MissingReplyPlanRule: StrategyRule, ConfigurableRule {
    static let description = Rule(
        id: "missing-reply-plan", category: .strategy, defaultSeverity: .warning,
        summary: "A dialogue item or a poll has no reply task in its checklist (its own, or the default one for its kind and platform).",
        rationale: """
            Comments need answers from the author, and a dialogue post or poll invites them. Keep a \
            reply task ("Reply to every comment within 24 hours") in the item's checklist, or in the \
            default checklist for its kind.
            """,
        options: Options.self,
        examples: StrategyRuleExamples.missingReplyPlan)

    struct Options: RuleOptions {
        var words = ["reply", "replies", "answer", "respond"]

        static let declarations: [OptionDeclaration<Self>] = [
            .words("words", \.words, summary: "words that make a checklist task a reply task")
        ]
    }

    static func noReplyTask(_ item: String, isPoll: Bool) -> Diagnostic.Message {
        message(
            "no-reply-task",
            "'\(item)' is \(isPoll ? "a poll" : "a dialogue item") without a reply task in its checklist; add one, like 'Reply to every comment within 24 hours'"
        )
    }

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        let words = context.config.options(of: Self.self).words.map { $0.lowercased() }
        func isReplyTask(_ task: String) -> Bool {
            let text = task.lowercased()
            // The standard library's search: Foundation's `contains` goes through NSString.
            return words.contains { text.firstRange(of: $0) != nil }
        }
        // The defaults for a kind on a platform are the same for every item: asked once each.
        var defaultsHaveReplyTask: [String: Bool] = [:]
        return context.workspace.items.compactMap { item in
            guard item.intent?.value == .dialogue || item.kind == .poll else { return nil }
            // Every channel's checklist (defaults for the kind and platform, and the item's own) needs one.
            let profiles = item.channels.map { reference in
                context.workspace.channels[reference.value].flatMap(context.workspace.profile(of:))
            }
            let ownReplyTask = item.checklist.contains { isReplyTask($0.value) }
            let hasReplyTask =
                ownReplyTask
                || profiles.allSatisfy { profile in
                    let key = "\(item.kind.rawValue) \(profile?.id ?? "")"
                    if let known = defaultsHaveReplyTask[key] { return known }
                    let defaults = context.checklists.checklist(for: item, on: profile, derived: []).filter { $0.origin != .item }
                    let answer = defaults.contains { isReplyTask($0.text) }
                    defaultsHaveReplyTask[key] = answer
                    return answer
                }
            guard !hasReplyTask else { return nil }
            return Diagnostic(noReplyTask(item.id.value, isPoll: item.kind == .poll), at: item.id.range)
        }
    }
}

/// `bluesky-hashtags`: hashtags in a text for a platform where they add little.
enum BlueskyHashtagsRule: StrategyRule {
    static let description = Rule(
        id: "bluesky-hashtags", category: .strategy, defaultSeverity: .info,
        summary: "A text for a platform where hashtags add little (Bluesky) carries hashtags.",
        rationale: """
            On Bluesky hashtags are shown as links to a search but matter little for reach, and a \
            text cross-posted from another platform often carries more of them than a reader wants. \
            Give the Bluesky channel a variant without them. Which platforms this concerns is the \
            profile fact `text.hashtags-matter`.
            """,
        examples: StrategyRuleExamples.blueskyHashtags)

    static func hashtagsAddLittle(item: String, channel: String, platform: String) -> Diagnostic.Message {
        message(
            "hashtags-add-little",
            "the text of '\(item)' for '\(channel)' has hashtags, which add little on \(platform); give '\(channel)' a variant without them")
    }

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        let sources = context.workspace.sourceTexts, targets = context.workspace.publishingTargets
        var diagnostics: [Diagnostic] = []
        for item in context.workspace.items {
            for reference in item.channels {
                guard let (channel, profile) = targets[reference.value] else { continue }
                let date = item.factDate(today: context.today)
                guard profile.flag(.textHashtagsMatter, on: date)?.0 == false else { continue }
                let post = ChannelPost(item: item, channel: channel, profile: profile, date: date, sources: sources)
                guard let text = post.text, let first = LinkScanner.hashtags(in: text.value).first else { continue }
                let offset = text.value.distance(from: text.value.startIndex, to: first.lowerBound)
                diagnostics.append(
                    Diagnostic(
                        hashtagsAddLittle(item: item.id.value, channel: channel.id.value, platform: profile.name),
                        at: post.range(ofCharacter: offset, in: text)))
            }
        }
        return diagnostics
    }
}
