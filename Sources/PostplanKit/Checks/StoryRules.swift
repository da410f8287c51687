/// A story against its platform: whether stories exist there on the story's date, and how
/// long they stay up.
enum StoryRules {
    /// Whether stories exist on the platform on the story's date.
    @discardableResult
    static func check(_ story: Story, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) -> Bool {
        let profile = post.profile
        guard profile.flag(.storySupported, on: post.date)?.0 == true else {
            let fact = profile.fact(.storySupported, on: post.date)
            let when = fact.map { $0.validity.isEmpty ? "" : " (\($0.validity): \($0.source))" } ?? ""
            diagnostics.append(
                Diagnostic(
                    .storyUnsupported,
                    "\(profile.name) has no stories on \(post.date)\(when); publish '\(post.item.id.value)' as a post, or on a platform with stories",
                    at: post.channelReference))
            return false
        }
        if let expires = story.expires, let (maximum, fact) = profile.duration(.storyMaxExpiry, on: post.date), expires.value > maximum {
            diagnostics.append(
                Diagnostic(
                    .storyExpiry,
                    "\(profile.name) keeps stories up for \(maximum); 'expires: \(expires.value)' is longer; shorten it or post the content to the feed\(post.caveat(fact))",
                    at: expires.range))
        }
        // Where every item needs media, the media rules already say so.
        let mediaAlwaysRequired = profile.flag(.mediaRequired, on: post.date)?.0 == true
        if post.media.isEmpty, !mediaAlwaysRequired, let (required, fact) = profile.flag(.storyRequiresMedia, on: post.date), required {
            diagnostics.append(
                Diagnostic(
                    .mediaRequired,
                    "\(profile.name) stories need an image or a video; add 'media' to '\(post.item.id.value)'\(post.caveat(fact))",
                    at: post.channelReference))
        }
        return true
    }
}
