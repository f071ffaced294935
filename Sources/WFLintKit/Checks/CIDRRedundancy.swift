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
        networks.count <= 16 ? pairwiseCovers(of: networks) : sortedCovers(of: networks)
    }

    /// `covers` of a short list (an allow list holds at most ten): each entry
    /// compared with the others in list order, which finds the earliest
    /// cover first. The sort's list of indices, its comparisons and its
    /// stack cost about 3.4 K instructions a list (callgrind, 500 clean files).
    static func pairwiseCovers(of networks: [IPNetwork]) -> [(entry: Int, cover: Int)] {
        let blocks = networks.map { $0.network }
        return blocks.indices.compactMap { entry in
            blocks.indices.first { other in
                other != entry && blocks[other].contains(blocks[entry]) && (other < entry || blocks[other] != blocks[entry])
            }.map { (entry, $0) }
        }
    }

    /// `covers` in O(n log n), for a long list.
    static func sortedCovers(of networks: [IPNetwork]) -> [(entry: Int, cover: Int)] {
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
