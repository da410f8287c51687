/// Examples of the product page rules: a LinkedIn product page, on a company page, with a
/// call-to-action button, a name of its own and media.
enum ProductPageRuleExamples {
    static let productPageNeedsCompanyPage = RuleExamples(
        triggering: [RuleExample(page(channel: "1️⃣urs-linkedin"))],
        nonTriggering: [RuleExample(page())])

    static let ctaRequired = RuleExamples(
        triggering: [RuleExample(page(id: "1️⃣planner-page", cta: nil))],
        nonTriggering: [RuleExample(page())])

    static let ctaType = RuleExamples(
        triggering: [RuleExample(page(cta: #"{ type: 1️⃣book-demo, url: "https://acme.example/demo" }"#))],
        nonTriggering: [RuleExample(page(cta: #"{ type: request-demo, url: "https://acme.example/demo" }"#))])

    static let ctaURL = RuleExamples(
        triggering: [RuleExample(page(cta: "{ type: request-demo, url: 1️⃣acme.example/demo }"))],
        nonTriggering: [RuleExample(page(cta: #"{ type: request-demo, url: "https://acme.example/demo" }"#))])

    static let productNameTrademark = RuleExamples(
        triggering: [RuleExample(page(name: "1️⃣Acme Planner for LinkedIn"))],
        nonTriggering: [RuleExample(page(name: "Acme Planner"))])

    static let productPageMedia = RuleExamples(
        triggering: [RuleExample(page(id: "1️⃣planner-page", media: nil))],
        nonTriggering: [RuleExample(page())])

    /// A product page launching three weeks after the examples' today (past the 14-day review).
    private static func page(
        id: String = "planner-page", channel: String = "acme-linkedin", name: String = "Acme Planner",
        cta: String? = #"{ type: request-demo, url: "https://acme.example/demo" }"#,
        media: String? = "[{ type: video, file: assets/tour.mp4, alt: A tour of the week view }]"
    ) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
          urs-linkedin: { platform: linkedin, account: profile }
        items:
          - id: \(id)
            kind: product-page
            channels: [\(channel)]
            name: \(name)
            category: Social Media Management Software
            launch: 2026-12-15\(cta.map { "\n    cta: \($0)" } ?? "")\(media.map { "\n    media: \($0)" } ?? "")

        """
    }
}
