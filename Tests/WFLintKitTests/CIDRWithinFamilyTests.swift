import Testing
@testable import WFLintKit

/// `cidr`'s `within:` compares an entry with the ranges of its own family, as
/// docs/rule-packs.md says: with only IPv4 ranges, every IPv6 entry is
/// outside them and reported; an IPv6 range lets IPv6 entries in.
@Suite struct CIDRWithinFamilyTests {
    static func findings(within: String, cidrs: String) throws -> [String] {
        let pack = """
            pack: {name: t}
            rules:
              - id: T001
                name: cidr-outside
                severity: error
                summary: s
                description: d
                target: SourceIpConfig.Cidrs[*]
                check: {function: cidr, within: \(within)}
                message: 'CIDR "{value}" is outside {within}'
                examples:
                  valid: ["WorkforceName: w"]
                  invalid:
                    - yaml: "WorkforceName: w\\nSourceIpConfig: {Cidrs: \(cidrs)}\\n"
                      findings: ["1:1"]
            """
        let (set, rule) = try RuleTestSupport.ruleSet(adding: pack, rule: "T001")
        let own = RuleExampleVerifier(ruleSet: set).findings(of: rule, on: rule.examples.invalid[0]).own
        return own.map { "\($0.range.start) \($0.message)" }
    }

    @Test func ipv6EntriesAreOutsideIPv4OnlyRanges() throws {
        #expect(try Self.findings(within: "[10.0.0.0/8]", cidrs: #"[10.1.0.0/16, '2001:db8::/32']"#)
            == [#"2:39 CIDR "2001:db8::/32" is outside 10.0.0.0/8"#])
    }

    @Test func anIPv6RangeLetsIPv6EntriesIn() throws {
        #expect(try Self.findings(within: "[10.0.0.0/8, '::/0']", cidrs: #"[10.1.0.0/16, '2001:db8::/32', 192.0.2.0/24]"#)
            == [#"2:56 CIDR "192.0.2.0/24" is outside 10.0.0.0/8, ::/0"#])
    }
}

/// `within` looks a network up at each prefix length its ranges have
/// (`NetworkRanges`), not range by range: the same answer as comparing with
/// each, for random ranges and networks of both families, nested, equal,
/// disjoint and mapped (`::ffff:10.0.0.0/104` is no IPv4 range).
@Suite struct NetworkRangesTests {
    static func network(_ random: inout SplitMix64) -> IPNetwork {
        // Few distinct high bits, so that ranges and networks often nest.
        let isIPv4 = random.next(below: 2) == 0
        let width = isIPv4 ? 32 : 128
        let prefix = Int(random.next(below: UInt64(width + 1)))
        let high = UInt128(random.next(below: 4)) << (width - 2)
        let low = UInt128(random.next()) & ((UInt128(1) << (width - 2)) - 1)
        return IPNetwork(family: isIPv4 ? .ipv4 : .ipv6, address: high | low, prefixLength: prefix)
    }

    @Test func aLookupAnswersAsEachRangeDoes() {
        var random = SplitMix64(seed: 20_261_207)
        for _ in 0..<200 {
            let ranges = (0..<Int(random.next(below: 12))).map { _ in Self.network(&random) }
            let lookup = NetworkRanges(ranges)
            for _ in 0..<50 {
                let network = Self.network(&random)
                #expect(lookup.contains(network) == ranges.contains { $0.contains(network) }, "\(ranges) \(network)")
            }
        }
        let mapped = NetworkRanges([IPNetwork(family: .ipv6, address: UInt128(0xFFFF_0A00_0000), prefixLength: 104)])
        #expect(!mapped.contains(IPNetwork(family: .ipv4, address: 0x0A01_0000, prefixLength: 16)))
    }
}
