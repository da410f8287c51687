/// Expands items into occurrences on their channels, in their time zones, across daylight
/// saving changes, and derives the deadlines that follow from them.
public struct Scheduler: Sendable {
    public let workspace: Workspace
    /// The day lead times count from, and the first day the queue fills.
    public let today: LocalDate
    /// The instant now, when the run knows it: the queue takes no slot before it.
    public let now: Int?

    public init(workspace: Workspace, today: LocalDate, now: Int? = nil) {
        self.workspace = workspace
        self.today = today
        self.now = now
    }

    /// Occurrences and deadlines whose wall-clock date lies in `window`, and every finding
    /// about the times involved. One-off times are checked whatever the window.
    ///
    /// When channels have posting slots or items are queued, the queue is planned over the
    /// year from today whatever the window, so that every command proposes
    /// the same slots; the queued items' occurrences in the window are marked proposed.
    public func schedule(window requested: ClosedRange<LocalDate>) -> ScheduleResult {
        var result = ScheduleResult()
        let queueDays = QueuePlanner.horizon(from: today)
        let plansQueue = QueuePlanner.hasWork(in: workspace)
        let window =
            plansQueue
            ? min(requested.lowerBound, queueDays.lowerBound)...max(requested.upperBound, queueDays.upperBound) : requested
        var converters: [String: ZoneConverter] = [:]
        // Room for an occurrence per item and channel, what one-off items make: the array then
        // does not double past them, leaving up to half of it unused.
        result.occurrences.reserveCapacity(workspace.items.reduce(0) { $0 + $1.channels.count })
        for (index, item) in workspace.items.enumerated() {
            for reference in item.channels {
                guard let channel = workspace.channels[reference.value] else { continue }
                let zone = workspace.timeZone(of: item, on: channel)
                let converter: ZoneConverter
                if let cached = converters[zone.identifier] {
                    converter = cached
                } else if let made = ZoneConverter(zone) {
                    converters[zone.identifier] = made
                    converter = made
                } else {
                    continue
                }
                schedule(item, index: index, on: channel, zone: zone, converter: converter, window: window, into: &result)
            }
        }
        if plansQueue {
            let (plan, diagnostics) = QueuePlanner(workspace: workspace, days: queueDays, notBefore: now).plan(pinned: result.occurrences)
            for placement in plan.placements {
                guard let channel = workspace.channels[placement.channelID],
                    let converter = converters[placement.zone.identifier] ?? ZoneConverter(placement.zone)
                else { continue }
                add(
                    workspace.items[placement.itemIndex], index: placement.itemIndex, on: channel, start: placement.start, sequence: 0,
                    zone: placement.zone, converter: converter, window: window, proposed: true, into: &result)
            }
            result.queue = plan
            result.diagnostics += diagnostics
            if window != requested {
                result.occurrences.removeAll { !requested.contains($0.date) }
                result.deadlines.removeAll { !requested.contains($0.date) }
            }
        }
        // Compared field by field rather than as tuples: a tuple with a String in it is built
        // (and its string retained) for every comparison, and a large repo has many occurrences.
        result.occurrences.sort { lhs, rhs in
            if lhs.start != rhs.start { return lhs.start < rhs.start }
            if lhs.channelID != rhs.channelID { return lhs.channelID < rhs.channelID }
            return lhs.itemIndex < rhs.itemIndex
        }
        result.deadlines.sort { lhs, rhs in
            if lhs.date != rhs.date { return lhs.date < rhs.date }
            let lhsTime = lhs.time ?? .midnight, rhsTime = rhs.time ?? .midnight
            if lhsTime != rhsTime { return lhsTime < rhsTime }
            if lhs.itemIndex != rhs.itemIndex { return lhs.itemIndex < rhs.itemIndex }
            return lhs.kind.rawValue < rhs.kind.rawValue
        }
        result.diagnostics += ConflictDetector.conflicts(in: result.occurrences, workspace: workspace)
        return result
    }

