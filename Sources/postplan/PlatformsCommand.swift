import ArgumentParser
import PostplanKit

struct PlatformsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "platforms",
        abstract: "List the platform profiles, or print one with every fact and its source.",
        discussion: """
            Profiles hold each platform's publishing rules as facts with a source, the date it \
            was checked and a confidence (documented, third-party, inferred, unverified, or \
            confirmed by your repo). A plan repo changes them under 'platforms:'; those \
            changes are shown too.
            """
    )

    @Argument(help: "A platform id, such as linkedin. Without one, all are listed.")
    var platform: String?

    @OptionGroup var plans: PlansOption

    func run() throws {
        let registry = try plans.profiles()
        guard let platform else {
            print(ProfileReporter.overview(registry), terminator: "")
            return
        }
        guard let profile = registry[platform] else {
            let known = registry.sorted.map(\.id).joined(separator: ", ")
            throw CommandError.usage("no platform '\(platform)'; known: \(known)")
        }
        print(ProfileReporter.details(profile), terminator: "")
    }
}
