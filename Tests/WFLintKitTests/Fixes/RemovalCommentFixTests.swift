import Testing
@testable import WFLintKit

/// A fix that removes a list entry keeps the comments that are not the
/// entry's, and takes the `wflint-disable-next-line` that is: no suppression
/// moves onto another entry, and no comment about another entry is lost.
@Suite struct RemovalCommentFixTests {
    static let head = """
        WorkforceName: w
        CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
        SourceIpConfig:

        """

    /// Before a comma that starts the next line, the removed entry's own
    /// comment goes with it, as in a block list; the next entry's stays
    /// (docs/fixes.md: only a comment on a line between them blocks the fix).
    @Test func aFlowEntrysOwnCommentGoesWithItBeforeALeadingComma() throws {
        let input = Self.head + """
              Cidrs: [10.0.0.0/16,
                10.0.1.0/24   # covered
                , 10.2.0.0/16 # lab
              ]

            """
        try expectFixed(input, to: Self.head + """
              Cidrs: [10.0.0.0/16,
                10.2.0.0/16 # lab
              ]

            """, removing: "WF204", appliedCount: 1)
    }

    /// The redundant entry shares its line with a suppressed one, and the
    /// next entry is on a later line: before, the next entry moved up onto
    /// the suppressed line, its WF201 silenced, and the run passed.
    @Test func aFlowEntryWhoseCommaEndsTheLineLeavesTheNextOnItsOwnLine() throws {
        let input = Self.head + """
              Cidrs: [10.0.0.0/8,
                # wflint-disable-next-line WF201
                10.0.0.256/24, 10.1.0.0/16,
                10.300.0.0/16]

            """
        try expectFixed(input, to: Self.head + """
              Cidrs: [10.0.0.0/8,
                # wflint-disable-next-line WF201
                10.0.0.256/24,
                10.300.0.0/16]

            """, removing: "WF204", appliedCount: 1)
        #expect(fixedWithBuiltinRules(input).linted.findings.map { "\($0.range.start) \($0.ruleID)" } == ["7:5 WF201"])
    }

    /// The comma written first on the next line: the removal runs from the
    /// entry through that comma, so the next entry would move up under the
    /// directive above the removed one, and be silenced (the reviewer's
    /// case: the run passed with a real WF201). No fix is offered.
    @Test func anEntryWhoseCommaStartsTheNextLineUnderADirectiveHasNoFix() throws {
        let input = Self.head + """
              Cidrs: [10.0.0.0/16,
                # wflint-disable-next-line WF201
                10.0.2.0/24
                , 10.0.0.256/24]

            """
        #expect(try fixesOffered("WF204", in: input) == [
            #"6:5 /SourceIpConfig/Cidrs/1 CIDR "10.0.2.0/24" is already covered by "10.0.0.0/16" at 4:11 -> no fix"#
        ])
        expectUnchanged(input)
    }

    /// A directive that trails the line above (`- 10.0.0.0/16  # wflint-disable-next-line`)
    /// cannot go with the removed lines: the next entry would move up under
    /// it and be silenced (the reviewer's case). No fix is offered, in a
    /// block list or a flow list.
    @Test(arguments: [
        "  Cidrs:\n    - 10.0.0.0/16 # wflint-disable-next-line WF201\n    - 10.0.2.0/24\n    - 10.0.0.256/24\n",
        "  Cidrs: [10.0.0.0/16, # wflint-disable-next-line WF201\n    10.0.2.0/24,\n    10.0.0.256/24]\n",
    ])
    func anEntryUnderATrailingDirectiveHasNoFix(list: String) throws {
        let input = Self.head + list
        #expect(try fixesOffered("WF204", in: input).map { $0.hasSuffix(" -> no fix") } == [true])
        expectUnchanged(input)
    }

    /// The removed entry's own line holds a directive for the next line (or
    /// the whole file): removed with it, the entry after it (moved up) would
    /// lose its suppression and be reported again (a hunter's case). No fix
    /// is offered, in a block list or a flow list.
    @Test(arguments: [
        "  Cidrs:\n    - 10.0.0.0/8\n    - 10.0.0.0/16  # wflint-disable-next-line WF201\n    - 10.0.0.256/24\n",
        "  Cidrs: [10.0.0.0/8,\n    10.0.0.0/16,  # wflint-disable-next-line WF201\n    10.0.0.256/24]\n",
        "  Cidrs:\n    - 10.0.0.0/8\n    - 10.0.0.0/16  # wflint-disable-file WF201\n    - 10.0.0.256/24\n",
    ])
    func anEntryHoldingADirectiveForWhatStaysHasNoFix(list: String) throws {
        let input = Self.head + list
        #expect(try fixesOffered("WF204", in: input).map { $0.hasSuffix(" -> no fix") } == [true])
        expectUnchanged(input)
    }

    /// A comment between the entry and its comma on a later line is the
    /// next entry's (here a directive with its reason): the removal would
    /// take it. No fix is offered.
    @Test func anEntryWithACommentBeforeItsCommaOnALaterLineHasNoFix() throws {
        let input = Self.head + """
              Cidrs: [10.0.0.0/16,
                10.0.2.0/24
                # wflint-disable-next-line WF201 -- known bad, tracked in JIRA-1
                , 10.0.0.256/24]

            """
        #expect(try fixesOffered("WF204", in: input) == [
            #"5:5 /SourceIpConfig/Cidrs/1 CIDR "10.0.2.0/24" is already covered by "10.0.0.0/16" at 4:11 -> no fix"#
        ])
        expectUnchanged(input)
    }

    @Test func aFlowEntryAloneOnItsLineGoesWithItsLineOnly() throws {
        try expectFixed(Self.head + """
              Cidrs: [
                # about the first
                10.0.0.0/8,
                # about the redundant one
                10.1.0.0/16,  # it
                # about the last
                192.168.0.0/16
              ]

            """, to: Self.head + """
              Cidrs: [
                # about the first
                10.0.0.0/8,
                # about the redundant one
                # about the last
                192.168.0.0/16
              ]

            """, removing: "WF204", appliedCount: 1)
    }

    /// Left behind, the directive silenced the WF206 of the entry that moved
    /// up under it; after the list's last entry, it silenced nothing (WF010).
    @Test(arguments: ["  - 2001:db9::/32\n", "IpAddressType: ipv4\n"])
    func aBlockEntryTakesTheDirectiveAboveIt(after: String) throws {
        let input = Self.head + """
              Cidrs:
              - 2001:db8::/32
              # wflint-disable-next-line WF206
              - 2001:db8:1::/48

            """ + after
        try expectFixed(input, to: Self.head + """
              Cidrs:
              - 2001:db8::/32

            """ + after, removing: "WF204", appliedCount: 1)
        let remaining = fixedWithBuiltinRules(input).linted.findings.map { "\($0.range.start) \($0.ruleID)" }
        #expect(remaining == ["5:5 WF206"] + (after.hasPrefix("  -") ? ["6:5 WF206"] : []))
    }

    /// A directive about more than the removed line stays: one above a
    /// line that keeps another entry, or a comment that is no directive.
    @Test func otherCommentsAboveARemovedBlockEntryStay() throws {
        try expectFixed(Self.head + """
              Cidrs:
              - 10.0.0.0/8
              # wflint-disable-next-line-not WF204
              - 10.1.0.0/16
              - 192.168.0.0/16

            """, to: Self.head + """
              Cidrs:
              - 10.0.0.0/8
              # wflint-disable-next-line-not WF204
              - 192.168.0.0/16

            """, removing: "WF204", appliedCount: 1)
    }
}
