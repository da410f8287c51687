/// The calendar as iCalendar (RFC 5545) for calendar apps: a VEVENT per slot and a VTODO per
/// deadline, each with its checklist in DESCRIPTION and a reminder (VALARM), and a VTIMEZONE
/// for every zone named. Written by hand, for a dependency-free, byte-stable file, a run of
/// slots at a time: the events of each run, and each week's to-dos after the events of its days.
///
/// The output depends only on the calendar, so a committed .ics stays current until the plans
/// change: DTSTAMP is the calendar's first day at 00:00 UTC rather than the time of the run.
public struct ICSCalendarRenderer: CalendarRenderer {
    public static let productID = "-//postplan//posting calendar//EN"
    /// How long a slot takes in the calendar: the time planned for answering the first
    /// comments after an item goes out.
    public static let slotMinutes = 15

    public init() {}

    /// The calendar's properties and a VTIMEZONE for each zone its times are written in.
    public func opening(of calendar: CalendarStream) -> String {
        var lines = ICSContentLines()
        lines.begin("VCALENDAR")
        lines.add("VERSION", raw: "2.0")
        lines.add("PRODID", text: Self.productID)
        lines.add("CALSCALE", raw: "GREGORIAN")
        lines.add("X-WR-CALNAME", text: "Posting calendar \(calendar.header.title)")
        lines.add("X-WR-TIMEZONE", text: calendar.header.timeZone)
        let firstYear = Self.year(of: calendar.header.from)
        let years = firstYear...max(firstYear, Self.year(of: calendar.header.to))
        for zone in calendar.zones {
            TimeZoneObservances(zone: zone, years: years)?.write(to: &lines)
        }
        return lines.text
    }

    /// A VEVENT for each slot of a run; after a week's days, a VTODO for each of its deadlines.
    public func text(of piece: CalendarPiece, in calendar: CalendarStream) -> String {
        var lines = ICSContentLines()
        let stamp = Self.stamp(of: calendar)
        switch piece {
        case .slots(let run, let day, let week):
            let day = calendar.day(day, ofWeek: week)
            for index in run { write(day.slot(index), stamp: stamp, to: &lines) }
        case .weekClosing(let week):
            for deadline in calendar.outline(ofWeek: week).summary.deadlines {
                write(deadline, calendarZone: calendar.header.timeZone, stamp: stamp, to: &lines)
            }
        case .weekOpening, .dayOpening, .dayClosing: break
        }
        return lines.text
    }

    /// DTSTAMP: the calendar's first day at 00:00 UTC.
    private static func stamp(of calendar: CalendarStream) -> String {
        compactDate(calendar.header.from) + "T000000Z"
    }

    public func closing(of calendar: CalendarStream) -> String {
        var lines = ICSContentLines()
        lines.end("VCALENDAR")
        return lines.text
    }

    private func write(_ slot: CalendarSlot, stamp: String, to lines: inout ICSContentLines) {
        let summary = "\(slot.kindName.capitalizedFirst) on \(slot.channel): \(slot.title)"
        lines.begin("VEVENT")
        lines.add("UID", text: slot.uid)
        lines.add("DTSTAMP", raw: stamp)
        let zone = ["TZID=\(slot.zone)"]
        lines.add("DTSTART", zone, raw: Self.localDateTime(slot.zoneDate, slot.zoneTime))
        if let end = Self.slotEnd(slot) { lines.add("DTEND", zone, raw: end) }
        lines.add("SUMMARY", text: summary)
        // A time the queue proposes is not settled until the plan pins it (`schedule --write`).
        if slot.proposed == true { lines.add("STATUS", raw: "TENTATIVE") }
        lines.add("DESCRIPTION", text: description(of: slot))
        lines.add("LOCATION", text: "\(slot.channel) (\(slot.platformName))")
        lines.add("CATEGORIES", texts: [slot.kindName, slot.platformName])
        Self.alarm(offset: "-PT\(Self.slotMinutes)M", summary: summary, to: &lines)
        lines.end("VEVENT")
    }

