import Testing

@testable import WFLintKit

/// WF204 names, for each redundant entry, the earliest entry of the list that
/// covers it: a wider block anywhere in the list, or an equal one before it.
/// Pinned before the pairwise scan became a sort, so the two agree.
struct CIDRRedundancyTests {
    static let document = """
        WorkforceName: labelers
        SourceIpConfig:
          Cidrs:
            - 10.1.2.0/24
            - 10.0.0.0/8
            - 10.1.0.0/16
            - 0.0.0.0/0
            - 10.1.2.0/24
            - 192.168.0.0/16
            - 2001:db8::/32
            - 2001:db8:1::/48
            - 10.0.0.5/8
            - not-a-cidr
            - ::ffff:10.0.0.0/104

        """

    @Test func eachRedundantEntryNamesTheEarliestEntryThatCoversIt() throws {
        let linted = try lintWithBuiltinRules(Self.document)
        #expect(described(linted.findings, of: "WF204") == [
            #"4:7 /SourceIpConfig/Cidrs/0 CIDR "10.1.2.0/24" is already covered by "10.0.0.0/8" at 5:7"#,
            #"5:7 /SourceIpConfig/Cidrs/1 CIDR "10.0.0.0/8" is already covered by "0.0.0.0/0" at 7:7"#,
            #"6:7 /SourceIpConfig/Cidrs/2 CIDR "10.1.0.0/16" is already covered by "10.0.0.0/8" at 5:7"#,
            #"8:7 /SourceIpConfig/Cidrs/4 CIDR "10.1.2.0/24" is already covered by "10.1.2.0/24" at 4:7"#,
            #"9:7 /SourceIpConfig/Cidrs/5 CIDR "192.168.0.0/16" is already covered by "0.0.0.0/0" at 7:7"#,
            #"11:7 /SourceIpConfig/Cidrs/7 CIDR "2001:db8:1::/48" is already covered by "2001:db8::/32" at 10:7"#,
            #"12:7 /SourceIpConfig/Cidrs/8 CIDR "10.0.0.5/8" is already covered by "10.0.0.0/8" at 5:7"#,
        ])
    }

    /// Of equal blocks the later ones are reported, each naming the first; a
    /// wider block after them is named when it comes earlier than that first.
    @Test func equalBlocksNameTheFirstUnlessAWiderBlockComesEarlier() throws {
        let linted = try lintWithBuiltinRules("""
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs: [10.0.0.0/16, 10.0.0.0/16, 10.0.0.1/16, 2001:db8::/64, 2001:db8::/32, 2001:db8::/64]

            """)
        #expect(described(linted.findings, of: "WF204") == [
            #"3:24 /SourceIpConfig/Cidrs/1 CIDR "10.0.0.0/16" is already covered by "10.0.0.0/16" at 3:11"#,
            #"3:37 /SourceIpConfig/Cidrs/2 CIDR "10.0.0.1/16" is already covered by "10.0.0.0/16" at 3:11"#,
            #"3:50 /SourceIpConfig/Cidrs/3 CIDR "2001:db8::/64" is already covered by "2001:db8::/32" at 3:65"#,
            #"3:80 /SourceIpConfig/Cidrs/5 CIDR "2001:db8::/64" is already covered by "2001:db8::/64" at 3:50"#,
        ])
    }

    /// A short list is scanned pair by pair, a long one sorted: on every
    /// list of nested, equal and disjoint blocks they name the same covers.
    @Test func thePairwiseScanOfAShortListAgreesWithTheSort() throws {
        let blocks = try ["10.0.0.0/8", "10.1.0.0/16", "10.1.2.0/24", "10.1.2.3/24", "10.2.0.0/16", "0.0.0.0/0",
                          "192.168.0.0/16", "::/0", "2001:db8::/32", "::ffff:10.0.0.0/104"].map { try IPNetwork.parse($0).get() }
        var seed: UInt64 = 12_345
        for _ in 0..<500 {
            var list: [IPNetwork] = []
            for _ in 0..<(1 + Int(seed % 16)) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                list.append(blocks[Int(seed >> 33) % blocks.count])
            }
            let pairwise = CIDRRedundancy.pairwiseCovers(of: list)
            let sorted = CIDRRedundancy.sortedCovers(of: list)
            #expect(pairwise.map(\.entry) == sorted.map(\.entry) && pairwise.map(\.cover) == sorted.map(\.cover), "\(list)")
        }
    }
}
