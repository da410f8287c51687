/// The ids an item defines and refers to, kept for every item with a readable id, even one
/// with errors elsewhere, so that duplicate ids and unknown channels are reported in the same
/// run as the item's other problems.
///
/// The fields are a `SharedValue`, so that a copy is one retain.
public struct ItemReference: Sendable {
    private struct Values: Sendable {
        var id: Located<String>
        var displayName: String
        var channels: [Located<String>]
        var variantChannels: [Located<String>]
    }

    private var values: SharedValue<Values>

    public var id: Located<String> {
        get { values.value.id }
        set { values.value.id = newValue }
    }

    /// How the item is named in messages, like "poll 'cert-poll'".
    public var displayName: String {
        get { values.value.displayName }
        set { values.value.displayName = newValue }
    }

    public var channels: [Located<String>] {
        get { values.value.channels }
        set { values.value.channels = newValue }
    }

    public var variantChannels: [Located<String>] {
        get { values.value.variantChannels }
        set { values.value.variantChannels = newValue }
    }

    public init(id: Located<String>, displayName: String, channels: [Located<String>], variantChannels: [Located<String>]) {
        values = SharedValue(
            Values(
                id: id,
                displayName: displayName,
                channels: channels,
                variantChannels: variantChannels))
    }
}
