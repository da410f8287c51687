import Testing

/// The shipped plans' content warning (`year-in-numbers` on Mastodon, in week 2026-W49) as
/// every calendar format shows it.
@Suite("postplan calendar: content warnings in every format")
struct ContentWarningCalendarTests {
    @Test("the content warning is shown with the slot, before its text", arguments: ["md", "html", "json", "ics"])
    func contentWarning(_ format: String) throws {
        let text = try ContentKindsCalendarTests.render("2026-W49", format)
        let warning =
            format == "json" ? "\"contentWarning\" : \"Our year in numbers, a long post\"" : "Content warning: Our year in numbers, a long post"
        #expect(text.contains(warning))
    }

    @Test("a slot without a content warning has none")
    func none() throws {
        let text = try ContentKindsCalendarTests.render("2026-W48", "json")
        #expect(!text.contains("contentWarning"))
    }
}
