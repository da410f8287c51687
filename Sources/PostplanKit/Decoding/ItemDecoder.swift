import YAMLTree

/// Decodes one entry of `items:` into an `Item`, reporting every problem in it.
struct ItemDecoder {
    /// The item, or nil when something it cannot do without (id, kind, channels, schedule,
    /// or a required field of its kind) is missing or invalid. Problems are reported either way.
    static func decode(_ node: Node, context: inout DecodingContext) -> (Item?, ItemReference?) {
        // Read id and kind first: they name the item in every later message.
        let idNode = Fields.lookup("id", in: node)
        let kindWord = Fields.lookup("kind", in: node)?.scalar?.text
        let kind = kindWord.flatMap(ItemKind.init(rawValue:))
        let idText = idNode?.scalar.map { $0.text }.flatMap { $0.isEmpty ? nil : $0 }
        let kindName = kind?.displayName ?? "item"
        let owner = idText.map { "\(kindName) '\($0)'" } ?? kindName

        guard
            let fields = Fields(
                node, owner: owner, known: ItemSchema.keys(for: kind),
                elsewhere: ItemSchema.kindsUsing, context: &context
            )
        else { return (nil, nil) }

        let id = fields.required("id", example: "id: launch-teaser", context: &context)
            .flatMap { context.identifier($0, key: "id") }
        let decodedKind = fields.required("kind", example: "kind: post", context: &context)
            .flatMap { context.keyword($0, key: "kind", as: ItemKind.self, rule: UnknownKindRule.self) }
        let channels = fields.required("channels", example: "channels: [acme-linkedin]", context: &context)
            .flatMap { context.textList($0, key: "channels", example: "[acme-linkedin, acme-x]") }
        if let channels, channels.isEmpty, let node = fields["channels"] {
            context.report(MissingFieldRule.noChannels(of: owner), at: node.span)
        }
        for (index, channel) in (channels ?? []).enumerated() where channels?[..<index].contains(where: { $0.value == channel.value }) == true {
            context.report(InvalidValueRule.channelListedTwice(channel.value, in: owner), at: channel.range.span)
        }
        let common = CommonFields(fields, context: &context)
        let schedule = decodeSchedule(fields, kind: decodedKind?.value, context: &context)
        let details = decodedKind.flatMap { decodeDetails($0.value, fields, context: &context) }
        if case .ad(let ad)? = details, case .once(let at)? = schedule, let until = ad.until, until.value.ends(before: at.value) {
            context.report(InvalidDateRule.adEndsBeforeStart(idText, startsAt: "\(at.value)"), at: until.range.span)
        }

        let reference = id.map {
            ItemReference(id: $0, displayName: owner, channels: channels ?? [], variantChannels: common.variants.map(\.channel))
        }
        guard let id, let channels, !channels.isEmpty, let details,
            schedule != nil || details.kind == .productPage
        else { return (nil, reference) }
        let item = Item(
            id: id, channels: channels, schedule: schedule, timezone: common.timezone, title: common.title,
            text: common.text, media: common.media, link: common.link, variants: common.variants,
            pillar: common.pillar, intent: common.intent, checklist: common.checklist, status: common.status,
            owner: common.owner, campaign: common.campaign, details: details, range: context.range(of: node))
        return (item, reference)
    }

    /// `at` or `repeat`, exactly one (ads: `at`; product pages: neither, they have `launch`).
    private static func decodeSchedule(_ fields: Fields, kind: ItemKind?, context: inout DecodingContext) -> Schedule? {
        let atNode = fields["at"], repeatNode = fields["repeat"]
        switch kind {
        case .productPage:
            for key in ["at", "repeat"] {
                if let keyNode = fields.keyNode(key) {
                    context.report(AtOrRepeatRule.scheduledByLaunch(fields.owner, remove: key), at: keyNode.span)
                }
            }
            return nil
        case .ad:
            if let keyNode = fields.keyNode("repeat") {
                context.report(AtOrRepeatRule.adCannotRepeat(fields.owner), at: keyNode.span)
            }
            guard let atNode = fields.required("at", example: "at: 2026-12-01 08:00", context: &context) else { return nil }
            return context.dateTime(atNode, key: "at").map(Schedule.once)
        case nil, .post, .poll, .story:
            switch (atNode, repeatNode) {
            case (let atNode?, nil):
                return context.dateTime(atNode, key: "at").map(Schedule.once)
            case (nil, let repeatNode?):
                return RecurrenceDecoder.decode(repeatNode, owner: fields.owner, context: &context).map(Schedule.recurring)
            case (let atNode?, let repeatNode?):
                // Read both, so that problems inside either are reported too.
                _ = context.dateTime(atNode, key: "at")
                _ = RecurrenceDecoder.decode(repeatNode, owner: fields.owner, context: &context)
                let repeatKey = fields.keyNode("repeat") ?? atNode
                context.report(AtOrRepeatRule.both(fields.owner), at: repeatKey.span)
                return nil
            case (nil, nil):
                context.report(AtOrRepeatRule.neither(fields.owner), at: Span(at: fields.node.span.start))
                return nil
            }
        }
    }

