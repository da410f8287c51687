/// A social network postplan knows the rules of.
public enum Platform: String, CaseIterable, Sendable {
    case linkedin, x, bluesky, mastodon, threads, instagram, facebook, xing
}

/// What kind of account a channel is on its platform.
public enum AccountType: String, CaseIterable, Sendable {
    case profile
    case companyPage = "company-page"
    case showcasePage = "showcase-page"
    case group
    case page
}

extension Platform {
    /// The kinds of account a channel on this platform can be (DESIGN.md, "Channels").
    public var accountTypes: [AccountType] {
        switch self {
        case .linkedin: [.profile, .companyPage, .showcasePage, .group]
        case .facebook: [.page, .group, .profile]
        case .x, .bluesky, .mastodon, .threads, .instagram, .xing: [.profile]
        }
    }
}
