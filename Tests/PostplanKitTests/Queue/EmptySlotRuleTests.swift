import Testing

@testable import PostplanKit

/// `empty-slot`: a slot is used only by an item at its time, not by one merely near it.
@Suite("Queue: empty-slot counts the slots nothing goes out at")
struct EmptySlotRuleTests {
    /// A LinkedIn page with Monday slots at 09:00 and 10:00 and a two-hour minimum gap, with
    /// the given items, linted on Monday 2026-11-23 (two weeks ahead: four slots).
    static func emptySlotMessages(items: String) throws -> [String] {
        let plan = """
            postplan: 1
            timezone: Europe/Berlin
            platforms:
              linkedin: { schedule: { min-gap: 2h } }
            channels:
              acme: { platform: linkedin, account: company-page, slots: { mon: ["09:00", "10:00"] } }
            items:
            \(items)

            """
        return try lint(["/repo/plans/plan.yaml": plan]).diagnostics.filter { $0.ruleID == EmptySlotRule.description.id }.map(\.message)
    }

    @Test("items at every slot's time leave no slot empty")
    func itemsAtTheSlots() throws {
        let messages = try Self.emptySlotMessages(
            items: """
                  - { id: a, kind: post, channels: [acme], at: 2026-11-23 09:00, text: One. }
                  - { id: b, kind: post, channels: [acme], at: 2026-11-23 10:00, text: Two. }
                  - { id: c, kind: post, channels: [acme], at: 2026-11-30 09:00, text: Three. }
                  - { id: d, kind: post, channels: [acme], at: 2026-11-30 10:00, text: Four. }
                """)
        #expect(messages == [])
    }

    @Test("a slot only within the minimum gap of an item is empty, and named")
    func slotCrowdedByTheGap() throws {
        let messages = try Self.emptySlotMessages(
            items: """
                  - { id: a, kind: post, channels: [acme], at: 2026-11-23 09:00, text: One. }
                  - { id: c, kind: post, channels: [acme], at: 2026-11-30 09:00, text: Three. }
                """)
        #expect(messages.count == 1)
        #expect(
            messages.first?.hasPrefix("'acme' has 2 of its 4 slots empty in the next 2 weeks (mon 2026-11-23 10:00, mon 2026-11-30 10:00)") == true,
            "\(messages)")
    }
}
