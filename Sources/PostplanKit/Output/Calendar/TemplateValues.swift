import Foundation
import Mustache

/// The calendar model as the values a Mustache template reads fastest: each structure a
/// `TemplateObject` whose fields are found by their property names (the keys of the JSON
/// calendar too), each list a list, strings and numbers as they are. A nil optional is
/// missing, so a template looks further out for it, as Mustache does on the structure itself.
///
/// swift-mustache reads a structure's properties through `Mirror`, which builds every child
/// of a value on every lookup: a year's Markdown calendar of 10,000 items spent nine tenths of
/// its time there. A `TemplateObject` is read by name. The values come from the model's
/// `Encodable` conformance, so templates and the JSON format see the same names by
/// construction.
enum TemplateValues {
    static func of(_ value: some Encodable) -> TemplateValue {
        of(value, names: TemplateNames())
    }

    /// A day's values, its slots (those at the indices of `slots`) a list made one at a time:
    /// each slot is made, and turned into values, when the list is read there; its deadlines
    /// left out when `deadlines` is false.
    static func of(_ day: CalendarStream.Day, slots: Range<Int>, deadlines: Bool = true, maker: Maker) -> TemplateValue {
        let value = maker.of(CalendarDay(date: day.date, weekday: day.weekday, slots: [], deadlines: deadlines ? day.deadlines : []))
        if case .object(let object) = value {
            object.replace("slots", with: .list(TemplateList(count: slots.count) { maker.of(day.slot(slots.lowerBound + $0)) }))
        }
        return value
    }

    /// A week's values, the deadlines of its summary a list made one at a time (a week of a
    /// large repo has thousands).
    static func of(_ week: CalendarWeek, maker: Maker) -> TemplateValue {
        var without = week
        without.summary.deadlines = []
        let value = maker.of(without)
        let deadlines = week.summary.deadlines
        if case .object(let object) = value, case .object(let summary)? = object.field(named: "summary") {
            summary.replace("deadlines", with: .list(TemplateList(count: deadlines.count) { maker.of(deadlines[$0]) }))
        }
        return value
    }

    /// Makes the values of many structures with one table of field names per type: what a
    /// list made one element at a time (``TemplateList/init(count:making:)``) uses, so that
    /// each element does not learn its type's names again. Used on one thread at a time.
    final class Maker {
        private let names = TemplateNames()

        func of(_ value: some Encodable) -> TemplateValue {
            TemplateValues.of(value, names: names)
        }
    }

    fileprivate static func of<Value: Encodable>(_ value: Value, names: TemplateNames) -> TemplateValue {
        // Told apart by their type, a comparison: a cast is costly, and the model's structures
        // are most of what comes here.
        if Value.self == String.self, let text = value as? String { return .text(text) }
        if Value.self == Bool.self, let flag = value as? Bool { return .flag(flag) }
        if Value.self == Int.self, let number = value as? Int { return .integer(number) }
        let encoder = TemplateValueEncoder(names: names)
        // Encoding into these containers cannot fail: nothing here throws.
        try? value.encode(to: encoder)
        return encoder.result.value
    }

    /// A value given to a single-value container: one that encodes itself there (a number, a
    /// string) comes back as it is.
    fileprivate static func single(_ value: some Encodable, names: TemplateNames) -> TemplateValue {
        switch value {
        case let text as String: .text(text)
        case let flag as Bool: .flag(flag)
        case let number as Int: .integer(number)
        case let number as any BinaryInteger: .other(number)
        case let number as any BinaryFloatingPoint: .other(number)
        default: of(value, names: names)
        }
    }
}

/// One value of the calendar model as a template reads it: what `CompiledTemplate` renders
/// without a cast, and what swift-mustache is given as ``any``.
enum TemplateValue {
    case text(String)
    case flag(Bool)
    case integer(Int)
    case object(TemplateObject)
    case list(TemplateList)
    /// Any other value (a number of another type, a nil in a list), read as swift-mustache
    /// reads it.
    case other(Any)

    /// A value swift-mustache made (a transform's result), as a template value.
    init(_ value: Any) {
        switch value {
        case let text as String: self = .text(text)
        case let flag as Bool: self = .flag(flag)
        case let number as Int: self = .integer(number)
        case let object as TemplateObject: self = .object(object)
        case let list as [Any]: self = .list(TemplateList(list.map(TemplateValue.init)))
        default: self = .other(value)
        }
    }

