import Foundation

/// `schema/postplan.schema.json`, the JSON Schema editors and check-jsonschema use, read with
/// Foundation, with the look-ups the consistency tests need.
struct PlanJSONSchema {
    typealias Object = [String: Any]

    struct ShapeError: Error, CustomStringConvertible {
        let description: String
    }

    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schema").appendingPathComponent("postplan.schema.json")

    /// The merge key: not a key of the format, but allowed wherever the decoder reads fields.
    static let mergeKey = "<<"

    let root: Object

    static func load() throws -> PlanJSONSchema {
        let data = try Data(contentsOf: url)
        guard let root = try JSONSerialization.jsonObject(with: data) as? Object else {
            throw ShapeError(description: "\(url.path) is not a JSON object")
        }
        return PlanJSONSchema(root: root)
    }

    /// `#/definitions/<name>`.
    func definition(_ name: String) throws -> Object {
        guard let definitions = root["definitions"] as? Object, let schema = definitions[name] as? Object else {
            throw ShapeError(description: "the schema has no definition '\(name)'")
        }
        return schema
    }

    /// A schema with its `$ref` followed; the annotations beside a `$ref` are left behind.
    func resolved(_ schema: Object) throws -> Object {
        guard let reference = schema["$ref"] as? String else { return schema }
        let prefix = "#/definitions/"
        guard reference.hasPrefix(prefix) else { throw ShapeError(description: "unexpected $ref '\(reference)'") }
        return try resolved(definition(String(reference.dropFirst(prefix.count))))
    }

    /// The definition a property refers to, like `integerFact` for `{ "$ref": "#/definitions/integerFact" }`.
    static func referencedName(_ schema: Object) -> String? {
        (schema["$ref"] as? String)?.components(separatedBy: "/").last
    }

    static func properties(of schema: Object) -> Object {
        schema["properties"] as? Object ?? [:]
    }

    /// A property's schema, which must be an object (not `true` or `false`).
    static func property(_ name: String, of schema: Object) throws -> Object {
        guard let property = properties(of: schema)[name] as? Object else {
            throw ShapeError(description: "no property '\(name)' with a schema")
        }
        return property
    }

    /// The keys a mapping takes: its properties, without the merge key.
    static func keys(of schema: Object) -> Set<String> {
        Set(properties(of: schema).keys).subtracting([mergeKey])
    }

    static func required(of schema: Object) -> Set<String> {
        Set(schema["required"] as? [String] ?? [])
    }

    /// The string values of an `enum`; `null` (an empty value, which the decoder ignores) left out.
    static func enumStrings(of schema: Object) -> [String] {
        (schema["enum"] as? [Any] ?? []).compactMap { $0 as? String }
    }

    /// The `then` of the item branch whose `if` selects `kind: <kind>`.
    func itemBranch(for kind: String) throws -> Object {
        for branch in try definition("item")["allOf"] as? [Object] ?? [] {
            guard let condition = branch["if"] as? Object,
                let kindCondition = Self.properties(of: condition)["kind"] as? Object,
                kindCondition["const"] as? String == kind
            else { continue }
            guard let then = branch["then"] as? Object else { break }
            return then
        }
        throw ShapeError(description: "the item schema has no branch for kind '\(kind)'")
    }

    /// The `then` of the item branch for an item whose kind is missing or unknown.
    func itemBranchForUnknownKind() throws -> (kinds: [String], then: Object) {
        for branch in try definition("item")["allOf"] as? [Object] ?? [] {
            guard let condition = branch["if"] as? Object, let negated = condition["not"] as? Object,
                let kindCondition = Self.properties(of: negated)["kind"] as? Object,
                let then = branch["then"] as? Object
            else { continue }
            return (Self.enumStrings(of: kindCondition), then)
        }
        throw ShapeError(description: "the item schema has no branch for a missing or unknown kind")
    }

    /// The `required` lists of a schema and of the `anyOf` alternatives in it or in its `allOf`
    /// entries: `[["at"], ["repeat"]]` for "at or repeat".
    static func alternatives(in schema: Object) -> [[Set<String>]] {
        let schemas = [schema] + (schema["allOf"] as? [Object] ?? [])
        return schemas.compactMap { $0["anyOf"] as? [Object] }.map { $0.map(required(of:)) }
    }

    /// Whether a text matches a pattern (the schema's patterns anchor themselves), read with ICU:
    /// the patterns use only syntax that ECMA-262, Python and ICU share.
    static func matches(_ pattern: String, _ text: String) throws -> Bool {
        let expression = try NSRegularExpression(pattern: pattern)
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
