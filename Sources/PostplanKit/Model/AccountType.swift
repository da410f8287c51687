/// What kind of account a channel is on its platform. Which kinds a platform has is a fact
/// of its profile (`accounts`).
public enum AccountType: String, CaseIterable, Sendable {
    case profile
    case companyPage = "company-page"
    case showcasePage = "showcase-page"
    case group
    case page
    /// A YouTube channel.
    case channel
}
