import YAMLTree

/// A thread: an ordered list of parts, each a text with optional media, published as a reply
/// chain (the first part, then each next one as a reply to the one before). Each part is
/// checked as a post of its own; a variant may split the thread differently for its channel.
enum ThreadKind: ItemKindDefinition {
    static let kind = ItemKind.thread
    static let displayName = "thread"
    static let pluralName = "threads"
    static let summary = "parts published as a reply chain, each within the post limit"

    static let keys: Set<String> = ["parts", "first-comment", "content-warning"]
    static let scheduling = ItemScheduling.atOrRepeat

    /// The common keys a thread does not take: its text and media are those of its parts.
    static let keysInParts: Set<String> = ["text", "media"]

    static func decodeDetails(_ fields: Fields, schedule: Schedule?, context: inout DecodingContext) -> ItemDetails? {
        let parts = fields.required("parts", example: "parts: [First post., Second post.]", context: &context)
            .flatMap { decodeParts($0, owner: fields.owner, keyNode: fields.keyNode("parts"), context: &context) }
        var variantParts: [String: [ThreadPart]] = [:]
        for pair in fields["variants"]?.mapping ?? [] {
            guard let channel = pair.key.scalar?.text, variantParts[channel] == nil, let node = Fields.lookup("parts", in: pair.value),
                !node.isNull
            else { continue }
            let owner = "the '\(channel)' variant of \(fields.owner)"
            if let split = decodeParts(node, owner: owner, keyNode: nil, context: &context) { variantParts[channel] = split }
        }
        guard let parts else { return nil }
        return .thread(PostThread(parts: parts, variantParts: variantParts))
    }

    /// A non-empty list of parts, each a text or a mapping of `text` and `media`; nil when it
    /// is not a list, is empty, or none of its parts is valid.
    private static func decodeParts(_ node: Node, owner: String, keyNode: Node?, context: inout DecodingContext) -> [ThreadPart]? {
        guard let entries = node.sequence else {
            context.report(
                WrongTypeRule.notAList("parts", of: "the thread's posts", like: "[First post., { text: Second post., media: [...] }]", found: node),
                at: node.span)
            return nil
        }
        guard !entries.isEmpty else {
            context.report(
                MissingFieldRule.emptyKey("parts", of: owner, example: "parts: [First post., Second post.]", why: ""),
                at: (keyNode ?? node).span)
            return nil
        }
        let parts = entries.enumerated().compactMap { index, entry in
            decodePart(entry, number: index + 1, of: entries.count, owner: owner, context: &context)
        }
        return parts.count == entries.count ? parts : nil
    }

    private static func decodePart(_ node: Node, number: Int, of count: Int, owner: String, context: inout DecodingContext) -> ThreadPart? {
        let name = "part \(number) of \(owner)"
        if let scalar = node.scalar {
            guard !node.isNull, !scalar.text.trimmingSpaces().isEmpty else {
                context.report(MissingFieldRule.noContent(of: name), at: node.span)
                return nil
            }
            return ThreadPart(number: number, count: count, text: context.located(scalar.text, node), media: [], range: context.range(of: node))
        }
        guard let fields = Fields(node, owner: name, known: PlanSchema.threadPartKeys, context: &context) else { return nil }
        guard fields.hasContent("text") || fields.hasContent("media") else {
            context.report(MissingFieldRule.noContent(of: name), at: Span(at: node.span.start))
            return nil
        }
        let text = fields["text"].flatMap { context.text($0, key: "text") }
        let media = fields["media"].flatMap { CommonFields.decodeMediaList($0, context: &context) } ?? []
        return ThreadPart(number: number, count: count, text: text, media: media, range: context.range(of: node))
    }

    static let takesMediaWhenPlanned = true
    static let titleFacts = TitleFacts.published

    static let endName: String? = nil
    static func endTasks(endingOn end: String) -> [String] { [] }

    static let isOrganic = true
    static let format = ItemFormat.always("thread")
    static let engagementTime = PlanDuration(amount: 20, unit: .minutes)
    static let engagementSummary = "time a thread needs, replies under every part included"

    static let scaffoldTemplate = "templates/items/thread.yaml"
    static let scaffoldWait: FactKey? = nil
}

/// What only a thread has: its parts, and the parts of the channels that split it their own
/// way (`ThreadKind`).
public struct PostThread: Sendable {
    /// The parts in the order they are published; never empty.
    public var parts: [ThreadPart]
    /// By channel id: the parts a variant gives that channel instead.
    public var variantParts: [String: [ThreadPart]]

    public init(parts: [ThreadPart], variantParts: [String: [ThreadPart]] = [:]) {
        self.parts = parts
        self.variantParts = variantParts
    }

    /// The parts that go out on a channel: its variant's, else the thread's own.
    public func parts(on channelID: String) -> [ThreadPart] {
        variantParts[channelID] ?? parts
    }
}

/// One post of a thread.
public struct ThreadPart: Sendable {
    /// Its place in the thread, from 1.
    public var number: Int
    /// How many parts the thread has on the channels it belongs to.
    public var count: Int
    /// Nil for a part that is only media.
    public var text: Located<String>?
    public var media: [Media]
    /// The whole entry under `parts`.
    public var range: SourceRange

    public init(number: Int, count: Int, text: Located<String>?, media: [Media], range: SourceRange) {
        self.number = number
        self.count = count
        self.text = text
        self.media = media
        self.range = range
    }
}
