/// Medians and median absolute deviations: what the report summarises counts and rates with,
/// since one viral post would drag a mean anywhere.
enum RobustStatistics {
    /// The middle value, or the mean of the two middle ones; nil for no values.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted(), middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    /// The median of the distances from the median (not scaled to a normal distribution).
    static func medianAbsoluteDeviation(_ values: [Double]) -> Double? {
        guard let center = median(values) else { return nil }
        return median(values.map { abs($0 - center) })
    }

    /// A ratio rounded to 4 decimals, so that the JSON holds 0.0264 rather than 0.026399999…;
    /// nil when the denominator is 0 or either side is unknown.
    static func ratio(_ numerator: Int?, _ denominator: Int?) -> Double? {
        guard let numerator, let denominator, denominator > 0 else { return nil }
        return rounded(Double(numerator) / Double(denominator))
    }

    static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
