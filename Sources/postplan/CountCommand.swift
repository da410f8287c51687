import ArgumentParser
import Foundation
import PostplanKit
import YAMLTree

struct CountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "count",
        abstract: "Count a draft the way a platform counts it.",
        discussion: """
            Prints the text's length in the platform's unit against its limit (X weighs \
            characters and counts every link as 23; Bluesky counts graphemes and UTF-8 bytes), \
            and every other limit 'validate' checks on a text: UTF-8 bytes, hashtags, links and \
            characters the platform rejects, each explained on a line of its own. Reads the text \
            from the argument, or from standard input (up to \(ParserLimits.default.maxBytes >> 20) MiB, a plan file's limit). Exit \
            status 1 when the text is over a limit.
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
            throw CommandError.usage("no platform '\(platform)'; known: \(registry.sorted.map(\.id).joined(separator: ", "))")
        }
        let draft = try text ?? Self.readStandardInput()
        let report = TextCountReport(text: draft, profile: profile, on: today.localDate)
        print(report.description)
        if report.isOverLimit { throw CommandError.findings() }
    }

    /// Standard input as text, read to its end but never more than a plan file may hold (the
    /// parser's limit), so `count </dev/zero` stops instead of filling the memory.
    private static func readStandardInput() throws -> String {
        let limit = ParserLimits.default.maxBytes
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let read = chunk.withUnsafeMutableBytes { Foundation.read(STDIN_FILENO, $0.baseAddress, wanted) }
            if read == 0 { break }
            if read < 0 {
                if errno == EINTR { continue }
                throw CommandError.usage("cannot read standard input: \(String(cString: strerror(errno)))")
            }
            bytes += chunk[..<read]
        }
        guard bytes.count <= limit else {
            throw CommandError.usage(
                "standard input is more than \(limit) bytes (\(limit >> 20) MiB), the most postplan reads of a draft or plan file; count a shorter text"
            )
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
