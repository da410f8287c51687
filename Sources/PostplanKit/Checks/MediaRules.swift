/// Attachments against their platform: types, count, combinations and alt text.
enum MediaRules {
    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        let profile = post.profile, date = post.date, media = post.media
        if media.isEmpty, let (required, fact) = profile.flag(.mediaRequired, on: date), required {
            diagnostics.append(
                Diagnostic(
                    .mediaRequired,
                    "every \(post.item.kind.displayName) on \(profile.name) needs at least one image or video; add 'media' to '\(post.item.id.value)'\(post.caveat(fact))",
                    at: post.channelReference))
        }
        if let (types, fact) = profile.words(.mediaTypes, on: date) {
            for attachment in media where !types.contains(attachment.type.value.rawValue) {
                diagnostics.append(
                    Diagnostic(
                        .mediaType,
                        "\(profile.name) does not take \(attachment.type.value.rawValue) attachments; it takes \(types.joined(separator: ", "))\(post.caveat(fact))",
                        at: attachment.type.range))
            }
        }
        if let (maximum, fact) = profile.integer(.mediaMaxCount, on: date), media.count > maximum {
            diagnostics.append(
                Diagnostic(
                    .mediaCount,
                    "\(post.subject) has \(media.count) attachments; \(profile.name) allows \(maximum); drop \(media.count - maximum) or split the post\(post.caveat(fact))",
                    at: media[maximum].range))
        }
        if media.count > 1, let (alone, fact) = profile.words(.mediaAlone, on: date),
            let single = media.first(where: { alone.contains($0.type.value.rawValue) })
        {
            diagnostics.append(
                Diagnostic(
                    .mediaAlone,
                    "on \(profile.name) a \(single.type.value.rawValue) must be the only attachment, and '\(post.item.id.value)' has \(media.count); post it separately\(post.caveat(fact))",
                    at: single.range))
        }
        if let (types, fact) = profile.words(.mediaAltRequired, on: date) {
            for attachment in media where types.contains(attachment.type.value.rawValue) && (attachment.alt?.value.isEmpty ?? true) {
                diagnostics.append(
                    Diagnostic(
                        .altTextRequired,
                        "\(profile.name) needs alt text on every \(attachment.type.value.rawValue); add 'alt:' describing it for people who cannot see it\(post.caveat(fact))",
                        at: attachment.range))
            }
        }
        if let (maximum, fact) = profile.integer(.mediaMaxAltLength, on: date) {
            for attachment in media {
                guard let alt = attachment.alt, alt.value.count > maximum else { continue }
                diagnostics.append(
                    Diagnostic(
                        .altTextLength,
                        "alt text is \(alt.value.count) characters; \(profile.name) allows \(maximum); shorten it\(post.caveat(fact))",
                        at: post.range(ofCharacter: maximum, in: alt)))
            }
        }
    }
}
