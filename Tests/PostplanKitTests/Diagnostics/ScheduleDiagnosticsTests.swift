import Testing

@testable import PostplanKit

@Suite("Decoding diagnostics: dates and times")
struct DateTimeDiagnosticsTests {
    @Test("29 February of a common year is invalid-date, saying the year is not a leap year")
    func februaryTwentyNinthOfCommonYear() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: [acme]
                    at: 1️⃣2026-02-29 10:00
                    text: Soon.
                """),
            [finding(InvalidDateRule.description, at: "1️⃣", message: "'2026-02-29' does not exist: 2026 is not a leap year")])
    }

    @Test("29 February of a leap year is a valid date")
    func leapDay() throws {
        let items = try validItems(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: [acme]
                    at: 2028-02-29 10:00
                    text: Soon.
                """))
        #expect(items.first?.onceAt == DateTimeValue(date: date(2028, 2, 29), time: time(10, 0)))
    }

    @Test("31 November is invalid-date, saying how many days the month has")
    func thirtyFirstOfNovember() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: planner-page
                    kind: product-page
                    channels: [acme]
                    name: Acme Planner
                    category: Social Media Management Software
                    cta: { type: request-demo, url: https://acme.example/demo }
                    launch: 1️⃣2026-11-31
                """),
            [finding(InvalidDateRule.description, at: "1️⃣", message: "'2026-11-31' does not exist: November 2026 has 30 days")])
    }

    @Test("'at' with a time and no date is invalid-date, suggesting a date or a repeat")
    func atWithoutDate() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: [acme]
                    at: 1️⃣12:30
                    text: Soon.
                """),
            [finding(InvalidDateRule.description, at: "1️⃣", message: "'12:30' has no date", "use 'repeat'")])
    }

    @Test("'at' with a date and no time is invalid-date, saying it has no time")
    func atWithoutTime() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: [acme]
                    at: 1️⃣2026-11-24
                    text: Soon.
                """),
            [finding(InvalidDateRule.description, at: "1️⃣", message: "'2026-11-24' has no time; add one, like '2026-11-24 09:00'")])
    }

    @Test("a repeat at 25:00 is invalid-time at the value")
    func hourTwentyFive() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: tip
                    kind: post
                    channels: [acme]
                    repeat: { every: week, on: [tue], from: 2026-11-24, at: 1️⃣"25:00" }
                    text: A tip.
                """),
            [finding(InvalidTimeRule.description, at: "1️⃣", message: "'25:00' is not a time of day")])
    }

    @Test("a repeat without 'from' is missing-field: a series needs a first day")
    func repeatWithoutFrom() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: tip
                    kind: post
                    channels: [acme]
                    repeat: 1️⃣{ every: week, on: [tue], at: "08:30" }
                    text: A tip.
                """),
            [
                finding(
                    MissingFieldRule.description, at: "1️⃣",
                    message: "the 'repeat' of post 'tip' has no 'from'; add 'from: YYYY-MM-DD', the first day of the series")
            ])
    }

    @Test("a repeat that ends before it starts is invalid-date at 'until'")
    func untilBeforeFrom() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: tip
                    kind: post
                    channels: [acme]
                    repeat: { every: day, at: "08:30", from: 2026-12-01, until: 1️⃣2026-11-01 }
                    text: A tip.
                """),
            [finding(InvalidDateRule.description, at: "1️⃣", message: "is before 'from'")])
    }
}

@Suite("Decoding diagnostics: at or repeat")
struct AtOrRepeatTests {
    @Test("an item with both 'at' and 'repeat' is at-or-repeat at 'repeat'")
    func both() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: tip
                    kind: post
                    channels: [acme]
                    at: 2026-11-24 08:30
                    1️⃣repeat: { every: week, on: [tue], at: "08:30", from: 2026-11-24 }
                    text: A tip.
                """),
            [finding(AtOrRepeatRule.description, at: "1️⃣", message: "has both 'at' and 'repeat'")])
    }

    @Test("an item with neither 'at' nor 'repeat' is at-or-repeat at the start of the item")
    func neither() throws {
        try expectFindings(
            planWithItems(
                """
                  - 1️⃣id: tip
                    kind: post
                    channels: [acme]
                    text: A tip.
                """),
            [finding(AtOrRepeatRule.description, at: "1️⃣", message: "post 'tip' has neither 'at' nor 'repeat'")])
    }

    @Test("a product page with 'at' is at-or-repeat at 'at': it is scheduled by 'launch'")
    func productPageWithAt() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: planner-page
                    kind: product-page
                    channels: [acme]
                    name: Acme Planner
                    category: Social Media Management Software
                    cta: { type: request-demo, url: https://acme.example/demo }
                    launch: 2026-12-15
                    1️⃣at: 2026-12-01 09:00
                """),
            [finding(AtOrRepeatRule.description, at: "1️⃣", message: "product page 'planner-page' is scheduled by 'launch'; remove 'at'")])
    }

    @Test("an ad with 'repeat' is at-or-repeat at 'repeat': an ad runs from 'at' to 'until'")
    func adWithRepeat() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: winter-ad
                    kind: ad
                    channels: [acme]
                    placement: sponsored-content
                    at: 2026-12-01 08:00
                    1️⃣repeat: { every: week, at: "08:00", from: 2026-11-24 }
                    text: Plan a quarter of posts in one afternoon.
                """),
            [finding(AtOrRepeatRule.description, at: "1️⃣", message: "cannot repeat")])
    }
}
