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
    /// What the plan says of the file's measures, which most attachments leave out.
    private var measures: RareFields<Measures>

    private struct Measures: RareFieldSet {
        var pages: Located<Int>?
        var size: Located<Int>?
        var duration: Located<Int>?
        var aspect: Located<AspectRatio>?

        var isEmpty: Bool { pages == nil && size == nil && duration == nil && aspect == nil }
    }

    /// How many pages a document has, as the plan says (files are not measured).
    public var pages: Located<Int>? {
        get { measures.fields.pages }
        set { measures.fields.pages = newValue }
    }

    /// The file's size in bytes, as the plan says (`size: 12MB`; files are not measured).
    public var size: Located<Int>? {
        get { measures.fields.size }
        set { measures.fields.size = newValue }
    }

    /// A video's length in milliseconds, as the plan says (`duration: 45s`; files are not measured).
    public var duration: Located<Int>? {
        get { measures.fields.duration }
        set { measures.fields.duration = newValue }
    }

    /// The picture's width to height, as the plan says (`aspect: 9:16`; files are not measured).
    public var aspect: Located<AspectRatio>? {
        get { measures.fields.aspect }
        set { measures.fields.aspect = newValue }
    }

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
        self.range = range
        measures = RareFields(Measures(pages: pages, size: size, duration: duration, aspect: aspect))
    }
}
