import Foundation
import PostplanTestSupport
import Testing
import YAMLTree

/// postplan's GitHub Action for plan repos: `action.yml` at the package root, whose steps run
/// `Scripts/github-action.sh`. The script is run here as the action runs it — in a plan repo
/// made by `postplan init`, with the inputs in `INPUT_*` variables — but with the postplan
/// this test target built handed to it in `POSTPLAN_BIN`, so nothing is rebuilt.
@Suite("GitHub Action: action.yml and its script")
struct GitHubActionTests {
    static let actionFile = CommandRunner.packageRoot.appendingPathComponent("action.yml")
    static let script = CommandRunner.packageRoot.appendingPathComponent("Scripts/github-action.sh")
    static let postplan = CommandRunner.productsDirectory.appendingPathComponent("postplan")

    /// The inputs the README documents, in its order.
    static let documentedInputs = ["path", "format", "sarif", "fail-on", "args", "working-directory"]

    /// `--today` for every lint of a scaffolded repo, which `init` dated from that day.
    static let today = "2026-11-23"

    // MARK: action.yml

    @Test("action.yml is a composite action with the documented inputs, each described")
    func declaresTheDocumentedInputs() throws {
        let action = try YAMLFile.parse(Self.actionFile)
        #expect(action["runs"]?["using"]?.text == "composite")
        #expect(action["name"]?.text?.isEmpty == false)
        #expect(action["description"]?.text?.isEmpty == false)
        let inputs = try #require(action["inputs"]?.mapping, "action.yml has no inputs")
        #expect(inputs.compactMap(\.key.text) == Self.documentedInputs)
        for input in inputs {
            #expect(input.value["description"]?.text?.isEmpty == false, "input \(input.key.text ?? "?") has no description")
        }
        #expect(action["inputs"]?["path"]?["default"]?.text == "plans")
        #expect(action["inputs"]?["format"]?["default"]?.text == "github")
        #expect(action["inputs"]?["fail-on"]?["default"]?.text == "error")
    }

