/// The children of the collections still open, in one buffer shared by all of them.
///
/// When a collection closes, its children are moved out into an array of exactly their
/// number: no array grows child by child (a dozen keys would reallocate and move five times),
/// and no node is copied or retained on the way.
final class NodeStack {
    private var base: UnsafeMutablePointer<Node>
    private var capacity: Int
    /// How many nodes the open collections hold together.
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func push(_ node: consuming Node) {
        if count == capacity {
            let grown = UnsafeMutablePointer<Node>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: base, count: count)
            base.deallocate()
            base = grown
            capacity *= 2
        }
        (base + count).initialize(to: node)
        count += 1
    }

    /// Where the last node from `first` on ends (for one reached through an alias, where the
    /// alias stands); nil when there is none.
    func lastEnd(from first: Int) -> Position? {
        guard count > first else { return nil }
        let last = base + (count - 1)
        return last.pointee.aliasSpan?.end ?? last.pointee.span.end
    }

    /// The nodes from `first` on, as a sequence's entries.
    func popNodes(from first: Int) -> [Node] {
        let taken = count - first
        guard taken > 0 else { return [] }
        count = first
        return [Node](unsafeUninitializedCapacity: taken) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: base + first, count: taken)
            initialized = taken
        }
    }

    /// The nodes from `first` on, as a mapping's keys and values, alternating. A key without
    /// a value (libyaml never ends a mapping after one) is dropped.
    func popPairs(from first: Int) -> [Pair] {
        let pairCount = (count - first) / 2
        if (count - first) % 2 == 1 {
            (base + (count - 1)).deinitialize(count: 1)
        }
        count = first
        guard pairCount > 0 else { return [] }
        let source = base + first
        return [Pair](unsafeUninitializedCapacity: pairCount) { buffer, initialized in
            for index in 0..<pairCount {
                (buffer.baseAddress! + index).initialize(
                    to: Pair(key: (source + 2 * index).move(), value: (source + 2 * index + 1).move()))
            }
            initialized = pairCount
        }
    }
}
