/// Every item of a plan repo, in file order, as one collection with `Int` indices, kept in
/// the arrays each file was decoded into: putting them into one array would hold every item
/// twice while it is made, and that moment was the peak of a large repo's memory.
public struct ItemList: RandomAccessCollection, Sendable {
    /// The files' item arrays, in file order, without empty ones.
    private let chunks: [[Item]]
    /// The index of each chunk's first item; one more entry, the total count, at the end.
    private let starts: [Int]

    init(_ chunks: [[Item]]) {
        self.chunks = chunks.filter { !$0.isEmpty }
        var starts = [0]
        starts.reserveCapacity(self.chunks.count + 1)
        for chunk in self.chunks { starts.append(starts[starts.count - 1] + chunk.count) }
        self.starts = starts
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts[starts.count - 1] }

    public subscript(position: Int) -> Item {
        precondition(position >= 0 && position < endIndex, "item index out of range")
        // The last chunk starting at or before `position`.
        var low = 0, high = chunks.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return chunks[low][position - starts[low]]
    }

    /// Walks chunk by chunk, without a search per item.
    public func makeIterator() -> FlattenSequence<[[Item]]>.Iterator {
        chunks.joined().makeIterator()
    }
}
