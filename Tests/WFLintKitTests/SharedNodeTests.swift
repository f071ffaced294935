import DocumentModel
import Foundation
import Testing
import YAMLReader

@testable import WFLintKit

/// One anchored node used inside several workforce objects is checked once
/// per distinct way it is used (`SharedUses`): the repeats get the first
/// use's findings under their own pointers, shown at their own aliases, with
/// the same messages. Whether the replay is right is checked against the
/// document with every alias written out in full, which is checked node by node.
struct SharedNodeTests {
    static let workforce = "arn:aws:sagemaker:us-east-1:123456789012:workforce"

    static let sharedCidrs = """
        Workforces:
          - WorkforceName: a
            WorkforceArn: \(workforce)/a
            SourceIpConfig:
              Cidrs: &c [10.0.0.1/24, 10.0.0.0/16, 10.0.0.0/24]
          - WorkforceName: b
            WorkforceArn: \(workforce)/b
            SourceIpConfig: {Cidrs: *c}
          - WorkforceName: c
            WorkforceArn: \(workforce)/c
            IpAddressType: dualstack
            SourceIpConfig: {Cidrs: *c}

        """

    /// Each use shows at its own alias; a message names where the other
    /// value is written, the same at every use.
    @Test func aSharedListHasItsFindingsAtEveryUseWithTheSameMessages() throws {
        let linted = try lintWithBuiltinRules(Self.sharedCidrs, name: "list.yaml")
        let hostBits = #"CIDR "10.0.0.1/24" has host bits set; the block it allows is "10.0.0.0/24""#
        let covered = #"CIDR "10.0.0.1/24" is already covered by "10.0.0.0/16" at 5:31"#
        let coveredByFirst = #"CIDR "10.0.0.0/24" is already covered by "10.0.0.1/24" at 5:18"#
        var expected: [String] = [
            "5:18 WF203 /Workforces/0/SourceIpConfig/Cidrs/0 \(hostBits)",
            "5:18 WF204 /Workforces/0/SourceIpConfig/Cidrs/0 \(covered)",
            "5:44 WF204 /Workforces/0/SourceIpConfig/Cidrs/2 \(coveredByFirst)",
        ]
        for (line, index) in [(8, 1), (12, 2)] {
            expected += [
                "\(line):29 WF203 /Workforces/\(index)/SourceIpConfig/Cidrs/0 \(hostBits)",
                "\(line):29 WF204 /Workforces/\(index)/SourceIpConfig/Cidrs/0 \(covered)",
                "\(line):29 WF204 /Workforces/\(index)/SourceIpConfig/Cidrs/2 \(coveredByFirst)",
            ]
        }
        #expect(linted.findings.map { "\($0.range.start) \($0.ruleID) \($0.pointer) \($0.message)" } == expected)
    }

    /// A rule whose `when:` holds in one workforce and not in another runs,
    /// and supersedes the schema's WF007, only where it holds, also on a
    /// shared `OidcConfig`.
    static let conditionalPack = """
        pack:
          name: corp
          description: A conditional rule that takes over a schema check.
        rules:
          - id: CORP900
            name: dualstack-client-id
            severity: error
            summary: A dualstack workforce's client id is lower-case letters.
            description: Dualstack workforces use the new IdP, whose client ids are lower-case letters.
            kinds: [ListWorkforcesResponse]
            target: OidcConfig.ClientId
            when:
              IpAddressType: {one-of: [dualstack]}
            check:
              function: pattern
              regex: '\\A[a-z]+\\z'
            replaces: [WF007]
            message: 'client id "{value}" is not lower-case letters'
            examples:
              valid:
                - |
                  Workforces:
                    - WorkforceName: a
                      IpAddressType: ipv4
                      OidcConfig: {ClientId: ABC}
              invalid:
                - yaml: |
                    Workforces:
                      - WorkforceName: a
                        IpAddressType: dualstack
                        OidcConfig: {ClientId: ABC}
                  findings:
                    - at: "4:28"

        """

