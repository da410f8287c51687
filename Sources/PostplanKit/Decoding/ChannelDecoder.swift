import YAMLTree

/// Decodes the `channels:` mapping of a plan file.
enum ChannelDecoder {
    /// The channels that decoded completely, and the ids of all declared channels.
    static func decode(_ node: Node, context: inout DecodingContext) -> (channels: [Channel], ids: [Located<String>]) {
        guard let pairs = node.mapping else {
            context.report(
                WrongTypeRule.notAMapping("channels", of: "channel ids to channels", like: "{ acme-x: { platform: x } }", found: node), at: node.span)
            return ([], [])
        }
        var channels: [Channel] = []
        var ids: [Located<String>] = []
        var seen: Set<String> = []
        for pair in pairs {
            // A key repeated in this mapping is already a duplicate-key finding.
            guard let id = context.identifier(pair.key, key: "channel id"), seen.insert(id.value).inserted else { continue }
            ids.append(id)
            if let channel = decodeChannel(id: id, value: pair.value, context: &context) {
                channels.append(channel)
            }
        }
        return (channels, ids)
    }

    private static func decodeChannel(id: Located<String>, value: Node, context: inout DecodingContext) -> Channel? {
        guard let fields = Fields(value, owner: "channel '\(id.value)'", known: PlanSchema.channelKeys, context: &context) else {
            return nil
        }
        // Whether the platform exists, and has this kind of account, is checked against the
        // platform profiles when the workspace is assembled: a repo may define its own.
        let platform = fields.required("platform", example: "platform: linkedin", context: &context)
            .flatMap { context.identifier($0, key: "platform") }
        let account = fields["account"].flatMap { context.keyword($0, key: "account", as: AccountType.self, rule: UnknownAccountTypeRule.self) }
        let handle = fields["handle"].flatMap { context.text($0, key: "handle") }
        let timezone = fields["timezone"].flatMap { context.timezone($0, key: "timezone") }
        let instance = fields["instance"].flatMap { context.text($0, key: "instance") }
        let slots = fields["slots"].flatMap { QueueDecoder.decodeSlots($0, blackout: fields["blackout"], context: &context) }
        if fields["slots"] == nil, let blackout = fields.keyNode("blackout") {
            context.report(MissingFieldRule.blackoutWithoutSlots(channel: id.value), at: blackout.span)
        }
        guard let platform, fields["account"] == nil || account != nil else { return nil }
        return Channel(
            id: id, platform: platform, account: account ?? Located(.profile, at: id.range), handle: handle,
            timezone: timezone, instance: instance, slots: slots, range: context.range(of: value))
    }
}
