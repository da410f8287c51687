import Testing

@testable import PostplanKit

@Suite("Calendar: first comments")
struct FirstCommentCalendarTests {
    @Test("a first comment is a checklist task at the slot's time, on one line, after the item's own tasks")
    func task() throws {
        let plan = berlinCalendarPlan(
            """
              - id: launch-post
                kind: post
                channels: [acme]
                at: 2026-11-25 10:00
                text: Acme Planner is live. The link is in the first comment.
                checklist: [Tag the team]
                first-comment: |
                  Read the story:
                  https://acme.example/blog
            """)
        let slot = try #require(try calendar(plan, try week("2026-W48")).slots.first)
        let entries = slot.checklist.filter { $0.origin == .item || $0.origin == .derived }
        #expect(
            entries.map(\.text) == [
                "Tag the team", "At 10:00, right after it goes out, post the first comment: Read the story: https://acme.example/blog",
            ])
    }

    @Test("the task reads the slot's time on the calendar's clock and a variant's comment on its channel")
    func variantAndZone() throws {
        let plan = berlinCalendarPlan(
            """
              - id: launch-post
                kind: post
                channels: [acme-us, acme-x]
                at: 2026-11-25 09:00
                text: Acme Planner is live.
                first-comment: Read the story at acme.example.
                variants:
                  acme-x: { first-comment: "Thread below, link at the end." }
            """)
        let slots = try calendar(plan, try week("2026-W48")).slots
        let us = try #require(slots.first { $0.channel == "acme-us" })
        let x = try #require(slots.first { $0.channel == "acme-x" })
        // 09:00 in New York is 15:00 in Berlin; the X slot is at 09:00 Berlin.
        #expect(us.checklist.last?.text == "At 15:00, right after it goes out, post the first comment: Read the story at acme.example.")
        #expect(x.checklist.last?.text == "At 09:00, right after it goes out, post the first comment: Thread below, link at the end.")
    }

    @Test("an item without a first comment has no such task")
    func none() throws {
        let plan = berlinCalendarPlan(
            """
              - id: launch-post
                kind: post
                channels: [acme]
                at: 2026-11-25 10:00
                text: Acme Planner is live.
            """)
        let slot = try #require(try calendar(plan, try week("2026-W48")).slots.first)
        #expect(!slot.checklist.contains { $0.text.contains("post the first comment") })
    }
}
