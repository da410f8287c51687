import YAMLTree

/// Decodes a `repeat:` mapping.
enum RecurrenceDecoder {
    static func decode(_ node: Node, owner: String, context: inout DecodingContext) -> Recurrence? {
        guard let fields = Fields(node, owner: "the 'repeat' of \(owner)", known: PlanSchema.repeatKeys, context: &context) else {
            return nil
        }
        let every = fields.required("every", example: "every: week", context: &context)
            .flatMap { context.keyword($0, key: "every", as: Recurrence.Frequency.self) }
        let at = fields.required("at", example: "at: \"08:30\"", context: &context)
            .flatMap { context.time($0, key: "at") }
        var weekdays: [Located<Weekday>] = []
        if let onNode = fields["on"] {
            let entries = onNode.sequence ?? [onNode]
            weekdays = entries.compactMap { context.keyword($0, key: "on", as: Weekday.self) }
            if every?.value == .month, let keyNode = fields.keyNode("on") {
                context.report(InvalidValueRule.weekdaysOfMonthlyRepeat(), at: keyNode.span)
            }
        }
        // A series needs a first day: without one it would start on whatever day postplan runs,
        // and a week's calendar would lose its earlier slots as the week goes by.
        let from = fields.required("from", example: "from: YYYY-MM-DD", purpose: "the first day of the series", context: &context)
            .flatMap { context.date($0, key: "from") }
        let until = fields["until"].flatMap { context.date($0, key: "until") }
        let count = fields["count"].flatMap { context.positiveInteger($0, key: "count") }
        if let from, let until, until.value < from.value {
            context.report(InvalidDateRule.repeatEndsBeforeStart(until: until.value, from: from.value), at: until.range.span)
        }
        if until != nil, let count {
            context.report(InvalidValueRule.untilAndCount(), at: count.range.span)
        }
        guard let every, let at, let from else { return nil }
        return Recurrence(every: every, on: weekdays, at: at, from: from, until: until, count: count, range: context.range(of: node))
    }
}
