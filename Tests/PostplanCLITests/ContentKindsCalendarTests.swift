import Testing

/// The shipped plans' first comment (`insta-desk`, in week 2026-W49) and live event
/// (`launch-live`, in 2026-W50) and Threads ghost post (`launch-ghost-post`, in 2026-W51) as
/// every calendar format shows them.
@Suite("postplan calendar: first comments and live events in every format")
struct ContentKindsCalendarTests {
    /// The calendar of a week of the shipped plans in a format, iCalendar's folded lines joined
    /// and its escaped commas and semicolons read back.
    static func render(_ week: String, _ format: String) throws -> String {
        let result = try CommandRunner.run(["calendar", "--week", week, "--format", format, "--today", "2026-11-22"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\\,", with: ",")
            .replacingOccurrences(of: "\\;", with: ";")
    }

    @Test("the first comment is a task at the slot's time", arguments: ["md", "html", "json", "ics"])
    func firstCommentTask(_ format: String) throws {
        let text = try Self.render("2026-W49", format)
        #expect(text.contains("At 13:00, right after it goes out, post the first comment: Which app do you plan in? Tell us below"))
    }

    @Test("the live event runs until its end, and its recording post is a task", arguments: ["md", "html", "json", "ics"])
    func liveEvent(_ format: String) throws {
        let text = try Self.render("2026-W50", format)
        #expect(text.contains("Post the recording of live event"))
        if format == "ics" {
            #expect(text.contains("DTSTART;TZID=Europe/Berlin:20261210T180000\r\nDTEND;TZID=Europe/Berlin:20261210T193000\r\n"))
        } else {
            #expect(text.contains("live until 2026-12-10 19:30"))
        }
    }

    @Test("the Threads ghost post's checklist says it is archived after 24 hours, and when", arguments: ["md", "html", "json", "ics"])
    func ghostPostArchived(_ format: String) throws {
        let text = try Self.render("2026-W51", format)
        #expect(text.contains("Threads archives ghost posts after 24h: this one on 2026-12-16 12:00"))
    }

    @Test("a story elsewhere (Instagram's behind-the-scenes) gets no ghost-post note", arguments: ["md", "json"])
    func storyElsewhereIsNoGhostPost(_ format: String) throws {
        let text = try Self.render("2026-W48", format)
        #expect(text.contains("behind-the-scenes"))
        #expect(!text.contains("ghost post"))
    }

    @Test("the live event's announcement a week before is a task in the week it falls in", arguments: ["md", "json"])
    func announcement(_ format: String) throws {
        let text = try Self.render("2026-W49", format)
        #expect(text.contains("Announce live event"))
        #expect(text.contains("1w before it starts on 2026-12-10 18:00"))
    }
}