    private func schedule(
        _ item: Item, index: Int, on channel: Channel, zone: TimeZoneID, converter: ZoneConverter,
        window: ClosedRange<LocalDate>, into result: inout ScheduleResult
    ) {
        switch item.schedule {
        case .once(let at)?:
            let start: Int
            if let offset = at.value.utcOffsetSeconds {
                start = (at.value.date.dayNumber * 86_400 + at.value.time.hour * 3_600 + at.value.time.minute * 60) - offset
            } else {
                let resolution = converter.resolve(at.value.date, at.value.time)
                report(resolution, of: at.value.date, at.value.time, zone: zone, converter: converter, at: at.range, into: &result.diagnostics)
                start = resolution.instant
            }
            add(item, index: index, on: channel, start: start, sequence: 0, zone: zone, converter: converter, window: window, into: &result)
        case .recurring(let rule)?:
            let dates = RecurrenceExpander.dates(of: rule, within: window)
            // Each kind of problem once: the first gap, and the first overlap.
            var reportedGap = false, reportedOverlap = false
            for (sequence, date) in dates.enumerated() {
                let resolution = converter.resolve(date, rule.at.value)
                let isGap = if case .gap = resolution { true } else { false }
                let isOverlap = if case .overlap = resolution { true } else { false }
                if (isGap && !reportedGap) || (isOverlap && !reportedOverlap) {
                    report(resolution, of: date, rule.at.value, zone: zone, converter: converter, at: rule.at.range, into: &result.diagnostics)
                    reportedGap = reportedGap || isGap
                    reportedOverlap = reportedOverlap || isOverlap
                }
                add(
                    item, index: index, on: channel, start: resolution.instant, sequence: sequence, zone: zone, converter: converter, window: window,
                    into: &result)
            }
        case .queued?:
            break  // placed by the queue, once every pinned item has its slots
        case nil:
            if case .productPage(let page) = item.details {
                addProductPage(page, item: item, index: index, channel: channel, zone: zone, window: window, into: &result)
            }
        }
    }

    private func add(
        _ item: Item, index: Int, on channel: Channel, start: Int, sequence: Int, zone: TimeZoneID, converter: ZoneConverter,
        window: ClosedRange<LocalDate>, proposed: Bool = false, into result: inout ScheduleResult
    ) {
        let (date, time) = converter.local(start)
        var occurrence = Occurrence(
            itemIndex: index, channelID: channel.id.value, start: start, date: date, time: time, zone: zone, end: nil, sequence: sequence,
            isProposed: proposed)
        switch item.details {
        case .poll(let poll):
            let close = start + poll.duration.value.seconds
            occurrence.end = close
            let (closeDate, closeTime) = converter.local(close)
            if window.contains(closeDate) {
                result.deadlines.append(
                    Deadline(
                        kind: .postResults, itemIndex: index, channelID: channel.id.value, date: closeDate, time: closeTime, zone: zone,
                        title: "Post the results of poll '\(item.id.value)' on \(channel.id.value)"))
            }
        case .story(let story):
            occurrence.end = start + (story.expires?.value ?? Story.defaultExpiry).seconds
        case .ad(let ad):
            switch ad.until?.value {
            case .endOfDay(let last)?: occurrence.end = converter.resolve(last.adding(days: 1), .midnight).instant
            case .instant(let end)?:
                occurrence.end =
                    end.utcOffsetSeconds.map {
                        end.date.dayNumber * 86_400 + end.time.hour * 3_600 + end.time.minute * 60 - $0
                    } ?? converter.resolve(end.date, end.time).instant
            case nil: break
            }
        case .live(let live):
            let end = start + live.duration.value.seconds
            occurrence.end = end
            addLiveTasks(
                live, item: item, index: index, channel: channel, start: start, end: end, zone: zone, converter: converter, window: window,
                into: &result)
        case .post, .productPage, .thread:
            break
        }
        if window.contains(date) {
            // Full, the array grows by an eighth rather than doubling: past the room reserved
            // for one occurrence per item and channel, only repeats add more, and a doubled
            // array of a large repo leaves megabytes unused for the whole run.
            if result.occurrences.count == result.occurrences.capacity {
                result.occurrences.reserveCapacity(result.occurrences.count + result.occurrences.count / 8 + 16)
            }
            result.occurrences.append(occurrence)
        }
    }

