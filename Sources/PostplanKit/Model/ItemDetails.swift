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
