import Synchronization
import Testing

@testable import PostplanKit

@Suite("Values made side by side, handed on in order, a bounded number ahead")
struct ConcurrentMakingTests {
    @Test("every value is handed on once, in the order of its index")
    func inOrder() {
        var handed: [Int] = []
        concurrentlyMaking(200, window: 3) {
            $0 * 2
        } consume: {
            handed.append($0)
        }
        #expect(handed == (0..<200).map { $0 * 2 })
    }

    @Test("no more values than the window are made and not yet handed on")
    func boundedByWindow() {
        // Made or being made, not yet handed on: raised when a value starts, lowered when it is handed on.
        let held = Atomic<Int>(0), most = Atomic<Int>(0)
        concurrentlyMaking(300, window: 3) { index in
            let now = held.add(1, ordering: .sequentiallyConsistent).newValue
            most.max(now, ordering: .sequentiallyConsistent)
            return index
        } consume: { _ in
            held.subtract(1, ordering: .sequentiallyConsistent)
        }
        #expect(most.load(ordering: .sequentiallyConsistent) <= 3)
        #expect(held.load(ordering: .sequentiallyConsistent) == 0)
    }

    @Test("nothing is made for no values")
    func none() {
        var handed = 0
        concurrentlyMaking(0, window: 2) {
            $0
        } consume: { _ in
            handed += 1
        }
        #expect(handed == 0)
    }
}
