/// The backlog as Markdown: a line that counts it, then a table of the items waiting, the
/// oldest first. Plan text is escaped for Markdown (`MarkdownEscaping`), so a `|` in an owner's
/// name cannot break the table.
public enum BacklogReporter {
    public static func markdown(_ backlog: Backlog) -> String {
        let escaping = MarkdownEscaping()
        guard !backlog.entries.isEmpty else {
            return "# Backlog\n\nNothing waits: every item has a time (`at` or `repeat`).\n"
        }
        let counts = backlog.countsByStatus.map { "\($0.count) \($0.status.rawValue)\($0.count == 1 ? "" : "s")" }
        var lines = [
            "# Backlog", "",
            "\(backlog.entries.count) item\(backlog.entries.count == 1 ? "" : "s") waiting (\(counts.joined(separator: ", "))), ages on \(backlog.today).",
            "",
            "| Item | Kind | Channels | Status | Pillar | Owner | Created | Age | Source |",
            "| --- | --- | --- | --- | --- | --- | --- | ---: | --- |",
        ]
        for entry in backlog.entries {
            let cells = [
                "`\(entry.item)`", entry.kindName, entry.channels.map(escaping.escapeText).joined(separator: ", "), entry.status,
                entry.pillar ?? "", entry.owner.map(escaping.escapeText) ?? "", entry.created ?? "",
                entry.ageDays.map { "\($0) day\($0 == 1 ? "" : "s")" } ?? "", escaping.escapeText(entry.source),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ backlog: Backlog) -> String {
        StableJSON.text(of: backlog)
    }
}
