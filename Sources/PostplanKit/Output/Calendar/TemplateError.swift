/// A calendar template that cannot be used: unreadable, or not valid Mustache. An operational
/// error rather than a finding in the plans, so the tool stops with status 2; it prints in the
/// compiler's shape so editors can jump to the place.
public struct TemplateError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// 1-based, when the problem has a place in the file.
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `templates/calendar.md.mustache:12:5: error: ...`
    public var description: String {
        let place = [line, column].compactMap { $0 }.map { ":\($0)" }.joined()
        return "\(path)\(place): error: \(message)"
    }
}
