/// One attachment of an item.
public struct Media: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case image, video, gif, document
    }

    public var type: Located<Kind>
    /// Path of the file in the plan repo (or a URL).
    public var file: Located<String>
    /// Alternative text for people who cannot see the media.
    public var alt: Located<String>?
    public var range: SourceRange

    public init(type: Located<Kind>, file: Located<String>, alt: Located<String>? = nil, range: SourceRange) {
        self.type = type
        self.file = file
        self.alt = alt
        self.range = range
    }
}
