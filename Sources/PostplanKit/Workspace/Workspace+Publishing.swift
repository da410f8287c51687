/// What the rules that look at items on their channels need, made once per run rather than
/// once per item.
extension Workspace {
    /// A channel an item can go out on, with its platform's profile.
    typealias PublishingTarget = (channel: Channel, profile: PlatformProfile)

    /// Every channel with a profile, by id: one lookup per item and channel, where looking up
    /// the channel and then its platform's profile took two.
    var publishingTargets: [String: PublishingTarget] {
        channels.compactMapValues { channel in profile(of: channel).map { (channel, $0) } }
    }

    /// Each plan file's text, by path, for the few findings that point inside a text.
    var sourceTexts: [String: SourceText] {
        Dictionary(files.map { ($0.path, $0.sourceText) }) { first, _ in first }
    }
}
