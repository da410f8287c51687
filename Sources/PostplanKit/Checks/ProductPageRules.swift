import Foundation

/// A product page against its platform: where product pages can live, the call-to-action
/// button, the name and the media.
enum ProductPageRules {
    /// Whether the channel can have product pages.
    @discardableResult
    static func check(_ page: ProductPage, _ post: ChannelPost, profiles: ProfileRegistry, into diagnostics: inout [Diagnostic]) -> Bool {
        guard ProductPageNeedsCompanyPageRule.check(post, profiles: profiles, into: &diagnostics) else { return false }
        CTARequiredRule.check(page, post, into: &diagnostics)
        CTATypeRule.check(page, post, into: &diagnostics)
        CTAURLRule.check(page, into: &diagnostics)
        ProductNameTrademarkRule.check(page, post, into: &diagnostics)
        ProductPageMediaRule.check(post, into: &diagnostics)
        return true
    }
}

enum ProductPageNeedsCompanyPageRule: RuleDefinition {
    static let description = Rule(
        id: "product-page-needs-company-page", category: .platform, defaultSeverity: .error,
        summary: "A product page is planned on a channel that cannot have one (only LinkedIn company pages can).",
        examples: ProductPageRuleExamples.productPageNeedsCompanyPage)

    /// - Parameter homes: where product pages exist, such as "LinkedIn company pages".
    static func cannotGoThere(_ post: ChannelPost, homes: String) -> Diagnostic.Message {
        message(
            "cannot-go-there",
            "product page '\(post.item.id.value)' cannot go to '\(post.channel.id.value)' (\(post.profile.name) \(post.channel.account.value.rawValue)); product pages live on \(homes)"
        )
    }

    static func check(_ post: ChannelPost, profiles: ProfileRegistry, into diagnostics: inout [Diagnostic]) -> Bool {
        let supported = post.profile.flag(.productPageSupported, on: post.date)?.0 == true
        let accounts = post.profile.words(.productPageAccounts, on: post.date)?.0
        guard supported, accounts?.contains(post.channel.account.value.rawValue) ?? true else {
            diagnostics.append(Diagnostic(cannotGoThere(post, homes: homes(profiles, on: post.date)), at: post.channelReference))
            return false
        }
        return true
    }

    /// "LinkedIn company pages" — where product pages exist, from the profiles, for messages.
    private static func homes(_ profiles: ProfileRegistry, on date: LocalDate) -> String {
        let homes = profiles.sorted.compactMap { profile -> String? in
            guard profile.base == nil, profile.flag(.productPageSupported, on: date)?.0 == true else { return nil }
            let accounts = profile.words(.productPageAccounts, on: date)?.0 ?? profile.accountTypes
            return "\(profile.name) " + accounts.map { $0.replacingOccurrences(of: "-", with: " ") + "s" }.joined(separator: " and ")
        }
        return homes.isEmpty ? "no platform postplan knows" : homes.joined(separator: ", ")
    }
}

enum CTARequiredRule: RuleDefinition {
    static let description = Rule(
        id: "cta-required", category: .platform, defaultSeverity: .error,
        summary: "A product page has no call-to-action button, or its button has no URL or type.",
        examples: ProductPageRuleExamples.ctaRequired)

    static func noButton(_ post: ChannelPost) -> Diagnostic.Message {
        message(
            "no-button",
            "product page '\(post.item.id.value)' has no call-to-action button, which \(post.profile.name) requires; add 'cta: { type: request-demo, url: https://example.com/demo }'"
        )
    }

    static func noURL(_ post: ChannelPost) -> Diagnostic.Message {
        message("no-url", "the call-to-action of '\(post.item.id.value)' has no 'url'; add where the button leads")
    }

    static func noType(_ post: ChannelPost) -> Diagnostic.Message {
        message("no-type", "the call-to-action of '\(post.item.id.value)' has no 'type'; add one, like 'type: request-demo'")
    }

