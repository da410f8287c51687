/// A call-to-action button: its type (from the platform's list) and where it leads.
/// Both are optional here so that platform rules can say what is missing (`cta-required`).
public struct CallToAction: Sendable {
    public var type: Located<String>?
    public var url: Located<String>?
    public var range: SourceRange

    public init(type: Located<String>?, url: Located<String>?, range: SourceRange) {
        self.type = type
        self.url = url
        self.range = range
    }
}