    private static func decodeDetails(_ kind: ItemKind, _ fields: Fields, context: inout DecodingContext) -> ItemDetails? {
        switch kind {
        case .post:
            if !hasContent(fields, "text"), !hasContent(fields, "media") {
                context.report(MissingFieldRule.noContent(of: fields.owner), at: Span(at: fields.node.span.start))
                return nil
            }
            return .post
        case .poll:
            return decodePoll(fields, context: &context).map(ItemDetails.poll)
        case .story:
            if !hasContent(fields, "text"), !hasContent(fields, "media") {
                context.report(MissingFieldRule.storyWithoutContent(fields.owner), at: Span(at: fields.node.span.start))
                return nil
            }
            return .story(Story(expires: fields["expires"].flatMap { context.duration($0, key: "expires") }))
        case .productPage:
            return decodeProductPage(fields, context: &context).map(ItemDetails.productPage)
        case .ad:
            return decodeAd(fields, context: &context).map(ItemDetails.ad)
        }
    }

    /// Whether a key has a value that is not empty: `text: ''` and `media: []` say nothing.
    private static func hasContent(_ fields: Fields, _ key: String) -> Bool {
        guard let node = fields[key] else { return false }
        switch node.content {
        case .scalar(let scalar): return !scalar.text.trimmingSpaces().isEmpty
        case .sequence(let entries): return !entries.isEmpty
        case .mapping(let pairs): return !pairs.isEmpty
        }
    }

    private static func decodePoll(_ fields: Fields, context: inout DecodingContext) -> Poll? {
        let question = fields.required("question", example: "question: Are certifications worth it?", context: &context)
            .flatMap { context.text($0, key: "question") }
        let options = fields.required("options", example: "options: [Yes, No]", context: &context)
            .flatMap { context.textList($0, key: "options", example: "[Yes, No, Depends]") }
        let duration = fields.required("duration", example: "duration: 1w", context: &context)
            .flatMap { context.duration($0, key: "duration") }
        var otherOption: Located<String>?
        if let node = fields["other-option"], let flag = context.flagOrLabel(node, key: "other-option") {
            switch flag.value {
            case .flag(true): otherOption = flag.map { _ in Poll.standardOtherOption }
            case .flag(false): otherOption = nil
            case .label(let label): otherOption = flag.map { _ in label }
            }
        }
        guard let question, let options, let duration else { return nil }
        return Poll(question: question, options: options, otherOption: otherOption, duration: duration)
    }

    private static func decodeProductPage(_ fields: Fields, context: inout DecodingContext) -> ProductPage? {
        let name = fields.required("name", example: "name: Acme Planner", context: &context)
            .flatMap { context.text($0, key: "name") }
        let category = fields.required("category", example: "category: Social Media Management Software", context: &context)
            .flatMap { context.text($0, key: "category") }
        let launch = fields.required("launch", example: "launch: 2026-12-15", context: &context)
            .flatMap { context.date($0, key: "launch") }
        let cta = fields["cta"].flatMap { CommonFields.decodeCTA($0, owner: fields.owner, context: &context) }
        let description = fields["description"].flatMap { context.text($0, key: "description") }
        guard let name, let category, let launch else { return nil }
        return ProductPage(name: name, category: category, cta: cta, launch: launch, description: description)
    }

    private static func decodeAd(_ fields: Fields, context: inout DecodingContext) -> Ad? {
        let placement = fields["placement"].flatMap { context.text($0, key: "placement") }
        let text = fields.required("text", example: "text: Plan a quarter of posts in one afternoon.", context: &context)
        let until = fields["until"].flatMap { node -> Located<AdEnd>? in
            let raw = node.scalar?.text.trimmingSpaces() ?? ""
            if case .success(let date) = ScalarSyntax.date(raw) { return context.located(.endOfDay(date), node) }
            return context.dateTime(node, key: "until").map { $0.map(AdEnd.instant) }
        }
        let cta = fields["cta"].flatMap { CommonFields.decodeCTA($0, owner: fields.owner, context: &context) }
        guard text != nil else { return nil }
        return Ad(placement: placement, until: until, cta: cta)
    }
}
