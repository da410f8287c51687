import YAMLTree

/// Decodes the `channels:` mapping of a plan file.
enum ChannelDecoder {
    static func decode(_ node: Node, context: inout DecodingContext) -> [Channel] {
        guard let pairs = node.mapping else {
            context.report(.wrongType, "'channels' must map channel ids to channels, like { acme-x: { platform: x } }; found \(node.shapeName)", at: node.span)
            return []
        }
        return pairs.compactMap { decodeChannel(key: $0.key, value: $0.value, context: &context) }
    }

    private static func decodeChannel(key: Node, value: Node, context: inout DecodingContext) -> Channel? {
        guard let id = context.identifier(key, key: "channel id") else { return nil }
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