    static func check(_ page: ProductPage, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let cta = page.cta else {
            diagnostics.append(Diagnostic(noButton(post), at: post.item.id.range))
            return
        }
        if cta.url == nil {
            diagnostics.append(Diagnostic(noURL(post), at: cta.range))
        }
        if cta.type == nil {
            diagnostics.append(Diagnostic(noType(post), at: cta.range))
        }
    }
}

enum CTATypeRule: RuleDefinition {
    static let description = Rule(
        id: "cta-type", category: .platform, defaultSeverity: .error,
        summary: "A call-to-action type is not one of the platform's button types.",
        examples: ProductPageRuleExamples.ctaType)

    static func unknownType(_ type: String, known: [String], _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "unknown-type", "'\(type)' is not a \(post.profile.name) button type\(Suggestion.hint(for: type, among: known))\(post.caveat(fact))")
    }

    static func check(_ page: ProductPage, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let type = page.cta?.type, let (types, fact) = post.profile.words(.productPageCTATypes, on: post.date), !types.contains(type.value)
        else { return }
        diagnostics.append(Diagnostic(unknownType(type.value, known: types, post, fact: fact), at: type.range))
    }
}

enum CTAURLRule: RuleDefinition {
    static let description = Rule(
        id: "cta-url", category: .platform, defaultSeverity: .error,
        summary: "A call-to-action URL is not an absolute https URL.",
        examples: ProductPageRuleExamples.ctaURL)

    static func notAbsoluteHTTPS(_ url: String) -> Diagnostic.Message {
        message("not-absolute-https", "call-to-action URL '\(url)' is not an absolute https URL; write it in full, like https://example.com/demo")
    }

    static func check(_ page: ProductPage, into diagnostics: inout [Diagnostic]) {
        if let url = page.cta?.url, !isAbsoluteHTTPS(url.value) {
            diagnostics.append(Diagnostic(notAbsoluteHTTPS(url.value), at: url.range))
        }
    }

    static func isAbsoluteHTTPS(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), components.scheme?.lowercased() == "https",
            let host = components.host, !host.isEmpty, host.contains(".") || host == "localhost"
        else { return false }
        return !text.contains(where: \.isWhitespace)
    }
}

enum ProductNameTrademarkRule: RuleDefinition {
    static let description = Rule(
        id: "product-name-trademark", category: .platform, defaultSeverity: .warning,
        summary: "A product page's name contains the platform's trademark, which gets pages rejected.",
        examples: ProductPageRuleExamples.productNameTrademark)

    static func borrowsTrademark(_ name: String, mark: String, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "borrows-trademark",
            "product name '\(name)' contains '\(mark)'; \(post.profile.name) rejects names that borrow its trademark, so name the product alone\(post.caveat(fact))"
        )
    }

    static func check(_ page: ProductPage, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        if let (trademarks, fact) = post.profile.words(.productPageTrademarks, on: post.date),
            let mark = trademarks.first(where: { page.name.value.localizedCaseInsensitiveContains($0) })
        {
            diagnostics.append(Diagnostic(borrowsTrademark(page.name.value, mark: mark, post, fact: fact), at: page.name.range))
        }
    }
}

enum ProductPageMediaRule: RuleDefinition {
    static let description = Rule(
        id: "product-page-media", category: .platform, defaultSeverity: .warning,
        summary: "A product page has no media; pages with a video or document do better.",
        examples: ProductPageRuleExamples.productPageMedia)

    static func noMedia(_ post: ChannelPost) -> Diagnostic.Message {
        message("no-media", "product page '\(post.item.id.value)' has no media; attach a video or a document, which pages are shown with")
    }

    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        if post.media.isEmpty, post.profile.flag(.productPageMediaRecommended, on: post.date)?.0 == true {
            diagnostics.append(Diagnostic(noMedia(post), at: post.item.id.range))
        }
    }
}
