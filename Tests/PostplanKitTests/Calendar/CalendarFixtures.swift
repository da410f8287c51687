import Testing

@testable import PostplanKit

/// A plan in Europe/Berlin with channels `acme` (a LinkedIn company page), `acme-x` (X),
/// `acme-fb` (a Facebook page) and `acme-us` (a LinkedIn company page in America/New_York),
/// followed by `items`.
func berlinCalendarPlan(_ items: String) -> String {
    """
    postplan: 1
    timezone: Europe/Berlin
    channels:
      acme: { platform: linkedin, account: company-page }
      acme-x: { platform: x }
      acme-fb: { platform: facebook, account: page }
      acme-us: { platform: linkedin, account: company-page, timezone: America/New_York }
    items:

    """ + items
}

/// A product page `page` on `acme`, launching on `launch`, as an entry of a plan's `items:`.
func productPageItem(launch: String) -> String {
    """
      - id: page
        kind: product-page
        channels: [acme]
        name: Planner
        category: Social Media Management Software
        cta: { type: request-demo, url: "https://acme.example/demo" }
        launch: \(launch)
        media: [{ type: video, file: tour.mp4 }]

    """
}

/// The calendar of `span` for one plan file, with the built-in checklist defaults, scheduled
/// as `postplan calendar` does. The plan must have no errors.
func calendar(
    _ plan: String, _ span: CalendarSpan, today: LocalDate = fixtureToday, checklists: ChecklistDefaults = .builtIn,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> PostingCalendar {
    try calendarStream(plan, span, today: today, checklists: checklists, sourceLocation: sourceLocation).collected()
}

/// ``calendar(_:_:today:checklists:sourceLocation:)`` as the stream the renderers read.
func calendarStream(
    _ plan: String, _ span: CalendarSpan, today: LocalDate = fixtureToday, checklists: ChecklistDefaults = .builtIn,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> CalendarStream {
    let repo = try decodeRepo(["plan.yaml"], on: InMemoryFileSystem(files: ["plan.yaml": plan]), stages: .checks)
    let errors = repo.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(TextReporter.render(errors))", sourceLocation: sourceLocation)
    let builder = CalendarBuilder(workspace: repo.workspace, checklists: checklists)
    let schedule = Scheduler(workspace: repo.workspace, today: today).schedule(window: builder.scheduleWindow(for: span))
    return builder.stream(for: span, from: schedule)
}

func week(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CalendarSpan {
    CalendarSpan(week: try #require(ISOWeek(iso: text), sourceLocation: sourceLocation))
}

func span(_ first: LocalDate, _ last: LocalDate, sourceLocation: SourceLocation = #_sourceLocation) throws -> CalendarSpan {
    try #require(CalendarSpan(from: first, to: last), sourceLocation: sourceLocation)
}

extension PostingCalendar {
    var slots: [CalendarSlot] { weeks.flatMap(\.days).flatMap(\.slots) }
    var deadlines: [CalendarDeadline] { weeks.flatMap(\.days).flatMap(\.deadlines) }

    /// The week a slot or deadline of `item` lands in, by the first one found.
    func weekOf(item: String, deadline kind: String? = nil) -> String? {
        weeks.first { week in
            week.days.contains { day in
                kind.map { kind in day.deadlines.contains { $0.item == item && $0.kind == kind } } ?? day.slots.contains { $0.item == item }
            }
        }?.id
    }
}
