/// What only one kind of item has.
///
/// The payloads are `indirect` (kept out of line): inline, the largest of them would make
/// every `Item` pay for a product page's fields, posts included.
public enum ItemDetails: Sendable {
    case post
    indirect case poll(Poll)
    indirect case story(Story)
    indirect case productPage(ProductPage)
    indirect case ad(Ad)

    public var kind: ItemKind {
        switch self {
        case .post: .post
        case .poll: .poll
        case .story: .story
        case .productPage: .productPage
        case .ad: .ad
        }
    }
}

public struct Poll: Sendable {
    /// The label `other-option: true` adds as the last option.
    public static let standardOtherOption = "Other, see comments"

    public var question: Located<String>
    public var options: [Located<String>]
    /// The extra "Other, see comments" option (or a custom label), placed at `other-option`.
    /// It counts as an option.
    public var otherOption: Located<String>?
    public var duration: Located<PlanDuration>

    public init(question: Located<String>, options: [Located<String>], otherOption: Located<String>?, duration: Located<PlanDuration>) {
        self.question = question
        self.options = options
        self.otherOption = otherOption
        self.duration = duration
    }

    /// The options as the platform shows them, the "other" option last.
    public var allOptions: [Located<String>] {
        options + (otherOption.map { [$0] } ?? [])
    }
}

public struct Story: Sendable {
    public static let defaultExpiry = PlanDuration(amount: 24, unit: .hours)

    /// Nil means the platform default of 24 hours.
    public var expires: Located<PlanDuration>?

    public init(expires: Located<PlanDuration>?) {
        self.expires = expires
    }
}

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

public struct Ad: Sendable {
    /// Where the ad runs, such as `sponsored-content`; never the organic timeline. Optional
    /// here so that the rule `ad-in-timeline` can say what a missing one means.
    public var placement: Located<String>?
    /// The last day (or instant) of the run.
    public var until: Located<AdEnd>?
    public var cta: CallToAction?

    public init(placement: Located<String>?, until: Located<AdEnd>?, cta: CallToAction?) {
        self.placement = placement
        self.until = until
        self.cta = cta
    }
}

/// An ad runs until the end of a day, or until a given time.
public enum AdEnd: Hashable, Sendable {
    case endOfDay(LocalDate)
    case instant(DateTimeValue)

    /// Whether the run would end before it starts, comparing wall-clock times.
    func ends(before start: DateTimeValue) -> Bool {
        switch self {
        case .endOfDay(let day): day < start.date
        case .instant(let end): (end.date, end.time) <= (start.date, start.time)
        }
    }
}
