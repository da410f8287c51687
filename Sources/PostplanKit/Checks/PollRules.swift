/// A poll against its platform's poll facts: each poll rule, with its check, and the order
/// they run in.
enum PollRules {
    /// Whether polls exist on the platform; findings go into `diagnostics`.
    @discardableResult
    static func check(_ poll: Poll, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) -> Bool {
        guard PollUnsupportedRule.check(post, into: &diagnostics) else { return false }
        let options = poll.allOptions
        PollOptionCountRule.check(poll, options: options, post, into: &diagnostics)
        PollOptionLengthRule.check(options, post, into: &diagnostics)
        PollQuestionLengthRule.check(poll, post, into: &diagnostics)
        PollDurationRule.check(poll, post, into: &diagnostics)
        PollDuplicateOptionRule.check(options, into: &diagnostics)
        PollMediaRule.check(post, into: &diagnostics)
        return true
    }
}

enum PollUnsupportedRule: RuleDefinition {
    static let description = Rule(
        id: "poll-unsupported", category: .platform, defaultSeverity: .error,
        summary: "A poll is planned on a platform without native polls (Bluesky, XING).",
        examples: PollRuleExamples.pollUnsupported)

    static func noPolls(_ post: ChannelPost, fact: Fact?) -> Diagnostic.Message {
        message(
            "no-polls",
            "\(post.profile.name) has no polls, so poll '\(post.item.id.value)' cannot go to '\(post.channel.id.value)'; ask the question in a post and collect answers in the replies, or drop the channel\(fact.map(post.caveat) ?? "")"
        )
    }

    /// Whether polls exist on the post's platform.
    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) -> Bool {
        let supported = post.profile.flag(.pollSupported, on: post.date)
        guard supported?.0 == true else {
            diagnostics.append(Diagnostic(noPolls(post, fact: supported?.1), at: post.channelReference))
            return false
        }
        return true
    }
}

enum PollOptionCountRule: RuleDefinition {
    static let description = Rule(
        id: "poll-option-count", category: .platform, defaultSeverity: .error,
        summary: "A poll has fewer or more options than its platform allows, the \"Other, see comments\" option included.",
        examples: PollRuleExamples.pollOptionCount)

    static func tooFew(_ count: Int, minimum: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-few",
            "poll '\(post.item.id.value)' has \(count) option\(count == 1 ? "" : "s"); \(post.profile.name) needs at least \(minimum); add options\(post.caveat(fact))"
        )
    }

    /// - Parameter otherOption: the label of the poll's "other" option, which counts.
    static func tooMany(_ count: Int, maximum: Int, otherOption: String?, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        let other = otherOption.map { " (the \"\($0)\" option counts)" } ?? ""
        return message(
            "too-many",
            "poll '\(post.item.id.value)' has \(count) options\(other); \(post.profile.name) allows \(maximum); merge or drop \(count - maximum)\(post.caveat(fact))"
        )
    }

    static func check(_ poll: Poll, options: [Located<String>], _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        if let (minimum, fact) = post.profile.integer(.pollMinOptions, on: post.date), options.count < minimum {
            diagnostics.append(Diagnostic(tooFew(options.count, minimum: minimum, post, fact: fact), at: options.first?.range ?? poll.question.range))
        }
        if let (maximum, fact) = post.profile.integer(.pollMaxOptions, on: post.date), options.count > maximum {
            diagnostics.append(
                Diagnostic(
                    tooMany(options.count, maximum: maximum, otherOption: poll.otherOption?.value, post, fact: fact), at: options[maximum].range))
        }
    }
}

enum PollOptionLengthRule: RuleDefinition {
    static let description = Rule(
        id: "poll-option-length", category: .platform, defaultSeverity: .error,
        summary: "A poll option is longer than its platform allows (LinkedIn: 30, X: 25).",
        examples: PollRuleExamples.pollOptionLength)

    static func tooLong(_ option: String, maximum: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-long",
            "option '\(option)' is \(option.count) characters; \(post.profile.name) allows \(maximum); shorten it\(post.caveat(fact))")
    }

    static func check(_ options: [Located<String>], _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let (maximum, fact) = post.profile.integer(.pollMaxOptionLength, on: post.date) else { return }
        for option in options where option.value.count > maximum {
            diagnostics.append(
                Diagnostic(tooLong(option.value, maximum: maximum, post, fact: fact), at: post.range(ofCharacter: maximum, in: option)))
        }
    }
}

enum PollQuestionLengthRule: RuleDefinition {
    static let description = Rule(
        id: "poll-question-length", category: .platform, defaultSeverity: .error,
        summary: "A poll question is longer than its platform allows (LinkedIn: 140).",
        examples: PollRuleExamples.pollQuestionLength)

