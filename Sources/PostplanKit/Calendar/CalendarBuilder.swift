import Foundation

/// Turns what the scheduler found into a posting calendar: every slot and deadline read on
/// the wall clock of the repo's default time zone, grouped into weeks and days, each slot
/// with its checklist, each week with its summary.
public struct CalendarBuilder: Sendable {
    public let workspace: Workspace
    public let checklists: ChecklistDefaults
    /// The zone the calendar reads in: the repo's default, where the team lives.
    public let timeZone: TimeZoneID
    /// The default checklist of each kind on each platform of the workspace's profiles (by
    /// id), put together once rather than for every slot.
    private let defaultChecklists: [String: [ItemKind: Checklist]]

    public init(workspace: Workspace, checklists: ChecklistDefaults) {
        self.workspace = workspace
        self.checklists = checklists
        timeZone = workspace.defaultTimeZone
        defaultChecklists = Dictionary(
            uniqueKeysWithValues: workspace.profiles.sorted.map { profile in
                (profile.id, Dictionary(uniqueKeysWithValues: ItemKind.allCases.map { ($0, checklists.defaults(for: $0, on: profile)) }))
            })
    }

    /// The checklist of an item on a platform, from the defaults put together for it.
    private func checklist(for item: Item, on profile: PlatformProfile?, derived: [String]) -> [ChecklistEntry] {
        let defaults = profile.flatMap { defaultChecklists[$0.id]?[item.kind] } ?? checklists.defaults(for: item.kind, on: profile)
        return defaults.adding(item: item, derived: derived)
    }

    /// The days to ask the scheduler for, wider than the span: a day more on each side,
    /// because the scheduler picks occurrences by their date in their own zone and a Sunday
    /// evening in New York is Monday in Berlin; and, before, as long as the longest poll runs,
    /// so a repeating poll that closes inside the span brings its "post the results" task.
    public func scheduleWindow(for span: CalendarSpan) -> ClosedRange<LocalDate> {
        let longestPoll =
            workspace.items.compactMap { item -> Int? in
                guard case .poll(let poll) = item.details else { return nil }
                return poll.duration.value.seconds
            }.max() ?? 0
        return span.first.adding(days: -1 - (longestPoll + 86_399) / 86_400)...span.last.adding(days: 1)
    }

    /// The calendar of `span` from a schedule of (at least) `scheduleWindow(for: span)`. Slots
    /// and deadlines outside the span on the calendar's clock are left out.
    public func calendar(for span: CalendarSpan, from schedule: ScheduleResult) -> PostingCalendar {
        stream(for: span, from: schedule).collected()
    }

