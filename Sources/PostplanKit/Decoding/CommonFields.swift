import YAMLTree

/// The optional keys every kind of item shares, decoded together.
struct CommonFields {
    var timezone: Located<TimeZoneID>?
    var title: Located<String>?
    var text: Located<String>?
    var media: [Media] = []
    var link: Located<String>?
    var firstComment: Located<String>?
    var contentWarning: Located<String>?
    var variants: [Variant] = []
    var pillar: Located<Pillar>?
    var intent: Located<Intent>?
    var checklist: [Located<String>] = []
    var status: Located<ItemStatus>?
    var owner: Located<String>?
    var campaign: Located<String>?
    var created: Located<LocalDate>?
    var tags: [Located<String>] = []

    /// - Parameter kind: the item's kind, when it has a valid one: a key the kind does not take
    ///   (a thread's `text`) is reported as unknown and not read.
    init(_ fields: Fields, kind: ItemKind?, context: inout DecodingContext) {
        let notTaken = kind.map(ItemSchema.commonKeysNotTaken) ?? []
        timezone = fields["timezone"].flatMap { context.timezone($0, key: "timezone") }
        title = fields["title"].flatMap { context.text($0, key: "title") }
        text = notTaken.contains("text") ? nil : fields["text"].flatMap { context.text($0, key: "text") }
        media = notTaken.contains("media") ? [] : fields["media"].flatMap { Self.decodeMediaList($0, context: &context) } ?? []
        link = fields["link"].flatMap { context.text($0, key: "link") }
        firstComment = ItemSchema.takes("first-comment", kind) ? fields["first-comment"].flatMap { context.text($0, key: "first-comment") } : nil
        contentWarning =
            ItemSchema.takes("content-warning", kind) ? fields["content-warning"].flatMap { context.text($0, key: "content-warning") } : nil
        variants =
            fields["variants"].flatMap {
                Self.decodeVariants($0, owner: fields.owner, known: ItemSchema.variantKeys(for: kind), context: &context)
            } ?? []
        pillar = fields["pillar"].flatMap { context.keyword($0, key: "pillar", as: Pillar.self) }
        intent = fields["intent"].flatMap { context.keyword($0, key: "intent", as: Intent.self) }
        checklist =
            fields["checklist"].flatMap {
                context.textList($0, key: "checklist", example: "[Reply to every comment within 24 hours]")
            } ?? []
        status = fields["status"].flatMap { context.keyword($0, key: "status", as: ItemStatus.self) }
        owner = fields["owner"].flatMap { context.text($0, key: "owner") }
        campaign = fields["campaign"].flatMap { context.text($0, key: "campaign") }
        created = fields["created"].flatMap { context.date($0, key: "created") }
        tags = fields["tags"].flatMap { context.textList($0, key: "tags", example: "[planning, social media]") } ?? []
    }

    static func decodeMediaList(_ node: Node, context: inout DecodingContext) -> [Media]? {
        guard let entries = node.sequence else {
            context.report(WrongTypeRule.notAList("media", of: "attachments", like: "[{ type: image, file: a.png }]", found: node), at: node.span)
            return nil
        }
        return entries.compactMap { decodeMedia($0, context: &context) }
    }

    private static func decodeMedia(_ node: Node, context: inout DecodingContext) -> Media? {
        guard let fields = Fields(node, owner: "a media entry", known: PlanSchema.mediaKeys, context: &context) else { return nil }
        let type = fields.required("type", example: "type: image", context: &context)
            .flatMap { context.keyword($0, key: "type", as: Media.Kind.self) }
        let file = fields.required("file", example: "file: assets/teaser.png", context: &context)
            .flatMap { context.text($0, key: "file") }
        let alt = fields["alt"].flatMap { context.text($0, key: "alt") }
        let pages = fields["pages"].flatMap { context.positiveInteger($0, key: "pages") }
        let size = fields["size"].flatMap { context.byteSize($0, key: "size") }
        let duration = fields["duration"].flatMap { context.videoDuration($0, key: "duration") }
        let aspect = fields["aspect"].flatMap { context.aspectRatio($0, key: "aspect") }
        guard let type, let file else { return nil }
        return Media(
            type: type, file: file, alt: alt, pages: pages, size: size, duration: duration, aspect: aspect, range: context.range(of: node))
    }

    /// - Parameter known: the keys a variant takes; only those are read (a thread's variant
    ///   has `parts`, which its kind reads, instead of `text` and `media`).
    private static func decodeVariants(_ node: Node, owner: String, known: Set<String>, context: inout DecodingContext) -> [Variant]? {
        guard let pairs = node.mapping else {
            context.report(
                WrongTypeRule.notAMapping("variants", of: "channel ids to overrides", like: "{ acme-x: { text: ... } }", found: node), at: node.span)
            return nil
        }
        var seen: Set<String> = []
        return pairs.compactMap { pair -> Variant? in
            guard let channel = context.identifier(pair.key, key: "variants"), seen.insert(channel.value).inserted else { return nil }
            guard
                let fields = Fields(
                    pair.value, owner: "the '\(channel.value)' variant of \(owner)", known: known,
                    elsewhere: { ItemSchema.variantHome(of: $0, known: known) }, context: &context
                )
            else { return nil }
            return Variant(
                channel: channel,
                text: known.contains("text") ? fields["text"].flatMap { context.text($0, key: "text") } : nil,
                media: known.contains("media") && fields.has("media")
                    ? (fields["media"].flatMap { decodeMediaList($0, context: &context) } ?? []) : nil,
                link: fields["link"].flatMap { context.text($0, key: "link") },
                firstComment: known.contains("first-comment") ? fields["first-comment"].flatMap { context.text($0, key: "first-comment") } : nil,
                contentWarning: known.contains("content-warning")
                    ? fields["content-warning"].flatMap { context.text($0, key: "content-warning") } : nil,
                range: context.range(of: pair.value))
        }
    }

    static func decodeCTA(_ node: Node, owner: String, context: inout DecodingContext) -> CallToAction? {
        guard let fields = Fields(node, owner: "the 'cta' of \(owner)", known: PlanSchema.ctaKeys, context: &context) else { return nil }
        return CallToAction(
            type: fields["type"].flatMap { context.text($0, key: "type") },
            url: fields["url"].flatMap { context.text($0, key: "url") },
            range: context.range(of: node))
    }
}
