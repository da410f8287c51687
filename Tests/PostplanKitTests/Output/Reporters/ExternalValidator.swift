import Foundation
import PostplanTestSupport
import Testing

/// A program outside the package that checks output against a published schema: xmllint for
/// JUnit, Python's jsonschema for SARIF.
///
/// Where a program or a schema is missing the tests that need it are skipped with a reason,
/// except on CI (`CI=true`), which installs both (`.ci/run`) and must not pass without them.
struct ExternalValidator: Sendable {
    /// What is missing, for the skip message; nil when the validator can run.
    var missing: String?
    /// Runs the validator on a file; returns the exit status and everything it printed.
    var validateFile: @Sendable (URL) throws -> ProgramResult

    static var isCI: Bool { Program.isCI }

    /// Whether tests using it run: it is here, or CI requires it.
    var shouldRun: Bool { missing == nil || Self.isCI }

    /// Checks `text`, written to a scratch file named `name`, and expects the validator to
    /// accept it; fails on CI, and says why, when the validator is missing.
    func expectValid(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let result = try check(in: text, named: name, sourceLocation: sourceLocation) else { return }
        #expect(result.status == 0, "\(name) does not validate:\n\(result.output)", sourceLocation: sourceLocation)
    }

    /// Runs the validator on `text`, written to a scratch file named `name`. When the
    /// validator is missing (which only CI runs into, see `shouldRun`) the test fails, says
    /// why, and gets nil.
    func check(
        in text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ProgramResult? {
        if let missing {
            Issue.record("cannot validate \(name): \(missing)", sourceLocation: sourceLocation)
            return nil
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postplan-reporters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return try validateFile(file)
    }

    static let schemas = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Reporters
        .deletingLastPathComponent()  // Output
        .deletingLastPathComponent()  // PostplanKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package
        .appendingPathComponent("../shared/testdata/schemas")
        .standardizedFileURL

    /// `xmllint --noout --schema junit-jenkins-xunit-10.xsd FILE` (Debian: libxml2-utils).
    static let junitSchema: ExternalValidator = {
        let xsd = schemas.appendingPathComponent("junit-jenkins-xunit-10.xsd")
        guard FileManager.default.fileExists(atPath: xsd.path) else { return missing("the schema \(xsd.path) is not there") }
        guard let xmllint = Program.find("xmllint") else {
            return missing("xmllint is not installed (apt-get install libxml2-utils)")
        }
        return ExternalValidator(missing: nil) { file in
            try Program.run(xmllint, ["--noout", "--schema", xsd.path, file.path])
        }
    }()

    /// Python's jsonschema with the SARIF 2.1.0 schema (draft-04), printing every violation.
    static let sarifSchema: ExternalValidator = {
        let schema = schemas.appendingPathComponent("sarif-schema-2.1.0.json")
        guard FileManager.default.fileExists(atPath: schema.path) else { return missing("the schema \(schema.path) is not there") }
        guard let python = Program.find("python3"), (try? Program.run(python, ["-c", "import jsonschema"]).status) == 0 else {
            return missing("python3 with the jsonschema package is not installed (python3 -m pip install jsonschema)")
        }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            document = json.load(open(sys.argv[2], encoding="utf-8"))
            validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
            errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
            for error in errors:
                print("/".join(str(part) for part in error.absolute_path) + ": " + error.message)
            sys.exit(1 if errors else 0)
            """
        return ExternalValidator(missing: nil) { file in
            try Program.run(python, ["-c", script, schema.path, file.path])
        }
    }()

    private static func missing(_ reason: String) -> ExternalValidator {
        ExternalValidator(missing: reason) { _ in ProgramResult(status: -1, stdout: "", stderr: reason) }
    }
}