    /// The value as swift-mustache reads it.
    var any: Any {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag
        case .integer(let number): number
        case .object(let object): object
        case .list(let list): list.map(\.any)
        case .other(let value): value
        }
    }
}

/// A list of template values: given, or made one at a time as they are read (a day's slots,
/// each made when the template reaches it and let go of after, so a day of thousands of slots
/// is never held as values). Read it once: each read of an element made one at a time makes
/// it again.
struct TemplateList: RandomAccessCollection {
    private enum Storage {
        case values([TemplateValue])
        case made(count: Int, make: (Int) -> TemplateValue)
    }

    private let storage: Storage

    init(_ values: [TemplateValue]) {
        storage = .values(values)
    }

    /// `count` elements, `make(index)` giving each when it is read.
    init(count: Int, making make: @escaping (Int) -> TemplateValue) {
        storage = .made(count: count, make: make)
    }

    var startIndex: Int { 0 }

    var endIndex: Int {
        switch storage {
        case .values(let values): values.count
        case .made(let count, _): count
        }
    }

    subscript(position: Int) -> TemplateValue {
        switch storage {
        case .values(let values): values[position]
        case .made(_, let make): make(position)
        }
    }
}

/// A structure's fields for a template. The field names are shared by every structure of a
/// type (a year's calendar has hundreds of thousands of slots), each structure keeps only its
/// values, in the order the names were first met.
///
/// The classes here are used by one thread at a time, and their stored properties are read on
/// every field of every slot: they are marked `@exclusivity(unchecked)`, which leaves out the
/// run-time check of overlapping accesses (it was about 3 % of a calendar's time).
final class TemplateObject: MustacheParent {
    fileprivate let names: TemplateNames.Table
    @exclusivity(unchecked) fileprivate var values: [TemplateValue?] = []

    fileprivate init(names: TemplateNames.Table) {
        self.names = names
        values.reserveCapacity(names.names.count)
    }

    func child(named name: String) -> Any? {
        field(named: name)?.any
    }

    /// The field of that name; nil when the structure has none (or it was nil).
    func field(named name: String) -> TemplateValue? {
        guard let index = names.indices[name], index < values.count else { return nil }
        return values[index]
    }

    /// The field of that name, found by its number rather than a hash of its text.
    func field(_ name: FieldName) -> TemplateValue? {
        let indices = names.indexOfNumber
        guard name.number < indices.count, case let index = indices[name.number], index >= 0, index < values.count else { return nil }
        return values[index]
    }

    /// The indices of the fields, in the UTF-8 order of their names: the order JSON writes
    /// them in. A field not set has no ``value(at:)``.
    var sortedIndices: [Int] { names.sortedIndices }

    /// The value of the field at an index of ``sortedIndices``; nil when it is not set.
    func value(at index: Int) -> TemplateValue? {
        index < values.count ? values[index] : nil
    }

    /// The name of the field at an index of ``sortedIndices``.
    func name(at index: Int) -> String {
        names.names[index]
    }

    /// Sets the field of that name (one of the structure's, or a new one) to `value`: how a
    /// list made one element at a time takes the place of the one the structure gave.
    func replace(_ name: String, with value: TemplateValue) {
        set(value, named: name)
    }

    fileprivate func set(_ value: TemplateValue, named name: String) {
        // Structures of a type give their fields in one order: the next name is nearly always
        // the one after the last, found by a comparison rather than a hash.
        let next = values.count
        if next < names.names.count, names.names[next] == name {
            values.append(value)
            return
        }
        let index = names.index(of: name)
        if index >= values.count { values += Array(repeating: nil, count: index + 1 - values.count) }
        values[index] = value
    }
}

/// The field names of each structure type met while making the values of one calendar.
private final class TemplateNames {
    final class Table {
        @exclusivity(unchecked) var indices: [String: Int] = [:]
        /// The names by their index.
        @exclusivity(unchecked) var names: [String] = []

        /// The indices of `names`, in the UTF-8 order of the names; made again when a name was
        /// added since.
        var sortedIndices: [Int] {
            if sorted.count != names.count {
                sorted = names.indices.sorted { names[$0].utf8.lexicographicallyPrecedes(names[$1].utf8) }
            }
            return sorted
        }
        @exclusivity(unchecked) private var sorted: [Int] = []

