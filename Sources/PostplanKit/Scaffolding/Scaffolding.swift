import Foundation
import Mustache
import YAMLTree

/// What `postplan new` and `postplan init` write: a commented item of each kind to paste
/// into a plan, and the files of a new plan repo. The texts are templates in `templates/items`
/// and `templates/init`, built into the binary.
public enum Scaffolding {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case invalidID(String)
        case cannotAppend(path: String, reason: String)

        public var description: String {
            switch self {
            case .invalidID(let id): "'\(id)' is not a valid id; use letters, digits, '-', '_' and '.', starting with a letter or digit"
            case .cannotAppend(let path, let reason): "cannot append to '\(path)': \(reason)"
            }
        }
    }

    /// An item of a kind, indented to stand under `items:`.
    public static func item(_ kind: ItemKind, id: String, channel: String, date: LocalDate) throws(Failure) -> String {
        guard DecodingContext.isValidIdentifier(id) else { throw .invalidID(id) }
        guard DecodingContext.isValidIdentifier(channel) else { throw .invalidID(channel) }
        return render(kind.definition.scaffoldTemplate, itemValues(id: id, channel: channel, date: date))
    }

    /// What an item template's placeholders are filled with.
    static func itemValues(id: String, channel: String, date: LocalDate) -> [String: String] {
        ["id": id, "channel": channel, "date": date.description]
    }

    /// A plan file's text with an item added at the end of its `items:` list; refuses when
    /// the result would not hold the item as the file's last item.
    public static func appending(_ item: String, to text: String, path: String, id: String) throws(Failure) -> String {
        let parsed = YAMLParser().parse(text)
        guard !parsed.hasFatalProblem, let root = parsed.documents.first?.mapping else {
            throw .cannotAppend(path: path, reason: "it is not a readable plan file; fix it with 'postplan validate' first")
        }
        let (existing, _) = PlanFileDecoder.decode(parsed, path: path)
        if existing?.references.contains(where: { $0.id.value == id }) == true {
            throw .cannotAppend(path: path, reason: "it already has an item with id '\(id)'; choose another id")
        }
        // Keep the file's line endings.
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        let item = newline == "\n" ? item : item.replacingOccurrences(of: "\n", with: newline)
        var result = text.hasSuffix("\n") || text.isEmpty ? text : text + newline
        if root.last?.key.scalar?.text != "items" {
            guard !root.contains(where: { $0.key.scalar?.text == "items" }) else {
                throw .cannotAppend(path: path, reason: "'items:' is not its last key, so the item would land elsewhere; paste it yourself")
            }
            result += "\(newline)items:\(newline)"
        }
        result += item
        let (plan, _) = PlanFileDecoder.decode(YAMLParser().parse(result), path: path)
        guard plan?.references.last?.id.value == id else {
            throw .cannotAppend(path: path, reason: "the item would not be read as its last item; paste it yourself")
        }
        return result
    }

    /// The files of a new plan repo, by path relative to its folder: plans, a config, a CI
    /// workflow, a pre-commit config, a workflow that comments `postplan diff` on pull requests, and the JSON Schema the plans' modelines name.
    public static func skeleton(timezone: TimeZoneID, date: LocalDate) -> [(path: String, text: String)] {
        let values = ["timezone": timezone.identifier, "date": date.description]
        return skeletonFiles.map { target, template in (target, render("templates/init/\(template)", values)) }
            + [("schema/postplan.schema.json", planSchema)]
    }

    /// The JSON Schema of the plan format (`schema/postplan.schema.json`), for editors.
    public static var planSchema: String {
        EmbeddedResources.files["schema/postplan.schema.json"] ?? "{}\n"
    }

    /// Where each `templates/init` file goes in a new repo (names with a leading dot cannot
    /// be embedded as they are).
    static let skeletonFiles: [(target: String, template: String)] = [
        ("plans/channels.yaml", "channels.yaml"),
        ("plans/first-plan.yaml", "first-plan.yaml"),
        (".postplan.yml", "postplan.yml"),
        (".github/workflows/postplan.yml", "github-workflow.yml"),
        (".pre-commit-config.yaml", "pre-commit-config.yaml"),
        (".github/workflows/postplan-diff.yml", "github-diff-workflow.yml"),
    ]

    /// A built-in template with its `{{{placeholders}}}` filled in.
    private static func render(_ path: String, _ values: [String: String]) -> String {
        // The templates ship with the binary, and a test renders each kind's; a missing or
        // broken one is a build defect.
        guard let text = rendered(path, values) else { preconditionFailure("built-in template \(path) is missing or broken") }
        return text
    }

    /// A template of `resources` with its placeholders filled in; nil when it is missing or
    /// does not parse.
    static func rendered(_ path: String, _ values: [String: String], from resources: [String: String] = EmbeddedResources.files) -> String? {
        guard let text = resources[path], let template = try? MustacheTemplate(string: text) else { return nil }
        return template.render(values)
    }
}
