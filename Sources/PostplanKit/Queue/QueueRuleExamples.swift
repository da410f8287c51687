/// Examples of the queue's rules: a LinkedIn page with posting slots, in the week of Monday
/// 2026-11-23, the examples' today.
enum QueueRuleExamples {
    static let noSlots = RuleExamples(
        triggering: [RuleExample(queued(ids: ["winter-tip"], slots: nil, marking: 0))],
        nonTriggering: [RuleExample(queued(ids: ["winter-tip"], slots: #"{ mon-fri: "09:00" }"#))])

    static let queueOverflow = RuleExamples(
        triggering: [RuleExample(queued(ids: ["first-tip", "second-tip"], slots: #"{ mon: "09:00" }"#, until: "2026-11-27", marking: 1))],
        nonTriggering: [RuleExample(queued(ids: ["first-tip", "second-tip"], slots: #"{ mon-tue: "09:00" }"#, until: "2026-11-27"))])

    static let unreadyItem = RuleExamples(
        triggering: [RuleExample(pinned(status: "1️⃣draft"))],
        nonTriggering: [RuleExample(pinned(status: "ready"))])

    static let emptySlot = RuleExamples(
        triggering: [RuleExample(queued(ids: ["first-tip"], slots: #"1️⃣{ mon: "09:00" }"#))],
        nonTriggering: [RuleExample(queued(ids: ["first-tip", "second-tip"], slots: #"{ mon: "09:00" }"#))])

    /// Queued posts on one page, the one at `marked` with a marker at its `next-slot`.
    private static func queued(ids: [String], slots: String?, until: String? = nil, marking marked: Int? = nil) -> String {
        let slotsKey = slots.map { ", slots: \($0)" } ?? ""
        let queue = until.map { ", queue: { until: \($0) }" } ?? ""
        let items = ids.enumerated().map { index, id in
            "  - { id: \(id), kind: post, channels: [acme-linkedin], at: \(index == marked ? "1️⃣" : "")next-slot\(queue), text: Tip \(index + 1) of the winter series. }"
        }
        return """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme-linkedin: { platform: linkedin, account: company-page\(slotsKey) }
            items:
            \(items.joined(separator: "\n"))

            """
    }

    /// A post tomorrow, pinned to its time, with a status.
    private static func pinned(status: String) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
        items:
          - { id: launch-recap, kind: post, channels: [acme-linkedin], at: 2026-11-24 09:00, status: \(status), text: What we launched this week. }

        """
    }
}