    static let sharedOidc = """
        Workforces:
          - WorkforceName: a
            WorkforceArn: \(workforce)/a
            IpAddressType: dualstack
            OidcConfig: &o
              ClientId: café
              Issuer: https://idp.example.com
              AuthorizationEndpoint: http://idp.example.com/authorize
              TokenEndpoint: https://idp.example.com/token
              UserInfoEndpoint: https://idp.example.com/userinfo
              LogoutEndpoint: https://idp.example.com/logout
              JwksUri: https://idp.example.com/jwks
          - WorkforceName: b
            WorkforceArn: \(workforce)/b
            OidcConfig: *o
          - WorkforceName: c
            WorkforceArn: \(workforce)/c
            IpAddressType: dualstack
            OidcConfig: *o
          - WorkforceName: d
            WorkforceArn: \(workforce)/d
            IpAddressType: ipv4
            OidcConfig: *o

        """

    @Test func aConditionalRuleRunsAndSupersedesOnlyWhereItsConditionHolds() throws {
        let linted = try Self.lint(Self.sharedOidc, pack: Self.conditionalPack)
        let shown = linted.findings.filter { ["CORP900", "WF007", "WF111"].contains($0.ruleID) }
            .map { "\($0.range.start) \($0.ruleID) \($0.pointer)" }
        #expect(shown == [
            "6:17 CORP900 /Workforces/0/OidcConfig/ClientId",
            "8:30 WF111 /Workforces/0/OidcConfig/AuthorizationEndpoint",
            "15:17 WF007 /Workforces/1/OidcConfig/ClientId",
            "15:17 WF111 /Workforces/1/OidcConfig/AuthorizationEndpoint",
            "19:17 CORP900 /Workforces/2/OidcConfig/ClientId",
            "19:17 WF111 /Workforces/2/OidcConfig/AuthorizationEndpoint",
            "23:17 WF007 /Workforces/3/OidcConfig/ClientId",
            "23:17 WF111 /Workforces/3/OidcConfig/AuthorizationEndpoint",
        ])
    }

    /// Every document here, aliased, gets the findings its written-out form
    /// gets, rule by rule and pointer by pointer, with the same messages but
    /// for positions (which name other places in the written-out form).
    @Test(arguments: [
        (sharedCidrs, nil),
        (sharedOidc, conditionalPack),
        (sharedOidc, nil),
        // Shared at two depths, and the inner node also used on its own.
        ("""
        Workforces:
          - WorkforceName: a
            WorkforceArn: \(workforce)/a
            SourceIpConfig: &s
              Cidrs: &c [10.0.0.1/24, 10.0.0.0/8, bogus, 10.0.0.0/8]
            WorkforceVpcConfig: &v {SecurityGroupIds: [sg-1, sg-12345678, sg-12345678], Subnets: [subnet-1]}
          - WorkforceName: b
            WorkforceArn: \(workforce)/b
            SourceIpConfig: {Cidrs: *c, Extra: 1}
            WorkforceVpcConfig: *v
          - WorkforceName: c
            WorkforceArn: \(workforce)/c
            SourceIpConfig: *s
          - WorkforceName: d
            WorkforceArn: \(workforce)/d
            IpAddressType: dualstack
            SourceIpConfig: *s
            WorkforceVpcConfig: {SecurityGroupIds: *c, Subnets: *c}

        """, nil),
        // The same shared node at two places of one workforce, and a whole workforce used again.
        ("""
        Workforces:
          - &w
            WorkforceName: a
            WorkforceArn: \(workforce)/a
            SourceIpConfig: {Cidrs: &c [10.0.0.1/24, 10.0.0.1/24]}
            WorkforceVpcConfig: {SecurityGroupIds: *c, Subnets: *c}
          - *w
          - WorkforceName: b
            WorkforceArn: \(workforce)/b
            SourceIpConfig: {Cidrs: *c}

        """, nil),
        // One shared list where a list belongs and where a structure does.
        ("""
        Workforces:
          - WorkforceName: a
            WorkforceArn: \(workforce)/a
            SourceIpConfig: {Cidrs: &c [10.0.0.0/8]}
          - WorkforceName: b
            WorkforceArn: \(workforce)/b
            WorkforceVpcConfig: *c
            SourceIpConfig: {Cidrs: *c}

        """, nil),
    ] as [(String, String?)])
    func aliasedAndWrittenOutDocumentsGetTheSameFindings(document: String, pack: String?) throws {
        let aliased = try Self.lint(document, pack: pack)
        let writtenOut = try Self.lint(Self.writtenOut(document), pack: pack, name: "team.json")
        #expect(!aliased.findings.isEmpty)
        #expect(Self.comparable(aliased.findings) == Self.comparable(writtenOut.findings))
    }

    // MARK: - Helpers

    static func lint(_ text: String, pack: String?, name: String = "team.yaml") throws -> LintedSource {
        var ruleSet = RuleSet.builtin()
        if let pack { try ruleSet.addPack(text: pack, file: "corp.yaml") }
        let table = RuleTable(ruleSet.descriptors)
        let linter = Linter(checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil)
        return linter.lint(Array(text.utf8), as: LintInput(source: .file(name), displayName: name, isExplicit: true))
    }

    /// `rule pointer message` of each finding, positions in messages left out, sorted.
    static func comparable(_ findings: [Finding]) -> [String] {
        findings.map { finding in
            let message = finding.message.replacingOccurrences(
                of: #" at [0-9]+:[0-9]+"#, with: " at …", options: .regularExpression)
            return "\(finding.ruleID) \(finding.pointer) \(message)"
        }.sorted()
    }

    /// The document as JSON with every alias written out (strings and integers only).
    static func writtenOut(_ yaml: String) throws -> String {
        let stream = YAMLReader.parse(Array(yaml.utf8))
        let root = try #require(stream.documents.first?.root)
        return json(root)
    }

    private static func json(_ node: Node) -> String {
        switch node.content {
        case .scalar(let scalar):
            if case .integer(let number) = scalar.value { return String(number) }
            return "\"" + scalar.text.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .sequence(let items):
            return "[" + items.map(json).joined(separator: ", ") + "]"
        case .mapping(let entries):
            return "{" + entries.map { json($0.key) + ": " + json($0.value) }.joined(separator: ", ") + "}"
        }
    }
}

