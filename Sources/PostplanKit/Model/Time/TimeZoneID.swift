/// An IANA time zone name (`Europe/Berlin`) that this system's time zone data knows.
public struct TimeZoneID: Hashable, Sendable, CustomStringConvertible {
    public var identifier: String

    public init(_ identifier: String) {
        self.identifier = identifier
    }

    public var description: String { identifier }

    /// Whether plan files accept a name as a time zone (an IANA name the system knows).
    public static func isKnown(_ identifier: String) -> Bool {
        TimeZoneCatalog.isKnown(identifier)
    }
}
