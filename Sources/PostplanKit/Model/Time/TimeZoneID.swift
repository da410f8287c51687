/// An IANA time zone name (`Europe/Berlin`) that this system's time zone data knows.
public struct TimeZoneID: Hashable, Sendable, CustomStringConvertible {
    public var identifier: String

    public init(_ identifier: String) {
        self.identifier = identifier
    }

    public var description: String { identifier }
}
