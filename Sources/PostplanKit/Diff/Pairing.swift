/// How the times of one item on one channel on two sides are matched: times both sides have
/// stay, the rest are paired in order as moves, and what is left over was added or removed.
/// A repeat whose `until` grows keeps its old times and gains new ones; a post that moves
/// pairs its one time with its other one.
struct Pairing<Element> {
    /// Base and head elements at another time.
    var moved: [(before: Element, after: Element)] = []
    /// Base elements the head has no time left for.
    var removed: [Element] = []
    /// Head elements the base has no time left for.
    var added: [Element] = []

    /// Pairs `base` with `head`, both in time order, by the times `time` gives.
    init(base: [Element], head: [Element], time: (Element) -> Int) {
        var unmatched: [Int: Int] = [:]
        for element in head { unmatched[time(element), default: 0] += 1 }
        var leftBase: [Element] = []
        for element in base {
            if let count = unmatched[time(element)], count > 0 {
                unmatched[time(element)] = count - 1
            } else {
                leftBase.append(element)
            }
        }
        var kept: [Int: Int] = [:]
        for element in base { kept[time(element), default: 0] += 1 }
        var leftHead: [Element] = []
        for element in head {
            if let count = kept[time(element)], count > 0 {
                kept[time(element)] = count - 1
            } else {
                leftHead.append(element)
            }
        }
        let pairs = min(leftBase.count, leftHead.count)
        moved = (0..<pairs).map { (leftBase[$0], leftHead[$0]) }
        removed = Array(leftBase.dropFirst(pairs))
        added = Array(leftHead.dropFirst(pairs))
    }
}
