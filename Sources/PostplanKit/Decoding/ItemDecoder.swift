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
                elsewhere: { ItemSchema.home(of: $0, on: kind) }, context: &context
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
        let common = CommonFields(fields, kind: kind, context: &context)
        // An idea or a draft may wait without a time; one that has `at` or `repeat` is read as usual.
        let waitsInBacklog = common.status?.value.mayBeUnscheduled == true && fields["at"] == nil && fields["repeat"] == nil
        let schedule = decodeSchedule(fields, kind: decodedKind?.value, waitsInBacklog: waitsInBacklog, context: &context)
        let details = decodedKind.flatMap { $0.value.definition.decodeDetails(fields, schedule: schedule, context: &context) }

        let reference = id.map {
            ItemReference(id: $0, displayName: owner, channels: channels ?? [], variantChannels: common.variants.map(\.channel))
        }
        guard let id, let channels, !channels.isEmpty, let details,
            schedule != nil || details.kind.definition.scheduling.isOwnDate || waitsInBacklog
        else { return (nil, reference) }
        let item = Item(
            id: id, channels: channels, schedule: schedule, timezone: common.timezone, title: common.title,
            text: common.text, media: common.media, link: common.link, firstComment: common.firstComment, contentWarning: common.contentWarning,
            variants: common.variants,
            pillar: common.pillar, intent: common.intent, checklist: common.checklist, status: common.status,
            owner: common.owner, campaign: common.campaign, created: common.created, tags: common.tags, details: details,
            range: context.range(of: node))
        return (item, reference)
    }

    /// `at` or `repeat`, exactly one, as the kind's definition says (ads: `at`; product pages:
    /// neither, they have `launch`); neither for an idea or a draft in the backlog.
    private static func decodeSchedule(_ fields: Fields, kind: ItemKind?, waitsInBacklog: Bool, context: inout DecodingContext) -> Schedule? {
        let atNode = fields["at"], repeatNode = fields["repeat"]
        let isQueued = atNode?.scalar?.text == QueueRequest.keyword
        if let queueKey = fields.keyNode("queue"), kind?.definition.scheduling.isOwnDate != true {
            if repeatNode != nil {
                context.report(AtOrRepeatRule.queueOnRepeat(fields.owner), at: queueKey.span)
            } else if atNode == nil {
                context.report(AtOrRepeatRule.queueWithoutNextSlot(fields.owner), at: queueKey.span)
            }
        }
        switch kind?.definition.scheduling {
        case .ownDate(let dateKey)?:
            for key in ["at", "repeat", "queue"] {
                if let keyNode = fields.keyNode(key) {
                    context.report(AtOrRepeatRule.scheduledByOwnDate(fields.owner, dateKey: dateKey, remove: key), at: keyNode.span)
                }
            }
            return nil
        case .atOnly(let whyNotRepeat)?:
            if let keyNode = fields.keyNode("repeat") {
                context.report(AtOrRepeatRule.cannotRepeat(fields.owner, because: whyNotRepeat), at: keyNode.span)
            }
            guard !waitsInBacklog, let atNode = fields.required("at", example: "at: 2026-12-01 08:00", context: &context) else { return nil }
            guard !isQueued else {
                context.report(AtOrRepeatRule.cannotQueue(fields.owner), at: atNode.span)
                return nil
            }
            return context.dateTime(atNode, key: "at").map(Schedule.once)
        case .atOrRepeat?, nil:
            switch (atNode, repeatNode) {
            case (let atNode?, nil) where isQueued:
                return QueueDecoder.decodeRequest(fields["queue"], at: context.range(of: atNode), context: &context).map(Schedule.queued)
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
                guard !waitsInBacklog else { return nil }
                context.report(AtOrRepeatRule.neither(fields.owner), at: Span(at: fields.node.span.start))
                return nil
            }
        }
    }
}

extension Fields {
    /// Whether a key has a value that is not empty: `text: ''` and `media: []` say nothing.
    func hasContent(_ key: String) -> Bool {
        guard let node = self[key] else { return false }
        switch node.content {
        case .scalar(let scalar): return !scalar.text.trimmingSpaces().isEmpty
        case .sequence(let entries): return !entries.isEmpty
        case .mapping(let pairs): return !pairs.isEmpty
        }
    }
}
