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
