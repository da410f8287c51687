/// `poll-other-option`: a poll without an "Other, see comments" option.
enum PollOtherOptionRule: StrategyRule {
    static let rule = Rule.pollOtherOption

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        context.workspace.items.compactMap { item in
            guard case .poll(let poll) = item.details, poll.otherOption == nil, let first = poll.options.first else { return nil }
            // An option written out as "Other, ..." does the same job.
            guard !poll.options.contains(where: { $0.value.trimmingSpaces().lowercased().hasPrefix("other") }) else { return nil }
            return Diagnostic(
                rule,
                "poll '\(item.id.value)' has no \"\(Poll.standardOtherOption)\" option; add 'other-option: true' to move voters into the comments",
                at: first.range)
        }
    }
}

/// `missing-reply-plan`: a dialogue item or poll without a reply task.
enum MissingReplyPlanRule: StrategyRule {
    static let rule = Rule.missingReplyPlan

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        let words = context.config.words("words", of: rule).map { $0.lowercased() }
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
            let why = item.kind == .poll ? "a poll" : "a dialogue item"
            return Diagnostic(
                rule,
                "'\(item.id.value)' is \(why) without a reply task in its checklist; add one, like 'Reply to every comment within 24 hours'",
                at: item.id.range)
        }
    }
}

/// `bluesky-hashtags`: hashtags in a text for a platform where they add little.
enum HashtagsWithoutReachRule: StrategyRule {
    static let rule = Rule.blueskyHashtags

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
                        rule,
                        "the text of '\(item.id.value)' for '\(channel.id.value)' has hashtags, which add little on \(profile.name); give '\(channel.id.value)' a variant without them",
                        at: post.range(ofCharacter: offset, in: text)))
            }
        }
        return diagnostics
    }
}
