/// A posting calendar for some days: what goes out when and where, what to do around each
/// slot, and what is due. It is the one thing every renderer gets; `--format json` prints it
/// as it is (docs/calendar-json.md), and the Mustache templates see the same names.
///
/// Dates are `YYYY-MM-DD` and times `HH:MM`, on the wall clock of `timeZone`, the repo's
/// default zone; instants are also given in UTC (`2026-11-24T08:00Z`). Optional fields are
/// left out of the JSON when they have no value.
public struct PostingCalendar: Codable, Hashable, Sendable {
    /// The version of this structure; raised when a field changes meaning or goes away.
    public var version: Int
    /// `2026-W48`, or `2026-11-23 to 2026-12-06` for other spans.
    public var title: String
    public var from: String
    public var to: String
    /// The IANA zone the calendar's dates and times are in.
    public var timeZone: String
    /// The day its weeks start on, `mon` to `sun` (`week-start`).
    public var weekStart: String
    public var weeks: [CalendarWeek]

    public static let currentVersion = 1
}

/// One week (from Monday, or from the configured `week-start`), cut to the calendar's span,
/// named after the ISO week that holds most of its days.
public struct CalendarWeek: Codable, Hashable, Sendable {
    /// `2026-W48`.
    public var id: String
    /// The first and last day of the week inside the span.
    public var from: String
    public var to: String
    public var days: [CalendarDay]
    public var summary: WeekSummary
}

public struct CalendarDay: Codable, Hashable, Sendable {
    public var date: String
    /// `Monday`.
    public var weekday: String
    /// By time, then channel.
    public var slots: [CalendarSlot]
    /// The tasks due on this day, by time (all-day tasks first).
    public var deadlines: [CalendarDeadline]
}

/// One item going out on one channel.
public struct CalendarSlot: Codable, Hashable, Sendable {
    /// Stable across runs: `<item>.<channel>@postplan`, with `.<YYYYMMDD>` before the `@` for
    /// repeating items.
    public var uid: String
    /// The item's id.
    public var item: String
    public var channel: String
    /// The channel's platform id (`linkedin`) and name (`LinkedIn`).
    public var platform: String
    public var platformName: String
    /// `post`, `poll`, `story`, `ad` (a product page has deadlines rather than slots).
    public var kind: String
    /// `poll`, `product page`: the kind as words.
    public var kindName: String
    /// The item's `title`, else the first line of what it says (text, question or name).
    public var title: String
    /// The whole text as it goes out on this channel (its variant's, if it has one).
    public var text: String?
    /// The content warning readers see before `text` on this channel (its variant's, else the
    /// item's), on one line; nil for none.
    public var contentWarning: String?
    /// Whether `text` is this channel's variant rather than the item's own text.
    public var fromVariant: Bool
    /// Whether `text` says more than `title`, so a calendar shows it (a text whose first line
    /// is the whole of it is already the title).
    public var showsText: Bool
    /// `text` cut to about 280 characters at a word, with "…", when it is longer: what a card
    /// shows before it is opened. Nil for shorter texts.
    public var excerpt: String?
    /// A poll's options as they go out, "Other, see comments" included; empty for other kinds.
    public var options: [String]
    /// The attachments as they go out on this channel (its variant's, if it has its own).
    public var media: [SlotMedia]
    public var date: String
    public var time: String
    public var utc: String
    /// The zone the item's time is written in (the item's, channel's or file's).
    public var zone: String
    /// The slot's date and time in `zone`.
    public var zoneDate: String
    public var zoneTime: String
    /// `11:00 America/New_York`, when the slot's own wall clock reads differently.
    public var zoneNote: String?
    /// When what the slot starts ends: a poll closes, a story expires, an ad's run ends.
    public var end: SlotEnd?
    /// Where the item is written: `file`, `line` and both as `file:line`.
    public var file: String
    public var line: Int
    public var source: String
    public var link: String?
    public var status: String?
    public var owner: String?
    public var campaign: String?
    public var pillar: String?
    public var intent: String?
    /// True when the queue proposes this time for a queued item (`at: next-slot`); absent for
    /// an item pinned to its time.
    public var proposed: Bool?
    public var checklist: [ChecklistEntry]
}

/// One attachment of a slot.
public struct SlotMedia: Codable, Hashable, Sendable {
    /// `image`, `video`, `gif`, `document`.
    public var type: String
    public var file: String
    /// The alternative text; nil when the plan gives none.
    public var alt: String?
}

public struct SlotEnd: Codable, Hashable, Sendable {
    /// `poll closes`, `story expires`, `ad run ends`.
    public var what: String
    public var date: String
    public var time: String
    public var utc: String
    /// `poll closes 2026-12-01 09:00`; an end at midnight is the end of the day before:
    /// `ad run ends 2026-12-14, end of day`.
    public var text: String
}

/// A task with a date that follows from an item: post a poll's results, submit a product page
/// for review, a product page's launch. It lands in the week it is due.
public struct CalendarDeadline: Codable, Hashable, Sendable {
    /// Stable across runs: `<item>.<channel>.<kind>@postplan`, with `.<YYYYMMDD>` before the
    /// `@` for repeating items (`.<YYYYMMDD>T<HHMM>` for a live event's reminders).
    public var uid: String
    /// `post-results`, `submit-review`, `launch`, `announce`, `remind`, `post-recording`.
    public var kind: String
    public var item: String
    public var channel: String
    public var platform: String
    public var platformName: String
    /// What to do, such as `Post the results of poll 'cert-poll' on urs-linkedin`.
    public var title: String
    public var date: String
    /// Nil for tasks due on a day rather than at a time.
    public var time: String?
    public var utc: String?
    public var file: String
    public var line: Int
    public var source: String
    /// For a review submission, the product page's checklist; empty for other deadlines.
    public var checklist: [ChecklistEntry]
}

/// A week at a glance: how much goes out where, and what is due.
public struct WeekSummary: Codable, Hashable, Sendable {
    public var slots: Int
    /// Channels with at least one slot, by id.
    public var channels: [ChannelCount]
    /// Kinds with at least one slot, in the order post, poll, story, product page, ad.
    public var kinds: [KindCount]
    /// The week's deadlines, the same as its days hold, in date order.
    public var deadlines: [CalendarDeadline]
}

public struct ChannelCount: Codable, Hashable, Sendable {
    public var channel: String
    public var platformName: String
    public var count: Int
}

public struct KindCount: Codable, Hashable, Sendable {
    public var kind: String
    public var kindName: String
    public var count: Int
}

/// One task of a checklist, and where it comes from.
public struct ChecklistEntry: Codable, Hashable, Sendable {
    /// Printed (and seen by templates) as its JSON value, such as `every-item`.
    public enum Origin: String, Codable, Hashable, Sendable, CustomStringConvertible {
        /// The item's own `checklist`.
        case item
        /// The defaults' `every-item`, `kinds` or `platforms` lists.
        case everyItem = "every-item"
        case kind
        case platform
        /// Follows from the item's data, such as a poll's close time.
        case derived

        public var description: String { rawValue }
    }

    public var text: String
    public var origin: Origin
}
