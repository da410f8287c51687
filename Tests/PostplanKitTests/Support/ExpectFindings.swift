import Testing
import YAMLTree

@testable import PostplanKit

/// A finding a fixture must produce: its rule, the marker it points at, words its message must
/// contain, and the markers of its related places, in order.
struct ExpectedFinding: CustomStringConvertible {
    var rule: Rule
    var marker: String
    var messageFragments: [String]
    var relatedMarkers: [String]

    var description: String { "\(rule.id) at \(marker)" }
}

/// `finding(UnknownKeyRule.description, at: "1️⃣", message: "did you mean 'options'?")`
func finding(_ rule: Rule, at marker: String, message fragments: String..., related: [String] = []) -> ExpectedFinding {
    ExpectedFinding(rule: rule, marker: marker, messageFragments: fragments, relatedMarkers: related)
}

/// What the stages made of some plan files: the workspace and every finding.
struct DecodedRepo {
    var workspace: Workspace
    /// Sorted, each once, as `Validator` reports them.
    var diagnostics: [Diagnostic]
}

/// Which stages a fixture runs through.
enum Stages {
    /// Finding, loading, decoding and assembling the workspace (`Validator.load`): the
    /// platform checks are left out, so decoding tests pin down decoding alone.
    case decoding
    /// Everything `postplan validate` runs, platform checks included, on a fixed today.
    case checks
}

/// The day fixtures take as today: before every fixture's dates.
let fixtureToday = date(2026, 11, 1)

/// Runs `paths` on a file system through the given stages, as `PlanRepository` does.
func decodeRepo(_ paths: [String], on fileSystem: any FileSystem, stages: Stages = .decoding) throws -> DecodedRepo {
    let repo = try PlanRepository.open(paths, on: fileSystem, today: .date(fixtureToday))
    let diagnostics =
        switch stages {
        case .decoding: repo.readingDiagnostics
        case .checks: repo.validate().diagnostics
        }
    return DecodedRepo(workspace: repo.workspace, diagnostics: Set(diagnostics).sorted())
}

/// Decodes one marked plan file, `plan.yaml`, and expects exactly `expected`.
@discardableResult
func expectFindings(
    _ marked: String, _ expected: [ExpectedFinding], stages: Stages = .decoding, sourceLocation: SourceLocation = #_sourceLocation
) throws -> DecodedRepo {
    try expectFindings(files: ["plan.yaml": marked], expected, stages: stages, sourceLocation: sourceLocation)
}

/// Decodes marked plan files (path to text), named in sorted order, on an in-memory file system
/// and expects exactly the findings given — no more, no fewer — compared as a multiset of
/// (rule id, file, line, column). Markers must be unique across the files and each must be
/// used by an expected finding (as its place or a related place).
///
/// `bytes` turns a file's text (markers removed) into its bytes, for fixtures that need bytes
/// a Swift string cannot hold.
@discardableResult
func expectFindings(
    files: [String: String], _ expected: [ExpectedFinding], bytes: (String) -> [UInt8] = { Array($0.utf8) },
    stages: Stages = .decoding, sourceLocation: SourceLocation = #_sourceLocation
) throws -> DecodedRepo {
    var contents: [String: [UInt8]] = [:]
    var places: [String: (path: String, position: Position)] = [:]
    for (path, marked) in files {
        let fixture = MarkedText(marked)
        contents[path] = bytes(fixture.text)
        for (marker, position) in fixture.markers {
            try #require(places[marker] == nil, "marker \(marker) is used in two files", sourceLocation: sourceLocation)
            places[marker] = (path, position)
        }
    }
    let result = try decodeRepo(files.keys.sorted(), on: InMemoryFileSystem(bytes: contents), stages: stages)

    func place(_ marker: String) throws -> String {
        let place = try #require(places[marker], "marker \(marker) is not in the fixture", sourceLocation: sourceLocation)
        return "\(place.path):\(place.position.line):\(place.position.column)"
    }
    func key(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.range) [\(diagnostic.ruleID)]"
    }

    let expectedKeys = try expected.map { "\(try place($0.marker)) [\($0.rule.id)]" }.sorted()
    let actualKeys = result.diagnostics.map(key).sorted()
    #expect(
        actualKeys == expectedKeys,
        "findings differ; the run reported:\n\(TextReporter.render(result.diagnostics))",
        sourceLocation: sourceLocation)

    for expectation in expected {
        let expectedKey = "\(try place(expectation.marker)) [\(expectation.rule.id)]"
        let candidates = result.diagnostics.filter { key($0) == expectedKey }
        guard !candidates.isEmpty else { continue }  // already reported above
        if !expectation.messageFragments.isEmpty {
            #expect(
                candidates.contains { candidate in expectation.messageFragments.allSatisfy { candidate.message.contains($0) } },
                "no \(expectation) message contains \(expectation.messageFragments); messages: \(candidates.map(\.message))",
                sourceLocation: sourceLocation)
        }
        if !expectation.relatedMarkers.isEmpty {
            let relatedPlaces = try expectation.relatedMarkers.map(place)
            #expect(
                candidates.contains { $0.related.map(\.range.description) == relatedPlaces },
                "no \(expectation) has related places \(relatedPlaces); found \(candidates.map { $0.related.map(\.range.description) })",
                sourceLocation: sourceLocation)
        }
    }

    let used = Set(expected.flatMap { [$0.marker] + $0.relatedMarkers })
    let unused = Set(places.keys).subtracting(used)
    #expect(unused.isEmpty, "markers no finding uses: \(unused.sorted())", sourceLocation: sourceLocation)
    return result
}

/// Decodes plan files that must produce no finding at all, and returns the result.
func validWorkspace(
    _ files: [String: String], sourceLocation: SourceLocation = #_sourceLocation
) throws -> DecodedRepo {
    try expectFindings(files: files, [], sourceLocation: sourceLocation)
}

/// Decodes one plan file, `plan.yaml`, that must produce no finding, and returns its items.
func validItems(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Item] {
    try Array(validWorkspace(["plan.yaml": text], sourceLocation: sourceLocation).workspace.items)
}

/// A plan repo and what `validate` found in it.
struct ValidatedRepo {
    var repo: PlanRepository
    var diagnostics: [Diagnostic]
    var workspace: Workspace { repo.workspace }
    var fileCount: Int { repo.fileCount }
}

/// A whole `postplan validate` run, platform checks included, on a day before every fixture's dates.
func validate(_ paths: [String], on fileSystem: any FileSystem, today: Today = .date(fixtureToday)) throws -> ValidatedRepo {
    let repo = try PlanRepository.open(paths, on: fileSystem, today: today)
    return ValidatedRepo(repo: repo, diagnostics: repo.validate().diagnostics)
}
