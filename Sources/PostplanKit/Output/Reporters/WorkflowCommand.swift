/// One GitHub Actions workflow command: a log line `::name key=value,…::message` that the
/// runner turns into an annotation, a log group or a pause in command processing.
///
/// Values are escaped the way actions/toolkit's `escapeProperty` and `escapeData` do, which
/// is what the runner undoes. Escaping is what keeps hostile text in a plan (a key with a
/// line break, a message with `::error::`) from starting a command of its own.
struct WorkflowCommand: Sendable {
    var name: String
    /// In the order written; names are ASCII words and need no escaping.
    var properties: [(name: String, value: String)]
    var message: String

    init(_ name: String, _ properties: [(name: String, value: String)] = [], message: String = "") {
        self.name = name
        self.properties = properties
        self.message = message
    }

    /// The line to print, without its line break.
    var line: String {
        let list = properties.map { "\($0.name)=\(Self.escapeProperty($0.value))" }.joined(separator: ",")
        return "::\(name)\(list.isEmpty ? "" : " " + list)::\(Self.escapeData(message))"
    }

    /// A message: `%`, carriage return and line feed become `%25`, `%0D`, `%0A`.
    static func escapeData(_ text: String) -> String {
        escape(text, dataEscapes)
    }

    /// A property value: as a message, and also `:` and `,`, which separate properties.
    static func escapeProperty(_ text: String) -> String {
        escape(text, propertyEscapes)
    }

    private static let dataEscapes: [Unicode.Scalar: String] = ["%": "%25", "\r": "%0D", "\n": "%0A"]
    private static let propertyEscapes = dataEscapes.merging([":": "%3A", ",": "%2C"]) { first, _ in first }

    /// Scalar by scalar, since Swift reads `\r\n` as one character.
    private static func escape(_ text: String, _ escapes: [Unicode.Scalar: String]) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if let escaped = escapes[scalar] { output += escaped } else { output.unicodeScalars.append(scalar) }
        }
        return output
    }
}
