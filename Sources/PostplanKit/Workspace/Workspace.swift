/// A plan repo as one whole: the channels and items of all its files, with ids resolved.
public struct Workspace: Sendable {
    /// The plan files, in path order; their items are in `items`.
    public private(set) var files: [PlanFile]
    /// Channels by id. When an id is defined twice, the first in file order.
    public private(set) var channels: [String: Channel]
    /// Every item of every file, in file order.
    public private(set) var items: ItemList
    /// The platform profiles in force: built-in ones with the repo's overrides.
    public private(set) var profiles: ProfileRegistry
    /// Each file's declared time zone, by path.
    public private(set) var fileTimeZones: [String: TimeZoneID]
    /// The repo's default time zone: the first one a plan file declares, in path order.
    /// Found once: every item without a zone of its own asks for it.
    public private(set) var defaultTimeZone: TimeZoneID

    /// The profile of a channel's platform. Every channel in `channels` has one.
    public func profile(of channel: Channel) -> PlatformProfile? {
        profiles[channel.platform.value]
    }

    /// Puts decoded files together and reports what only the whole repo shows: ids defined
    /// twice, references to channels that do not exist, platforms no profile describes.
    static func assemble(_ files: [PlanFile], profiles builtIn: ProfileRegistry = .builtIn) -> (Workspace, [Diagnostic]) {
        var (profiles, diagnostics) = builtIn.applying(files.flatMap(\.profileOverrides))
        var channels: [String: Channel] = [:]
        var declaredChannels: [String: Located<String>] = [:]
        // Where the first item with each id is (its file and its place there), not the id itself:
        // keeping the id would retain its texts, which were made on other threads, and reaching
        // into their memory for that cost more than the rest of this pass. Every item's
        // references are checked below, file by file.
        var firstIDs: [String: (file: Int, reference: Int)] = [:]
        firstIDs.reserveCapacity(files.reduce(0) { $0 + $1.references.count })
        for (fileIndex, file) in files.enumerated() {
            for id in file.channelIDs {
                if let first = declaredChannels[id.value] {
                    diagnostics.append(duplicate("channel", id, first: first))
                } else {
                    declaredChannels[id.value] = id
                }
            }
            for channel in file.channels where channels[channel.id.value] == nil {
                if let problem = checkPlatform(of: channel, profiles: profiles) {
                    diagnostics.append(problem)
                } else {
                    channels[channel.id.value] = channel
                }
            }
            // By index, here and below: iterating the references would copy every one.
            for index in file.references.indices {
                if let first = firstIDs[file.references[index].id.value] {
                    let firstID = files[first.file].references[first.reference].id
                    diagnostics.append(duplicate("item", file.references[index].id, first: firstID))
                } else {
                    firstIDs[file.references[index].id.value] = (fileIndex, index)
                }
            }
        }
        // Each file's references are checked on their own, files side by side: their values were
        // made on the threads that read the files, and are quicker to reach from there.
        let declared = declaredChannels, knownChannels = declaredChannels.keys.sorted()
        let referenceFindings = [[Diagnostic]](concurrentlyMapping: files.count) { fileIndex in
            let references = files[fileIndex].references
            var found: [Diagnostic] = []
            for index in references.indices {
                found += checkReferences(of: references[index], declared: declared, known: knownChannels)
            }
            return found
        }
        diagnostics += referenceFindings.joined()
        // Each item is kept once, in `items`, which takes the files' own arrays over.
        let items = ItemList(files.map(\.items))
        var files = files
        var fileTimeZones: [String: TimeZoneID] = [:]
        for index in files.indices {
            files[index].items = []
            files[index].references = []
            fileTimeZones[files[index].path] = files[index].timezone?.value
        }
        let workspace = Workspace(
            files: files, channels: channels, items: items, profiles: profiles, fileTimeZones: fileTimeZones,
            defaultTimeZone: defaultTimeZone(of: files))
        return (workspace, diagnostics)
    }

    private static func checkPlatform(of channel: Channel, profiles: ProfileRegistry) -> Diagnostic? {
        let platform = channel.platform
        guard let profile = profiles[platform.value] else {
            let advice = Suggestion.advice(for: platform.value, among: profiles.profiles.keys.sorted())
            return Diagnostic(
                UnknownPlatformRule.noProfile(channel: channel.id.value, platform: platform.value).appending(advice.hint), at: platform.range
            ).fixing(platform.value, at: platform.range, with: advice)
        }
        let account = channel.account.value.rawValue
        guard profile.accountTypes.contains(account) else {
            let advice = Suggestion.advice(for: account, among: profile.accountTypes)
            return Diagnostic(UnknownAccountTypeRule.notOnPlatform(account, platform: profile.name).appending(advice.hint), at: channel.account.range)
                .fixing(account, at: channel.account.range, with: advice)
        }
        return nil
    }

    private static func duplicate(_ what: String, _ id: Located<String>, first: Located<String>) -> Diagnostic {
        Diagnostic(
            DuplicateIDRule.alreadyUsed(id.value, what: what, at: first.range), at: id.range,
            related: [Diagnostic.Related("first \(what) with id '\(id.value)'", at: first.range)])
    }

    private static func checkReferences(
        of item: ItemReference, declared: [String: Located<String>], known: [String]
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for index in item.channels.indices where declared[item.channels[index].value] == nil {
            let reference = item.channels[index]
            let advice = Suggestion.advice(for: reference.value, among: known, listUpTo: 8)
            diagnostics.append(
                Diagnostic(
                    UnknownChannelRule.notDefined(reference.value, namedBy: item.displayName).appending(advice.hint), at: reference.range
                ).fixing(reference.value, at: reference.range, with: advice, unless: { match in item.channels.contains { $0.value == match } }))
        }
        guard !item.variantChannels.isEmpty else { return diagnostics }
        let targeted = item.channels.map(\.value)
        for variant in item.variantChannels where !targeted.contains(variant.value) {
            let hint = Suggestion.hint(for: variant.value, among: targeted)
            let message =
                declared[variant.value] == nil
                ? UnknownChannelRule.variantForUnknownChannel(variant.value, of: item.displayName, hint: hint)
                : VariantChannelRule.notAmongChannels(variant.value, of: item.displayName, hint: hint)
            diagnostics.append(Diagnostic(message, at: variant.range))
        }
        return diagnostics
    }
}
