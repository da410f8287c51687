import Testing

@testable import PostplanKit

@Suite("Calendar: threads")
struct ThreadCalendarTests {
    static let plan = berlinCalendarPlan(
        """
          - id: launch-thread
            kind: thread
            channels: [acme-x]
            at: 2026-11-25 10:00
            parts:
              - Acme Planner is live, and it checks every post before it goes out.
              - { text: Here is the week view., media: [{ type: image, file: week.png, alt: The week view }] }
              - What should it check next?
        """)

    @Test("a thread is one slot whose kind names its part count, its text the parts a blank line apart")
    func oneSlot() throws {
        let slots = try calendar(Self.plan, try week("2026-W48")).slots
        #expect(slots.count == 1)
        #expect(slots.first?.kindName == "thread of 3 parts")
        #expect(slots.first?.title == "Acme Planner is live, and it checks every post before it goes out.")
        #expect(
            slots.first?.text
                == "Acme Planner is live, and it checks every post before it goes out.\n\nHere is the week view.\n\nWhat should it check next?")
        #expect(slots.first?.media.map(\.file) == ["week.png"])
        #expect(slots.first?.checklist.contains { $0.text.hasPrefix("Check that every part went out") } == true)
    }

    @Test("a variant's split shows on its channel, marked as the variant's")
    func variantSplit() throws {
        let plan = berlinCalendarPlan(
            """
              - id: launch-thread
                kind: thread
                channels: [acme-x]
                at: 2026-11-25 10:00
                parts: [One., Two., Three.]
                variants:
                  acme-x: { parts: [One and two., Three.] }
            """)
        let slot = try #require(try calendar(plan, try week("2026-W48")).slots.first)
        #expect(slot.kindName == "thread of 2 parts")
        #expect(slot.text == "One and two.\n\nThree.")
        #expect(slot.fromVariant)
    }
}
