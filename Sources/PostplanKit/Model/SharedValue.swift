/// A value kept behind one immutable reference: copying it costs one retain, however many
/// texts and lists it holds; changing it makes a new reference. For values that are copied
/// often and changed rarely, such as items (copied into every platform check, occurrence and
/// calendar slot) and profile facts (copied out of the profile by every rule that asks).
struct SharedValue<Value: Sendable>: Sendable {
    private final class Box: Sendable {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }

    private var box: Box

    init(_ value: Value) {
        box = Box(value)
    }

    var value: Value {
        get { box.value }
        set { box = Box(newValue) }
    }
}

/// Fields a value of a type mostly leaves unset, kept together (``RareFields``).
protocol RareFieldSet: Sendable {
    /// Every field unset.
    init()
    /// Whether every field is unset.
    var isEmpty: Bool { get }
}

/// Fields most values leave unset, kept behind one optional reference: one word while all of
/// them are unset, instead of room for each in every value (an item's link, first comment and
/// content warning, a medium's page count and size: a few hundred bytes of each of 100,000
/// items).
struct RareFields<Fields: RareFieldSet>: Sendable {
    private var shared: SharedValue<Fields>?

    init(_ fields: Fields) {
        shared = fields.isEmpty ? nil : SharedValue(fields)
    }

    var fields: Fields {
        get { shared?.value ?? Fields() }
        set { shared = newValue.isEmpty ? nil : SharedValue(newValue) }
    }
}
