/// The kinds of plan items.
public enum ItemKind: String, CaseIterable, Sendable {
    case post, poll, story
    case productPage = "product-page"
    case ad
    case thread
    case live
}

/// Which SSI pillar an item serves.
public enum Pillar: String, CaseIterable, Sendable {
    case brand, people, insights, relationships
}

/// What an item is for: dialogue, information, or promotion.
public enum Intent: String, CaseIterable, Sendable {
    case dialogue, information, promotion
}

/// Where an item is in its life.
public enum ItemStatus: String, CaseIterable, Sendable {
    case idea, draft, ready, scheduled, published

    /// Whether an item may wait in the backlog with this status, without `at` or `repeat`:
    /// an idea or a draft has no time yet.
    public var mayBeUnscheduled: Bool {
        self == .idea || self == .draft
    }
}
