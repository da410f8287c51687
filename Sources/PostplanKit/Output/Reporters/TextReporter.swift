/// Findings in the compiler's one-line shape, which terminals and editors make clickable:
/// `plans/q4.yaml:12:7: error: unknown key 'optoins' in poll 'cert-poll'; did you mean 'options'? [unknown-key]`,
/// followed by a `note:` line for each related place.
///
/// Paths stay as the user gave them: this format is read where the command ran.
public struct TextReporter: Reporter {
    public static let format = "text"
    public static let purpose = "path:line:col: severity: message [rule-id], one finding a line (the default)"

    public init() {}

    public func render(_ report: LintReport) -> String {
        Self.render(report.diagnostics)
    }

    public static func render(_ diagnostics: [Diagnostic]) -> String {
        var output = ""
        write(diagnostics, to: &output)
        return output
    }

    /// The findings' lines, each written to `output` as it is made.
    public static func write(_ diagnostics: [Diagnostic], to output: inout some TextOutputStream) {
        for diagnostic in diagnostics {
            output.write(line(for: diagnostic) + "\n")
            for related in diagnostic.related {
                output.write("\(related.range): note: \(related.message)\n")
            }
        }
    }

    public static func line(for diagnostic: Diagnostic) -> String {
        "\(diagnostic.range): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.ruleID)]"
    }

    /// One line for the end of a run, such as `3 files, 12 items: 2 errors, 1 warning`.
    public static func summary(of diagnostics: [Diagnostic], files: Int, items: Int) -> String {
        let scope = "\(counted(files, "file")), \(counted(items, "item"))"
        let counts = severityCounts(of: diagnostics)
        return counts.isEmpty ? "\(scope): valid" : "\(scope): " + counts.joined(separator: ", ")
    }

    /// `["2 errors", "1 warning"]`: the count of each severity that occurs, most serious first.
    static func severityCounts(of diagnostics: [Diagnostic]) -> [String] {
        Severity.allCases.reversed().compactMap { severity -> String? in
            let count = diagnostics.count(of: severity)
            return count == 0 ? nil : counted(count, severity.rawValue)
        }
    }

    /// `1 file`, `2 files`: English plurals for the nouns postplan counts.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
