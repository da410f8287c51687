/// The report as one JSON document with a version, for scripts and dashboards. The
/// structure is documented in `docs/json-output.md`; within version 1 it only ever gains
/// fields, so a reader written today keeps working.
public struct JSONReporter: Reporter {
    public static let format = "json"
    public static let purpose = "one JSON document (docs/json-output.md), for scripts"

    /// Bumped when a field is removed, renamed or changes meaning; new fields keep the version.
    public static let documentVersion = 1

    public init() {}

    public func render(_ report: LintReport) -> String {
        StableJSON.text(of: Document(report))
    }

    private struct Document: Encodable {
        var version = JSONReporter.documentVersion
        var tool: Tool
        var summary: Summary
        var files: [String]
        var diagnostics: [Finding]

        init(_ report: LintReport) {
            tool = Tool(name: report.tool.name, version: report.tool.version)
            files = report.displayedFiles
            summary = Summary(
                files: files.count, findings: report.diagnostics.count, errors: report.count(of: .error),
                warnings: report.count(of: .warning), infos: report.count(of: .info))
            diagnostics = report.displayedDiagnostics.map(Finding.init)
        }
    }

    private struct Tool: Encodable {
        var name: String
        var version: String
    }

    private struct Summary: Encodable {
        var files: Int
        var findings: Int
        var errors: Int
        var warnings: Int
        var infos: Int
    }

    private struct Finding: Encodable {
        var ruleId: String
        var messageId: String
        var severity: String
        var message: String
        var path: String
        var range: Range
        var related: [Related]
        var fix: FixObject?

        init(_ diagnostic: Diagnostic) {
            ruleId = diagnostic.ruleID
            messageId = diagnostic.messageID
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
            path = diagnostic.range.path
            range = Range(diagnostic.range)
            related = diagnostic.related.map(Related.init)
            fix = diagnostic.fix.map(FixObject.init)
        }
    }

    private struct FixObject: Encodable {
        var description: String
        var replacements: [Replacement]

        init(_ fix: Fix) {
            description = fix.description
            replacements = fix.replacements.map(Replacement.init)
        }
    }

    private struct Replacement: Encodable {
        var path: String
        var range: Range
        var text: String

        init(_ replacement: Fix.Replacement) {
            path = replacement.range.path
            range = Range(replacement.range)
            text = replacement.text
        }
    }

    private struct Related: Encodable {
        var message: String
        var path: String
        var range: Range

        init(_ related: Diagnostic.Related) {
            message = related.message
            path = related.range.path
            range = Range(related.range)
        }
    }

    private struct Range: Encodable {
        var start: Position
        var end: Position

        init(_ range: SourceRange) {
            start = Position(line: range.start.line, column: range.start.column)
            end = Position(line: range.end.line, column: range.end.column)
        }
    }

    private struct Position: Encodable {
        var line: Int
        var column: Int
    }
}
