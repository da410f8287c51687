/// How a text measures against the limits a platform sets on texts, other than its length:
/// the one reading of links and forbidden characters that validate's text checks
/// (`TextRules`) and `postplan count` (`TextCountReport`) share. Hashtags are
/// `LinkScanner.hashtags`, lengths `TextLength`.
enum TextMeasures {
    /// The distinct links of a text, counting an attached link too, and the first link in the
    /// text that goes past `limit` (nil when none does, or only the attached link does).
    static func distinctLinks(in text: String, attached: String?, limit: Int) -> (count: Int, overflow: Range<String.Index>?) {
        let links = LinkScanner.links(in: text)
        var distinct: Set<String> = []
        let overflow = links.first { distinct.insert(String(text[$0])).inserted && distinct.count > limit }
        distinct.formUnion(links.map { String(text[$0]) })
        if let attached { distinct.insert(attached) }
        return (distinct.count, overflow)
    }

    /// The characters a platform rejects in a text on a date, and the fact that says so; nil
    /// when the profile names none.
    static func forbiddenCharacters(
        of profile: PlatformProfile, on date: LocalDate?, key: FactKey = .textForbiddenCharacters
    ) -> (scalars: [Unicode.Scalar], fact: Fact)? {
        guard let (codes, fact) = profile.words(key, on: date) else { return nil }
        let scalars = codes.compactMap(scalar(fromCode:))
        return scalars.isEmpty ? nil : (scalars, fact)
    }

    /// What to do with a forbidden character: delete it, saying so when editors hide it
    /// (U+FEFF), or write it another way when it shows (YouTube's `<`).
    static func deleteAdvice(for character: Unicode.Scalar) -> String {
        switch character.properties.generalCategory {
        case .format, .control, .unassigned, .privateUse, .surrogate, .spaceSeparator: "delete it (it is invisible in most editors)"
        default: "delete it or say it in words"
        }
    }

    /// The first character of a text holding a forbidden scalar: its offset in characters and
    /// the scalar.
    static func firstForbidden(in text: String, among forbidden: [Unicode.Scalar]) -> (offset: Int, scalar: Unicode.Scalar)? {
        guard let lowest = forbidden.min(),
            // A scan of the scalars finds nothing in almost every text (the list is short, and
            // most scalars are below all of it); only then are the graphemes walked.
            text.unicodeScalars.contains(where: { $0 >= lowest && forbidden.contains($0) })
        else { return nil }
        var offset = 0
        for character in text {
            if let bad = character.unicodeScalars.first(where: forbidden.contains) { return (offset, bad) }
            offset += 1
        }
        return nil
    }

    /// `U+FFFE` as a scalar.
    static func scalar(fromCode code: String) -> Unicode.Scalar? {
        guard code.hasPrefix("U+"), let value = UInt32(code.dropFirst(2), radix: 16) else { return nil }
        return Unicode.Scalar(value)
    }

    /// A scalar as `U+FFFE`.
    static func code(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
