/// The report as JUnit XML, the test-report format CI servers (Jenkins, GitLab, Azure
/// Pipelines, test-report actions) show without plugins: each checked file is a test case
/// that fails when it has a finding that fails the run (`--fail-on`, default error), so a
/// dashboard goes red exactly when the lint's exit status does.
///
/// The document validates against the Jenkins xUnit JUnit schema; the layout (what counts,
/// where infos go) is in `docs/sarif-and-annotations.md`.
public struct JUnitReporter: Reporter {
    public static let format = "junit"
    public static let purpose = "JUnit XML, one test case per file, for CI test reports"

    public init() {}

    public func render(_ report: LintReport) -> String {
        let cases = TestCase.all(in: report)
        let tests = cases.count, failures = cases.filter(\.failed).count
        let name = XMLEscaping.attribute(report.tool.name)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"\(name)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" time=\"0\">\n"
        xml += "  <testsuite name=\"\(name)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
        xml += "    <properties>\n"
        xml += "      <property name=\"\(name).version\" value=\"\(XMLEscaping.attribute(report.tool.version))\"/>\n"
        xml += "      <property name=\"\(name).fail-on\" value=\"\(report.failOn.rawValue)\"/>\n"
        xml += "    </properties>\n"
        for testCase in cases { xml += testCase.xml }
        xml += "  </testsuite>\n"
        xml += "</testsuites>\n"
        return xml
    }
}

/// One checked file and its findings, as a `<testcase>`.
private struct TestCase {
    var path: String
    /// The findings that fail the run (`--fail-on`), each a `<failure>`.
    var failures: [Diagnostic]
    /// The findings below `--fail-on`, only reported, in `<system-out>`.
    var passing: [Diagnostic]
    var failed: Bool { !failures.isEmpty }

    /// A case for every checked file, and for any other file a finding points at (such as a
    /// config file), sorted by path; paths as the report's path style writes them.
    static func all(in report: LintReport) -> [TestCase] {
        let diagnostics = report.displayedDiagnostics
        let byPath = Dictionary(grouping: diagnostics, by: \.range.path)
        let paths = Set(report.displayedFiles).union(byPath.keys).sorted()
        return paths.map { path in
            let findings = byPath[path] ?? []
            return TestCase(path: path, failures: findings.filter(report.fails), passing: findings.filter { !report.fails($0) })
        }
    }

    var xml: String {
        let path = XMLEscaping.attribute(path)
        var xml = "    <testcase name=\"\(path)\" classname=\"\(path)\" time=\"0\""
        guard !failures.isEmpty || !passing.isEmpty else { return xml + "/>\n" }
        xml += ">\n"
        for failure in failures {
            let firstLine = String(failure.message.prefix { !$0.isNewline })
            xml += "      <failure message=\"\(XMLEscaping.attribute(firstLine))\" type=\"\(XMLEscaping.attribute(failure.ruleID))\">"
            xml += XMLEscaping.text(Self.lines(failure)) + "</failure>\n"
        }
        if !passing.isEmpty {
            xml += "      <system-out>" + XMLEscaping.text(passing.map(Self.lines).joined(separator: "\n")) + "</system-out>\n"
        }
        return xml + "    </testcase>\n"
    }

    /// The finding as the text format writes it, without the final line break.
    private static func lines(_ diagnostic: Diagnostic) -> String {
        var text = TextReporter.render([diagnostic])
        if text.unicodeScalars.last == "\n" { text.unicodeScalars.removeLast() }
        return text
    }
}
