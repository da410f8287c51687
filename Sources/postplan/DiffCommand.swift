import ArgumentParser
import Foundation
import PostplanKit

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what a change does to the calendar and the findings, for review and PR comments.",
        discussion: """
            Compares the plans of BASE and HEAD, each a git revision or a folder: the posts added, \
            removed, moved (old and new local time) or changed (text, media, poll options, CTA), \
            the deadlines that follow from them, and the lint findings HEAD adds or fixes, matched \
            by rule, item and channel. BASE defaults to the merge base with the default branch, \
            HEAD to the working tree ('.'). Revisions are read with git; two folders need no git. \
            Exit status: 0, or 1 with --fail-on-new when HEAD adds such findings; 2 for usage errors.
            """
    )

    @Argument(help: "The base: a git revision or a folder (default: the merge base with the default branch).")
    var base: String?

    @Argument(help: "The head: a git revision or a folder (default: '.', the working tree).")
    var head: String = "."

    @Argument(help: "The plan folder inside each side (default: plans; none when both sides are folders).", completion: .file())
    var path: String?

    @Option(help: ArgumentHelp("The first day compared (YYYY-MM-DD; default: today).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("The last day compared (YYYY-MM-DD; default: 13 weeks after --from).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Output format: \(DiffFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var format: DiffFormat = .text

    @Option(name: .customLong("fail-on-new"), help: "Exit 1 when HEAD adds a finding this severe: error or warning.")
    var failOnNew: Severity?

    @OptionGroup var config: ConfigOption

    @OptionGroup var today: TodayOption

    func validate() throws {
        for (name, text) in [("--from", from), ("--to", to)] {
            if let text, LocalDate(iso: text) == nil {
                throw ValidationError("'\(name) \(text)' is not a date; write YYYY-MM-DD, like 2026-11-24")
            }
        }
        if let from = from.flatMap(LocalDate.init(iso:)), let to = to.flatMap(LocalDate.init(iso:)), to < from {
            throw ValidationError("'--to \(to)' is before '--from \(from)'")
        }
        if failOnNew == .info { throw ValidationError("'--fail-on-new' takes error or warning") }
    }

    func run() throws {
        let fileSystem = LocalFileSystem()
        let currentDirectory = FileManager.default.currentDirectoryPath
        let lintConfig = try config.load(fileSystem: fileSystem, currentDirectory: currentDirectory)
        // The two sides share the files the change leaves alone: each is decoded once.
        let options = PlanRepository.Options(config: lintConfig, currentDirectory: currentDirectory, decodedFiles: DecodedFileCache())
        let today = today.value
        let baseFolder = base.map(isFolder) ?? false, headFolder = isFolder(head)
        let planPath = path ?? (baseFolder && headFolder ? nil : PlansOption.defaultFolder)
        let git = GitRevisions(directory: currentDirectory)
        func open(_ side: String?, isFolder: Bool) throws -> PlanRepository {
            if isFolder, let side {
                let folder = planPath.map { side == "." ? $0 : side + "/" + $0 } ?? side
                return try PlanRepository.open([folder], on: fileSystem, today: today, options: options)
            }
            try git.requireRepository()
            let commit = try side.map(git.commit) ?? git.defaultBase()
            let plans = planPath ?? PlansOption.defaultFolder
            let files = try git.files(at: commit, under: [plans, Self.templatesFolder(besidePlans: plans)])
            guard (try? files.entry(at: plans)) != nil else {
                throw CommandError.usage("'\(plans)' does not exist in \(side ?? "the merge base"); name the plan folder after BASE and HEAD")
            }
            return try PlanRepository.open([plans], on: files, today: today, options: options)
        }
        let baseRepo = try open(base, isFolder: baseFolder), headRepo = try open(head, isFolder: headFolder)
        let start = from.flatMap(LocalDate.init(iso:)) ?? headRepo.today
        let end = to.flatMap(LocalDate.init(iso:)) ?? start.adding(days: PlanRepository.diffedWeeks * 7)
        let diff = headRepo.diff(from: baseRepo, window: start...max(start, end))
        keepUntilExit((baseRepo, headRepo))
        print(format.render(diff, weekLayout: lintConfig.weekLayout), terminator: "")
        if let failOnNew, diff.newFindings.contains(where: { (Severity(rawValue: $0.severity) ?? .info) >= failOnNew }) {
            throw CommandError.findings("postplan: the change adds findings at or above \(failOnNew.rawValue)")
        }
    }

    /// Whether a side names a folder on disk; a folder wins over a revision of the same name.
    private func isFolder(_ side: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: side, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The `templates` folder beside a plan folder, where the repo's calendar templates and
    /// `checklists.yaml` are.
    static func templatesFolder(besidePlans plans: String) -> String {
        let parts = GitRevisions.normalized(plans).split(separator: "/").dropLast()
        return (parts + ["templates"]).joined(separator: "/")
    }
}

extension DiffFormat: ExpressibleByArgument {}