    /// The calendar of `span` as a stream: what the schedule holds is sorted into the span's
    /// days now, and each day's slots, with their texts and checklists, are made when a renderer
    /// asks for that day, so a long calendar of a large repo is never held whole.
    public func stream(for span: CalendarSpan, from schedule: ScheduleResult) -> CalendarStream {
        let header = PostingCalendar(
            version: PostingCalendar.currentVersion, title: span.title, from: span.first.description, to: span.last.description,
            timeZone: timeZone.identifier, weekStart: span.layout.start.rawValue, weeks: [])
        var zones = ZoneConverters()
        guard let clock = zones.converter(for: timeZone) else { return CalendarStream(header) }
        let weeks = span.weeks
        let firstDay = span.layout.firstDay(of: weeks[0])
        // The days' occurrences, in the schedule's order, placed by their date on the calendar's
        // clock; days are counted from the first week's first day, seven to a week. Each is kept
        // as its place in the schedule and its channel's among `channels`: eight bytes, rather
        // than a copy of it.
        let all = schedule.occurrences
        let channels = Array(workspace.channels.values)
        let channelNumbers = Dictionary(uniqueKeysWithValues: channels.enumerated().map { ($1.id.value, Int32($0)) })
        let placed = all.inRuns { run in
            run.indices.compactMap { index -> (day: Int, placed: PlacedOccurrence)? in
                let occurrence = all[index], date = clock.local(occurrence.start).date
                guard span.contains(date), workspace.items.indices.contains(occurrence.itemIndex),
                    let channel = channelNumbers[occurrence.channelID]
                else { return nil }
                return (date - firstDay, PlacedOccurrence(occurrence: Int32(index), channel: channel))
            }
        }
        var occurrences = [[PlacedOccurrence]](repeating: [], count: weeks.count * 7)
        var zoneNames = Set<String>()
        for (day, placed) in placed.joined() {
            occurrences[day].append(placed)
            zoneNames.insert(all[Int(placed.occurrence)].zone.identifier)
        }
        let placedIn = PlacedOccurrences(schedule: all, channels: channels)
        var deadlines = [[CalendarDeadline]](repeating: [], count: weeks.count * 7)
        let due = schedule.deadlines.compactMap { deadline($0, in: span, clock: clock, zones: &zones) }
        for (date, deadline) in due.sorted(by: { Self.dueOrder($0.deadline, $1.deadline) }) {
            deadlines[date - firstDay].append(deadline)
            if deadline.time != nil { zoneNames.insert(timeZone.identifier) }
        }
        // Where each week's first day (cut to the span) is among the days.
        let firstDays = weeks.map { max(span.layout.firstDay(of: $0), span.first) - firstDay }
        let outlines = weeks.indices.map { index in
            outline(
                weeks[index], of: span, occurrences: occurrences[firstDays[index]...].lazy.map { $0.lazy.map(placedIn.resolve) },
                deadlines: deadlines[firstDays[index]...])
        }
        return CalendarStream(header: header, outlines: outlines, zones: zoneNames.sorted()) {
            [self, occurrences, deadlines, firstDays, outlines, placedIn] day, week in
            let outline = outlines[week].days[day], index = firstDays[week] + day
            return CalendarStream.Day(
                date: outline.date, weekday: outline.weekday, deadlines: deadlines[index], slotCount: occurrences[index].count
            ) { slot(placedIn.resolve(occurrences[index][$0]), clock: clock) }
        }
    }

    /// An occurrence placed on a day of the calendar: its place in the schedule, and the place
    /// of the channel it goes out on among the workspace's.
    private struct PlacedOccurrence: Sendable {
        var occurrence: Int32
        var channel: Int32
    }

    /// What placed occurrences point into.
    private struct PlacedOccurrences: Sendable {
        let schedule: [Occurrence]
        let channels: [Channel]

        func resolve(_ placed: PlacedOccurrence) -> (occurrence: Occurrence, channel: Channel) {
            (schedule[Int(placed.occurrence)], channels[Int(placed.channel)])
        }
    }

    /// One week of the span, cut to it: its days' dates without their slots and deadlines, and
    /// its summary, counted from the occurrences and deadlines of its days, which start the
    /// slices given.
    private func outline(
        _ week: ISOWeek, of span: CalendarSpan, occurrences: some Sequence<some Sequence<(occurrence: Occurrence, channel: Channel)>>,
        deadlines: ArraySlice<[CalendarDeadline]>
    ) -> CalendarWeek {
        let first = max(span.layout.firstDay(of: week), span.first)
        let last = min(span.layout.lastDay(of: week), span.last)
        let days = (0...(last - first)).map { offset in
            let date = first.adding(days: offset)
            return CalendarDay(date: date.description, weekday: Self.weekdayNames[date.weekday.isoNumber - 1], slots: [], deadlines: [])
        }
        let summary = summary(of: occurrences.prefix(days.count).joined(), deadlines: Array(deadlines.prefix(days.count).joined()))
        return CalendarWeek(id: week.description, from: first.description, to: last.description, days: days, summary: summary)
    }

    /// Deadlines by when they are due, then by what they are.
    private static func dueOrder(_ a: CalendarDeadline, _ b: CalendarDeadline) -> Bool {
        (a.date, a.time ?? "", a.item, a.kind, a.channel) < (b.date, b.time ?? "", b.item, b.kind, b.channel)
    }

