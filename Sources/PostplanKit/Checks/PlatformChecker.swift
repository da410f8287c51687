import Dispatch
import Synchronization

/// Checks every item on every one of its channels against that channel's platform profile.
/// Each rule family reads facts from the profile; none knows which platform it is looking at.
public enum PlatformChecker {
    public static func check(_ workspace: Workspace, today: LocalDate) -> [Diagnostic] {
        let sources = workspace.sourceTexts, targets = workspace.publishingTargets
        let items = workspace.items
        let chunkCount = min(items.count, 64)
        guard chunkCount > 0 else { return [] }
        let results = Mutex([[Diagnostic]](repeating: [], count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var found: [Diagnostic] = []
            for index in stride(from: chunk, to: items.count, by: chunkCount) {
                found += check(items[index], on: targets, profiles: workspace.profiles, sources: sources, today: today)
            }
            results.withLock { $0[chunk] = found }
        }
        return results.withLock { $0.flatMap { $0 } }
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
            let available = switch item.details {
            case .post: true
            case .poll(let poll): PollRules.check(poll, post, into: &diagnostics)
            case .story(let story): StoryRules.check(story, post, into: &diagnostics)
            case .productPage(let page): ProductPageRules.check(page, post, profiles: profiles, into: &diagnostics)
            case .ad(let ad): AdRules.check(ad, post, into: &diagnostics)
            }
            guard available else { continue }
            TextRules.check(post, into: &diagnostics)
            MediaRules.check(post, into: &diagnostics)
        }
        return diagnostics
    }
}
