/// A time of day without a date or zone (`09:00`), to the minute.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Two bytes, not two words: every occurrence of every item carries a time.
    private var storedHour: UInt8
    private var storedMinute: UInt8

    public var hour: Int {
        get { Int(storedHour) }
        set { storedHour = UInt8(clamping: newValue) }
    }

    public var minute: Int {
        get { Int(storedMinute) }
        set { storedMinute = UInt8(clamping: newValue) }
    }

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        storedHour = UInt8(hour)
        storedMinute = UInt8(minute)
    }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute)
    }

    public var description: String { "\(pad(hour, 2)):\(pad(minute, 2))" }
}
