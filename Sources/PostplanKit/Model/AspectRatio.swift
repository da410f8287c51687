/// A picture's width to height, as a plan writes it (`9:16`, `4:5`, `1.91:1`).
public struct AspectRatio: Hashable, Sendable, CustomStringConvertible {
    /// The width part, as written (`1.91` of `1.91:1`).
    public var width: Double
    /// The height part, as written (`16` of `9:16`).
    public var height: Double

    /// - Parameters:
    ///   - width: The width part, more than 0.
    ///   - height: The height part, more than 0.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Width divided by height: below 1 is vertical, 1 square, above 1 horizontal.
    public var ratio: Double { width / height }

    /// `9:16`, `1.91:1`: whole parts without a decimal point.
    public var description: String { "\(Self.text(width)):\(Self.text(height))" }

    private static func text(_ part: Double) -> String {
        part == part.rounded() ? String(Int(part)) : String(part)
    }
}
