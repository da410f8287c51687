import Foundation

/// A product page against its platform: where product pages can live, the call-to-action
/// button, the name and the media.
enum ProductPageRules {
    /// Whether the channel can have product pages.
    @discardableResult
    static func check(_ page: ProductPage, _ post: ChannelPost, profiles: ProfileRegistry, into diagnostics: inout [Diagnostic]) -> Bool {
        let profile = post.profile, date = post.date
        let supported = profile.flag(.productPageSupported, on: date)?.0 == true
        let accounts = profile.words(.productPageAccounts, on: date)?.0
        let account = post.channel.account.value.rawValue
        guard supported, accounts?.contains(account) ?? true else {
            diagnostics.append(
                Diagnostic(
                    .productPageNeedsCompanyPage,
                    "product page '\(post.item.id.value)' cannot go to '\(post.channel.id.value)' (\(profile.name) \(account)); product pages live on \(homes(profiles, on: date))",
                    at: post.channelReference))
            return false
        }
        checkCTA(page, post, into: &diagnostics)
        if let (trademarks, fact) = profile.words(.productPageTrademarks, on: date),
            let mark = trademarks.first(where: { page.name.value.localizedCaseInsensitiveContains($0) })
        {
            diagnostics.append(
                Diagnostic(
                    .productNameTrademark,
                    "product name '\(page.name.value)' contains '\(mark)'; \(profile.name) rejects names that borrow its trademark, so name the product alone\(post.caveat(fact))",
                    at: page.name.range))
        }
        if post.media.isEmpty, profile.flag(.productPageMediaRecommended, on: date)?.0 == true {
            diagnostics.append(
                Diagnostic(
                    .productPageMedia,
                    "product page '\(post.item.id.value)' has no media; attach a video or a document, which pages are shown with",
                    at: post.item.id.range))
        }
        return true
    }

    private static func checkCTA(_ page: ProductPage, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        let profile = post.profile
        let example = "cta: { type: request-demo, url: https://example.com/demo }"
        guard let cta = page.cta else {
            diagnostics.append(
                Diagnostic(
                    .ctaRequired,
                    "product page '\(post.item.id.value)' has no call-to-action button, which \(profile.name) requires; add '\(example)'",
                    at: post.item.id.range))
            return
        }
        if cta.url == nil {
            diagnostics.append(
                Diagnostic(.ctaRequired, "the call-to-action of '\(post.item.id.value)' has no 'url'; add where the button leads", at: cta.range))
        }
        if let type = cta.type {
            if let (types, fact) = profile.words(.productPageCTATypes, on: post.date), !types.contains(type.value) {
                diagnostics.append(
                    Diagnostic(
                        .ctaType,
                        "'\(type.value)' is not a \(profile.name) button type\(Suggestion.hint(for: type.value, among: types))\(post.caveat(fact))",
                        at: type.range))
            }
        } else {
            diagnostics.append(
                Diagnostic(
                    .ctaRequired, "the call-to-action of '\(post.item.id.value)' has no 'type'; add one, like 'type: request-demo'", at: cta.range))
        }
        if let url = cta.url, !isAbsoluteHTTPS(url.value) {
            diagnostics.append(
                Diagnostic(
                    .ctaURL, "call-to-action URL '\(url.value)' is not an absolute https URL; write it in full, like https://example.com/demo",
                    at: url.range))
        }
    }

    static func isAbsoluteHTTPS(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), components.scheme?.lowercased() == "https",
            let host = components.host, !host.isEmpty, host.contains(".") || host == "localhost"
        else { return false }
        return !text.contains(where: \.isWhitespace)
    }

    /// "LinkedIn company-page" — where product pages exist, from the profiles, for messages.
    private static func homes(_ profiles: ProfileRegistry, on date: LocalDate) -> String {
        let homes = profiles.sorted.compactMap { profile -> String? in
            guard profile.base == nil, profile.flag(.productPageSupported, on: date)?.0 == true else { return nil }
            let accounts = profile.words(.productPageAccounts, on: date)?.0 ?? profile.accountTypes
            return "\(profile.name) " + accounts.map { $0.replacingOccurrences(of: "-", with: " ") + "s" }.joined(separator: " and ")
        }
        return homes.isEmpty ? "no platform postplan knows" : homes.joined(separator: ", ")
    }
}
