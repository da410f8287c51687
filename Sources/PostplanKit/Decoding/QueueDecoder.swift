import YAMLTree

/// Decodes what the queue reads: a channel's `slots:` and `blackout:`, and an item's `queue:`.
enum QueueDecoder {
    /// `slots: { mon-fri: ["08:30", "12:00"], sat: "10:00" }`: days (a weekday, a range such
    /// as `mon-fri` or `fri-mon`, or `daily`) to one time or a list of times. A day named by
    /// several keys gets the times of all of them.
    static func decodeSlots(_ node: Node, blackout: Node?, context: inout DecodingContext) -> PostingSlots? {
        guard let pairs = node.mapping else {
            context.report(
                WrongTypeRule.notAMapping("slots", of: "days to times", like: #"{ mon-fri: ["08:30", "12:00"], sat: "10:00" }"#, found: node),
                at: node.span)
            return nil
        }
        var times: [Weekday: Set<LocalTime>] = [:]
        for pair in pairs {
            guard let word = context.text(pair.key, key: "slots") else { continue }
            guard let days = days(named: word.value) else {
                context.reportMisspelt(
                    InvalidValueRule.notSlotDays(word.value), word: word.value, among: Weekday.allCases.map(\.rawValue) + ["daily"],
                    at: pair.key.span)
                continue
            }
            let entries = pair.value.sequence ?? [pair.value]
            let dayTimes = entries.compactMap { context.time($0, key: "slots") }.map(\.value)
            for day in days { times[day, default: []].formUnion(dayTimes) }
        }
        let blackouts = blackout.flatMap { decodeBlackouts($0, context: &context) } ?? []
        return PostingSlots(times: times.mapValues { $0.sorted() }, blackouts: blackouts, range: context.range(of: node))
    }

    /// `mon`, `mon-fri`, `sat-sun`, `fri-mon` (across the weekend), or `daily`.
    static func days(named word: String) -> [Weekday]? {
        if word == "daily" { return Weekday.allCases }
        if let day = Weekday(rawValue: word) { return [day] }
        let ends = word.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, let first = Weekday(rawValue: String(ends[0])), let last = Weekday(rawValue: String(ends[1])) else {
            return nil
        }
        let all = Weekday.allCases
        let start = first.isoNumber - 1, count = (last.isoNumber - first.isoNumber + 7) % 7 + 1
        return (0..<count).map { all[(start + $0) % 7] }
    }

    /// `blackout: [2026-12-24, { from: 2026-12-28, until: 2027-01-01, reason: Year-end freeze }]`.
    private static func decodeBlackouts(_ node: Node, context: inout DecodingContext) -> [Blackout]? {
        let example = "[2026-12-24, { from: 2026-12-28, until: 2027-01-01 }]"
        guard let entries = node.sequence else {
            context.report(WrongTypeRule.notAList("blackout", of: "days or ranges of days", like: example, found: node), at: node.span)
            return nil
        }
        return entries.compactMap { entry -> Blackout? in
            if entry.scalar != nil {
                return context.date(entry, key: "blackout").map { Blackout(from: $0.value, until: $0.value, range: $0.range) }
            }
            guard let fields = Fields(entry, owner: "a blackout", known: PlanSchema.blackoutKeys, context: &context) else { return nil }
            let from = fields.required("from", example: "from: 2026-12-28", context: &context).flatMap { context.date($0, key: "from") }
            let until = fields.required("until", example: "until: 2027-01-01", context: &context).flatMap { context.date($0, key: "until") }
            let reason = fields["reason"].flatMap { context.text($0, key: "reason") }
            guard let from, let until else { return nil }
            guard from.value <= until.value else {
                context.report(InvalidDateRule.rangeEndsBeforeStart("blackout", until: until.value, from: from.value), at: until.range.span)
                return nil
            }
            return Blackout(from: from.value, until: until.value, reason: reason?.value, range: context.range(of: entry))
        }
    }

    /// `queue: { from: 2026-12-07, until: 2026-12-31, priority: 1, together: true }`, every
    /// key optional, for the item whose `at: next-slot` is at `at`.
    static func decodeRequest(_ node: Node?, at: SourceRange, context: inout DecodingContext) -> QueueRequest? {
        guard let node else { return QueueRequest(at: at) }
        guard let fields = Fields(node, owner: "the 'queue' of an item", known: PlanSchema.queueKeys, context: &context) else { return nil }
        let from = fields["from"].flatMap { context.date($0, key: "from") }
        let until = fields["until"].flatMap { context.date($0, key: "until") }
        let priority = fields["priority"].flatMap { context.positiveInteger($0, key: "priority") }
        var together = false
        if let node = fields["together"] {
            switch context.flagOrLabel(node, key: "together")?.value {
            case .flag(let flag)?: together = flag
            case .label?: context.report(WrongTypeRule.notFlag("together"), at: node.span)
            case nil: break
            }
        }
        if let from, let until, until.value < from.value {
            context.report(InvalidDateRule.rangeEndsBeforeStart("queue", until: until.value, from: from.value), at: until.range.span)
            return nil
        }
        return QueueRequest(from: from, until: until, priority: priority, together: together, at: at)
    }
}