/// At most `limits.max-findings` findings a document, then one WF011 where the
/// first one left out is.
struct FindingLimitTests {
    @Test func findingsPastTheLimitAreLeftOutWithOneResourceLimitFinding() throws {
        let ruleSet = RuleSet.builtin()
        let table = RuleTable(ruleSet.descriptors)
        var limits = LintLimits.default
        limits.maximumFindings = 3
        let linter = Linter(checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil, limits: limits)
        let text = """
            WorkforceName: team
            CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
            SourceIpConfig:
              Cidrs: [10.0.0.1/24, 10.0.1.1/24, 10.0.2.1/24, 10.0.3.1/24, 10.0.4.1/24]

            """
        let linted = linter.lint(Array(text.utf8), as: LintInput(source: .file("team.yaml"), displayName: "team.yaml", isExplicit: true))
        #expect(linted.findings.map { "\($0.range.start) \($0.ruleID) \($0.pointer)" } == [
            "4:11 WF203 /SourceIpConfig/Cidrs/0",
            "4:24 WF203 /SourceIpConfig/Cidrs/1",
            "4:37 WF203 /SourceIpConfig/Cidrs/2",
            "4:50 WF011 /SourceIpConfig/Cidrs/3",
        ])
        #expect(linted.findings.last?.message
            == "the document has more than 3 findings; the rest are not reported (limits.max-findings)")
    }

    /// The limit is a document's: a stream of documents that each stay under it reports all.
    @Test func eachDocumentOfAStreamHasTheLimitOfItsOwn() throws {
        let ruleSet = RuleSet.builtin()
        let table = RuleTable(ruleSet.descriptors)
        var limits = LintLimits.default
        limits.maximumFindings = 3
        let linter = Linter(checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil, limits: limits)
        let document = """
            WorkforceName: team
            CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
            SourceIpConfig: {Cidrs: [10.0.0.1/24, 10.0.1.1/24, 10.0.2.1/24]}

            """
        let text = document + "---\n" + document
        let linted = linter.lint(Array(text.utf8), as: LintInput(source: .file("team.yaml"), displayName: "team.yaml", isExplicit: true))
        #expect(linted.findings.map { "\($0.range.start) \($0.ruleID)" } == [
            "3:26 WF203", "3:39 WF203", "3:52 WF203", "7:26 WF203", "7:39 WF203", "7:52 WF203",
        ])
    }

    @Test func theConfigurationSetsTheLimit() throws {
        let configuration = try ConfigurationReader.parse(text: "limits:\n  max-findings: 25\n", file: ".wflint.yaml", directory: ".")
        #expect(configuration.limits.maximumFindings == 25)
        #expect(LintLimits.default.maximumFindings == 10_000)
    }
}
