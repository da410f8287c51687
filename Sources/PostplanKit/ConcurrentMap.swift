import Dispatch
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
