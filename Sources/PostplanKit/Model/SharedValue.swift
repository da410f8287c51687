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
