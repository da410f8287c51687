import YAMLTree

/// A live event hosted on its channels (LinkedIn Live or a LinkedIn Event on a page or profile,
/// an X Space, Facebook Live): a title, a start (`at`), a `duration`, and the posts around it
/// that the calendar plans as tasks: the announcement `announce` before (else the platform's
/// `live.announce-lead`, else a week), reminders `reminders` before (else a day), a reply
/// block while it runs, and the recording after it ends.
enum LiveKind: ItemKindDefinition {
    static let kind = ItemKind.live
    static let displayName = "live event"
    static let pluralName = "live events"
    static let summary = "a live stream, Space or event, announced and replayed"

    static let keys: Set<String> = ["duration", "announce", "reminders"]
    static let scheduling = ItemScheduling.atOnly(whyNotRepeat: "is one event at one time; plan each session as an item of its own")

    /// How long before the start an event is announced when neither the item nor its
    /// platform's profile says.
    static let defaultAnnounceLead = PlanDuration(amount: 1, unit: .weeks)
    /// When the reminders go out when the item gives no `reminders`: a day before.
    static let defaultReminders = [PlanDuration(amount: 1, unit: .days)]

    static func decodeDetails(_ fields: Fields, schedule: Schedule?, context: inout DecodingContext) -> ItemDetails? {
        // The title is read with the common keys; an event cannot go without one.
        let title = fields.required("title", example: "title: Planning a launch, live", context: &context)
        let duration = fields.required("duration", example: "duration: 90m", context: &context)
            .flatMap { context.duration($0, key: "duration") }
        let announce = fields["announce"].flatMap { context.duration($0, key: "announce") }
        let reminders = fields["reminders"].flatMap { decodeReminders($0, context: &context) }
        guard title != nil, let duration else { return nil }
        return .live(LiveEvent(duration: duration, announce: announce, reminders: reminders))
    }

    /// A list of durations before the start, like `[1d, 1h]`; nil when it is not a list.
    private static func decodeReminders(_ node: Node, context: inout DecodingContext) -> [Located<PlanDuration>]? {
        guard let entries = node.sequence else {
            context.report(
                WrongTypeRule.notAList("reminders", of: "times before the start", like: "[1d, 1h]", found: node), at: node.span)
            return nil
        }
        return entries.compactMap { context.duration($0, key: "reminders") }
    }

    /// Its recording is posted after it runs; there is no file to attach when it is planned.
    static let takesMediaWhenPlanned = false
    /// The event's title, which platforms limit as a live event's (`live.*`), checked by
    /// `live-title-length` and `title-character`.
    static let titleFacts = TitleFacts(maxLength: nil, forbiddenCharacters: .liveTitleForbiddenCharacters)

    static let endName: String? = "live until"
    static func endTasks(endingOn end: String) -> [String] {
        ["Reply to comments and questions while it is live, until \(end)", "Post the recording after the event ends on \(end)"]
    }

    static let isOrganic = true
    static let format = ItemFormat.always("live")
    static let engagementTime = PlanDuration(amount: 2, unit: .hours)
    static let engagementSummary = "time a live event needs: hosting it and replying while it runs"

    static let scaffoldTemplate = "templates/items/live.yaml"
    static let scaffoldWait: FactKey? = nil
}

extension ItemKind {
    /// Whether an occurrence of the kind takes its calendar time from its start to its end
    /// (a live event's duration), rather than a short slot to post and answer in.
    var spansItsDuration: Bool {
        self == .live
    }
}

/// What only a live event has: how long it runs and when the posts around it go out
/// (`LiveKind`).
public struct LiveEvent: Sendable {
    public var duration: Located<PlanDuration>
    /// How long before the start it is announced; nil for the platform's default.
    public var announce: Located<PlanDuration>?
    /// How long before the start each reminder goes out; nil for the default, a day before.
    public var reminders: [Located<PlanDuration>]?

    /// - Parameters:
    ///   - duration: how long the event runs, from its `at`.
    ///   - announce: how long before the start it is announced; nil for the platform's default.
    ///   - reminders: how long before the start each reminder goes out; nil for the default.
    public init(duration: Located<PlanDuration>, announce: Located<PlanDuration>?, reminders: [Located<PlanDuration>]?) {
        self.duration = duration
        self.announce = announce
        self.reminders = reminders
    }

    /// When the event is announced before its start on a platform.
    func announceLead(on profile: PlatformProfile?, date: LocalDate) -> PlanDuration {
        announce?.value ?? profile?.duration(.liveAnnounceLead, on: date)?.0 ?? LiveKind.defaultAnnounceLead
    }

    /// When the reminders go out before the start, the earliest first.
    var reminderLeads: [PlanDuration] {
        (reminders?.map(\.value) ?? LiveKind.defaultReminders).sorted(by: >)
    }
}