    static func tooLong(_ question: String, maximum: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-long",
            "question is \(question.count) characters; \(post.profile.name) allows \(maximum); shorten it and put the context in the post text\(post.caveat(fact))"
        )
    }

    static func check(_ poll: Poll, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let (maximum, fact) = post.profile.integer(.pollMaxQuestionLength, on: post.date), poll.question.value.count > maximum else { return }
        diagnostics.append(
            Diagnostic(tooLong(poll.question.value, maximum: maximum, post, fact: fact), at: post.range(ofCharacter: maximum, in: poll.question)))
    }
}

enum PollDurationRule: RuleDefinition {
    static let description = Rule(
        id: "poll-duration", category: .platform, defaultSeverity: .error,
        summary: "A poll's duration is not one its platform offers (LinkedIn: 1d, 3d, 1w, 2w; X: 5 minutes to 7 days).",
        examples: PollRuleExamples.pollDuration)

    static func notOffered(_ duration: PlanDuration, allowed: [PlanDuration], closest: PlanDuration?, _ post: ChannelPost, fact: Fact)
        -> Diagnostic.Message
    {
        let list = allowed.map(\.description).joined(separator: ", ")
        return message(
            "not-offered",
            "\(post.profile.name) polls run for \(list) only; '\(duration)' is not one of them\(closest.map { "; use \($0)" } ?? "")\(post.caveat(fact))"
        )
    }

    static func tooShort(_ duration: PlanDuration, minimum: PlanDuration, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message("too-short", "\(post.profile.name) polls run at least \(minimum); '\(duration)' is shorter\(post.caveat(fact))")
    }

    static func tooLong(_ duration: PlanDuration, maximum: PlanDuration, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message("too-long", "\(post.profile.name) polls run at most \(maximum); '\(duration)' is longer\(post.caveat(fact))")
    }

    static func check(_ poll: Poll, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        let profile = post.profile, date = post.date, duration = poll.duration.value
        if let (allowed, fact) = profile.durations(.pollDurations, on: date), !allowed.contains(where: { $0.seconds == duration.seconds }) {
            let closest = allowed.min { abs($0.seconds - duration.seconds) < abs($1.seconds - duration.seconds) }
            diagnostics.append(
                Diagnostic(notOffered(duration, allowed: allowed, closest: closest, post, fact: fact), at: poll.duration.range))
        }
        if let (minimum, fact) = profile.duration(.pollMinDuration, on: date), duration < minimum {
            diagnostics.append(Diagnostic(tooShort(duration, minimum: minimum, post, fact: fact), at: poll.duration.range))
        }
        if let (maximum, fact) = profile.duration(.pollMaxDuration, on: date), duration > maximum {
            diagnostics.append(Diagnostic(tooLong(duration, maximum: maximum, post, fact: fact), at: poll.duration.range))
        }
    }
}

enum PollDuplicateOptionRule: RuleDefinition {
    static let description = Rule(
        id: "poll-duplicate-option", category: .platform, defaultSeverity: .error,
        summary: "Two options of a poll read the same.",
        examples: PollRuleExamples.pollDuplicateOption)

    static func repeats(_ option: String, first: String) -> Diagnostic.Message {
        message("repeats", "option '\(option)' repeats '\(first)'; every option must differ")
    }

    static func check(_ options: [Located<String>], into diagnostics: inout [Diagnostic]) {
        var seen: [String: Located<String>] = [:]
        for option in options {
            let key = option.value.trimmingSpaces().lowercased()
            if let first = seen[key] {
                diagnostics.append(
                    Diagnostic(
                        repeats(option.value, first: first.value), at: option.range,
                        related: [Diagnostic.Related("first option '\(first.value)'", at: first.range)]))
            } else {
                seen[key] = option
            }
        }
    }
}

enum PollMediaRule: RuleDefinition {
    static let description = Rule(
        id: "poll-media", category: .platform, defaultSeverity: .error,
        summary: "A poll carries media on a platform where polls cannot.",
        examples: PollRuleExamples.pollMedia)

    static func noMedia(_ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "no-media",
            "\(post.profile.name) polls cannot carry media; remove the media from '\(post.item.id.value)' or post the picture separately\(post.caveat(fact))"
        )
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        if let (allowed, fact) = post.profile.flag(.pollMediaAllowed, on: post.date), !allowed, let first = post.media.first {
            diagnostics.append(Diagnostic(noMedia(post, fact: fact), at: first.range))
        }
    }
}
