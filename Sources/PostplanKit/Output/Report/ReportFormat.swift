/// How `postplan report` writes a ``ResultReport``: Markdown tables, one self-contained HTML
/// page with SVG charts, or the report itself as JSON (docs/report-json.md).
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, html, json

    /// The format a file's extension names (`.md`, `.markdown`, `.html`, `.htm`, `.json`), if any.
    public init?(fileName: String) {
        switch fileName.split(separator: ".").last?.lowercased() {
        case "md", "markdown": self = .md
        case "html", "htm": self = .html
        case "json": self = .json
        default: return nil
        }
    }

    /// The report in this format.
    /// - Parameter report: what the results say.
    public func render(_ report: ResultReport) -> String {
        switch self {
        case .md: MarkdownReportRenderer().render(report)
        case .html: HTMLReportRenderer().render(report)
        case .json: StableJSON.text(of: report)
        }
    }
}
