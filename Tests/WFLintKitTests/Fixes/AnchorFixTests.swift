import Testing
@testable import WFLintKit

/// A fix whose edit lies inside an anchored node that an alias uses changes
/// every use at once: it is offered as unsafe, and says so. The finding each
/// use of the node gets carries that one fix, applied once.
@Suite struct AnchorFixTests {
    static let arn = "arn:aws:sagemaker:us-east-1:123456789012:workforce"

    /// A ListWorkforces response whose second workforce uses the first's SourceIpConfig.
    static let sharedConfig = """
        Workforces:
          - WorkforceName: labelers
            WorkforceArn: \(arn)/labelers
            SourceIpConfig: &sip
              Cidrs: [10.0.0.1/16, 192.168.0.0/16]  # office, lab
          - WorkforceName: vendors
            WorkforceArn: \(arn)/vendors
            SourceIpConfig: *sip

        """

    @Test func eachUseOfASharedNodeCarriesTheSameUnsafeFix() throws {
        let name = "workforces.yaml"
        let fix = "(changes every alias of &sip) (unsafe)"
        #expect(try fixesOffered("WF203", in: Self.sharedConfig, name: name) == [
            #"5:15 /Workforces/0/SourceIpConfig/Cidrs/0 CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16" -> Write the network address 10.0.0.0/16 "# + fix,
            #"8:21 /Workforces/1/SourceIpConfig/Cidrs/0 CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16" -> Write the network address 10.0.0.0/16 "# + fix,
        ])
        let findings = try lintWithBuiltinRules(Self.sharedConfig, name: name).findings
        let fixes = findings.compactMap(\.fix)
        #expect(fixes.count == 2 && fixes[0] == fixes[1])
        // Safe fixes only: nothing to do.
        expectUnchanged(Self.sharedConfig, name: name, includingUnsafe: false)
        // The fix both findings carry is applied once.
        #expect(FixSelection.nonOverlapping(findings, includingUnsafe: true) == [fixes[0]])
        try expectFixed(
            Self.sharedConfig, name: name,
            to: Self.sharedConfig.replacingOccurrences(of: "[10.0.0.1/16,", with: "[10.0.0.0/16,"),
            removing: "WF203", appliedCount: 1, includingUnsafe: true)
        let fixed = fixedWithBuiltinRules(Self.sharedConfig, name: name, includingUnsafe: true)
        #expect(fixed.linted.findings.isEmpty)
    }

    @Test func aWorkforceUsedTwiceIsFixedOnceForBoth() throws {
        let input = """
            Workforces:
              - &first
                WorkforceName: labelers
                WorkforceArn: \(Self.arn)/labelers
                WorkforceVpcConfig:
                  VpcId: vpc-12345678
                  SecurityGroupIds: [sg-12345678, sg-12345678]
                  Subnets: [subnet-12345678]
                  VpcEndpointId: vpce-12345678
              - *first

            """
        let name = "workforces.yaml"
        #expect(try fixesOffered("WF214", in: input, name: name) == [
            #"7:39 /Workforces/0/WorkforceVpcConfig/SecurityGroupIds/1 duplicate id "sg-12345678", first listed at 7:26 -> Remove the repeated entry (changes every alias of &first) (unsafe)"#,
            #"10:5 /Workforces/1/WorkforceVpcConfig/SecurityGroupIds/1 duplicate id "sg-12345678", first listed at 7:26 -> Remove the repeated entry (changes every alias of &first) (unsafe)"#,
        ])
        try expectFixed(
            input, name: name,
            to: input.replacingOccurrences(of: "[sg-12345678, sg-12345678]", with: "[sg-12345678]"),
            removing: "WF214", appliedCount: 1, includingUnsafe: true)
    }

    @Test func nestedAnchorsAreAllNamed() throws {
        let input = """
            WorkforceName: labelers
            SourceIpConfig: &sip
              Cidrs: &cidrs ['10.0.0.1/16']
            Tags: [{Key: a, Value: *cidrs}, {Key: b, Value: *sip}]

            """
        #expect(try fixesOffered("WF203", in: input) == [
            #"3:18 /SourceIpConfig/Cidrs/0 CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16" -> Write the network address 10.0.0.0/16 (changes every alias of &cidrs, &sip) (unsafe)"#
        ])
        try expectFixed(
            input, to: input.replacingOccurrences(of: "'10.0.0.1/16'", with: "'10.0.0.0/16'"),
            removing: "WF203", appliedCount: 1, includingUnsafe: true)
    }

    /// A ListWorkforces response whose second workforce merges the first (`<<: *base`).
    static let mergedWorkforce = """
        Workforces:
          - &base
            WorkforceName: a
            WorkforceArn: \(arn)/a
            Status: active
            SourceIpConfig:
              Cidrs: [10.0.0.1/24, 10.0.0.0/8]
          - <<: *base
            WorkforceName: b
            WorkforceArn: \(arn)/b

        """

    /// A finding of `mergedWorkforce` and its fix as `fixesOffered` gives it,
    /// at `position` and `path` in both workforces.
    static func atBothWorkforces(_ position: String, _ path: String, _ findingAndFix: String) -> [String] {
        (0...1).map { "\(position) /Workforces/\($0)\(path) \(findingAndFix) (changes every alias of &base) (unsafe)" }
    }

    /// A merge key uses its anchored mapping as an alias does: the tree holds
    /// the merged members, not the `<<` entry, yet a fix inside them changes
    /// every mapping that merges them.
    @Test func aFixInsideAMergedMappingIsUnsafe() throws {
        let name = "workforces.yaml"
        #expect(try fixesOffered("WF203", in: Self.mergedWorkforce, name: name) == Self.atBothWorkforces(
            "7:15", "/SourceIpConfig/Cidrs/0",
            #"CIDR "10.0.0.1/24" has host bits set; the block it allows is "10.0.0.0/24" -> Write the network address 10.0.0.0/24"#))
        #expect(try fixesOffered("WF204", in: Self.mergedWorkforce, name: name) == Self.atBothWorkforces(
            "7:15", "/SourceIpConfig/Cidrs/0",
            #"CIDR "10.0.0.1/24" is already covered by "10.0.0.0/8" at 7:28 -> Remove the redundant entry"#))
        #expect(try fixesOffered("WF008", in: Self.mergedWorkforce, name: name) == Self.atBothWorkforces(
            "5:13", "/Status",
            #""Status" must be one of 'Active', 'Deleting', 'Failed', 'Initializing', 'Updating', got "active"; did you mean 'Active'? -> Write 'Active'"#))
        // Safe fixes only: nothing to do (the reviewer's `--diff` rewrote the shared list).
        expectUnchanged(Self.mergedWorkforce, name: name, includingUnsafe: false)
    }

    /// Each mapping of a merged list (`<<: [*a, *b]`) is used as an alias
    /// uses it; members merged from a mapping written in the merge key
    /// itself have that one use, and their fix stays safe.
    @Test func mergedListsAreUsesAndInlineMergesAreNot() throws {
        let input = Self.mergedWorkforce
            .replacingOccurrences(of: "<<: *base", with: "<<: [*base]")
            .replacingOccurrences(of: "    SourceIpConfig:\n      Cidrs: [10.0.0.1/24, 10.0.0.0/8]\n", with: "") + """
              - <<: {Status: active}
                WorkforceName: c
                WorkforceArn: \(Self.arn)/c

            """
        let name = "workforces.yaml"
        let message = #""Status" must be one of 'Active', 'Deleting', 'Failed', 'Initializing', 'Updating', got "active"; did you mean 'Active'? -> Write 'Active'"#
        #expect(try fixesOffered("WF008", in: input, name: name) == [
            "5:13 /Workforces/0/Status \(message) (changes every alias of &base) (unsafe)",
            "5:13 /Workforces/1/Status \(message) (changes every alias of &base) (unsafe)",
            "9:18 /Workforces/2/Status \(message) (safe)",
        ])
        // The shared fix is applied once for both of its uses, the inline one apart.
        try expectFixed(
            input, name: name, to: input.replacingOccurrences(of: "Status: active", with: "Status: Active"),
            removing: "WF008", appliedCount: 2, includingUnsafe: true)
    }

    /// A list used through its own alias (`Cidrs: *cidrs`), not only through
    /// an alias of a node holding it (`SourceIpConfig: *sip`): removing an
    /// item is planned on the list as written, so the finding at that use
    /// carries the same fix as at the others.
    @Test func anItemRemovedFromAListUsedThroughItsOwnAliasIsOneFix() throws {
        let input = """
            Workforces:
              - WorkforceName: a
                WorkforceArn: \(Self.arn)/a
                SourceIpConfig: &sip
                  Cidrs: &cidrs [10.0.0.1/24, 10.0.0.0/16]  # a comment
              - WorkforceName: b
                WorkforceArn: \(Self.arn)/b
                SourceIpConfig: *sip
              - WorkforceName: c
                WorkforceArn: \(Self.arn)/c
                SourceIpConfig:
                  Cidrs: *cidrs

            """
        let name = "workforces.yaml"
        let finding = #"CIDR "10.0.0.1/24" is already covered by "10.0.0.0/16" at 5:35"#
        let fix = "Remove the redundant entry (changes every alias of &cidrs, &sip) (unsafe)"
        #expect(try fixesOffered("WF204", in: input, name: name) == [
            "5:22 /Workforces/0/SourceIpConfig/Cidrs/0 \(finding) -> \(fix)",
            "8:21 /Workforces/1/SourceIpConfig/Cidrs/0 \(finding) -> \(fix)",
            "12:14 /Workforces/2/SourceIpConfig/Cidrs/0 \(finding) -> \(fix)",
        ])
        let removals = try lintWithBuiltinRules(input, name: name).findings.filter { $0.ruleID == "WF204" }.compactMap(\.fix)
        #expect(removals.count == 3 && removals.allSatisfy { $0 == removals[0] })
    }
}
