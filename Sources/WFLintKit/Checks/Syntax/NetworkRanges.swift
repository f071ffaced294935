/// IP ranges that tell whether a network lies in any of them (a pack's
/// `cidr` `within`): by a hash lookup at each prefix length the ranges
/// have (at most 33 for IPv4, 129 for IPv6), not a comparison with each
/// range. A list of 20,000 ranges, each compared with each of 20,000 CIDRs,
/// took 11 s.
struct NetworkRanges: Sendable {
    /// By family (IPv4 first), each prefix length the ranges have, ascending,
    /// with the network addresses of the ranges of that length.
    private let byLength: [[(prefixLength: Int, networks: Set<UInt128>)]]

    init(_ ranges: [IPNetwork]) {
        byLength = IPNetwork.Family.allCases.map { family in
            var networks: [Int: Set<UInt128>] = [:]
            for range in ranges where range.family == family {
                networks[range.prefixLength, default: []].insert(range.networkAddress)
            }
            return networks.sorted { $0.key < $1.key }.map { (prefixLength: $0.key, networks: $0.value) }
        }
    }

    /// Whether every address of `network` lies in one of the ranges, as
    /// `IPNetwork.contains` tells: families never mix.
    func contains(_ network: IPNetwork) -> Bool {
        guard let family = IPNetwork.Family.allCases.firstIndex(of: network.family) else { return false }
        for (prefixLength, networks) in byLength[family] {
            guard prefixLength <= network.prefixLength else { break }
            let masked = IPNetwork(family: network.family, address: network.address, prefixLength: prefixLength)
            if networks.contains(masked.networkAddress) { return true }
        }
        return false
    }
}
