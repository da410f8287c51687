import Foundation
import Testing

@testable import PostplanKit

/// `DecodedFileCache`: the second side of a diff decodes only the files that differ.
@Suite("DecodedFileCache")
struct DecodedFileCacheTests {
    static let base = [
        "/repo/plans/channels.yaml": PlanDiffTests.channels, "/repo/plans/week.yaml": PlanDiffTests.week,
    ]
    static let head = base.merging(["/repo/plans/week.yaml": PlanDiffTests.edited([("Hello.", "Hello again.")])]) { $1 }

    static func open(_ files: [String: String], cache: DecodedFileCache?) throws -> PlanRepository {
        try PlanRepository.open(
            ["/repo/plans"], on: InMemoryFileSystem(files: files), today: PlanDiffTests.today, options: .init(decodedFiles: cache))
    }

    @Test("a file with the same path and bytes is kept for the next open; other bytes at that path are not found")
    func keepsByPathAndBytes() throws {
        let cache = DecodedFileCache()
        _ = try Self.open(Self.base, cache: cache)
        let channels = Array(PlanDiffTests.channels.utf8)
        #expect(cache.decoded(at: "/repo/plans/channels.yaml", bytes: channels)?.file?.channels.count == 2)
        #expect(cache.decoded(at: "/repo/plans/channels.yaml", bytes: channels + Array("\n".utf8)) == nil)
        #expect(cache.decoded(at: "/repo/plans/other.yaml", bytes: channels) == nil)
    }

    @Test("a repo opened after another with one cache reads its own changed file")
    func changedFileIsDecodedAgain() throws {
        let cache = DecodedFileCache()
        _ = try Self.open(Self.base, cache: cache)
        let head = try Self.open(Self.head, cache: cache)
        #expect(head.workspace.items.first { $0.id.value == "hello" }?.text?.value == "Hello again.")
    }

    @Test("a diff of two repos opened with one cache is the diff of the two opened without it")
    func sameDiff() throws {
        let cache = DecodedFileCache()
        let shared = try Self.open(Self.head, cache: cache).diff(from: Self.open(Self.base, cache: cache))
        let separate = try Self.open(Self.head, cache: nil).diff(from: Self.open(Self.base, cache: nil))
        #expect(shared == separate)
        #expect(!shared.changes.isEmpty)
    }
}
