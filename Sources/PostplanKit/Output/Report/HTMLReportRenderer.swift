/// A ``ResultReport`` as one self-contained HTML page: the charts of ``ReportCharts`` (inline
/// SVG), then each section's sentences and tables. No scripts and no external resources, so
/// it opens anywhere and prints as it shows.
struct HTMLReportRenderer {
    func render(_ report: ResultReport) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Results: \(XMLEscaping.text(report.spanText))</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #111; background: #fff; }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #999; }
            table { border-collapse: collapse; margin: 0.75rem 0; font-size: 0.9rem; }
            th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; }
            td.number { text-align: right; font-variant-numeric: tabular-nums; }
            caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
            figure { margin: 1rem 0; } svg { max-width: 100%; height: auto; border: 1px solid #ccc; }
            @media print { body { margin: 0; max-width: none; } figure, table { break-inside: avoid; } }
            </style>
            </head>
            <body>
            <h1>Results: \(XMLEscaping.text(report.spanText))</h1>

            """
        let charts = ReportCharts(report: report)
        for chart in [charts.interactionsOverTime(), charts.crossPostComparison(), charts.rateByFormat()].compactMap({ $0 }) {
            html += "<figure>\n" + chart + "</figure>\n"
        }
        for section in report.sections {
            html += "<h2>\(XMLEscaping.text(section.title))</h2>\n"
            for paragraph in section.paragraphs { html += "<p>\(XMLEscaping.text(paragraph))</p>\n" }
            for table in section.tables { html += render(table) }
        }
        return html + "</body>\n</html>\n"
    }

    private func render(_ table: ReportTable) -> String {
        var html = "<table>\n"
        if let caption = table.caption { html += "<caption>\(XMLEscaping.text(caption))</caption>\n" }
        html += "<thead><tr>" + table.header.map { "<th>\(XMLEscaping.text($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html +=
                "<tr>" + row.map { cell in "<td\(Self.isNumber(cell) ? " class=\"number\"" : "")>\(XMLEscaping.text(cell))</td>" }.joined()
                + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// Whether a cell is a figure, set right-aligned: "162", "2.64 % of impressions", "+10".
    private static func isNumber(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        return ("0"..."9").contains(first) || ((first == "+" || first == "-") && cell.count > 1)
    }
}
