import ArgumentParser
import Foundation
import PostplanKit
import YAMLTree

extension ItemKind: ExpressibleByArgument {}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Print a commented item of a kind to paste into a plan, or append it to a plan file.",
        discussion: """
            The item is checked as 'validate' would check it in the plan folder it goes into (the folder of \
            --append's file, else --plans, else plans when present) and printed or appended only when it has no \
            error or warning there; otherwise the findings are printed and the exit status is 1. An unknown \
            --channel is a usage error (status 2).

            Kinds:
            \(kindList)
            """
    )

    /// A line per kind: its name and what it is.
    private static var kindList: String {
        let width = ItemKind.allCases.map(\.rawValue.count).max() ?? 0
        return ItemKind.allCases.map { "  \($0.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0))\($0.summary)" }
            .joined(separator: "\n")
    }

    @Argument(
        help:
            "The kind of item: \(ItemKind.allCases.dropLast().map(\.rawValue).joined(separator: ", ")) or \(ItemKind.allCases.last?.rawValue ?? "").")
    var kind: ItemKind

    @Option(help: "The new item's id.")
    var id: String

    @Option(
        help:
            "The channel id it goes to (default: the first channel of the plans, by id, that takes the item; \(NewItem.placeholderChannel) without plans)."
    )
    var channel: String?

    @Option(help: "A plan file to append the item to (written atomically), instead of printing it.")
    var append: String?

    @OptionGroup var force: ForceOption

    @OptionGroup var plans: PlansOption

    @OptionGroup var today: TodayOption

    func run() throws {
        do {
            let destination: NewItem.Destination
            if let append {
                destination = .append(path: append, text: try Self.planText(at: append))
            } else {
                destination = .print
            }
            let folder = append.map { plans.path ?? Self.folder(of: $0) } ?? plans.folder
            let maker = NewItem(
                fileSystem: LocalFileSystem(), planFolder: folder, today: today.value, machineZone: TimeZoneID(TimeZone.current.identifier))
            let made = try maker.make(kind, id: id, channel: channel, to: destination)
            guard let append else {
                if folder == nil { printError("postplan: no plan folder here (plans); the item was not checked against channels") }
                print(made.text, terminator: "")
                return
            }
            try OutputFile.write(made.text, to: append, force: force.isOn)
            printError("added \(kind.rawValue) '\(id)' for '\(made.channel)' to \(append)")
        } catch let refusal as NewItem.Refusal {
            let message = "\(refusal)\(append == nil ? "" : "; nothing was appended")"
            if case .findings = refusal { throw CommandError.findings("postplan: \(message)") }
            throw CommandError.usage(message)
        } catch let failure as OutputFile.WriteError {
            throw CommandError.usage("\(failure); nothing was appended")
        }
    }

    /// The folder a plan file is in: its plan repo.
    private static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// A plan file's text, for appending to it; usage errors when it cannot be read as text.
    /// Read as plan files are (up to their size limit; a pipe or device is refused, not waited on).
    private static func planText(at path: String) throws -> String {
        let bytes: [UInt8]
        do throws(FileSystemError) {
            bytes = try LocalFileSystem().contents(of: path, maxBytes: ParserLimits.default.maxBytes)
        } catch .notFound {
            throw CommandError.usage("there is no file '\(path)' to append to; nothing was appended")
        } catch {
            throw CommandError.usage("\(error.diagnostic(at: path).message); nothing was appended")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CommandError.usage("'\(path)' is not UTF-8 text; nothing was appended ('postplan validate' shows where)")
        }
        return text
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
            throw CommandError.usage("'\(timezone)' is not an IANA time zone, such as Europe/Berlin")
        }
        let files = Scaffolding.skeleton(timezone: TimeZoneID(timezone), date: today.value.date(in: TimeZoneID(timezone)).adding(days: 7))
        let root = URL(fileURLWithPath: directory)
        let existing = files.map { root.appendingPathComponent($0.path).path }.filter { FileManager.default.fileExists(atPath: $0) }
        guard existing.isEmpty else {
            throw CommandError.usage("not overwriting \(existing.joined(separator: ", ")); nothing was written")
        }
        for file in files {
            let url = root.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try OutputFile.write(file.text, to: url.path)
            } catch let failure as OutputFile.WriteError {
                throw failure
            } catch {
                throw CommandError.usage("cannot create the folder of '\(url.path)': \(error.localizedDescription)")
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
