/// Everything a reporter needs from one run, and nothing it would have to look up itself:
/// the findings, the files that were checked, the rules in force, which tool wrote it, and
/// how to name files for machines.
///
/// The initialiser puts the parts in a stable order, so reporters can render them as they
/// come and the same run always gives the same bytes.
public struct LintReport: Sendable {
    /// The program that wrote the report, for SARIF's `tool.driver`, JSON's `tool` and
    /// annotation titles.
    public struct Tool: Hashable, Sendable {
        public var name: String
        public var version: String
        /// Where people learn about the tool. A placeholder until the project has a home;
        /// SARIF viewers link it from the tool's name.
        public var informationURI: String

        public init(name: String = "postplan", version: String, informationURI: String = "https://github.com/postplan/postplan") {
            self.name = name
            self.version = version
            self.informationURI = informationURI
        }
    }

    /// The findings in reading order (file, position, rule id, message).
    public let diagnostics: [Diagnostic]
    /// The files that were checked, as given, in the order given: a file without findings
    /// still counts as checked (a JUnit test that passed).
    public let files: [String]
    /// The rules in force, sorted by id, each with its effective severity as
    /// `defaultSeverity`; every rule a finding names is among them.
    public let rules: [Rule]
    public let tool: Tool
    public let pathStyle: PathStyle
    /// The least severe finding that fails the run (`--fail-on`): formats that pass or fail
    /// something (JUnit's test cases) fail exactly where the exit status does.
    public let failOn: Severity

    /// - Parameters:
    ///   - diagnostics: the findings to report, in any order (they are sorted).
    ///   - files: the plan files checked, for formats that list every file (JUnit).
    ///   - rules: the rules in force with the severities configured for this run; a rule
    ///     turned off is left out. A finding whose rule is missing brings its rule in (from
    ///     `Rule.all`, or described by its id alone), so SARIF never names an undefined rule.
    ///   - tool: the name and version of the tool, for SARIF's `tool.driver`.
    ///   - pathStyle: how paths are written: as given, or relative to the repository root.
    ///   - failOn: the least severe finding that fails the run.
    public init(
        diagnostics: [Diagnostic], files: [String], rules: [Rule] = Rule.all, tool: Tool, pathStyle: PathStyle = .asGiven,
        failOn: Severity = .error
    ) {
        self.diagnostics = diagnostics.sorted()
        self.files = files
        self.tool = tool
        self.pathStyle = pathStyle
        self.failOn = failOn
        var byID: [String: Rule] = [:]
        for rule in rules where byID[rule.id] == nil { byID[rule.id] = rule }
        for diagnostic in diagnostics where byID[diagnostic.ruleID] == nil {
            byID[diagnostic.ruleID] = Rule.named(diagnostic.ruleID) ?? Self.undescribedRule(of: diagnostic)
        }
        self.rules = byID.values.sorted { $0.id < $1.id }
    }

    /// The convenience for the command line: postplan itself, at a version.
    public init(
        diagnostics: [Diagnostic], files: [String], rules: [Rule] = Rule.all, toolVersion: String, pathStyle: PathStyle = .asGiven,
        failOn: Severity = .error
    ) {
        self.init(
            diagnostics: diagnostics, files: files, rules: rules, tool: Tool(version: toolVersion), pathStyle: pathStyle, failOn: failOn)
    }

    /// The diagnostics with every path, related places included, as `pathStyle` writes it, in
    /// reading order of those paths (two spellings of one file come together).
    public var displayedDiagnostics: [Diagnostic] {
        diagnostics.map { diagnostic in
            var displayed = diagnostic
            displayed.range = styled(diagnostic.range)
            displayed.related = diagnostic.related.map { Diagnostic.Related($0.message, at: styled($0.range)) }
            displayed.fix?.replacements = diagnostic.fix?.replacements.map { Fix.Replacement(styled($0.range), with: $0.text) } ?? []
            return displayed
        }.sorted()
    }

    /// The checked files as `pathStyle` writes them, each once, in the order given.
    public var displayedFiles: [String] {
        var seen: Set<String> = []
        return files.map(pathStyle.display).filter { seen.insert($0).inserted }
    }

    /// Whether a finding fails the run, as `--fail-on` says.
    public func fails(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity >= failOn
    }

    /// How many findings there are of one severity.
    public func count(of severity: Severity) -> Int {
        diagnostics.count(of: severity)
    }

    private func styled(_ range: SourceRange) -> SourceRange {
        SourceRange(path: pathStyle.display(range.path), span: range.span)
    }

    /// A stand-in for a rule postplan does not know, such as one a newer check reports before
    /// its description is registered.
    private static func undescribedRule(of diagnostic: Diagnostic) -> Rule {
        Rule(id: diagnostic.ruleID, category: .format, defaultSeverity: diagnostic.severity, summary: "Findings of the rule '\(diagnostic.ruleID)'.")
    }
}
