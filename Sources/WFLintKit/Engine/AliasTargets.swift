import DocumentModel

/// The nodes a document's aliases name, found in one walk of the written
/// tree: which nodes are shared (`SharedUses`), and where an edit lies
/// relative to them (`reach(of:)`): an edit inside one changes every use of
/// it at once, and one that cuts into one (or removes it, with its anchor)
/// would leave an alias naming nothing.
struct AliasTargets: Sendable {
    private let nodes: Set<ObjectIdentifier>
    /// The targets' byte ranges by start, and the largest end among each
    /// prefix of them: an overlap test is then two binary searches, not a
    /// scan of every anchor for every fix (100,000 anchors and 10,000
    /// fixable findings took a second that way).
    private let starts: [Int]
    private let ends: [Int]
    private let largestEnds: [Int]
    /// For each target (in the order of `starts`), the innermost target that
    /// encloses it, or -1: node ranges nest or are apart, so the targets that
    /// hold an edit are one chain of these links.
    private let enclosing: [Int]
    /// For each target, the `*name` of one alias that names it: where the
    /// anchor's name is read from.
    private let aliasSites: [ByteRange]

    /// The targets of every alias in `document`, its merge keys' included.
    init(of document: Document) {
        self.init(of: document.root, mergeSources: document.mergeSources)
    }

    /// The targets of every alias under `root` and in `mergeSources` (the
    /// values of merge keys, which the tree leaves out: a fix inside a merged
    /// mapping changes every mapping that merges it). `contains`'s shared
    /// nodes are the tree's own targets and the members' values an alias in
    /// a merge key brings (`<<: *s`): a merging mapping is a node of its own,
    /// which the checks visit apart, but the values it merges are the
    /// anchored mapping's, used again in each (400 workforces merging one
    /// 1,000-CIDR list had it checked 400 times: 8 s).
    init(of root: Node, mergeSources: [Node] = []) {
        var seen: Set<ObjectIdentifier> = []
        var targets: [(range: ByteRange, site: ByteRange)] = []
        Self.collectTargets(under: [root], seen: &seen, into: &targets)
        let nodes = seen.union(Self.mergedValues(of: mergeSources))
        Self.collectTargets(under: mergeSources, seen: &seen, into: &targets)
        targets.sort { $0.range.start < $1.range.start }
        self.nodes = nodes
        self.starts = targets.map(\.range.start)
        self.ends = targets.map(\.range.end)
        self.aliasSites = targets.map(\.site)
        var largest = Int.min
        self.largestEnds = targets.map { target in
            largest = max(largest, target.range.end)
            return largest
        }
        self.enclosing = Self.enclosingTargets(targets.map(\.range))
    }

    /// Each alias's target under `roots` not yet `seen`, with the alias's
    /// text, found without entering an alias (its content is written
    /// elsewhere in the same tree) and with a stack of its own, not the call
    /// stack: documents nest deep.
    private static func collectTargets(
        under roots: [Node], seen: inout Set<ObjectIdentifier>, into targets: inout [(range: ByteRange, site: ByteRange)]
    ) {
        var pending = roots
        while let node = pending.popLast() {
            if let target = node.aliasTarget {
                if seen.insert(ObjectIdentifier(target)).inserted { targets.append((target.bytes, node.bytes)) }
                continue
            }
            switch node.content {
            case .scalar: break
            case .sequence(let items): pending.append(contentsOf: items)
            case .mapping(let entries):
                for entry in entries { pending.append(entry.key); pending.append(entry.value) }
            }
        }
    }

    /// The values of the members the aliases in `mergeSources` bring (an
    /// alias, or a list of them); a mapping written in the merge key itself
    /// has that one use.
    private static func mergedValues(of mergeSources: [Node]) -> Set<ObjectIdentifier> {
        var values: Set<ObjectIdentifier> = []
        for source in mergeSources {
            let aliases = source.elements ?? [source]
            for alias in aliases {
                guard let target = alias.aliasTarget, let entries = target.entries else { continue }
                for entry in entries { values.insert(ObjectIdentifier(entry.value.written)) }
            }
        }
        return values
    }

    /// Each range's innermost enclosing range (-1 for none), for ranges sorted
    /// by start that nest or lie apart: a stack of the open ones.
    private static func enclosingTargets(_ ranges: [ByteRange]) -> [Int] {
        var open: [Int] = []
        return ranges.indices.map { index in
            while let last = open.last, ranges[last].end < ranges[index].end { open.removeLast() }
            defer { open.append(index) }
            return open.last ?? -1
        }
    }

    /// Whether an alias names `node` (or `node` is an alias).
    func contains(_ node: Node) -> Bool { nodes.contains(ObjectIdentifier(node.written)) }

    /// Where an edit of `range` lies relative to the aliased nodes.
    enum Reach: Equatable {
        /// It touches none: it changes one place.
        case outside
        /// It lies inside these targets' text, past their anchors (the `*name`
        /// of an alias of each, innermost first): it changes every use of each.
        case inside([ByteRange])
        /// It overlaps a target without lying inside it: it would cut into the
        /// node, or remove it with its anchor, which its aliases name.
        case across
    }

    /// Where an edit of `range` lies: inside a target is after its first byte
    /// (its anchor or tag) and up to its end; touching is sharing a byte, or
    /// an empty range at a target's edge.
    func reach(of range: ByteRange) -> Reach {
        guard touch(range) else { return .outside }
        // A target starting inside the edit (or where an empty one is) is cut or removed.
        if count(startingBefore: max(range.end, range.start + 1)) > count(startingBefore: range.start) { return .across }
        // Every other target touched starts before the edit, so it encloses
        // the last one that does, or is it.
        var holders: [ByteRange] = []
        var index = count(startingBefore: range.start) - 1
        while index >= 0 {
            if ends[index] > range.start || (range.isEmpty && ends[index] == range.start) {
                guard ends[index] >= range.end else { return .across }
                holders.append(aliasSites[index])
            }
            index = enclosing[index]
        }
        return holders.isEmpty ? .across : .inside(holders)
    }

    /// Whether `range` overlaps a target, or lies inside one (an empty range
    /// at a target's edge included).
    private func touch(_ range: ByteRange) -> Bool {
        let overlapping = count(startingBefore: range.end)
        if overlapping > 0 && largestEnds[overlapping - 1] > range.start { return true }
        let enclosing = count(startingBefore: range.start + 1)
        return enclosing > 0 && largestEnds[enclosing - 1] >= range.end
    }

    /// How many targets start before `offset`.
    private func count(startingBefore offset: Int) -> Int {
        starts.partitionPoint { $0 < offset }
    }
}
