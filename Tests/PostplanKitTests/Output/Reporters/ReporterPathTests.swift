import Testing

@testable import PostplanKit

@Suite("Reporter paths: relative to the repository")
struct ReporterPathTests {
    static func relative(_ path: String, root: String = "/repo", in currentDirectory: String = "/repo") -> String {
        RepositoryPath.relative(path, to: root, currentDirectory: currentDirectory)
    }

    @Test("a relative path from the root stays as it is")
    func fromRoot() {
        #expect(Self.relative("plans/q4.yaml") == "plans/q4.yaml")
    }

    @Test("a relative path from a subfolder gains the subfolder")
    func fromSubfolder() {
        #expect(Self.relative("q4.yaml", in: "/repo/plans") == "plans/q4.yaml")
    }

    @Test("./ and empty parts are dropped")
    func dotsAndDoubleSlashes() {
        #expect(Self.relative("./plans//./q4.yaml") == "plans/q4.yaml")
        #expect(Self.relative("./q4.yaml", in: "/repo/plans/") == "plans/q4.yaml")
    }

    @Test(".. climbs a folder, also past the current one")
    func parentFolders() {
        #expect(Self.relative("../shared/channels.yaml", in: "/repo/plans") == "shared/channels.yaml")
        #expect(Self.relative("plans/../q4.yaml") == "q4.yaml")
    }

    @Test("an absolute path inside the repository loses the root")
    func absolute() {
        #expect(Self.relative("/repo/plans/q4.yaml", in: "/elsewhere") == "plans/q4.yaml")
    }

    @Test("a root written with a trailing slash or relative to the current folder is the same root")
    func rootSpellings() {
        #expect(Self.relative("plans/q4.yaml", root: "/repo/") == "plans/q4.yaml")
        #expect(Self.relative("q4.yaml", root: "..", in: "/repo/plans") == "plans/q4.yaml")
    }

    @Test("a path outside the repository climbs out of it with ..")
    func outside() {
        #expect(Self.relative("/tmp/x.yaml") == "../tmp/x.yaml")
        #expect(Self.relative("../other/x.yaml") == "../other/x.yaml")
        #expect(Self.relative("/repository/x.yaml") == "../repository/x.yaml", "a shared prefix of letters is not a shared folder")
    }

    @Test("the root itself is .; .. never climbs above the file system's root")
    func edges() {
        #expect(Self.relative("/repo") == ".")
        #expect(Self.relative("/../../repo/x.yaml") == "x.yaml")
    }

    @Test("the as-given style leaves paths alone; the repository style applies the helper")
    func styles() {
        #expect(PathStyle.asGiven.display("./q4.yaml") == "./q4.yaml")
        #expect(PathStyle.repositoryRelative(root: "/repo", currentDirectory: "/repo/plans").display("./q4.yaml") == "plans/q4.yaml")
    }

    @Test("the root is GITHUB_WORKSPACE when it is set")
    func workspaceRoot() {
        let root = RepositoryRoot.locate(environment: ["GITHUB_WORKSPACE": "/home/runner/work/r/r"], currentDirectory: "/x/y") { _ in true }
        #expect(root == "/home/runner/work/r/r")
    }

    @Test("otherwise the nearest folder upward that holds .git, the current one included")
    func gitRoot() {
        let gitFolders: Set<String> = ["/work", "/work/main"]
        #expect(RepositoryRoot.locate(environment: [:], currentDirectory: "/work/main/plans/q4") { gitFolders.contains($0) } == "/work/main")
        #expect(
            RepositoryRoot.locate(environment: ["GITHUB_WORKSPACE": ""], currentDirectory: "/work/main") { gitFolders.contains($0) } == "/work/main")
        #expect(RepositoryRoot.locate(environment: [:], currentDirectory: "/elsewhere") { $0 == "/" } == "/")
    }

    @Test("otherwise the current folder")
    func currentRoot() {
        #expect(RepositoryRoot.locate(environment: [:], currentDirectory: "/tmp/plans") { _ in false } == "/tmp/plans")
    }
}
