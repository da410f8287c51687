import YAMLTree

/// Decodes the `channels:` mapping of a plan file.
enum ChannelDecoder {
    /// The channels that decoded completely, and the ids of all declared channels.
    static func decode(_ node: Node, context: inout DecodingContext) -> (channels: [Channel], ids: [Located<String>]) {
        guard let pairs = node.mapping else {
            context.report(.wrongType, "'channels' must map channel ids to channels, like { acme-x: { platform: x } }; found \(node.shapeName)", at: node.span)
            return ([], [])
        }
        var channels: [Channel] = []
        var ids: [Located<String>] = []
        for pair in pairs {
            guard let id = context.identifier(pair.key, key: "channel id") else { continue }
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
        let platform = fields.required("platform", example: "platform: linkedin", context: &context)
            .flatMap { context.keyword($0, key: "platform", as: Platform.self, rule: .unknownPlatform) }
        let account = fields["account"].flatMap { context.keyword($0, key: "account", as: AccountType.self, rule: .unknownAccountType) }
        let channel = Channel(
            id: id,
            platform: platform ?? Located(.linkedin, at: id.range),
            account: account ?? Located(.profile, at: id.range),
            handle: fields["handle"].flatMap { context.text($0, key: "handle") },
            timezone: fields["timezone"].flatMap { context.timezone($0, key: "timezone") },
            instance: fields["instance"].flatMap { context.text($0, key: "instance") },
            range: context.range(of: value))
        guard let platform else { return nil }
        if let account, !platform.value.accountTypes.contains(account.value) {
            let allowed = platform.value.accountTypes.map(\.rawValue)
            context.report(
                .unknownAccountType,
                "'\(account.value.rawValue)' is not an account type on \(platform.value.rawValue)\(Suggestion.hint(for: account.value.rawValue, among: allowed))",
                at: account.range.span)
            return nil
        }
        if fields["account"] != nil, account == nil { return nil }
        return channel
    }
}
