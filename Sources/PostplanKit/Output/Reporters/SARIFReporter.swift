/// The report as a SARIF 2.1.0 log, the format GitHub code scanning (and most code-review
/// tools) import: one run, every rule in force described from its `Rule`, one result per
/// finding at a repository-relative URI.
///
/// What each field holds, and what was left out and why, is in `docs/sarif-and-annotations.md`.
public struct SARIFReporter: Reporter {
    public static let format = "sarif"
    public static let purpose = "SARIF 2.1.0, for GitHub code scanning and other review tools"

    public init() {}

    public func render(_ report: LintReport) -> String {
        let indexes = Dictionary(report.rules.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let results = report.displayedDiagnostics.map { diagnostic in
            Self.result(for: diagnostic, ruleIndex: indexes[diagnostic.ruleID] ?? -1)
        }
        let driver = SARIFLog.Driver(
            name: report.tool.name, version: report.tool.version,
            semanticVersion: SemanticVersion.isValid(report.tool.version) ? report.tool.version : nil,
            informationUri: report.tool.informationURI, rules: report.rules.map(Self.descriptor))
        return StableJSON.text(of: SARIFLog(runs: [SARIFLog.Run(tool: SARIFLog.Tool(driver: driver), results: results)]))
    }

    /// A rule as SARIF describes it. The rule's effective severity is its default level here,
    /// so a viewer filtering by level sees the run's configuration.
    static func descriptor(for rule: Rule) -> SARIFLog.ReportingDescriptor {
        let full = rule.rationale.isEmpty ? rule.summary : rule.rationale
        let options = rule.options.map { "- \($0.name) (default \($0.defaultValue)): \($0.summary)" }
        let help = options.isEmpty ? full : full + "\n\nOptions:\n" + options.joined(separator: "\n")
        return SARIFLog.ReportingDescriptor(
            id: rule.id, name: upperCamelCase(rule.id), shortDescription: .init(text: rule.summary),
            fullDescription: .init(text: full), help: .init(text: help),
            defaultConfiguration: .init(level: level(for: rule.defaultSeverity)),
            properties: .init(tags: [rule.category.rawValue]))
    }

    static func result(for diagnostic: Diagnostic, ruleIndex: Int) -> SARIFLog.Result {
        let related = diagnostic.related.enumerated().map { index, related in
            SARIFLog.Location(id: index + 1, physicalLocation: physicalLocation(related.range), message: .init(text: related.message))
        }
        return SARIFLog.Result(
            ruleId: diagnostic.ruleID, ruleIndex: ruleIndex, level: level(for: diagnostic.severity),
            message: .init(text: diagnostic.message, id: diagnostic.messageID),
            locations: [SARIFLog.Location(physicalLocation: physicalLocation(diagnostic.range))],
            relatedLocations: related.isEmpty ? nil : related,
            fixes: diagnostic.fix.flatMap(fix))
    }

    /// A fix as SARIF writes it: its replacements grouped by file, in the order they come.
    /// Nil when a replacement's place is not known to the column, as SARIF needs it.
    static func fix(_ fix: Fix) -> [SARIFLog.Fix]? {
        var changes: [SARIFLog.ArtifactChange] = []
        for replacement in fix.replacements {
            guard case let range = replacement.range, range.start.line >= 1, range.start.column >= 1, range.end.line >= 1,
                range.end.column >= 1
            else { return nil }
            let region = SARIFLog.Region(
                startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column)
            let change = SARIFLog.Replacement(deletedRegion: region, insertedContent: .init(text: replacement.text))
            let uri = URIReference.path(range.path)
            if let index = changes.firstIndex(where: { $0.artifactLocation.uri == uri }) {
                changes[index].replacements.append(change)
            } else {
                changes.append(SARIFLog.ArtifactChange(artifactLocation: .init(uri: uri), replacements: [change]))
            }
        }
        return changes.isEmpty ? nil : [SARIFLog.Fix(description: .init(text: fix.description), artifactChanges: changes)]
    }

    static func level(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// `poll-option-count` → `PollOptionCount`, SARIF's readable rule name.
    static func upperCamelCase(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The place as SARIF wants it. SARIF forbids positions below 1, so a value postplan does
    /// not know is left out, and without a line there is no region at all.
    static func physicalLocation(_ range: SourceRange) -> SARIFLog.PhysicalLocation {
        func known(_ value: Int) -> Int? { value >= 1 ? value : nil }
        let region = known(range.start.line).map { startLine in
            SARIFLog.Region(
                startLine: startLine, startColumn: known(range.start.column), endLine: known(range.end.line),
                endColumn: known(range.end.column))
        }
        return SARIFLog.PhysicalLocation(artifactLocation: .init(uri: URIReference.path(range.path)), region: region)
    }
}

/// Whether a version string is a SemVer 2.0 version, which SARIF's `semanticVersion` must be.
enum SemanticVersion {
    static func isValid(_ version: String) -> Bool {
        version.wholeMatch(
            of: #/(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?/#
        ) != nil
    }
}

/// A file path written as a relative URI reference, as SARIF's `artifactLocation.uri` must be.
enum URIReference {
    /// `plans/Q4 café.yaml` → `plans/Q4%20caf%C3%A9.yaml`: bytes other than RFC 3986's
    /// unreserved characters, sub-delimiters, `@` and `/` are percent-encoded. So is `:`, which
    /// in a first segment would read as a URI scheme.
    static func path(_ path: String) -> String {
        var output = ""
        for byte in path.utf8 {
            if kept.contains(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += "%" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 0xF)])
            }
        }
        return output
    }

    private static let hexDigits = Array("0123456789ABCDEF")
    private static let kept = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/".utf8)
}
