/// A content warning (`content-warning:`) only where the platform shows one
/// (`content-warning.supported`); where it counts toward the text's limit, `text-length`
/// counts it (`TextLengthRule.checkCounted`).
enum ContentWarningUnsupportedRule: RuleDefinition {
    static let description = Rule(
        id: "content-warning-unsupported", category: .platform, defaultSeverity: .error,
        summary:
            "A content warning is planned where posts cannot carry one (every platform but Mastodon), so readers there would see the text without it.",
        examples: ContentWarningRuleExamples.contentWarningUnsupported)

    static func noContentWarnings(_ post: ChannelPost, fact: Fact?) -> Diagnostic.Message {
        message(
            "no-content-warnings",
            "\(post.profile.name) has no content warnings, so '\(post.channel.id.value)' would show \(post.item.kind.displayName) '\(post.item.id.value)' without it; give '\(post.channel.id.value)' a variant whose \(post.item.kind == .thread ? "first part" : "text") opens with the warning and 'content-warning: \"\"', or leave '\(post.channel.id.value)' out of its channels\(fact.map(post.caveat) ?? "")"
        )
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let warning = post.contentWarning, post.profile.flag(.contentWarningSupported, on: post.date)?.0 != true else { return }
        diagnostics.append(Diagnostic(noContentWarnings(post, fact: post.profile.fact(.contentWarningSupported, on: post.date)), at: warning.range))
    }
}
