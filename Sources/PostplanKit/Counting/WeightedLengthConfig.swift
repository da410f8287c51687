/// twitter-text's configuration for X's weighted post length (config/v2.json, v3.json):
/// how much each range of code points weighs, what a URL and an emoji count, and the scale.
/// Kept as data so that the X profile, not code, says what the weights are.
public struct WeightedLengthConfig: Hashable, Sendable, Decodable {
    /// Code points from `start` to `end` (inclusive) weigh `weight`.
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

    public var maxWeightedTweetLength: Int
    public var scale: Int
    public var defaultWeight: Int
    /// v3: every emoji sequence weighs `defaultWeight`; absent (false) in v2.
    public var emojiParsingEnabled: Bool
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
