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
    indirect case thread(PostThread)
    indirect case live(LiveEvent)

    public var kind: ItemKind {
        switch self {
        case .post: .post
        case .poll: .poll
        case .story: .story
        case .productPage: .productPage
        case .ad: .ad
        case .thread: .thread
        case .live: .live
        }
    }

    /// The date that places an item of a kind without `at` or `repeat` (its definition's
    /// `ItemScheduling.ownDate`): a product page's launch. Nil for the other kinds.
    public var ownDate: Located<LocalDate>? {
        switch self {
        case .productPage(let page): page.launch
        case .post, .poll, .story, .ad, .thread, .live: nil
        }
    }
}
