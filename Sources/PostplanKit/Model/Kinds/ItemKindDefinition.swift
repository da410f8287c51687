/// Everything postplan knows about one kind of item, in one place: the keys it takes and how
/// they are decoded, how messages name it, how it reads in a calendar, how the strategy rules
/// count it, and what `postplan new` writes for it.
///
/// Each kind is one conforming type in this folder (`PostKind`, `PollKind`, ...), and
/// `ItemKind.definition` maps every case to its type in a `switch` without `default`: a kind
/// without a definition, or a definition without one of these parts, does not compile. What
/// the compiler cannot see (that the scaffold template exists and validates, that the
/// built-in checklists have tasks for the kind, that a time is above zero) the tests check
/// for every case of `ItemKind`.
///
/// Adding a kind: a case in `ItemKind` and `ItemDetails`, a file here with its payload and
/// its definition, a line in `ItemKind.definition`, `templates/items/<kind>.yaml`, its tasks
/// in `templates/checklists.yaml`, its branch in the JSON Schema, and the profile facts the
/// platforms have for it. The compiler points at every `switch` over the details.
protocol ItemKindDefinition {
    /// The case this describes; `kind.definition` is this type again.
    static var kind: ItemKind { get }

    // MARK: Naming

    /// How messages name one item of the kind: "poll", "product page".
    static var displayName: String { get }
    /// How messages name several: "polls", "product pages".
    static var pluralName: String { get }
    /// What the kind is, in a line of `postplan new --help` (at most 62 characters, so that
    /// the line fits 80 columns).
    static var summary: String { get }

    // MARK: Decoding

    /// The keys only this kind takes, beyond `ItemSchema.commonKeys`.
    static var keys: Set<String> { get }
    /// Which keys place its items in time.
    static var scheduling: ItemScheduling { get }
    /// The kind's own fields, each problem reported; nil when one it cannot do without is
    /// missing or invalid. `schedule` is the item's `at` or `repeat`, when it has a valid one.
    static func decodeDetails(_ fields: Fields, schedule: Schedule?, context: inout DecodingContext) -> ItemDetails?

    // MARK: Checks

    /// Whether an item of the kind carries its media when it is planned, so that a platform's
    /// `media.required` applies to it. A live event has no file before it runs (its recording
    /// comes after), so it does not.
    static var takesMediaWhenPlanned: Bool { get }
    /// The profile facts its title is checked against.
    static var titleFacts: TitleFacts { get }

    // MARK: Calendar

    /// What ends when an occurrence ends ("poll closes"); nil for kinds whose slots do not end.
    static var endName: String? { get }
    /// The checklist tasks that follow from an occurrence's end, worded as `end` (such as
    /// `2026-12-01 09:00` or `2026-12-14, end of day`).
    static func endTasks(endingOn end: String) -> [String]

    // MARK: Strategy

    /// Whether its items appear in their channel's timeline (ads and product pages do not).
    static var isOrganic: Bool { get }
    /// Which format an item counts as for `format-variety`.
    static var format: ItemFormat { get }
    /// The time an item needs from the team, posting and replying: the default of the kind's
    /// `engagement-budget` option.
    static var engagementTime: PlanDuration { get }
    /// What that option is, for `postplan explain engagement-budget`.
    static var engagementSummary: String { get }

    // MARK: Scaffolding

    /// The built-in template `postplan new` fills in, such as `templates/items/post.yaml`.
    static var scaffoldTemplate: String { get }
    /// The profile fact (a duration) a new item waits for before its date, beyond the week to
    /// write it: the platform's review of a product page. Nil for none.
    static var scaffoldWait: FactKey? { get }
}

/// Which keys place an item in time.
enum ItemScheduling: Equatable, Sendable {
    /// `at` for one date or `repeat` for a series.
    case atOrRepeat
    /// `at` only; `repeat` is refused for the reason given, which follows the item's name
    /// ("runs from 'at' to 'until' and cannot repeat").
    case atOnly(whyNotRepeat: String)
    /// Neither: a date of the kind's own (`launch`) places it, and it has no slots.
    case ownDate(key: String)

    /// Whether the kind is placed by a date of its own, not by `at` or `repeat`.
    var isOwnDate: Bool {
        if case .ownDate = self { return true }
        return false
    }
}

/// The profile facts that bound an item's title, which differ by kind: a post's title is the
/// one the platform publishes with it (a YouTube video's, `title.*`), a live event's is the
/// event's (`live.*`), which a platform may limit differently (LinkedIn Live: 75 characters).
struct TitleFacts: Equatable, Sendable {
    /// The longest title, which `title-length` checks; nil for a kind whose own rule checks
    /// the length (a live event's: `live-title-length`, against `live.max-title-length`).
    let maxLength: FactKey?
    /// The characters a title must not hold, which `title-character` checks.
    let forbiddenCharacters: FactKey

    /// The title the platform publishes with a post: `title.max-length` and
    /// `title.forbidden-characters`.
    static let published = TitleFacts(maxLength: .titleMaxLength, forbiddenCharacters: .titleForbiddenCharacters)
}

/// Which format an item counts as, as audiences see it.
enum ItemFormat: Equatable, Sendable {
    /// Always this one, whatever the media ("poll").
    case always(String)
    /// That of its first attachment: video, image or document; text without one.
    case byFirstMedia
}

extension ItemKind {
    /// The kind's definition. Exhaustive: a new case does not compile until it has one.
    var definition: any ItemKindDefinition.Type {
        switch self {
        case .post: PostKind.self
        case .poll: PollKind.self
        case .story: StoryKind.self
        case .productPage: ProductPageKind.self
        case .ad: AdKind.self
        case .thread: ThreadKind.self
        case .live: LiveKind.self
        }
    }

    /// How messages name the kind: "poll", "product page".
    var displayName: String { definition.displayName }

    /// "polls", "product pages".
    var pluralName: String { definition.pluralName }

    /// What the kind is, in a line (for `postplan new --help`).
    public var summary: String { definition.summary }
}
