import DocumentModel

/// The nodes a document's aliases name, found in one walk of the written
/// tree: which nodes are shared (`SharedUses`), and whether an edit touches
/// one (a fix there would change every use at once, so none is offered).
struct AliasTargets: Sendable {
    private let nodes: Set<ObjectIdentifier>
    /// The targets' byte ranges by start, and the largest end among each
    /// prefix of them: an overlap test is then two binary searches, not a
    /// scan of every anchor for every fix (100,000 anchors and 10,000
    /// fixable findings took a second that way).
    private let starts: [Int]
    private let largestEnds: [Int]

    /// The targets of every alias under `root`, found without entering an
    /// alias (its content is written elsewhere in the same tree) and with a
    /// stack of its own, not the call stack: documents nest deep.
    init(of root: Node) {
        var nodes: Set<ObjectIdentifier> = []
        var ranges: [ByteRange] = []
        var pending = [root]
        while let node = pending.popLast() {
            if let target = node.aliasTarget {
                if nodes.insert(ObjectIdentifier(target)).inserted { ranges.append(target.bytes) }
                continue
            }
            switch node.content {
            case .scalar: break
            case .sequence(let items): pending.append(contentsOf: items)
            case .mapping(let entries):
                for entry in entries { pending.append(entry.key); pending.append(entry.value) }
            }
        }
        ranges.sort { $0.start < $1.start }
        self.nodes = nodes
        self.starts = ranges.map(\.start)
        var largest = Int.min
        self.largestEnds = ranges.map { range in
            largest = max(largest, range.end)
            return largest
        }
    }

    /// Whether an alias names `node` (or `node` is an alias).
    func contains(_ node: Node) -> Bool { nodes.contains(ObjectIdentifier(node.written)) }

    /// Whether `range` overlaps a target, or lies inside one (an empty range
    /// at a target's edge included).
    func touch(_ range: ByteRange) -> Bool {
        let overlapping = count(startingBefore: range.end)
        if overlapping > 0 && largestEnds[overlapping - 1] > range.start { return true }
        let enclosing = count(startingBefore: range.start + 1)
        return enclosing > 0 && largestEnds[enclosing - 1] >= range.end
    }

    /// How many targets start before `offset`.
    private func count(startingBefore offset: Int) -> Int {
        var (low, high) = (0, starts.count)
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
