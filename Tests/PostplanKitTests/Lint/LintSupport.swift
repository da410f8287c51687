import Testing
import YAMLTree

@testable import PostplanKit

/// The day lint tests take as today: Monday of 2026-W48, the week the rule examples are in.
let lintToday = date(2026, 11, 23)

/// Lints plan files held in memory, with a config given as YAML text (or none).
func lint(_ files: [String: String], config: String? = nil, today: LocalDate = lintToday) throws -> LintResult {
    var lintConfig = LintConfig()
    if let config {
        let (decoded, problems) = ConfigDecoder.decode(YAMLParser().parse(config), path: ".postplan.yml")
        #expect(problems.isEmpty, "config problems: \(TextReporter.render(problems))")
        lintConfig = decoded
    }
    let repo = try PlanRepository.open(
        files.keys.sorted(), on: InMemoryFileSystem(files: files), today: .date(today),
        options: PlanRepository.Options(config: lintConfig, currentDirectory: "/repo"))
    return repo.lint()
}

/// The ids of the findings of a lint run, sorted.
func ruleIDs(_ result: LintResult) -> [String] {
    result.diagnostics.map(\.ruleID).sorted()
}
