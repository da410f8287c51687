import Foundation
import SwiftCSV

/// Turns the rows of a platform's CSV export into results: each row is matched to an item
/// planned on a channel of the platform, by the post's address (a result already recorded
/// with it), else by its time (within two hours of the item's `at`) and its text; its
/// counts become one measurement on the import's date. Rows that match nothing, or an item
/// and channel another row already took, are listed with the reason.
public struct ResultImporter: Sendable {
    /// Why a CSV file cannot be imported at all.
    public struct ImportError: Error, CustomStringConvertible {
        public var description: String
    }

    /// One row that was not imported.
    public struct Unmatched: Hashable, Sendable {
        /// The row's place among the data rows, from 1.
        public var row: Int
        /// The beginning of its text, or its address.
        public var excerpt: String
        public var reason: String
    }

    /// What an import made.
    public struct Outcome: Sendable {
        /// The plan file of the matched rows' results, `postplan: 1` and `results:`.
        public var yaml: String
        public var matched: Int
        public var unmatched: [Unmatched]
    }

    public let workspace: Workspace
    /// The platform whose export is read; its channels are the candidates.
    public let platform: String
    /// The day the counts were read, the measurements' date.
    public let date: LocalDate

    /// How far a row's time may be from the item's `at`.
    static let timeWindow = 2 * 3_600

    /// - Parameters:
    ///   - workspace: the plans, with the results recorded so far.
    ///   - platform: the platform id of the export (`x`, `linkedin`, `bluesky` ...).
    ///   - date: the day the export was downloaded.
    public init(workspace: Workspace, platform: String, date: LocalDate) {
        self.workspace = workspace
        self.platform = platform
        self.date = date
    }