    /// A live event's announcement, reminders and recording post, each a deadline at its time.
    private func addLiveTasks(
        _ live: LiveEvent, item: Item, index: Int, channel: Channel, start: Int, end: Int, zone: TimeZoneID, converter: ZoneConverter,
        window: ClosedRange<LocalDate>, into result: inout ScheduleResult
    ) {
        let name = "live event '\(item.id.value)' on \(channel.id.value)"
        let (startDate, startTime) = converter.local(start)
        let announce = live.announceLead(on: workspace.profile(of: channel), date: startDate)
        var tasks: [(Deadline.Kind, Int, String)] = [
            (.announce, start - announce.seconds, "Announce \(name) (\(announce) before it starts on \(startDate) \(startTime))")
        ]
        tasks += live.reminderLeads.filter { $0 < announce }.map { lead in
            (.remind, start - lead.seconds, "Post a reminder of \(name) (\(lead) before it starts)")
        }
        tasks.append((.postRecording, end, "Post the recording of \(name)"))
        for (kind, instant, title) in tasks {
            let (date, time) = converter.local(instant)
            guard window.contains(date) else { continue }
            result.deadlines.append(
                Deadline(kind: kind, itemIndex: index, channelID: channel.id.value, date: date, time: time, zone: zone, title: title))
        }
    }

    private func addProductPage(
        _ page: ProductPage, item: Item, index: Int, channel: Channel, zone: TimeZoneID, window: ClosedRange<LocalDate>,
        into result: inout ScheduleResult
    ) {
        let launch = page.launch.value
        if window.contains(launch) {
            result.deadlines.append(
                Deadline(
                    kind: .launch, itemIndex: index, channelID: channel.id.value, date: launch, time: nil, zone: zone,
                    title: "Launch day of product page '\(page.name.value)' on \(channel.id.value)"))
        }
        guard let profile = workspace.profile(of: channel),
            let (review, _) = profile.duration(.productPageReviewTime, on: launch)
        else { return }
        let days = (review.seconds + 86_399) / 86_400
        let due = launch.adding(days: -days)
        if window.contains(due) {
            result.deadlines.append(
                Deadline(
                    kind: .submitReview, itemIndex: index, channelID: channel.id.value, date: due, time: nil, zone: zone,
                    title: "Submit product page '\(page.name.value)' for \(profile.name) review (\(days) days before the \(launch) launch)"))
        }
        if launch >= today, launch - today < days {
            result.diagnostics.append(
                Diagnostic(
                    ReviewLeadTimeRule.launchTooSoon(page: item.id.value, launch: launch, today: today, platform: profile.name, reviewDays: days),
                    at: page.launch.range))
        }
    }

    private func report(
        _ resolution: WallClockResolution, of date: LocalDate, _ time: LocalTime, zone: TimeZoneID, converter: ZoneConverter,
        at range: SourceRange, into diagnostics: inout [Diagnostic]
    ) {
        switch resolution {
        case .exact:
            break
        case .gap(let shifted):
            let (_, later) = converter.local(shifted)
            diagnostics.append(
                Diagnostic(
                    NonexistentTimeRule.inGap(date, time, zone: zone, becomes: later),
                    at: range))
        case .overlap(let first, _):
            diagnostics.append(
                Diagnostic(
                    AmbiguousTimeRule.happensTwice(date, time, zone: zone, firstOffset: DateTimeValue.offsetText(converter.offset(at: first))),
                    at: range))
        }
    }
}
