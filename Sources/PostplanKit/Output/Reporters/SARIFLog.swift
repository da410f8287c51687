/// The parts of a SARIF 2.1.0 log that postplan writes, as `Encodable` values. Field names
/// are SARIF's; optional fields are left out when nil, as SARIF wants absent rather than null.
struct SARIFLog: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema", version, runs
    }

    struct Run: Encodable {
        var tool: Tool
        /// libyaml counts columns in code points; consumers disagree on the default, so say it.
        var columnKind = "unicodeCodePoints"
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String?
        var informationUri: String
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Text
        var defaultConfiguration: Configuration
        var properties: Properties
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Properties: Encodable {
        var tags: [String]
    }

    /// A `message` or a `multiformatMessageString`: postplan writes plain text only.
    struct Text: Encodable {
        var text: String
    }

    /// A result's `message`: its text, and the stable id of its form. The text is always
    /// there, so a consumer's message lookup (SARIF §3.11.7) ends at it and needs no
    /// `messageStrings`; the id lets tools tell the forms apart without parsing the text.
    struct ResultMessage: Encodable {
        var text: String
        var id: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: ResultMessage
        var locations: [Location]
        var relatedLocations: [Location]?
        var fixes: [Fix]?
    }

    /// A proposed change: SARIF's `fix`, with one `artifactChange` per file it touches.
    struct Fix: Encodable {
        var description: Text
        var artifactChanges: [ArtifactChange]
    }

    struct ArtifactChange: Encodable {
        var artifactLocation: ArtifactLocation
        var replacements: [Replacement]
    }

    struct Replacement: Encodable {
        var deletedRegion: Region
        var insertedContent: ArtifactContent
    }

    struct ArtifactContent: Encodable {
        var text: String
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Text?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }

    /// Lines and columns are 1-based; `endColumn` is the column just after the region.
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
        var endLine: Int?
        var endColumn: Int?
    }
}
