/// A poll against its platform's poll facts.
enum PollRules {
    /// Whether polls exist on the platform; findings go into `diagnostics`.
    @discardableResult
    static func check(_ poll: Poll, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) -> Bool {
        let profile = post.profile, date = post.date
        let supported = profile.flag(.pollSupported, on: date)
        guard supported?.0 == true else {
            diagnostics.append(
                Diagnostic(
                    .pollUnsupported,
                    "\(profile.name) has no polls, so poll '\(post.item.id.value)' cannot go to '\(post.channel.id.value)'; ask the question in a post and collect answers in the replies, or drop the channel\(supported.map { post.caveat($0.1) } ?? "")",
                    at: post.channelReference))
            return false
        }
        let options = poll.allOptions
        if let (minimum, fact) = profile.integer(.pollMinOptions, on: date), options.count < minimum {
            diagnostics.append(
                Diagnostic(
                    .pollOptionCount,
                    "poll '\(post.item.id.value)' has \(options.count) option\(options.count == 1 ? "" : "s"); \(profile.name) needs at least \(minimum); add options\(post.caveat(fact))",
                    at: options.first?.range ?? poll.question.range))
        }
        if let (maximum, fact) = profile.integer(.pollMaxOptions, on: date), options.count > maximum {
            let other = poll.otherOption == nil ? "" : " (the \"\(poll.otherOption?.value ?? "")\" option counts)"
            diagnostics.append(
                Diagnostic(
                    .pollOptionCount,
                    "poll '\(post.item.id.value)' has \(options.count) options\(other); \(profile.name) allows \(maximum); merge or drop \(options.count - maximum)\(post.caveat(fact))",
                    at: options[maximum].range))
        }
        if let (maximum, fact) = profile.integer(.pollMaxOptionLength, on: date) {
            for option in options where option.value.count > maximum {
                diagnostics.append(
                    Diagnostic(
                        .pollOptionLength,
                        "option '\(option.value)' is \(option.value.count) characters; \(profile.name) allows \(maximum); shorten it\(post.caveat(fact))",
                        at: post.range(ofCharacter: maximum, in: option)))
            }
        }
        if let (maximum, fact) = profile.integer(.pollMaxQuestionLength, on: date), poll.question.value.count > maximum {
            diagnostics.append(
                Diagnostic(
                    .pollQuestionLength,
                    "question is \(poll.question.value.count) characters; \(profile.name) allows \(maximum); shorten it and put the context in the post text\(post.caveat(fact))",
                    at: post.range(ofCharacter: maximum, in: poll.question)))
        }
        checkDuration(poll, post, into: &diagnostics)
        var seen: [String: Located<String>] = [:]
        for option in options {
            let key = option.value.trimmingSpaces().lowercased()
            if let first = seen[key] {
                diagnostics.append(
                    Diagnostic(
                        .pollDuplicateOption, "option '\(option.value)' repeats '\(first.value)'; every option must differ",
                        at: option.range, related: [Diagnostic.Related("first option '\(first.value)'", at: first.range)]))
            } else {
                seen[key] = option
            }
        }
        if let (allowed, fact) = profile.flag(.pollMediaAllowed, on: date), !allowed, let first = post.media.first {
            diagnostics.append(
                Diagnostic(
                    .pollMedia,
                    "\(profile.name) polls cannot carry media; remove the media from '\(post.item.id.value)' or post the picture separately\(post.caveat(fact))",
                    at: first.range))
        }
        return true
    }

    private static func checkDuration(_ poll: Poll, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        let profile = post.profile, date = post.date, duration = poll.duration.value
        if let (allowed, fact) = profile.durations(.pollDurations, on: date), !allowed.contains(where: { $0.seconds == duration.seconds }) {
            let list = allowed.map(\.description).joined(separator: ", ")
            let closest = allowed.min { abs($0.seconds - duration.seconds) < abs($1.seconds - duration.seconds) }
            diagnostics.append(
                Diagnostic(
                    .pollDuration,
                    "\(profile.name) polls run for \(list) only; '\(duration)' is not one of them\(closest.map { "; use \($0)" } ?? "")\(post.caveat(fact))",
                    at: poll.duration.range))
        }
        if let (minimum, fact) = profile.duration(.pollMinDuration, on: date), duration < minimum {
            diagnostics.append(
                Diagnostic(
                    .pollDuration, "\(profile.name) polls run at least \(minimum); '\(duration)' is shorter\(post.caveat(fact))",
                    at: poll.duration.range))
        }
        if let (maximum, fact) = profile.duration(.pollMaxDuration, on: date), duration > maximum {
            diagnostics.append(
                Diagnostic(
                    .pollDuration, "\(profile.name) polls run at most \(maximum); '\(duration)' is longer\(post.caveat(fact))",
                    at: poll.duration.range))
        }
    }
}
