/// A length of time written as a number and a unit: `30m`, `12h`, `3d`, `1w`, `2w`.
public struct PlanDuration: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Unit: String, CaseIterable, Sendable {
        case minutes = "m", hours = "h", days = "d", weeks = "w"

        public var seconds: Int {
            switch self {
            case .minutes: 60
            case .hours: 3_600
            case .days: 86_400
            case .weeks: 604_800
            }
        }
    }

    public var amount: Int
    public var unit: Unit

    public init(amount: Int, unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    public var seconds: Int { amount * unit.seconds }

    public static func < (lhs: PlanDuration, rhs: PlanDuration) -> Bool {
        lhs.seconds < rhs.seconds
    }

    public var description: String { "\(amount)\(unit.rawValue)" }
}
