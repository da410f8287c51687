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
    /// How many pages a document has, as the plan says (files are not measured).
    public var pages: Located<Int>?
    /// The file's size in bytes, as the plan says (`size: 12MB`; files are not measured).
    public var size: Located<Int>?
    /// A video's length in milliseconds, as the plan says (`duration: 45s`; files are not measured).
    public var duration: Located<Int>?
    /// The picture's width to height, as the plan says (`aspect: 9:16`; files are not measured).
    public var aspect: Located<AspectRatio>?
    public var range: SourceRange

    /// - Parameters:
    ///   - type: What the attachment is.
    ///   - file: Its path in the plan repo, or a URL.
    ///   - alt: Its alternative text.
    ///   - pages: A document's page count, as written.
    ///   - size: The file's size in bytes, as written.
    ///   - duration: A video's length in milliseconds, as written.
    ///   - aspect: The picture's width to height, as written.
    ///   - range: Where the entry is in the plan.
    public init(
        type: Located<Kind>, file: Located<String>, alt: Located<String>? = nil, pages: Located<Int>? = nil, size: Located<Int>? = nil,
        duration: Located<Int>? = nil, aspect: Located<AspectRatio>? = nil, range: SourceRange
    ) {
        self.type = type
        self.file = file
        self.alt = alt
        self.pages = pages
        self.size = size
        self.duration = duration
        self.aspect = aspect
        self.range = range
    }
}
