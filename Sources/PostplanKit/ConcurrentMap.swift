import Dispatch
import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `transform(0)`, `transform(1)` ... `transform(count - 1)` in that order, worked out side by
    /// side on all cores (one element is worked out on the calling thread).
    init(concurrentlyMapping count: Int, _ transform: @Sendable (Int) -> Element) {
        guard count > 1 else {
            self = (0..<count).map(transform)
            return
        }
        let results = Mutex([Element?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = transform(index)
            results.withLock { $0[index] = result }
        }
        // concurrentPerform runs every iteration once before it returns.
        self = results.withLock { $0.map { $0! } }
    }
}

extension Array where Element: Sendable {
    /// `body` of each run of the elements, the runs side by side on all cores, in order. Sixteen
    /// runs keep a few cores busy even when some elements take longer than others.
    func inRuns<Result: Sendable>(_ body: @Sendable (ArraySlice<Element>) -> Result) -> [Result] {
        let runs = Swift.min(count, 16)
        return [Result](concurrentlyMapping: runs) { run in
            body(self[count * run / runs..<count * (run + 1) / runs])
        }
    }
}

/// `make(0)`, `make(1)` ... `make(count - 1)` worked out side by side on all cores, each handed
/// to `consume` on the calling thread, in that order, as soon as it and those before it are
/// done. A value is started only while fewer than `window` are being made, or made and not yet
/// handed on and consumed, so what is held stays bounded however many values there are.
func concurrentlyMaking<Value: Sendable>(
    _ count: Int, window: Int, _ make: @Sendable (Int) -> Value, consume: (Value) -> Void
) {
    guard count > 0 else { return }
    let workers = Swift.min(window, count, ProcessInfo.processInfo.activeProcessorCount)
    let made = Mutex([Value?](repeating: nil, count: count))
    let next = Atomic<Int>(0)
    let ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    let room = DispatchSemaphore(value: window)
    let done = DispatchGroup()
    withoutActuallyEscaping(make) { make in
        for _ in 0..<workers {
            DispatchQueue.global().async(group: done) {
                while true {
                    room.wait()
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < count else {
                        room.signal()
                        return
                    }
                    let value = make(index)
                    made.withLock { $0[index] = value }
                    ready[index].signal()
                }
            }
        }
        for index in 0..<count {
            ready[index].wait()
            consume(made.withLock { $0[index].take()! })
            room.signal()
        }
        done.wait()
    }
}
