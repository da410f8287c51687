/// A product page (LinkedIn): a product under a company page, with a mandatory
/// call-to-action, placed by its launch date rather than `at`; the platform reviews a new
/// page first, so the calendar shows when to submit it.
enum ProductPageKind: ItemKindDefinition {
    static let kind = ItemKind.productPage
    static let displayName = "product page"
    static let pluralName = "product pages"
    static let summary = "a company page's product with a call to action and a launch"

    static let keys: Set<String> = ["name", "category", "cta", "launch", "description"]
    static let scheduling = ItemScheduling.ownDate(key: "launch")

    static func decodeDetails(_ fields: Fields, schedule: Schedule?, context: inout DecodingContext) -> ItemDetails? {
        let name = fields.required("name", example: "name: Acme Planner", context: &context)
            .flatMap { context.text($0, key: "name") }
        let category = fields.required("category", example: "category: Social Media Management Software", context: &context)
            .flatMap { context.text($0, key: "category") }
        let launch = fields.required("launch", example: "launch: 2026-12-15", context: &context)
            .flatMap { context.date($0, key: "launch") }
        let cta = fields["cta"].flatMap { CommonFields.decodeCTA($0, owner: fields.owner, context: &context) }
        let description = fields["description"].flatMap { context.text($0, key: "description") }
        guard let name, let category, let launch else { return nil }
        return .productPage(ProductPage(name: name, category: category, cta: cta, launch: launch, description: description))
    }

    static let takesMediaWhenPlanned = true
    static let titleFacts = TitleFacts.published

    static let endName: String? = nil
    static func endTasks(endingOn end: String) -> [String] { [] }

    static let isOrganic = false
    static let format = ItemFormat.byFirstMedia
    static let engagementTime = PlanDuration(amount: 1, unit: .hours)
    static let engagementSummary = "time a product page needs"

    static let scaffoldTemplate = "templates/items/product-page.yaml"
    static let scaffoldWait: FactKey? = .productPageReviewTime
}

/// What only a product page has: its name, category, call-to-action and launch
/// (`ProductPageKind`).
public struct ProductPage: Sendable {
    public var name: Located<String>
    public var category: Located<String>
    /// Mandatory on LinkedIn; left optional here so that the rule `cta-required` can say so.
    public var cta: CallToAction?
    /// The launch the page supports; its review must start 14 days before.
    public var launch: Located<LocalDate>
    public var description: Located<String>?

    public init(name: Located<String>, category: Located<String>, cta: CallToAction?, launch: Located<LocalDate>, description: Located<String>?) {
        self.name = name
        self.category = category
        self.cta = cta
        self.launch = launch
        self.description = description
    }
}
