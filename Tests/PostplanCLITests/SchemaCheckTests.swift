import Foundation
import PostplanTestSupport
import Testing

/// Runs check-jsonschema, the validator of pre-commit hooks and CI jobs, with postplan's JSON
/// Schema: the shipped plans must pass, and every fixture in `Fixtures/schema-invalid` must fail
/// both the schema and `postplan validate`, each where and why its header says.
///
/// Each fixture starts with two comment lines:
///
///     # expect postplan: [rule-id]              the only rule postplan reports for it
///     # expect check-jsonschema: $.items[0]     where check-jsonschema reports the error
@Suite("Schema: check-jsonschema with postplan's schema")
struct SchemaCheckTests {
    static let schemaPath = "schema/postplan.schema.json"
    static let modeline = "# yaml-language-server: $schema=../schema/postplan.schema.json"
    static let invalidFolder = "Tests/PostplanCLITests/Fixtures/schema-invalid"

    static let invalidFixtures: [String] = yamlFiles(in: invalidFolder)
    static let planFiles: [String] = yamlFiles(in: "plans")

    /// Where check-jsonschema is installed, found on PATH as a shell would.
    static let checkJSONSchema = Program.find("check-jsonschema")

    /// In CI the tool must be there (`.ci/run` installs it); elsewhere its absence skips the test.
    static let toolAvailableOrRequired = checkJSONSchema != nil || Program.isCI
    static let skipMessage: Comment =
        "check-jsonschema is not installed; install it with python3 -m pip install 'check-jsonschema==0.*' (required when CI=true)"

    @Test("every plan file in plans/ passes the schema", .enabled(if: toolAvailableOrRequired, skipMessage))
    func shippedPlansPass() throws {
        #expect(!Self.planFiles.isEmpty)
        guard let result = try Self.runCheckJSONSchema(Self.planFiles) else { return }
        #expect(result.status == 0, "check-jsonschema refused the shipped plans:\n\(result.output)")
    }

    @Test(
        "each invalid fixture fails the schema where its header says",
        .enabled(if: toolAvailableOrRequired, skipMessage), arguments: invalidFixtures)
    func invalidFixtureFailsTheSchema(_ file: String) throws {
        let expectedPath = try #require(try Self.header("check-jsonschema", of: file), "\(file) has no '# expect check-jsonschema:' line")
        guard let result = try Self.runCheckJSONSchema([file]) else { return }
        #expect(result.status != 0, "check-jsonschema accepted \(file)")
        #expect(result.output.contains("Schema validation errors were encountered"), "\(result.output)")
        #expect(Self.errorPaths(in: result.output).contains(expectedPath), "\(file): expected an error at \(expectedPath), got:\n\(result.output)")
    }

    @Test("each invalid fixture fails postplan validate with the rule its header names", arguments: invalidFixtures)
    func invalidFixtureFailsPostplan(_ file: String) throws {
        let expectedRule = try #require(try Self.header("postplan", of: file), "\(file) has no '# expect postplan:' line")
        // Each fixture stands alone: its siblings are other fixtures, not its plan repo.
        let result = try CommandRunner.run(["validate", "--no-context", file] + CommandRunner.today)
        #expect(result.status == 1, "postplan accepted \(file)")
        let rules = Set(
            result.stdout.split(separator: "\n").compactMap { line in
                line.range(of: #"\[[a-z-]+\]$"#, options: .regularExpression).map { String(line[$0]) }
            })
        #expect(rules == [expectedRule], "\(file):\n\(result.stdout)")
    }

    @Test("the invalid fixtures cover at least ten ways to get a plan wrong")
    func enoughInvalidFixtures() {
        #expect(Self.invalidFixtures.count >= 10)
    }

    @Test("every plan file in plans/ starts with the schema modeline for editors", arguments: planFiles)
    func planFileHasModeline(_ file: String) throws {
        let text = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent(file), encoding: .utf8)
        #expect(text.split(separator: "\n", maxSplits: 1).first.map(String.init) == Self.modeline)
    }

    // MARK: Helpers

    /// `*.yaml` files of a folder of the package, as paths relative to the package root, sorted.
    static func yamlFiles(in folder: String) -> [String] {
        let url = CommandRunner.packageRoot.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
    }

    /// The value of a fixture's `# expect <tool>: value` line.
    static func header(_ tool: String, of file: String) throws -> String? {
        let text = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent(file), encoding: .utf8)
        let prefix = "# expect \(tool): "
        return text.split(separator: "\n").first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    /// The JSON paths in check-jsonschema's text output: `  file.yaml::$.items[0]: message`.
    static func errorPaths(in output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            guard let marker = line.range(of: "::") else { return nil }
            let rest = line[marker.upperBound...]
            return rest.range(of: ": ").map { String(rest[..<$0.lowerBound]) }
        }
    }

    /// check-jsonschema's result for the files, or nil, with an issue recorded, when it is not
    /// installed (the tests run without it only when CI=true).
    static func runCheckJSONSchema(_ files: [String]) throws -> ProgramResult? {
        guard let executable = checkJSONSchema else {
            Issue.record("check-jsonschema is not on PATH, and CI=true requires it; .ci/run installs it with pip")
            return nil
        }
        return try Program.run(executable, ["--schemafile", schemaPath] + files, in: CommandRunner.packageRoot)
    }
}
