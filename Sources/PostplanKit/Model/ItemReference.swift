/// The ids an item defines and refers to, kept for every item with a readable id, even one
/// with errors elsewhere, so that duplicate ids and unknown channels are reported in the same
/// run as the item's other problems.
public struct ItemReference: Sendable {
    public var id: Located<String>
    /// How the item is named in messages, like "poll 'cert-poll'".
    public var displayName: String
    public var channels: [Located<String>]
    public var variantChannels: [Located<String>]

    public init(id: Located<String>, displayName: String, channels: [Located<String>], variantChannels: [Located<String>]) {
        self.id = id
        self.displayName = displayName
        self.channels = channels
        self.variantChannels = variantChannels
    }
}
