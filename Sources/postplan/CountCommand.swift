import ArgumentParser
import Foundation
import PostplanKit

struct CountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "count",
        abstract: "Count a draft the way a platform counts it.",
        discussion: """
            Prints the text's length in the platform's unit against its limit (X weighs \
            characters and counts every link as 23; Bluesky counts graphemes and UTF-8 bytes). \
            Reads the text from the argument, or from standard input. Exit status 1 when the \
            text is over a limit.
            """
    )

    @Option(name: .long, help: "The platform id, such as x or bluesky.")
    var platform: String

    @Argument(help: "The text to count; omit it to read standard input.")
    var text: String?

    @OptionGroup var plans: PlansOption
    @OptionGroup var today: TodayOption

    func run() throws {
        let registry = try plans.profiles()
        guard let profile = registry[platform] else {
            printError("postplan: no platform '\(platform)'; known: \(registry.sorted.map(\.id).joined(separator: ", "))")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        let draft = text ?? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let report = TextCountReport(text: draft, profile: profile, on: today.localDate)
        print(report.description)
        if report.isOverLimit { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}