    @Test("every input action.yml declares is used by its steps, and the steps use no other")
    func everyInputIsUsed() throws {
        let action = try YAMLFile.parse(Self.actionFile)
        let declared = Set(try #require(action["inputs"]?.mapping).compactMap(\.key.text))
        let steps = try #require(action["runs"]?["steps"])
        let used = Set(try steps.scalarTexts.flatMap(Self.inputReferences))
        #expect(used == declared, "declared but unused: \(declared.subtracting(used)); used but undeclared: \(used.subtracting(declared))")
    }

    @Test("every run step names its shell and calls a subcommand of the script, which is executable")
    func runStepsCallTheScript() throws {
        let action = try YAMLFile.parse(Self.actionFile)
        let steps = try #require(action["runs"]?["steps"]?.sequence)
        let runs = steps.filter { $0["run"] != nil }
        #expect(!runs.isEmpty)
        for step in runs {
            #expect(step["shell"]?.text == "bash", "a composite action's run step must name its shell: \(step["name"]?.text ?? "?")")
            let command = try #require(step["run"]?.text)
            let subcommand = try #require(
                command.wholeMatch(of: try Regex(#""\$GITHUB_ACTION_PATH/Scripts/github-action\.sh" ([a-z-]+)"#))?.output[1].substring,
                "run step does not call the script: \(command)")
            let usage = try Program.run(Self.script, ["no-such-step"])
            #expect(usage.status == 2 && usage.stderr.contains(String(subcommand)), "the script does not offer '\(subcommand)': \(usage.stderr)")
        }
        #expect(FileManager.default.isExecutableFile(atPath: Self.script.path))
    }

    @Test("the build is cached under a key from the script, restored before the build and saved right after it")
    func cachesTheBuild() throws {
        let action = try YAMLFile.parse(Self.actionFile)
        let steps = try #require(action["runs"]?["steps"]?.sequence)
        let order = steps.map { $0["uses"]?.text ?? $0["run"]?.text ?? "" }
        let restore = try #require(order.firstIndex { $0.hasPrefix("actions/cache/restore@") })
        let build = try #require(order.firstIndex { $0.hasSuffix("github-action.sh\" install") })
        let save = try #require(order.firstIndex { $0.hasPrefix("actions/cache/save@") })
        let lint = try #require(order.firstIndex { $0.hasSuffix("github-action.sh\" lint") })
        #expect(restore < build && build < save && save < lint)
        for index in [restore, save] {
            #expect(steps[index]["with"]?["key"]?.text?.contains("steps.build-key.outputs.key") == true)
            #expect(steps[index]["with"]?["path"]?.text?.contains("steps.build-key.outputs.build-path") == true)
        }
    }

    @Test(
        "action.yml passes check-jsonschema's schema of GitHub Actions",
        .enabled(if: Tools.available("check-jsonschema"), Tools.skip("check-jsonschema")))
    func actionPassesTheSchema() throws {
        guard let result = try Tools.run("check-jsonschema", ["--builtin-schema", "vendor.github-actions", Self.actionFile.path]) else { return }
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("the script passes shellcheck", .enabled(if: Tools.available("shellcheck"), Tools.skip("shellcheck")))
    func scriptPassesShellcheck() throws {
        guard let result = try Tools.run("shellcheck", [Self.script.path]) else { return }
        #expect(result.status == 0, "\(result.output)")
    }

    // MARK: The script's lint step

    @Test("in a clean plan repo, lint succeeds and prints what postplan lint --format github prints")
    func lintsACleanRepo() throws {
        try PlanRepo.withScratch { repo in
            let result = try Self.runScript("lint", in: repo, inputs: ["ARGS": "--today \(Self.today)"])
            let direct = try CommandRunner.run(
                ["lint", "--format", "github", "--today", Self.today, "plans"], in: repo, environment: Self.githubEnvironment(repo))
            #expect(result.status == 0, "\(result.output)")
            #expect(direct.status == 0)
            #expect(result.stdout == direct.stdout)
            #expect(!result.stdout.contains("::error"))
        }
    }

    @Test("in a repo with an error, lint fails with status 1, annotates the line and still writes the SARIF file")
    func lintsARepoWithAnError() throws {
        try PlanRepo.withScratch { repo in
            let line = try PlanRepo.append(PlanRepo.fiveOptionPoll, to: repo)
            let result = try Self.runScript("lint", in: repo, inputs: ["ARGS": "--today \(Self.today)", "SARIF": "postplan.sarif"])
            #expect(result.status == 1, "\(result.output)")
            #expect(result.stdout.contains("::error file=plans/first-plan.yaml,line=\(line),"), "\(result.stdout)")
            #expect(result.stdout.contains("poll-option-count"))
            let results = try SARIF.results(in: repo.appendingPathComponent("postplan.sarif"))
            #expect(
                results.contains { $0.rule == "poll-option-count" && $0.level == "error" && $0.uri == "plans/first-plan.yaml" && $0.line == line })
        }
    }

    @Test("with a sarif input in a clean repo, the SARIF file holds what postplan lint --format sarif writes")
    func writesTheSARIFFile() throws {
        try PlanRepo.withScratch { repo in
            let result = try Self.runScript(
                "lint", in: repo, inputs: ["ARGS": "--today \(Self.today)", "SARIF": "reports/code-scanning/postplan.sarif"])
            #expect(result.status == 0, "\(result.output)")
            let written = try String(contentsOf: repo.appendingPathComponent("reports/code-scanning/postplan.sarif"), encoding: .utf8)
            let direct = try CommandRunner.run(
                ["lint", "--format", "sarif", "--today", Self.today, "plans"], in: repo, environment: Self.githubEnvironment(repo))
            #expect(written == direct.stdout)
            let document = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any]
            #expect(document?["version"] as? String == "2.1.0")
        }
    }

    @Test("without a sarif input no SARIF file is written")
    func writesNoSARIFUnlessAsked() throws {
        try PlanRepo.withScratch { repo in
            let before = try FileManager.default.contentsOfDirectory(atPath: repo.path).sorted()
            let result = try Self.runScript("lint", in: repo, inputs: ["ARGS": "--today \(Self.today)"])
            #expect(result.status == 0)
            #expect(try FileManager.default.contentsOfDirectory(atPath: repo.path).sorted() == before)
        }
    }

    @Test("fail-on decides which findings fail the step")
    func failOnIsPassedOn() throws {
        try PlanRepo.withScratch { repo in
            _ = try PlanRepo.append(PlanRepo.postWithHashtagComment, to: repo)
            let onError = try Self.runScript("lint", in: repo, inputs: ["ARGS": "--today \(Self.today)"])
            let onWarning = try Self.runScript("lint", in: repo, inputs: ["ARGS": "--today \(Self.today)", "FAIL_ON": "warning"])
            #expect(onError.stdout.contains("::warning file=plans/first-plan.yaml"), "\(onError.stdout)")
            #expect(onError.status == 0, "\(onError.output)")
            #expect(onWarning.status == 1, "\(onWarning.output)")
        }
    }

    @Test("format, args and a list of paths reach postplan lint")
    func formatArgsAndPathsArePassedOn() throws {
        try PlanRepo.withScratch { repo in
            try FileManager.default.moveItem(at: repo.appendingPathComponent(".postplan.yml"), to: repo.appendingPathComponent("lint.yml"))
            let inputs = [
                "PATH": "  plans/channels.yaml\n\nplans/first-plan.yaml  \n", "FORMAT": "json",
                "ARGS": "--config lint.yml   --today \(Self.today)",
            ]
            let result = try Self.runScript("lint", in: repo, inputs: inputs)
            let direct = try CommandRunner.run(
                ["lint", "--format", "json", "--config", "lint.yml", "--today", Self.today, "plans/channels.yaml", "plans/first-plan.yaml"], in: repo,
                environment: Self.githubEnvironment(repo))
            #expect(result.status == direct.status, "\(result.output)")
            #expect(result.stdout == direct.stdout)
            #expect(result.stderr.hasPrefix("2 files"), "\(result.stderr)")
            #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil)
        }
    }

    @Test("working-directory moves the lint into a folder; the SARIF file stays relative to the repository root")
    func workingDirectory() throws {
        try PlanRepo.withScratch(subfolder: "social") { root, plans in
            try PlanRepo.append(PlanRepo.postWithHashtagComment, to: plans)
            let result = try Self.runScript(
                "lint", in: root, inputs: ["ARGS": "--today \(Self.today)", "WORKING_DIRECTORY": "social", "SARIF": "postplan.sarif"])
            #expect(result.status == 0, "\(result.output)")
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("postplan.sarif").path))
            #expect(!FileManager.default.fileExists(atPath: plans.appendingPathComponent("postplan.sarif").path))
            let uris = try SARIF.artifactURIs(in: root.appendingPathComponent("postplan.sarif"))
            #expect(uris.contains("social/plans/first-plan.yaml"), "\(uris)")
        }
    }

    @Test("a SARIF file that cannot be written fails the step with status 2 and says why")
    func unwritableSARIF() throws {
        try PlanRepo.withScratch { repo in
            let result = try Self.runScript(
                "lint", in: repo, inputs: ["ARGS": "--today \(Self.today)", "SARIF": "plans/channels.yaml/postplan.sarif"])
            #expect(result.status == 2, "\(result.output)")
            #expect(result.stderr.contains("SARIF"), "\(result.stderr)")
        }
    }

    @Test("a format postplan does not know is a usage error, status 2")
    func unknownFormat() throws {
        try PlanRepo.withScratch { repo in
            let result = try Self.runScript("lint", in: repo, inputs: ["FORMAT": "yaml"])
            #expect(result.status == 2, "\(result.output)")
            #expect(result.stderr.contains("unknown format 'yaml'"), "\(result.stderr)")
        }
    }

    // MARK: The script's install and cache-key steps

    @Test("install with POSTPLAN_BIN builds nothing and puts that binary's folder on GITHUB_PATH")
    func installUsesTheGivenBinary() throws {
        try Scratch.with { folder in
            let githubPath = folder.appendingPathComponent("github-path")
            try Data().write(to: githubPath)
            let package = folder.appendingPathComponent("package")
            let result = try Program.run(
                Self.script, ["install"], in: folder,
                environment: ["POSTPLAN_BIN": Self.postplan.path, "GITHUB_PATH": githubPath.path, "POSTPLAN_PACKAGE_PATH": package.path])
            #expect(result.status == 0, "\(result.output)")
            let lines = try String(contentsOf: githubPath, encoding: .utf8).split(separator: "\n").map(String.init)
            #expect(lines == [Self.postplan.deletingLastPathComponent().resolvingSymlinksInPath().path])
            #expect(!FileManager.default.fileExists(atPath: package.path))
        }
    }

    @Test("install with a POSTPLAN_BIN that is not a program fails with status 2")
    func installRefusesAMissingBinary() throws {
        try Scratch.with { folder in
            let result = try Program.run(
                Self.script, ["install"], in: folder,
                environment: ["POSTPLAN_BIN": folder.appendingPathComponent("postplan").path, "GITHUB_PATH": ""])
            #expect(result.status == 2)
            #expect(result.stderr.contains("not an executable file"), "\(result.stderr)")
        }
    }

    @Test(
        "install without Swift on PATH fails with status 2 and points to setup-swift and swift.org",
        .enabled(if: Self.pathWithoutSwift != nil, "swift is installed beside bash; PATH cannot hide one without the other"))
    func installWithoutSwift() throws {
        let path = try #require(Self.pathWithoutSwift)
        try Scratch.with { folder in
            let package = folder.appendingPathComponent("package")
            try FileManager.default.createDirectory(at: package, withIntermediateDirectories: true)
            let result = try Program.run(
                URL(fileURLWithPath: "/bin/bash"), [Self.script.path, "install"], in: folder,
                environment: ["PATH": path, "POSTPLAN_BIN": "", "GITHUB_PATH": "", "POSTPLAN_PACKAGE_PATH": package.path])
            #expect(result.status == 2, "\(result.output)")
            #expect(result.stderr.contains("swift-actions/setup-swift"), "\(result.stderr)")
            #expect(result.stderr.contains("swift.org"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: package.path).isEmpty)
        }
    }

    @Test("the cache key follows the toolchain and the package's sources, not its build folder or docs")
    func cacheKeyFollowsTheSources() throws {
        try Scratch.with { folder in
            let package = folder.appendingPathComponent("package")
            let files = [
                "Package.swift": "// swift-tools-version:6.0\n", "Sources/tool/main.swift": "print(1)\n", "templates/a.mustache": "{{a}}\n",
                "profiles/x.yaml": "id: x\n",
            ]
            for (path, text) in files { try Scratch.write(text, to: package.appendingPathComponent(path)) }
            let first = try Self.cacheKey(of: package, in: folder)
            #expect(first.key.hasPrefix("postplan-build-Linux-X64-swift-"), "\(first.key)")
            #expect(first.buildPath == package.path + "/.build")
            #expect(try Self.cacheKey(of: package, in: folder).key == first.key)

            try Scratch.write("built\n", to: package.appendingPathComponent(".build/release/postplan"))
            try Scratch.write("# docs\n", to: package.appendingPathComponent("README.md"))
            #expect(try Self.cacheKey(of: package, in: folder).key == first.key, "the build folder or README changed the key")

            try Scratch.write("{{b}}\n", to: package.appendingPathComponent("templates/a.mustache"))
            let edited = try Self.cacheKey(of: package, in: folder)
            #expect(edited.key != first.key, "an embedded template's change did not change the key")

            try Scratch.write("print(2)\n", to: package.appendingPathComponent("Sources/tool/other.swift"))
            #expect(try Self.cacheKey(of: package, in: folder).key != edited.key, "a new source file did not change the key")
        }
    }

    @Test("the cache key of this package names the toolchain that builds it")
    func cacheKeyOfThisPackage() throws {
        try Scratch.with { folder in
            let key = try Self.cacheKey(of: CommandRunner.packageRoot, in: folder).key
            #expect(!key.contains("swift-" + Self.noSwiftHash), "the key says there is no Swift, in a test built with Swift: \(key)")
        }
    }

    // MARK: Helpers

    /// The environment of an action step on GitHub: a workspace, and no files for outputs.
    static func githubEnvironment(_ workspace: URL) -> [String: String] {
        ["GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": workspace.path, "GITHUB_OUTPUT": "", "GITHUB_PATH": ""]
    }

    /// Runs a step of the script in a folder, with inputs named as in `INPUT_<NAME>`.
    static func runScript(_ step: String, in folder: URL, inputs: [String: String] = [:]) throws -> ProgramResult {
        var environment = githubEnvironment(folder).merging(["POSTPLAN_BIN": postplan.path]) { $1 }
        for name in ["PATH", "FORMAT", "SARIF", "FAIL_ON", "ARGS", "WORKING_DIRECTORY"] { environment["INPUT_\(name)"] = inputs[name] ?? "" }
        return try Program.run(script, [step], in: folder, environment: environment)
    }

    /// The key and build path the cache-key step writes to GITHUB_OUTPUT.
    static func cacheKey(of package: URL, in folder: URL) throws -> (key: String, buildPath: String) {
        let output = folder.appendingPathComponent("github-output-\(UUID().uuidString)")
        try Data().write(to: output)
        let result = try Program.run(
            script, ["cache-key"], in: folder,
            environment: ["POSTPLAN_PACKAGE_PATH": package.path, "GITHUB_OUTPUT": output.path, "RUNNER_OS": "Linux", "RUNNER_ARCH": "X64"])
        #expect(result.status == 0, "\(result.output)")
        let values = Dictionary(
            try String(contentsOf: output, encoding: .utf8).split(separator: "\n").map { line in
                let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
                return (parts[0], parts.count > 1 ? parts[1] : "")
            }, uniquingKeysWith: { $1 })
        return (try #require(values["key"]), try #require(values["build-path"]))
    }

    /// The first 12 hex digits of sha256("no-swift\n"), what the key holds when swift is missing.
    static let noSwiftHash: String = {
        guard let result = try? Program.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "echo no-swift | sha256sum | cut -c1-12"]) else { return "?" }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }()

    /// This process's PATH without the folders that hold a `swift`, when bash and the tools the
    /// script needs before looking for swift remain.
    static let pathWithoutSwift: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let kept = path.split(separator: ":").map(String.init).filter {
            !FileManager.default.isExecutableFile(atPath: URL(fileURLWithPath: $0).appendingPathComponent("swift").path)
        }
        let hasTools = ["dirname", "id"].allSatisfy { tool in
            kept.contains { FileManager.default.isExecutableFile(atPath: URL(fileURLWithPath: $0).appendingPathComponent(tool).path) }
        }
        return hasTools ? kept.joined(separator: ":") : nil
    }()

    /// The names of the inputs an action text refers to: `inputs.NAME` inside `${{ }}`.
    static func inputReferences(in text: String) throws -> [String] {
        let expression = try Regex(#"\$\{\{(.*?)\}\}"#)
        let reference = try Regex(#"inputs\.([A-Za-z0-9_-]+)"#)
        return text.matches(of: expression).flatMap { match in
            String(match.output[1].substring ?? "").matches(of: reference).compactMap { $0.output[1].substring.map(String.init) }
        }
    }
}

/// The workflow `postplan init` writes into `.github/workflows/`, and the README's copy of it.
@Suite("GitHub Action: the workflow of a plan repo")
struct PlanRepoWorkflowTests {
    static let workflowPath = ".github/workflows/postplan.yml"

    @Test("init's workflow runs postplan's action at a tag, with inputs the action declares, and builds nothing itself")
    func initWorkflowUsesTheAction() throws {
        try PlanRepo.withScratch { repo in
            let workflow = try YAMLFile.parse(repo.appendingPathComponent(Self.workflowPath))
            try Self.expectUsesTheAction(workflow, source: "init's workflow")
            #expect(!FileManager.default.fileExists(atPath: repo.appendingPathComponent("Package.swift").path))
        }
    }

    @Test(
        "init's workflow passes check-jsonschema's schema of GitHub workflows",
        .enabled(if: Tools.available("check-jsonschema"), Tools.skip("check-jsonschema")))
    func initWorkflowPassesTheSchema() throws {
        try PlanRepo.withScratch { repo in
            guard
                let result = try Tools.run(
                    "check-jsonschema", ["--builtin-schema", "vendor.github-workflows", repo.appendingPathComponent(Self.workflowPath).path])
            else { return }
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test("the README's workflow for a plan repo uses the action the way init's does")
    func readmeWorkflowUsesTheAction() throws {
        let workflow = try YAMLFile.parse(text: try Self.readmeWorkflow(), name: "README")
        try Self.expectUsesTheAction(workflow, source: "the README's workflow")
        try PlanRepo.withScratch { repo in
            let initWorkflow = try YAMLFile.parse(repo.appendingPathComponent(Self.workflowPath))
            #expect(try Self.actionStep(of: workflow)["uses"]?.text == Self.actionStep(of: initWorkflow)["uses"]?.text)
        }
    }

    @Test(
        "the README's workflow passes check-jsonschema's schema of GitHub workflows",
        .enabled(if: Tools.available("check-jsonschema"), Tools.skip("check-jsonschema")))
    func readmeWorkflowPassesTheSchema() throws {
        try Scratch.with { folder in
            let file = folder.appendingPathComponent("postplan.yml")
            try Scratch.write(try Self.readmeWorkflow(), to: file)
            guard let result = try Tools.run("check-jsonschema", ["--builtin-schema", "vendor.github-workflows", file.path]) else { return }
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test("the README's GitHub Actions section documents every input of action.yml, with its default")
    func readmeDocumentsEveryInput() throws {
        let section = try Self.readmeSection()
        let action = try YAMLFile.parse(GitHubActionTests.actionFile)
        for input in try #require(action["inputs"]?.mapping) {
            let name = try #require(input.key.text)
            let value = input.value["default"]?.text ?? ""
            let row = "| `\(name)` | \(value.isEmpty ? "none" : "`\(value)`") |"
            #expect(section.contains(row), "the README's inputs table lacks \(row)")
        }
    }

    // MARK: Helpers

    static func expectUsesTheAction(_ workflow: Node, source: String) throws {
        let step = try actionStep(of: workflow)
        let uses = try #require(step["uses"]?.text)
        let ref = String(uses.dropFirst("postplan/postplan@".count))
        #expect(ref.range(of: #"^v[0-9]+(\.[0-9]+){0,2}$"#, options: .regularExpression) != nil, "\(source): \(uses) is not a release tag")

        let action = try YAMLFile.parse(GitHubActionTests.actionFile)
        let inputs = Set(try #require(action["inputs"]?.mapping).compactMap(\.key.text))
        let given = Set((step["with"]?.mapping ?? []).compactMap(\.key.text))
        #expect(given.isSubset(of: inputs), "\(source) gives inputs the action does not have: \(given.subtracting(inputs))")

        let steps = try #require(workflow["jobs"]?["lint"]?["steps"]?.sequence)
        for run in steps.compactMap({ $0["run"]?.text }) {
            #expect(!run.contains("swift "), "\(source) runs Swift itself, which needs a package: \(run)")
        }
        #expect(steps.first?["uses"]?.text?.hasPrefix("actions/checkout@") == true, "\(source) does not check out the plans first")
        let sarif = try #require(step["with"]?["sarif"]?.text, "\(source) writes no SARIF")
        let upload = try #require(steps.first { $0["uses"]?.text?.hasPrefix("github/codeql-action/upload-sarif@") == true })
        #expect(upload["with"]?["sarif_file"]?.text == sarif)
    }

    static func actionStep(of workflow: Node) throws -> Node {
        let steps = try #require(workflow["jobs"]?["lint"]?["steps"]?.sequence, "no jobs.lint.steps")
        return try #require(steps.first { $0["uses"]?.text?.hasPrefix("postplan/postplan@") == true }, "no step uses postplan/postplan")
    }

    /// The README's `### GitHub Actions` section.
    static func readmeSection() throws -> String {
        let readme = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "\n### GitHub Actions\n"))
        let rest = readme[start.upperBound...]
        let end = ["\n## ", "\n### "].compactMap { rest.range(of: $0)?.lowerBound }.min() ?? readme.endIndex
        return String(readme[start.upperBound..<end])
    }

    /// The first YAML block of that section: the plan repo's workflow.
    static func readmeWorkflow() throws -> String {
        let section = try readmeSection()
        let start = try #require(section.range(of: "```yaml\n"), "no yaml block in the README's GitHub Actions section")
        let end = try #require(section[start.upperBound...].range(of: "```\n"))
        return String(section[start.upperBound..<end.lowerBound])
    }
}

// MARK: - Support

/// Reading YAML files with the package's own YAMLTree, failing on any problem.
enum YAMLFile {
    static func parse(_ url: URL) throws -> Node {
        try parse(text: try String(contentsOf: url, encoding: .utf8), name: url.lastPathComponent)
    }

    static func parse(text: String, name: String) throws -> Node {
        let result = YAMLParser().parse(text)
        #expect(result.problems.isEmpty, "\(name) is not clean YAML: \(result.problems)")
        #expect(result.documents.count == 1, "\(name) holds \(result.documents.count) documents")
        return try #require(result.documents.first, "\(name) holds no YAML document")
    }
}

extension Node {
    /// The value of a mapping's key, nil for other nodes or a missing key.
    fileprivate subscript(_ key: String) -> Node? {
        mapping?.first { $0.key.scalar?.text == key }?.value
    }

    fileprivate var text: String? { scalar?.text }

    /// Every scalar below this node, keys included, in document order.
    fileprivate var scalarTexts: [String] {
        switch content {
        case .scalar(let scalar): [scalar.text]
        case .sequence(let items): items.flatMap(\.scalarTexts)
        case .mapping(let pairs): pairs.flatMap { $0.key.scalarTexts + $0.value.scalarTexts }
        }
    }
}

/// Scratch plan repos made by the built `postplan init`.
enum PlanRepo {
    /// A LinkedIn poll with five options (LinkedIn takes 2 to 4): `poll-option-count`, an error.
    static let fiveOptionPoll = """
          - id: five-option-poll
            kind: poll
            channels: [team-linkedin]
            at: 2026-12-01 10:00
            question: Which day suits you best?
            options: [Monday, Tuesday, Wednesday, Thursday, Friday]
            duration: 1w

        """

    /// A post whose `#hashtag` YAML reads as a comment: `hashtag-comment`, a warning.
    static let postWithHashtagComment = """
          - id: tip
            kind: post
            channels: [team-linkedin]
            at: 2026-12-01 11:00
            text: One planning tip a week #planning
            pillar: insights
            intent: information

        """

    static func withScratch(_ body: (URL) throws -> Void) throws {
        try Scratch.with { folder in
            let repo = folder.appendingPathComponent("plans-repo")
            try create(at: repo)
            try body(repo)
        }
    }

    /// A scratch folder (the repository root) with a plan repo in a subfolder of it.
    static func withScratch(subfolder: String, _ body: (URL, URL) throws -> Void) throws {
        try Scratch.with { folder in
            let repo = folder.appendingPathComponent(subfolder)
            try create(at: repo)
            try body(folder, repo)
        }
    }

    static func create(at repo: URL) throws {
        let result = try CommandRunner.run(["init", repo.path, "--timezone", "Europe/Berlin", "--today", GitHubActionTests.today])
        try #require(result.status == 0, "postplan init failed: \(result.output)")
    }

    /// Appends items to `plans/first-plan.yaml` (whose last key is `items:`) and returns the
    /// line of the appended `options:` or first line.
    @discardableResult
    static func append(_ items: String, to repo: URL) throws -> Int {
        let file = repo.appendingPathComponent("plans/first-plan.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        if !text.hasSuffix("\n") { text += "\n" }
        let firstLine = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let offset = items.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("options:") } ?? 0
        try (text + items).write(to: file, atomically: true, encoding: .utf8)
        return firstLine + offset
    }
}

/// The results of a SARIF file, read with JSONSerialization.
enum SARIF {
    struct Result: Equatable {
        var rule: String?
        var level: String?
        var uri: String?
        var line: Int?
    }

    static func results(in file: URL) throws -> [Result] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let runs = try #require(document["runs"] as? [[String: Any]])
        return runs.flatMap { ($0["results"] as? [[String: Any]]) ?? [] }.map { result in
            let location = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any]
            return Result(
                rule: result["ruleId"] as? String, level: result["level"] as? String,
                uri: (location?["artifactLocation"] as? [String: Any])?["uri"] as? String,
                line: (location?["region"] as? [String: Any])?["startLine"] as? Int)
        }
    }

    static func artifactURIs(in file: URL) throws -> [String] {
        try results(in: file).compactMap(\.uri)
    }
}

/// Temporary folders and files.
enum Scratch {
    static func with(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("postplan-action-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder.resolvingSymlinksInPath())
    }

    static func write(_ text: String, to file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }
}

/// Outside tools the action's tests use: present, or required when CI=true (`.ci/run`
/// installs check-jsonschema with pip and shellcheck with apt-get).
enum Tools {
    static func available(_ name: String) -> Bool { Program.find(name) != nil || Program.isCI }

    static func skip(_ name: String) -> Testing.Comment {
        "\(name) is not installed (.ci/run installs it; required when CI=true)"
    }

    /// The tool's result, or nil with an issue recorded when it is missing under CI=true.
    static func run(_ name: String, _ arguments: [String]) throws -> ProgramResult? {
        guard let executable = Program.find(name) else {
            Issue.record("\(name) is not on PATH, and CI=true requires it; .ci/run installs it")
            return nil
        }
        return try Program.run(executable, arguments)
    }
}
