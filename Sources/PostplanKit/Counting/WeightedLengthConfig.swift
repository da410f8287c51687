/// twitter-text's configuration for X's weighted post length (config/v2.json, v3.json):
/// how much each range of code points weighs, what a URL and an emoji count, and the scale.
/// Kept as data so that the X profile, not code, says what the weights are: X has changed them
/// before (v1 counted 140 code points, v2 weighted CJK, v3 discounted emoji), and a profile
/// dated for each change keeps old plans checkable. It decodes from twitter-text's own JSON
/// field names, so the upstream files are test fixtures as they are.
public struct WeightedLengthConfig: Hashable, Sendable, Decodable {
    /// Code points from `start` to `end` (inclusive) weigh `weight`; the first range that holds a
    /// code point wins. v2/v3 give the Latin, general punctuation and quotation ranges 100 (one
    /// character), so everything else — CJK, emoji, most other scripts — weighs the default 200.
    public struct Range: Hashable, Sendable, Decodable {
        public var start: Int
        public var end: Int
        public var weight: Int

        public init(start: Int, end: Int, weight: Int) {
            self.start = start
            self.end = end
            self.weight = weight
        }
    }

    /// The most a valid post may weigh, in characters after scaling (280).
    public var maxWeightedTweetLength: Int
    /// What the weights are divided by (100), so that weights can express fractions of a
    /// character without floating point.
    public var scale: Int
    /// The weight of a code point that no range holds, and of an emoji when emoji parsing is on.
    public var defaultWeight: Int
    /// v3: every emoji, however many code points it joins, weighs `defaultWeight`. Absent
    /// (false) in v2, where a family emoji of seven code points weighs 11 characters.
    public var emojiParsingEnabled: Bool
    /// What every link counts, in characters, whatever its length: X shortens links to t.co.
    public var transformedURLLength: Int
    public var ranges: [Range]

    public init(
        maxWeightedTweetLength: Int, scale: Int, defaultWeight: Int, emojiParsingEnabled: Bool,
        transformedURLLength: Int, ranges: [Range]
    ) {
        self.maxWeightedTweetLength = maxWeightedTweetLength
        self.scale = scale
        self.defaultWeight = defaultWeight
        self.emojiParsingEnabled = emojiParsingEnabled
        self.transformedURLLength = transformedURLLength
        self.ranges = ranges
    }

    private enum CodingKeys: String, CodingKey {
        case maxWeightedTweetLength, scale, defaultWeight, emojiParsingEnabled, transformedURLLength, ranges
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        maxWeightedTweetLength = try container.decode(Int.self, forKey: .maxWeightedTweetLength)
        scale = try container.decode(Int.self, forKey: .scale)
        defaultWeight = try container.decode(Int.self, forKey: .defaultWeight)
        emojiParsingEnabled = try container.decodeIfPresent(Bool.self, forKey: .emojiParsingEnabled) ?? false
        transformedURLLength = try container.decode(Int.self, forKey: .transformedURLLength)
        ranges = try container.decode([Range].self, forKey: .ranges)
    }
}
