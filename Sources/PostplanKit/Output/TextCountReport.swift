/// A draft's length as one platform counts it, against that platform's limits.
public struct TextCountReport: Sendable, CustomStringConvertible {
    public struct Measure: Sendable {
        public var count: Int
        public var limit: Int?
        public var unit: String
    }

    public var platform: String
    public var measures: [Measure]

    public init(text: String, profile: PlatformProfile, on date: LocalDate) {
        platform = profile.name
        let counting = profile.word(.textCounting, on: date).flatMap { TextCounting(rawValue: $0.0) } ?? .graphemes
        let length = TextLength(counting: counting, urlLength: profile.integer(.textURLLength, on: date)?.0, weighting: profile.weighting(on: date))
        measures = [Measure(count: length.count(text), limit: profile.integer(.textMaxLength, on: date)?.0, unit: length.unitName)]
        if let bytes = profile.integer(.textMaxBytes, on: date)?.0 {
            measures.append(Measure(count: TextLength.published(text).utf8.count, limit: bytes, unit: "UTF-8 bytes"))
        }
    }

    public var isOverLimit: Bool {
        measures.contains { measure in measure.limit.map { measure.count > $0 } ?? false }
    }

    /// `287 of 280 weighted characters on X: 7 over`
    public var description: String {
        let parts = measures.map { measure in
            guard let limit = measure.limit else { return "\(measure.count) \(measure.unit) (no known limit)" }
            return "\(measure.count) of \(limit) \(measure.unit)"
        }
        let verdict: String
        let over = measures.compactMap { measure in measure.limit.map { measure.count - $0 } }.filter { $0 > 0 }
        verdict = over.isEmpty ? "fits" : "\(over.max() ?? 0) over"
        return parts.joined(separator: ", ") + " on \(platform): \(verdict)"
    }
}