    /// Reads the CSV text (a byte order mark and `;` or tab separators are taken care of).
    /// - Throws: ``ImportError`` when the text is not CSV or has none of the layout's columns.
    public func importing(_ text: String) throws(ImportError) -> Outcome {
        let layout = ExportLayout(platform: platform)
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: body, delimiter: .guessed(string: body), loadColumns: false)
        } catch {
            throw ImportError(description: "the file is not CSV: \(error)")
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ names: [String]) -> Int? { header.firstIndex { names.contains($0) } }
        let metricColumns = header.enumerated().compactMap { index, name in layout.metricColumns[name].map { (index, $0) } }
        guard !metricColumns.isEmpty else {
            let expected = layout.metricColumns.keys.sorted().joined(separator: ", ")
            throw ImportError(
                description:
                    "no column holds counts postplan reads from a \(layout.rawValue) export; expected some of: \(expected) (found: \(csv.header.joined(separator: ", ")))"
            )
        }
        let urlColumn = column(layout.urlColumns), timeColumn = column(layout.timeColumns), textColumn = column(layout.textColumns)
        let candidates = self.candidates()
        var taken: Set<String> = []
        var entries: [String] = []
        var unmatched: [Unmatched] = []
        for (index, row) in csv.rows.enumerated() {
            func cell(_ column: Int?) -> String? {
                guard let column, column < row.count else { return nil }
                let value = row[column].trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty ? nil : value
            }
            let url = cell(urlColumn), text = cell(textColumn), time = cell(timeColumn).flatMap(Self.parseTime)
            let excerpt = String((text ?? url ?? "").prefix(40))
            let found = match(url: url, text: text, time: time, among: candidates)
            guard case .success(let candidate) = found else {
                if case .failure(let reason) = found { unmatched.append(Unmatched(row: index + 1, excerpt: excerpt, reason: reason.text)) }
                continue
            }
            guard taken.insert(candidate.key).inserted else {
                unmatched.append(
                    Unmatched(
                        row: index + 1, excerpt: excerpt, reason: "'\(candidate.item)' on '\(candidate.channel)' already has a row of this file"))
                continue
            }
            var counts: [(Metric, Int)] = []
            for (column, metric) in metricColumns where !counts.contains(where: { $0.0 == metric }) {
                if let value = cell(column).flatMap(Self.parseCount) { counts.append((metric, value)) }
            }
            counts.sort { $0.0 < $1.0 }
            var lines = ["  - item: \(candidate.item)", "    channel: \(candidate.channel)"]
            if let url { lines.append("    url: \(Self.quoted(url))") }
            if let published = candidate.published { lines.append("    published: \(published)") }
            let measured = (["date: \(date)"] + counts.map { "\($0.0.rawValue): \($0.1)" }).joined(separator: ", ")
            lines += ["    measurements:", "      - { \(measured) }"]
            entries.append(lines.joined(separator: "\n"))
        }
        let yaml =
            "# Imported from a \(layout.rawValue) export on \(date) by postplan import.\npostplan: 1\n\nresults:\n"
            + (entries.isEmpty ? "  []\n" : entries.joined(separator: "\n\n") + "\n")
        return Outcome(yaml: yaml, matched: entries.count, unmatched: unmatched)
    }

    // MARK: Matching

    /// An item planned on a channel of the platform.
    struct Candidate {
        var item: String
        var channel: String
        /// The item's `at`, as written, and as an instant; nil for a repeat.
        var published: String?
        var instant: Int?
        /// The item's text on the channel, normalised (``normalised(_:)``).
        var text: String
        /// The addresses of its results recorded so far, normalised.
        var urls: Set<String>
        var key: String { item + "\n" + channel }
    }

    private struct Reason: Error {
        var text: String
    }

    private func candidates() -> [Candidate] {
        var urls: [String: Set<String>] = [:]
        for result in workspace.results {
            if let url = result.url { urls[result.item.value + "\n" + result.channel.value, default: []].insert(Self.normalisedURL(url.value)) }
        }
        return workspace.items.flatMap { item -> [Candidate] in
            item.channels.compactMap { reference -> Candidate? in
                guard let channel = workspace.channels[reference.value], channel.platform.value == platform else { return nil }
                let at: DateTimeValue? = if case .once(let at)? = item.schedule { at.value } else { nil }
                let question: String? = if case .poll(let poll) = item.details { poll.question.value } else { nil }
                let text = item.variant(on: channel.id.value)?.text?.value ?? item.text?.value ?? question ?? ""
                return Candidate(
                    item: item.id.value, channel: channel.id.value, published: at?.description,
                    instant: at.flatMap { Self.instant(of: $0, in: workspace.timeZone(of: item, on: channel)) }, text: Self.normalised(text),
                    urls: urls[item.id.value + "\n" + channel.id.value] ?? [])
            }
        }
    }

    private func match(url: String?, text: String?, time: (value: DateTimeValue, isDay: Bool)?, among candidates: [Candidate])
        -> Result<Candidate, Reason>
    {
        if let url, let byURL = candidates.first(where: { $0.urls.contains(Self.normalisedURL(url)) }) {
            return .success(byURL)
        }
        guard let (time, isDay) = time, let instant = Self.instant(of: time, in: workspace.defaultTimeZone) else {
            return .failure(Reason(text: "no recorded result has its address, and it has no time to match by"))
        }
        // A day alone takes the items of that day in the repo's time zone.
        let near = candidates.filter { candidate in
            guard let planned = candidate.instant else { return false }
            return isDay ? (0..<86_400).contains(planned - instant) : abs(planned - instant) <= Self.timeWindow
        }
        guard !near.isEmpty else {
            let when = isDay ? "on \(time.date)" : "within 2 hours of \(time)"
            return .failure(Reason(text: "no item is planned on a \(platform) channel \(when)"))
        }
        let rowText = Self.normalised(text ?? "")
        let alike = near.filter { Self.textsAgree($0.text, rowText) }
        guard let first = alike.first else {
            return .failure(Reason(text: "items near \(time) (\(near.map(\.item).joined(separator: ", "))) have another text"))
        }
        guard alike.count == 1 else {
            return .failure(
                Reason(text: "several items match by time and text: \(alike.map { "\($0.item) on \($0.channel)" }.joined(separator: ", "))"))
        }
        return .success(first)
    }

    /// Whether two normalised texts are the same post: one starts with the other's first 30
    /// characters (exports cut long texts, and links are shortened).
    static func textsAgree(_ planned: String, _ exported: String) -> Bool {
        guard !planned.isEmpty, !exported.isEmpty else { return false }
        let length = min(30, planned.count, exported.count)
        return planned.prefix(length) == exported.prefix(length)
    }

    /// Lowercased, links dropped, runs of white space made one space.
    static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).filter { !$0.hasPrefix("http://") && !$0.hasPrefix("https://") }
            .joined(separator: " ")
    }

    /// An address without its scheme, `www.`, query, fragment and final slash, lowercased.
    static func normalisedURL(_ url: String) -> String {
        var text = url.trimmingCharacters(in: .whitespaces).lowercased()
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        if text.hasPrefix("www.") { text.removeFirst(4) }
        if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<cut]) }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }

    // MARK: Values

    /// A time as exports write it: `2026-11-25 10:00`, `2026-11-25T10:00:00Z`,
    /// `2026-11-25 10:00 +0000` (X), or a day alone: `2026-11-25`, `11/25/2026` (LinkedIn,
    /// month first), which matches every time of that day.
    static func parseTime(_ text: String) -> (value: DateTimeValue, isDay: Bool)? {
        var value = text.trimmingCharacters(in: .whitespaces)
        if let space = value.range(of: " +", options: .backwards) ?? value.range(of: " -", options: .backwards),
            value[space.upperBound...].allSatisfy(\.isNumber)
        {
            value.replaceSubrange(space.lowerBound..<value.index(after: space.lowerBound), with: "")
        }
        if case .success(let dateTime) = ScalarSyntax.dateTime(value) { return (dateTime, false) }
        if case .success(let day) = ScalarSyntax.date(value) { return (DateTimeValue(date: day, time: .midnight), true) }
        let parts = value.split(separator: " ")[0].split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3, let day = LocalDate(year: parts[2], month: parts[0], day: parts[1]) else { return nil }
        return (DateTimeValue(date: day, time: .midnight), true)
    }

    /// A count as spreadsheets write it: digits, maybe with thousands separators (`1,234`,
    /// `1.234`, `1 234`).
    static func parseCount(_ text: String) -> Int? {
        let digits = text.filter { !",. '\u{00A0}".contains($0) }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), case .success(let value) = ScalarSyntax.count(digits) else { return nil }
        return value
    }

    /// The instant of a time: its offset's, else read in `zone`.
    static func instant(of time: DateTimeValue, in zone: TimeZoneID) -> Int? {
        let naive = time.date.dayNumber * 86_400 + time.time.hour * 3_600 + time.time.minute * 60
        if let offset = time.utcOffsetSeconds { return naive - offset }
        return ZoneConverter(zone)?.resolve(time.date, time.time).instant
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 { output += String(format: "\\x%02X", scalar.value) } else { output.unicodeScalars.append(scalar) }
            }
        }
        return output + "\""
    }
}
