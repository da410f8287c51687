import Testing

@testable import PostplanKit

@Suite("Workspace: the item list over the files' arrays")
struct ItemListTests {
    static let plan = """
        postplan: 1
        channels:
          urs: { platform: linkedin }
        items:
          - { id: a, kind: post, channels: [urs], at: 2026-11-24 09:00, text: A }
          - { id: b, kind: post, channels: [urs], at: 2026-11-25 09:00, text: B }
          - { id: c, kind: post, channels: [urs], at: 2026-11-26 09:00, text: C }
          - { id: d, kind: post, channels: [urs], at: 2026-11-27 09:00, text: D }
        """

    @Test("indices run across the files' arrays in file order, skipping empty files")
    func subscriptAcrossChunks() throws {
        let items = try validItems(Self.plan)
        let list = ItemList([[items[0]], [], [items[1], items[2]], [], [items[3]]])
        #expect(list.count == 4)
        #expect(list.indices.map { list[$0].id.value } == ["a", "b", "c", "d"])
    }

    @Test("iterating gives the same items, in the same order, as the indices")
    func iterationMatchesIndices() throws {
        let items = try validItems(Self.plan)
        let list = ItemList([[items[0], items[1]], [items[2], items[3]]])
        #expect(list.map(\.id.value) == ["a", "b", "c", "d"])
        #expect(list.enumerated().allSatisfy { offset, item in list[offset].id == item.id })
    }

    @Test("a repo without items is an empty list")
    func empty() {
        let list = ItemList([[], []])
        #expect(list.isEmpty)
        #expect(list.startIndex == list.endIndex)
    }
}