    /// `2026-12-01 09:00`; an end at midnight is the end of the day before:
    /// `2026-12-14, end of day` (an ad `until: 2026-12-14` runs all of that day).
    static func endWording(_ date: LocalDate, _ time: LocalTime) -> String {
        time == LocalTime(hour: 0, minute: 0) ? "\(date.adding(days: -1)), end of day" : "\(date) \(time)"
    }

    private static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The slot of an occurrence placed on the calendar (its date in the span, its item and
    /// channel in the workspace).
    private func slot(_ placed: (occurrence: Occurrence, channel: Channel), clock: ZoneConverter) -> CalendarSlot {
        let (occurrence, channel) = placed
        let (date, time) = clock.local(occurrence.start)
        let item = workspace.items[occurrence.itemIndex]
        let profile = workspace.profile(of: channel)
        let wording = SlotWording(item: item, channelID: channel.id.value)
        var zoneNote: String?
        if occurrence.zone != timeZone, (occurrence.date, occurrence.time) != (date, time) {
            let day = occurrence.date == date ? "" : "\(occurrence.date) "
            zoneNote = "\(day)\(occurrence.time) \(occurrence.zone)"
        }
        let end = occurrence.end.flatMap { end in
            item.kind.definition.endName.map { what in
                let (endDate, endTime) = clock.local(end)
                return SlotEnd(
                    what: what, date: endDate.description, time: endTime.description, utc: UTCText.format(end),
                    text: "\(what) \(Self.endWording(endDate, endTime))")
            }
        }
        var derived = wording.firstCommentTask(at: time).map { [$0] } ?? []
        if let end = occurrence.end {
            let (endDate, endTime) = clock.local(end)
            derived += item.kind.definition.endTasks(endingOn: Self.endWording(endDate, endTime))
            if case .story = item.details,
                let ghost = StoryKind.ghostPostTask(on: profile, date: occurrence.date, endingOn: Self.endWording(endDate, endTime))
            {
                derived.append(ghost)
            }
        }
        let text = wording.text, title = wording.title
        var options: [String] = []
        if case .poll(let poll) = item.details { options = poll.allOptions.map(\.value) }
        let repeatDate = item.isRepeating ? ".\(Self.compact(occurrence.date))" : ""
        return CalendarSlot(
            uid: "\(item.id.value).\(channel.id.value)\(repeatDate)@postplan",
            item: item.id.value, channel: channel.id.value, platform: channel.platform.value,
            platformName: Self.platformName(of: channel, profile: profile), kind: item.kind.rawValue,
            kindName: wording.partCount.map { "\(item.kind.displayName) of \($0) part\($0 == 1 ? "" : "s")" } ?? item.kind.displayName,
            title: title, text: text, contentWarning: wording.contentWarning, fromVariant: wording.isVariantText,
            showsText: text.map { $0.trimmingWhitespace() != title } ?? false,
            excerpt: text.flatMap(SlotWording.excerpt), options: options, media: wording.media,
            date: date.description, time: time.description,
            utc: UTCText.format(occurrence.start), zone: occurrence.zone.identifier,
            zoneDate: occurrence.date.description, zoneTime: occurrence.time.description, zoneNote: zoneNote, end: end,
            file: item.range.path, line: item.range.start.line, source: "\(item.range.path):\(item.range.start.line)",
            link: wording.link, status: item.status?.value.rawValue, owner: item.owner?.value, campaign: item.campaign?.value,
            pillar: item.pillar?.value.rawValue, intent: item.intent?.value.rawValue,
            proposed: occurrence.isProposed ? true : nil, checklist: checklist(for: item, on: profile, derived: derived))
    }

    /// The deadline as the calendar shows it, with the day it is due on the calendar's clock.
    private func deadline(
        _ deadline: Deadline, in span: CalendarSpan, clock: ZoneConverter, zones: inout ZoneConverters
    ) -> (date: LocalDate, deadline: CalendarDeadline)? {
        // A task due at a time is read on the calendar's clock; one due on a day stays on its day.
        var date = deadline.date
        var time: String?
        var utc: String?
        if let due = deadline.time, let zone = zones.converter(for: deadline.zone) {
            let instant = zone.resolve(deadline.date, due).instant
            let local = clock.local(instant)
            (date, time, utc) = (local.date, local.time.description, UTCText.format(instant))
        }
        guard span.contains(date), workspace.items.indices.contains(deadline.itemIndex),
            let channel = workspace.channels[deadline.channelID]
        else { return nil }
        let item = workspace.items[deadline.itemIndex]
        let profile = workspace.profile(of: channel)
        var checklist: [ChecklistEntry] = []
        if deadline.kind == .submitReview {
            checklist = self.checklist(for: item, on: profile, derived: ["Submit the page for review by \(deadline.date)"])
        }
        var repeatDate = item.isRepeating ? ".\(Self.compact(deadline.date))" : ""
        // A live event may have several reminders: each is told apart by when it is due.
        if deadline.kind == .remind {
            repeatDate = ".\(Self.compact(deadline.date))T\(deadline.time.map { pad($0.hour, 2) + pad($0.minute, 2) } ?? "")"
        }
        let shown = CalendarDeadline(
            uid: "\(item.id.value).\(channel.id.value).\(deadline.kind.rawValue)\(repeatDate)@postplan",
            kind: deadline.kind.rawValue, item: item.id.value, channel: channel.id.value, platform: channel.platform.value,
            platformName: Self.platformName(of: channel, profile: profile), title: deadline.title, date: date.description, time: time, utc: utc,
            file: item.range.path, line: item.range.start.line, source: "\(item.range.path):\(item.range.start.line)",
            checklist: checklist)
        return (date, shown)
    }

    /// The week's counts by channel and by kind, read off the occurrences its slots are made
    /// from (each placed one makes a slot), and its deadlines.
    private func summary(of occurrences: some Sequence<(occurrence: Occurrence, channel: Channel)>, deadlines: [CalendarDeadline]) -> WeekSummary {
        var byChannel: [String: ChannelCount] = [:]
        var byKind: [ItemKind: Int] = [:]
        var count = 0
        for (occurrence, channel) in occurrences {
            count += 1
            if byChannel[channel.id.value] == nil {
                byChannel[channel.id.value] = ChannelCount(
                    channel: channel.id.value, platformName: Self.platformName(of: channel, profile: workspace.profile(of: channel)), count: 0)
            }
            byChannel[channel.id.value]?.count += 1
            byKind[workspace.items[occurrence.itemIndex].kind, default: 0] += 1
        }
        let kinds = ItemKind.allCases.compactMap { kind in
            byKind[kind].map { KindCount(kind: kind.rawValue, kindName: kind.displayName, count: $0) }
        }
        return WeekSummary(slots: count, channels: byChannel.keys.sorted().compactMap { byChannel[$0] }, kinds: kinds, deadlines: deadlines)
    }

    /// `LinkedIn`: the name of the channel's platform, its id when no profile names it.
    private static func platformName(of channel: Channel, profile: PlatformProfile?) -> String {
        profile?.name ?? channel.platform.value
    }

    /// `20261124`, for uids.
    private static func compact(_ date: LocalDate) -> String {
        "\(pad(date.year, 4))\(pad(date.month, 2))\(pad(date.day, 2))"
    }
}

extension Item {
    var isRepeating: Bool {
        if case .recurring? = schedule { return true }
        return false
    }
}

/// Zone converters made once per zone a calendar meets.
struct ZoneConverters {
    private var made: [TimeZoneID: ZoneConverter] = [:]

    /// Nil for a zone the system does not know.
    mutating func converter(for zone: TimeZoneID) -> ZoneConverter? {
        if let converter = made[zone] { return converter }
        let converter = ZoneConverter(zone)
        made[zone] = converter
        return converter
    }
}
