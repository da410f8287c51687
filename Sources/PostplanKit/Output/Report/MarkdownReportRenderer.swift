/// A ``ResultReport`` as GitHub-flavoured Markdown: a heading, then each section's sentences
/// and tables.
struct MarkdownReportRenderer {
    func render(_ report: ResultReport) -> String {
        var lines = ["# Results: \(report.spanText)"]
        for section in report.sections {
            lines += ["", "## \(section.title)"]
            for paragraph in section.paragraphs { lines += ["", escape(paragraph)] }
            for table in section.tables {
                if let caption = table.caption { lines += ["", "**\(escape(caption))**"] }
                lines += ["", row(table.header), "|" + String(repeating: "---|", count: table.header.count)]
                lines += table.rows.map(row)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ cells: [String]) -> String {
        "| " + cells.map(escape).joined(separator: " | ") + " |"
    }

    /// Cell text: Markdown's markup characters escaped, so that an item id or a poll option
    /// cannot break the table; backquoted spans (config keys) stay code.
    private func escape(_ text: String) -> String {
        guard !text.contains("`") else { return text.replacingOccurrences(of: "|", with: "\\|") }
        return MarkdownEscaping().escapeText(text)
    }
}
