import ArgumentParser
import Foundation
import PostplanKit

extension ItemKind: ExpressibleByArgument {}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Print a commented item of a kind to paste into a plan, or append it to a plan file.",
        discussion: "Kinds: \(ItemKind.allCases.map(\.rawValue).joined(separator: ", ")). The item is valid as printed; edit its texts and dates."
    )

    @Argument(help: "The kind of item: post, poll, story, product-page or ad.")
    var kind: ItemKind

    @Option(help: "The new item's id.")
    var id: String

    @Option(help: "The channel id it goes to.")
    var channel: String = "your-channel"

    @Option(help: "A plan file to append the item to (written atomically), instead of printing it.")
    var append: String?

    @OptionGroup var force: ForceOption

    @OptionGroup var today: TodayOption

    func run() throws {
        do {
            let item = try Scaffolding.item(kind, id: id, channel: channel, date: today.localDate.adding(days: 7))
            guard let append else {
                print(item, terminator: "")
                return
            }
            guard let data = FileManager.default.contents(atPath: append) else {
                printError("postplan: cannot read '\(append)'")
                throw ExitCode(ExitStatus.usage.rawValue)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                printError("postplan: '\(append)' is not UTF-8 text; nothing was appended ('postplan validate' shows where)")
                throw ExitCode(ExitStatus.usage.rawValue)
            }
            let updated = try Scaffolding.appending(item, to: text, path: append, id: id)
            try OutputFile.write(updated, to: append, force: force.isOn)
            printError("added \(kind.rawValue) '\(id)' to \(append)")
        } catch let failure as Scaffolding.Failure {
            printError("postplan: \(failure)")
            throw ExitCode(ExitStatus.usage.rawValue)
        } catch let failure as OutputFile.WriteError {
            printError("postplan: \(failure); nothing was appended")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
    }
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a plan repo: plans, a lint config, a CI workflow, a pre-commit config and the JSON Schema.",
        discussion: "Existing files are never overwritten: init stops before writing anything when one is in the way."
    )

    @Argument(help: "The folder to create the repo in.", completion: .directory)
    var directory: String = "."

    @Option(help: "The IANA time zone of the plans.")
    var timezone: String = TimeZone.current.identifier

    @OptionGroup var today: TodayOption

    func run() throws {
        guard TimeZoneID.isKnown(timezone) else {
            printError("postplan: '\(timezone)' is not an IANA time zone, such as Europe/Berlin")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        let files = Scaffolding.skeleton(timezone: TimeZoneID(timezone), date: today.value.date(in: TimeZoneID(timezone)).adding(days: 7))
        let root = URL(fileURLWithPath: directory)
        let existing = files.map { root.appendingPathComponent($0.path).path }.filter { FileManager.default.fileExists(atPath: $0) }
        guard existing.isEmpty else {
            printError("postplan: not overwriting \(existing.joined(separator: ", ")); nothing was written")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        for file in files {
            let url = root.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try OutputFile.write(file.text, to: url.path)
            } catch let failure as OutputFile.WriteError {
                printError("postplan: \(failure)")
                throw ExitCode(ExitStatus.usage.rawValue)
            } catch {
                printError("postplan: cannot create the folder of '\(url.path)': \(error.localizedDescription)")
                throw ExitCode(ExitStatus.usage.rawValue)
            }
            print("created \(file.path)")
        }
        printError("next: edit plans/channels.yaml, then run 'postplan lint' in \(directory)")
    }
}

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the plan format, for editors (yaml-language-server) and check-jsonschema."
    )

    func run() {
        print(Scaffolding.planSchema, terminator: "")
    }
}