        /// The index of each field name's ``FieldName/number``; -1 for a name these
        /// structures do not have.
        @exclusivity(unchecked) var indexOfNumber: [Int] = []

        func index(of name: String) -> Int {
            if let index = indices[name] { return index }
            indices[name] = names.count
            let number = FieldName.number(of: name)
            if number >= indexOfNumber.count { indexOfNumber += Array(repeating: -1, count: number + 1 - indexOfNumber.count) }
            indexOfNumber[number] = names.count
            names.append(name)
            return names.count - 1
        }
    }

    @exclusivity(unchecked) private var tables: [ObjectIdentifier: Table] = [:]

    /// The table of the structures whose fields are keyed by `Key`.
    func table(for key: Any.Type) -> Table {
        if let table = tables[ObjectIdentifier(key)] { return table }
        let table = Table()
        tables[ObjectIdentifier(key)] = table
        return table
    }
}

/// What one encoder has been given: a structure's fields, a list's elements, or one value.
private final class TemplateNode {
    let names: TemplateNames
    @exclusivity(unchecked) var object: TemplateObject?
    @exclusivity(unchecked) var elements: [TemplateValue]?
    @exclusivity(unchecked) var single: TemplateValue?
    /// Whether a nested container or super encoder was handed out: its node was stored here
    /// before it was filled, and is read out when this node is.
    var hasNested = false

    init(names: TemplateNames) {
        self.names = names
    }

    /// What was given; a nil (an optional that was nil, in a list) as Mustache reads a nil.
    var value: TemplateValue {
        if let object {
            if hasNested { object.values = object.values.map { $0.map(Self.readOut) } }
            return .object(object)
        }
        guard hasNested else { return elements.map { .list(TemplateList($0)) } ?? single ?? Self.none }
        if let elements { return .list(TemplateList(elements.map(Self.readOut))) }
        return single.map(Self.readOut) ?? Self.none
    }

    private static var none: TemplateValue { .other(Any?.none as Any) }

    /// A nested encoder's node, stored before it was filled, as what it was given.
    private static func readOut(_ value: TemplateValue) -> TemplateValue {
        guard case .other(let node as TemplateNode) = value else { return value }
        return node.value
    }

    /// A new encoder whose node is stored here under `key` (appended without one).
    func nestedEncoder(key: String?) -> TemplateValueEncoder {
        let encoder = TemplateValueEncoder(names: names)
        hasNested = true
        if let key { object?.set(.other(encoder.result), named: key) } else { elements?.append(.other(encoder.result)) }
        return encoder
    }
}

private struct TemplateValueEncoder: Encoder {
    let result: TemplateNode
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(names: TemplateNames) {
        result = TemplateNode(names: names)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if result.object == nil { result.object = TemplateObject(names: result.names.table(for: Key.self)) }
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
            node.object?.set(TemplateValues.of(value, names: node.names), named: key.stringValue)
        }

        // The types most fields have, taken without the generic path's casts.
        mutating func encode(_ value: String, forKey key: Key) { node.object?.set(.text(value), named: key.stringValue) }
        mutating func encode(_ value: Bool, forKey key: Key) { node.object?.set(.flag(value), named: key.stringValue) }
        mutating func encode(_ value: Int, forKey key: Key) { node.object?.set(.integer(value), named: key.stringValue) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) { if let value { encode(value, forKey: key) } }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { if let value { encode(value, forKey: key) } }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) { if let value { encode(value, forKey: key) } }

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
            node.elements?.append(TemplateValues.of(value, names: node.names))
        }

        mutating func encode(_ value: String) { node.elements?.append(.text(value)) }

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
            node.single = TemplateValues.single(value, names: node.names)
        }
    }
}

/// A field name with a number of its own, the same in every structure type: a compiled
/// template numbers its names once, and finds a field by its number in an array instead of
/// hashing the name for every slot it renders.
struct FieldName: Sendable {
    let number: Int

    init(_ text: String) {
        number = Self.number(of: text)
    }

    /// The number of `text`, given to it the first time it is asked for.
    static func number(of text: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let number = numbers[text] { return number }
        numbers[text] = numbers.count
        return numbers.count - 1
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var numbers: [String: Int] = [:]
}
