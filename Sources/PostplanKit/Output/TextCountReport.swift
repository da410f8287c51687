/// A draft measured against every limit a platform sets on texts, the ones validate's text
/// checks apply: its length (in the platform's unit, and in UTF-8 bytes where it counts
/// them), its hashtags, its links and the characters it rejects.
public struct TextCountReport: Sendable, CustomStringConvertible {
    public struct Measure: Sendable {
        public var count: Int
        public var limit: Int?
        public var unit: String
        /// The profile fact the limit comes from, whose summary explains it.
        public var key: FactKey
        /// How the verdict names an excess: length is "7 over", a count is "1 hashtag too many".
        var excess: Excess

        enum Excess: Sendable {
            case length
            case items(singular: String)
        }

        var over: Int { limit.map { max(0, count - $0) } ?? 0 }
    }

    public var platform: String
    public var measures: [Measure]
    /// The characters the platform rejects (empty when its profile names none), and the
    /// first of them in the draft, if any.
    public var forbiddenCharacters: [Unicode.Scalar]
    public var forbiddenFound: Unicode.Scalar?
    /// The profile's id, for the pointer to `postplan platforms`.
    public var platformID: String

    public init(text: String, profile: PlatformProfile, on date: LocalDate) {
        platform = profile.name
        platformID = profile.id
        let length = profile.textLength(on: date)
        measures = [
            Measure(
                count: length.count(text), limit: profile.integer(.textMaxLength, on: date)?.0, unit: length.unitName, key: .textMaxLength,
                excess: .length)
        ]
        if let (bytes, _) = profile.integer(.textMaxBytes, on: date) {
            measures.append(
                Measure(
                    count: TextLength.published(text).utf8.count, limit: bytes, unit: "UTF-8 bytes", key: .textMaxBytes, excess: .length))
        }
        if let (hashtags, _) = profile.integer(.textMaxHashtags, on: date) {
            measures.append(
                Measure(
                    count: LinkScanner.hashtags(in: text).count, limit: hashtags, unit: "hashtags", key: .textMaxHashtags,
                    excess: .items(singular: "hashtag")))
        }
        if let (links, _) = profile.integer(.textMaxLinks, on: date) {
            measures.append(
                Measure(
                    count: TextMeasures.distinctLinks(in: text, attached: nil, limit: links).count, limit: links, unit: "links",
                    key: .textMaxLinks, excess: .items(singular: "link")))
        }
        forbiddenCharacters = TextMeasures.forbiddenCharacters(of: profile, on: date)?.scalars ?? []
        forbiddenFound = TextMeasures.firstForbidden(in: text, among: forbiddenCharacters)?.scalar
    }

    public var isOverLimit: Bool {
        measures.contains { $0.over > 0 } || forbiddenFound != nil
    }

    /// The summary, then a line per limit saying what it is, and where its sources are.
    public var description: String {
        var lines = [summary]
        for measure in measures {
            if let limit = measure.limit {
                lines.append("  \(limit) \(measure.unit): \(measure.key.summary) (\(measure.key.path))")
            } else {
                lines.append("  \(measure.unit): no limit known for \(platform) (\(measure.key.path))")
            }
        }
        if !forbiddenCharacters.isEmpty {
            let codes = forbiddenCharacters.map(TextMeasures.code(of:)).joined(separator: ", ")
            lines.append("  none of \(codes): the characters \(platform) rejects in a text (\(FactKey.textForbiddenCharacters.path))")
        }
        lines.append("  sources and dates of these limits: postplan platforms \(platformID)")
        return lines.joined(separator: "\n")
    }

    /// `287 of 280 weighted characters, 300 of 5708 UTF-8 bytes, 0 of 50 hashtags, 0 of 10
    /// links on X: 7 over`
    public var summary: String {
        let parts = measures.map { measure in
            guard let limit = measure.limit else { return "\(measure.count) \(measure.unit) (no known limit)" }
            return "\(measure.count) of \(limit) \(measure.unit)"
        }
        var verdicts: [String] = []
        if let lengthOver = measures.filter({ if case .length = $0.excess { true } else { false } }).map(\.over).max(), lengthOver > 0 {
            verdicts.append("\(lengthOver) over")
        }
        for measure in measures where measure.over > 0 {
            if case .items(let singular) = measure.excess {
                verdicts.append("\(measure.over) \(singular)\(measure.over == 1 ? "" : "s") too many")
            }
        }
        if let forbiddenFound {
            verdicts.append("contains \(TextMeasures.code(of: forbiddenFound)), which \(platform) rejects")
        }
        return parts.joined(separator: ", ") + " on \(platform): " + (verdicts.isEmpty ? "fits" : verdicts.joined(separator: "; "))
    }
}
