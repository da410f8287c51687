/// Checks every item on every one of its channels against that channel's platform profile.
/// Each rule family reads facts from the profile; none knows which platform it is looking at.
///
/// The items are checked in parts, each a stride through all of them so that parts cost about
/// the same, for whichever thread is free to take the next one (see `Validator.validate`).
struct PlatformChecker: Sendable {
    private let items: ItemList
    private let targets: [String: Workspace.PublishingTarget]
    private let profiles: ProfileRegistry
    private let sources: [String: SourceText]
    private let today: LocalDate
    /// How many parts the items are checked in.
    let partCount: Int

    init(workspace: Workspace, today: LocalDate) {
        items = workspace.items
        targets = workspace.publishingTargets
        profiles = workspace.profiles
        sources = workspace.sourceTexts
        self.today = today
        partCount = min(items.count, 64)
    }

    /// The findings for the items of one part, in item order.
    func check(part: Int) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for index in stride(from: part, to: items.count, by: partCount) {
            found += Self.check(items[index], on: targets, profiles: profiles, sources: sources, today: today)
        }
        return found
    }

    static func check(
        _ item: Item, on targets: [String: Workspace.PublishingTarget], profiles: ProfileRegistry, sources: [String: SourceText],
        today: LocalDate
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let date = item.factDate(today: today)
        for reference in item.channels {
            guard let (channel, profile) = targets[reference.value] else { continue }
            let post = ChannelPost(item: item, channel: channel, profile: profile, date: date, sources: sources)
            // The kind's own rules come first; where the kind does not exist on the platform,
            // that one finding says it all and the text and media rules stay quiet.
            let available =
                switch item.details {
                case .post: true
                case .poll(let poll): PollRules.check(poll, post, into: &diagnostics)
                case .story(let story): StoryRules.check(story, post, into: &diagnostics)
                case .productPage(let page): ProductPageRules.check(page, post, profiles: profiles, into: &diagnostics)
                case .ad(let ad): AdRules.check(ad, post, into: &diagnostics)
                // A thread's text and media are its parts', which its rules check one by one.
                case .thread(let thread): ThreadRules.checkedAlone(thread, post, into: &diagnostics)
                case .live: LiveRules.check(post, into: &diagnostics)
                }
            guard available else { continue }
            ContentWarningUnsupportedRule.check(post, into: &diagnostics)
            FirstCommentLengthRule.check(post, into: &diagnostics)
            TextRules.check(post, into: &diagnostics)
            TitleRules.check(post, into: &diagnostics)
            TagsLengthRule.check(post, into: &diagnostics)
            MediaRules.check(post, into: &diagnostics)
            DocumentRules.check(post, into: &diagnostics)
            VideoRules.check(post, into: &diagnostics)
        }
        return diagnostics
    }
}
