/// Which entries of a CIDR list another entry already covers, in O(n log n).
///
/// An entry is covered by every entry whose block contains it, except an
/// equal one that comes later; it names the earliest of those in list order.
/// Blocks are nested or disjoint, so after sorting by family, network
/// address and prefix (wider first) the blocks that contain an entry are
/// exactly a stack of enclosing blocks, each carrying the earliest list index
/// among itself and the blocks around it.
enum CIDRRedundancy {
    /// For each covered entry, by index in `networks`: the index of the entry
    /// that covers it. Covered entries come in list order.
    static func covers(of networks: [IPNetwork]) -> [(entry: Int, cover: Int)] {
        let order = networks.indices.sorted { sortsBefore(networks[$0], $0, networks[$1], $1) }
        var enclosing: [(block: IPNetwork, earliest: Int)] = []
        var found: [(entry: Int, cover: Int)] = []
        var start = 0
        while start < order.count {
            let block = networks[order[start]].network
            var end = start + 1
            while end < order.count, networks[order[end]].network == block { end += 1 }
            while let top = enclosing.last, !top.block.contains(block) { enclosing.removeLast() }
            // Equal entries sorted by index: the first of them is an earlier equal of each later one.
            let first = order[start]
            let earliestAround = enclosing.last?.earliest
            if let earliestAround { found.append((first, earliestAround)) }
            for entry in order[(start + 1)..<end] { found.append((entry, min(earliestAround ?? first, first))) }
            enclosing.append((block, min(earliestAround ?? first, first)))
            start = end
        }
        return found.sorted { $0.entry < $1.entry }
    }

    /// Family, then network address, then the wider block, then list order.
    private static func sortsBefore(_ a: IPNetwork, _ aIndex: Int, _ b: IPNetwork, _ bIndex: Int) -> Bool {
        if a.family != b.family { return a.family == .ipv4 }
        if a.networkAddress != b.networkAddress { return a.networkAddress < b.networkAddress }
        if a.prefixLength != b.prefixLength { return a.prefixLength < b.prefixLength }
        return aIndex < bIndex
    }
}
