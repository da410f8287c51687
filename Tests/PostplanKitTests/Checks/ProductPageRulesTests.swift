import Testing

@testable import PostplanKit

/// A product page item on `channels`, with the lines given for its `cta` and media.
private func productPage(
    channels: String = "[li-page]", name: String = "Acme Planner",
    cta: String = "cta: { type: request-demo, url: https://acme.example/demo }",
    media: String = "media: [{ type: video, file: assets/tour.mp4 }]"
) -> String {
    planOnEveryPlatform(
        """
          - id: planner-page
            kind: product-page
            channels: \(channels)
            name: \(name)
            category: Social Media Management Software
            launch: 2026-12-15
            \(cta)
            \(media)
        """)
}

@Suite("Platform checks: where product pages live")
struct ProductPageHomeTests {
    @Test("a product page on a LinkedIn company page with a CTA and media passes")
    func companyPagePasses() throws {
        try expectFindings(productPage(), [], stages: .checks)
    }

    @Test("a product page on a LinkedIn profile is product-page-needs-company-page at the channel reference")
    func linkedInProfile() throws {
        try expectFindings(
            productPage(channels: "[1️⃣li-profile]"),
            [
                finding(
                    ProductPageNeedsCompanyPageRule.description, at: "1️⃣",
                    message: "product page 'planner-page' cannot go to 'li-profile' (LinkedIn profile)",
                    "product pages live on LinkedIn company pages")
            ],
            stages: .checks)
    }

    @Test("a product page on X is product-page-needs-company-page, and nothing else is said about it there")
    func xChannel() throws {
        try expectFindings(
            productPage(channels: "[1️⃣x]", cta: "cta: { type: request-dmeo, url: /demo }", media: "media: [{ type: document, file: a.pdf }]"),
            [
                finding(
                    ProductPageNeedsCompanyPageRule.description, at: "1️⃣", message: "cannot go to 'x' (X profile)",
                    "product pages live on LinkedIn company pages")
            ],
            stages: .checks)
    }
}

@Suite("Platform checks: product page call-to-action")
struct ProductPageCTATests {
    @Test("a product page without a cta is cta-required at its id")
    func noCTA() throws {
        try expectFindings(
            planOnEveryPlatform(
                """
                  - id: 1️⃣planner-page
                    kind: product-page
                    channels: [li-page]
                    name: Acme Planner
                    category: Social Media Management Software
                    launch: 2026-12-15
                    media: [{ type: video, file: assets/tour.mp4 }]
                """),
            [
                finding(
                    CTARequiredRule.description, at: "1️⃣",
                    message: "product page 'planner-page' has no call-to-action button, which LinkedIn requires",
                    "add 'cta: { type: request-demo, url: https://example.com/demo }'")
            ],
            stages: .checks)
    }

    @Test("a cta without a url is cta-required at the cta")
    func ctaWithoutURL() throws {
        try expectFindings(
            productPage(cta: "cta: 1️⃣{ type: request-demo }"),
            [finding(CTARequiredRule.description, at: "1️⃣", message: "the call-to-action of 'planner-page' has no 'url'; add where the button leads")],
            stages: .checks)
    }

    @Test("a cta without a type is cta-required at the cta")
    func ctaWithoutType() throws {
        try expectFindings(
            productPage(cta: "cta: 1️⃣{ url: https://acme.example/demo }"),
            [
                finding(
                    CTARequiredRule.description, at: "1️⃣",
                    message: "the call-to-action of 'planner-page' has no 'type'; add one, like 'type: request-demo'")
            ],
            stages: .checks)
    }

    @Test("a misspelt cta type is cta-type at the type, with a did-you-mean and the unverified caveat")
    func misspeltCTAType() throws {
        try expectFindings(
            productPage(cta: "cta: { type: 1️⃣request-dmeo, url: https://acme.example/demo }"),
            [
                finding(
                    CTATypeRule.description, at: "1️⃣", message: "'request-dmeo' is not a LinkedIn button type", "did you mean 'request-demo'?",
                    "override it under 'platforms: linkedin:'")
            ],
            stages: .checks)
    }

    @Test(
        "every cta type in LinkedIn's list passes",
        arguments: ["request-demo", "learn-more", "contact-us", "sign-up", "download", "get-started", "try-now", "view-pricing"])
    func knownCTATypes(type: String) throws {
        try expectFindings(productPage(cta: "cta: { type: \(type), url: https://acme.example/demo }"), [], stages: .checks)
    }

    @Test("an http cta url is cta-url at the url")
    func httpURL() throws {
        try expectFindings(
            productPage(cta: "cta: { type: request-demo, url: 1️⃣http://acme.example/demo }"),
            [
                finding(
                    CTAURLRule.description, at: "1️⃣", message: "call-to-action URL 'http://acme.example/demo' is not an absolute https URL",
                    "like https://example.com/demo")
            ],
            stages: .checks)
    }

    @Test("a relative cta url is cta-url at the url")
    func relativeURL() throws {
        try expectFindings(
            productPage(cta: "cta: { type: request-demo, url: 1️⃣/demo }"),
            [finding(CTAURLRule.description, at: "1️⃣", message: "'/demo' is not an absolute https URL")],
            stages: .checks)
    }
}

@Suite("Platform checks: product page name and media")
struct ProductPageContentTests {
    @Test("a name with the platform's trademark is a product-name-trademark warning at the name")
    func trademarkInName() throws {
        let result = try expectFindings(
            productPage(name: "1️⃣Acme for LinkedIn"),
            [
                finding(
                    ProductNameTrademarkRule.description, at: "1️⃣", message: "product name 'Acme for LinkedIn' contains 'LinkedIn'",
                    "name the product alone")
            ],
            stages: .checks)
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test("the trademark is found whatever its case")
    func trademarkAnyCase() throws {
        try expectFindings(
            productPage(name: "1️⃣Acme linkedin Planner"),
            [finding(ProductNameTrademarkRule.description, at: "1️⃣", message: "contains 'LinkedIn'")],
            stages: .checks)
    }

    @Test("a page without media is a product-page-media warning at its id")
    func noMedia() throws {
        let result = try expectFindings(
            planOnEveryPlatform(
                """
                  - id: 1️⃣planner-page
                    kind: product-page
                    channels: [li-page]
                    name: Acme Planner
                    category: Social Media Management Software
                    launch: 2026-12-15
                    cta: { type: request-demo, url: https://acme.example/demo }
                """),
            [finding(ProductPageMediaRule.description, at: "1️⃣", message: "product page 'planner-page' has no media; attach a video or a document")],
            stages: .checks)
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test("a page with a document passes")
    func documentMedia() throws {
        try expectFindings(productPage(media: "media: [{ type: document, file: assets/brochure.pdf }]"), [], stages: .checks)
    }
}
