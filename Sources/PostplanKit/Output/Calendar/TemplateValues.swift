/// The calendar model as the plain values a Mustache template reads fastest: each structure
/// a `[String: Any]` keyed by its property names (the keys of the JSON calendar too), each list
/// an `[Any]`, strings and numbers as they are; a nil optional is left out, so a template finds
/// it missing (and looks further out, as Mustache does), just as it would on the structure.
///
/// swift-mustache reads a structure's properties through `Mirror`, which builds every child
/// of a value on every lookup: a year's Markdown calendar of 10,000 items spent nine tenths of
/// its time there. Dictionaries are read by key. The values come from the model's `Encodable`
/// conformance, so templates and the JSON format see the same names by construction.
enum TemplateValues {
    static func of(_ value: some Encodable) -> Any {
        switch value {
        // Values that encode themselves into a single-value container come back as they are.
        case let text as String: return text
        case let flag as Bool: return flag
        case let number as any BinaryInteger: return number
        case let number as any BinaryFloatingPoint: return number
        default:
            let encoder = TemplateValueEncoder()
            // Encoding into these containers cannot fail: nothing here throws.
            try? value.encode(to: encoder)
            return encoder.result.value
        }
    }
}

/// What one encoder has been given: a structure's fields, a list's elements, or one value.
private final class TemplateNode {
    var fields: [String: Any]?
    var elements: [Any]?
    var single: Any?
    /// Whether a nested container or super encoder was handed out: its node was stored here
    /// before it was filled, and is read out when this node is.
    var hasNested = false

    /// What was given; a nil (an optional that was nil, in a list) as Mustache reads a nil.
    var value: Any {
        guard hasNested else { return fields ?? elements ?? single ?? Self.none }
        if let fields { return fields.mapValues(Self.readOut) }
        if let elements { return elements.map(Self.readOut) }
        return single.map(Self.readOut) ?? Self.none
    }

    private static var none: Any { Any?.none as Any }

    private static func readOut(_ value: Any) -> Any {
        (value as? TemplateNode)?.value ?? value
    }

    /// A new encoder whose node is stored here under `key` (appended without one).
    func nestedEncoder(key: String?) -> TemplateValueEncoder {
        let encoder = TemplateValueEncoder()
        hasNested = true
        if let key { fields?[key] = encoder.result } else { elements?.append(encoder.result) }
        return encoder
    }
}

private struct TemplateValueEncoder: Encoder {
    let result = TemplateNode()
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if result.fields == nil { result.fields = [:] }
        return KeyedEncodingContainer(Fields<Key>(node: result))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if result.elements == nil { result.elements = [] }
        return Elements(node: result)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        Single(node: result)
    }

    private struct Fields<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: TemplateNode
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) {}

        mutating func encode(_ value: some Encodable, forKey key: Key) {
            node.fields?[key.stringValue] = TemplateValues.of(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            node.nestedEncoder(key: key.stringValue).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            node.nestedEncoder(key: key.stringValue).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { node.nestedEncoder(key: "super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { node.nestedEncoder(key: key.stringValue) }
    }

    private struct Elements: UnkeyedEncodingContainer {
        let node: TemplateNode
        var codingPath: [any CodingKey] { [] }
        var count: Int { node.elements?.count ?? 0 }

        mutating func encodeNil() {}

        mutating func encode(_ value: some Encodable) {
            node.elements?.append(TemplateValues.of(value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            node.nestedEncoder(key: nil).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            node.nestedEncoder(key: nil).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { node.nestedEncoder(key: nil) }
    }

    private struct Single: SingleValueEncodingContainer {
        let node: TemplateNode
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() {}

        mutating func encode(_ value: some Encodable) {
            node.single = TemplateValues.of(value)
        }
    }
}