    private func write(_ deadline: CalendarDeadline, calendarZone: String, stamp: String, to lines: inout ICSContentLines) {
        lines.begin("VTODO")
        lines.add("UID", text: deadline.uid)
        lines.add("DTSTAMP", raw: stamp)
        if let time = deadline.time {
            lines.add("DUE", ["TZID=\(calendarZone)"], raw: Self.localDateTime(deadline.date, time))
        } else {
            lines.add("DUE", ["VALUE=DATE"], raw: Self.compactDate(deadline.date))
        }
        lines.add("SUMMARY", text: deadline.title)
        var description = [deadline.title]
        if !deadline.checklist.isEmpty { description += [""] + Self.checklistLines(deadline.checklist) }
        description += ["", "Item \(deadline.item), \(deadline.source)"]
        lines.add("DESCRIPTION", text: description.joined(separator: "\n"))
        lines.add("LOCATION", text: "\(deadline.channel) (\(deadline.platformName))")
        lines.add("CATEGORIES", texts: [deadline.kind, deadline.platformName])
        // At the due time; for a task due on a day, at 09:00 the day before.
        Self.alarm(["RELATED=END"], offset: deadline.time == nil ? "-PT15H" : "PT0S", summary: deadline.title, to: &lines)
        lines.end("VTODO")
    }

    private func description(of slot: CalendarSlot) -> String {
        var lines = ["\(slot.kindName.capitalizedFirst) on \(slot.channel) (\(slot.platformName)), \(slot.zoneDate) \(slot.zoneTime) \(slot.zone)"]
        if let end = slot.end { lines.append(end.text.capitalizedFirst) }
        if let warning = slot.contentWarning { lines += ["", "Content warning: \(warning)"] }
        if let text = slot.text { lines += ["", slot.fromVariant ? "Variant for \(slot.channel): \(text)" : text] }
        if !slot.options.isEmpty { lines += ["", "Options: " + slot.options.joined(separator: " · ")] }
        if !slot.media.isEmpty {
            lines += [""] + slot.media.map { "Media: \($0.type) \($0.file)" + ($0.alt.map { " · alt text: \($0)" } ?? " · no alt text") }
        }
        let people = [slot.status.map { "Status: \($0)" }, slot.owner.map { "owner: \($0)" }].compactMap { $0 }
        if !people.isEmpty { lines += ["", people.joined(separator: " · ")] }
        if !slot.checklist.isEmpty { lines += [""] + Self.checklistLines(slot.checklist) }
        lines += ["", "Item \(slot.item), \(slot.source)"]
        return lines.joined(separator: "\n")
    }

    private static func checklistLines(_ checklist: [ChecklistEntry]) -> [String] {
        ["Checklist:"] + checklist.map { "[ ] \($0.text)" }
    }

    /// A reminder `offset` (a DURATION, negative for before) from the start, or from the end
    /// (a VTODO's DUE) with `RELATED=END`.
    private static func alarm(_ parameters: [String] = [], offset: String, summary: String, to lines: inout ICSContentLines) {
        lines.begin("VALARM")
        lines.add("ACTION", raw: "DISPLAY")
        lines.add("DESCRIPTION", text: summary)
        lines.add("TRIGGER", parameters, raw: offset)
        lines.end("VALARM")
    }

    /// The slot's start plus `slotMinutes`, or the end of what spans its duration (a live
    /// event), on the wall clock of its own zone.
    private static func slotEnd(_ slot: CalendarSlot) -> String? {
        guard let start = UTCText.instant(slot.utc), let zone = ZoneConverter(TimeZoneID(slot.zone)) else { return nil }
        let spanEnd = ItemKind(rawValue: slot.kind)?.spansItsDuration == true ? slot.end.flatMap { UTCText.instant($0.utc) } : nil
        let (date, time) = zone.local(spanEnd ?? start + slotMinutes * 60)
        return localDateTime(date.description, time.description)
    }

    /// `20261124T090000` for `2026-11-24` and `09:00`: a DATE-TIME in local time.
    private static func localDateTime(_ date: String, _ time: String) -> String {
        compactDate(date) + "T" + time.filter { $0 != ":" } + "00"
    }

    /// `20261124` for `2026-11-24`.
    private static func compactDate(_ date: String) -> String {
        date.filter { $0 != "-" }
    }

    private static func year(of date: String) -> Int {
        LocalDate(iso: date)?.year ?? 1970
    }
}

extension String {
    /// `Poll` for `poll`: the first letter upper-cased, the rest as it is.
    var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
