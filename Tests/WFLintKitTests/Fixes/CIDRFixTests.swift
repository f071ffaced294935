import Testing
@testable import WFLintKit

/// WF203 cidr-host-bits: the entry is rewritten to its network address, in
/// the quoting it is written in.
@Suite struct CIDRHostBitsFixTests {
    @Test func yamlBlockKeepsQuotingAndComments() throws {
        let input = """
            # Office ranges
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs:
                - 10.0.0.1/16   # office
                # lab below
                - '172.16.5.4/12'
                - "2001:db8::1/64"  # last

            """
        #expect(try fixesOffered("WF203", in: input) == [
            #"5:7 /SourceIpConfig/Cidrs/0 CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16" -> Write the network address 10.0.0.0/16 (safe)"#,
            #"7:7 /SourceIpConfig/Cidrs/1 CIDR "172.16.5.4/12" has host bits set; the block it allows is "172.16.0.0/12" -> Write the network address 172.16.0.0/12 (safe)"#,
            #"8:7 /SourceIpConfig/Cidrs/2 CIDR "2001:db8::1/64" has host bits set; the block it allows is "2001:db8::/64" -> Write the network address 2001:db8::/64 (safe)"#,
        ])
        try expectFixed(input, to: """
            # Office ranges
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs:
                - 10.0.0.0/16   # office
                # lab below
                - '172.16.0.0/12'
                - "2001:db8::/64"  # last

            """, removing: "WF203", appliedCount: 3)
    }

    @Test func yamlFlowWithCRLFByteOrderMarkAndNonASCII() throws {
        let input = crlfWithBOM("""
            WorkforceName: labelers
            SourceIpConfig: {Ünknown: é, Cidrs: [10.0.0.1/16, '172.16.5.4/12']}  # réseau

            """)
        try expectFixed(input, to: crlfWithBOM("""
            WorkforceName: labelers
            SourceIpConfig: {Ünknown: é, Cidrs: [10.0.0.0/16, '172.16.0.0/12']}  # réseau

            """), removing: "WF203", appliedCount: 2)
    }

    @Test func jsonRewritesInsideTheQuotesAndLeavesEscapedTextAlone() throws {
        let input = crlfWithBOM(#"""
            {
              "WorkforceName": "labelers",
              "SourceIpConfig": {"Ünknown": "é", "Cidrs": ["10.0.0.1/16", "192.168.0.1\/24"]}
            }

            """#)
        // Escaped text is not the value as written: rewriting it is not offered.
        #expect(try fixesOffered("WF203", in: input, name: "team.json") == [
            #"3:48 /SourceIpConfig/Cidrs/0 CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16" -> Write the network address 10.0.0.0/16 (safe)"#,
            #"3:63 /SourceIpConfig/Cidrs/1 CIDR "192.168.0.1/24" has host bits set; the block it allows is "192.168.0.0/24" -> no fix"#,
        ])
        let fixed = fixedWithBuiltinRules(input, name: "team.json")
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == crlfWithBOM(#"""
            {
              "WorkforceName": "labelers",
              "SourceIpConfig": {"Ünknown": "é", "Cidrs": ["10.0.0.0/16", "192.168.0.1\/24"]}
            }

            """#))
        #expect(fixed.appliedCount == 1)
        #expect(described(fixed.linted.findings, of: "WF203") == [
            #"3:63 /SourceIpConfig/Cidrs/1 CIDR "192.168.0.1/24" has host bits set; the block it allows is "192.168.0.0/24""#
        ])
    }

    @Test func anAnchoredEntryAnAliasUsesIsRewrittenOnlyAsAnUnsafeFix() throws {
        try expectFixed(
            "WorkforceName: labelers\nSourceIpConfig:\n  Cidrs: [&office 10.0.0.1/16]\n",
            to: "WorkforceName: labelers\nSourceIpConfig:\n  Cidrs: [&office 10.0.0.0/16]\n",
            removing: "WF203", appliedCount: 1)
        let shared = """
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs: [&office 10.0.0.1/16, 192.168.0.0/16]
            Tags:
              - Key: *office
                Value: x

            """
        // The rewrite changes the tag's key too: unsafe.
        #expect(try fixesOffered("WF203", in: shared) == [
            #"3:11 /SourceIpConfig/Cidrs/0 CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16" -> Write the network address 10.0.0.0/16 (changes every alias of &office) (unsafe)"#
        ])
        expectUnchanged(shared, includingUnsafe: false)
        try expectFixed(shared, to: """
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs: [&office 10.0.0.0/16, 192.168.0.0/16]
            Tags:
              - Key: *office
                Value: x

            """, removing: "WF203", appliedCount: 1, includingUnsafe: true)
    }
}

/// WF204 cidr-redundant: the covered entry is removed with the removal query.
@Suite struct CIDRRedundantFixTests {
    @Test func yamlBlockRemovesFirstAndLastEntriesWithTheirLines() throws {
        let input = """
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs:
                # the lab's own block
                - 10.1.0.0/16   # lab
                - 10.0.0.0/8    # campus
                - 192.168.0.0/16
                - 10.0.0.0/8    # again
              # end of list

            """
        #expect(try fixesOffered("WF204", in: input) == [
            #"5:7 /SourceIpConfig/Cidrs/0 CIDR "10.1.0.0/16" is already covered by "10.0.0.0/8" at 6:7 -> Remove the redundant entry (safe)"#,
            #"8:7 /SourceIpConfig/Cidrs/3 CIDR "10.0.0.0/8" is already covered by "10.0.0.0/8" at 6:7 -> Remove the redundant entry (safe)"#,
        ])
        try expectFixed(input, to: """
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs:
                # the lab's own block
                - 10.0.0.0/8    # campus
                - 192.168.0.0/16
              # end of list

            """, removing: "WF204", appliedCount: 2)
    }

    /// Under an entry that allows every address (WF205's), the removal is
    /// unsafe: `0.0.0.0/0` is the likely mistake, and the ranges the safe
    /// fix removed were the ones meant. A narrower cover's stays safe.
    @Test func aRemovalUnderAnAllowAllEntryIsUnsafe() throws {
        let input = "WorkforceName: labelers\nSourceIpConfig:\n  Cidrs: [10.1.0.0/16, 0.0.0.0/0]\n"
        #expect(try fixesOffered("WF204", in: input) == [
            #"3:11 /SourceIpConfig/Cidrs/0 CIDR "10.1.0.0/16" is already covered by "0.0.0.0/0" at 3:24 -> Remove the redundant entry (unsafe)"#,
        ])
        try expectUnsafeFix(
            input, to: "WorkforceName: labelers\nSourceIpConfig:\n  Cidrs: [0.0.0.0/0]\n", removing: "WF204")
        #expect(try fixesOffered("WF204", in: "WorkforceName: labelers\nSourceIpConfig:\n  Cidrs: [10.1.0.0/16, 10.0.0.0/1]\n") == [
            #"3:11 /SourceIpConfig/Cidrs/0 CIDR "10.1.0.0/16" is already covered by "10.0.0.0/1" at 3:24 -> Remove the redundant entry (safe)"#,
        ])
    }

    @Test func yamlFlowWithCRLFTakesOverlappingRemovalsInTwoPasses() throws {
        // The last entry's removal takes the `,` before it, which the removal
        // of the one before also takes: it waits for the second pass.
        try expectFixed(
            crlfWithBOM("WorkforceName: labelers\nSourceIpConfig:\n  Cidrs: [10.1.0.0/16, 10.0.0.0/8, 10.2.0.0/16, 10.3.0.0/16]  # flow\n"),
            to: crlfWithBOM("WorkforceName: labelers\nSourceIpConfig:\n  Cidrs: [10.0.0.0/8]  # flow\n"),
            removing: "WF204", appliedCount: 3)
    }

    @Test func jsonRemovesAMiddleEntryWithItsSeparator() throws {
        try expectFixed(crlfWithBOM("""
            {
              "WorkforceName": "labelers",
              "SourceIpConfig": {"Ünknown": "é",
                "Cidrs": [
                  "10.0.0.0/8",
                  "10.0.0.0/8",
                  "2001:db8::/32"
                ]
              }
            }

            """), name: "team.json", to: crlfWithBOM("""
            {
              "WorkforceName": "labelers",
              "SourceIpConfig": {"Ünknown": "é",
                "Cidrs": [
                  "10.0.0.0/8",
                  "2001:db8::/32"
                ]
              }
            }

            """), removing: "WF204", appliedCount: 1)
    }

    @Test func hostBitsAndRedundancyAreFixedTogether() throws {
        // Both edits apply in one pass: the rewrite ends where the removal of
        // the last entry (with the `,` before it) starts.
        try expectFixed(
            "WorkforceName: labelers\nSourceIpConfig: {Cidrs: [10.0.0.1/8, 10.0.0.0/8]}\n",
            to: "WorkforceName: labelers\nSourceIpConfig: {Cidrs: [10.0.0.0/8]}\n",
            removing: "WF204", appliedCount: 2)
        // Here the rewrite and the removal of the same entry overlap: the
        // removal waits, and is planned again on the rewritten text.
        try expectFixed(
            "WorkforceName: labelers\nSourceIpConfig: {Cidrs: [10.0.0.1/16, '10.9.8.7/8']}\n",
            to: "WorkforceName: labelers\nSourceIpConfig: {Cidrs: ['10.0.0.0/8']}\n",
            removing: "WF204", appliedCount: 3)
    }

    @Test func aRemovalInsideAnAnchoredListIsUnsafeAndOfAnAnchoredEntryNotOffered() throws {
        let sharedList = """
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs: &cidrs [10.0.0.0/8, 10.0.0.0/8]
            Tags: [{Key: k, Value: *cidrs}]

            """
        #expect(try fixesOffered("WF204", in: sharedList) == [
            #"3:30 /SourceIpConfig/Cidrs/1 CIDR "10.0.0.0/8" is already covered by "10.0.0.0/8" at 3:18 -> Remove the redundant entry (changes every alias of &cidrs) (unsafe)"#
        ])
        expectUnchanged(sharedList, includingUnsafe: false)
        try expectFixed(sharedList, to: """
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs: &cidrs [10.0.0.0/8]
            Tags: [{Key: k, Value: *cidrs}]

            """, removing: "WF204", appliedCount: 1, includingUnsafe: true)
        // Removing the entry would remove its anchor, which the alias names.
        let sharedEntry = """
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs: [10.0.0.0/8, &dup 10.0.0.0/8]
            Tags: [{Key: *dup, Value: v}]

            """
        #expect(try fixesOffered("WF204", in: sharedEntry) == [
            #"3:23 /SourceIpConfig/Cidrs/1 CIDR "10.0.0.0/8" is already covered by "10.0.0.0/8" at 3:11 -> no fix"#
        ])
        expectUnchanged(sharedEntry)
    }
}
