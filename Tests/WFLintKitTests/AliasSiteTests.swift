import DocumentModel
import Testing

@testable import WFLintKit

/// A finding reached through a YAML alias is shown at the alias (the `*name`
/// text), where the value is used; a message naming another value names its
/// first occurrence; a suppression comment on the alias's line applies.
struct AliasSiteTests {
    static let tags = """
        WorkforceName: team
        CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
        Tags:
          - &t {Key: env, Value: prod}
          - *t

        """

    @Test func aDuplicateThroughAnAliasIsReportedAtTheAliasNamingTheAnchoredValue() throws {
        let linted = try lintWithBuiltinRules(Self.tags)
        #expect(described(linted.findings, of: "WF302") == [
            #"5:5 /Tags/1/Key duplicate tag key "env", first defined at 4:14"#,
        ])
        #expect(linted.findings.map { "\($0.range)" } == ["5:5-5:7"])
    }

    @Test func aSuppressionOnTheAliasLineSilencesItAndIsUsed() throws {
        let linted = try lintWithBuiltinRules(
            Self.tags.replacingOccurrences(of: "  - *t\n", with: "  - *t  # wflint-disable-line WF302 -- on purpose\n"))
        #expect(linted.findings.isEmpty)
        #expect(described(linted.suppressed) == ["5:5 WF302 inSource on purpose"])
    }

    @Test func firstDefinedAtNamesTheFirstOccurrenceEvenWhenItIsAnAlias() throws {
        let linted = try lintWithBuiltinRules("""
            WorkforceName: &n team
            CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
            Tags:
              - {Key: *n, Value: a}
              - {Key: team, Value: b}
              - {Key: *n, Value: c}

            """)
        #expect(described(linted.findings, of: "WF302") == [
            #"5:11 /Tags/1/Key duplicate tag key "team", first defined at 4:11"#,
            #"6:11 /Tags/2/Key duplicate tag key "team", first defined at 4:11"#,
        ])
    }

    /// An aliased workforce repeats every finding inside it at each alias; a
    /// position in a message is within the workforce, so it reads the same.
    @Test func findingsDeepInsideAnAliasedWorkforceAreShownAtEachAlias() throws {
        let linted = try lintWithBuiltinRules("""
            Workforces:
              - &w
                WorkforceName: team
                Colour: blue
                SourceIpConfig:
                  Cidrs: [10.0.0.0/8, 10.1.0.0/16]
              - *w
              - WorkforceName: other
              - *w

            """)
        let shown = linted.findings.map { "\($0.range) \($0.ruleID) \($0.pointer)" }
        #expect(shown == [
            "2:5-6:39 WF005 /Workforces/0",
            "4:5-4:11 WF003 /Workforces/0/Colour",
            "6:27-6:38 WF204 /Workforces/0/SourceIpConfig/Cidrs/1",
            "7:5-7:7 WF003 /Workforces/1/Colour",
            "7:5-7:7 WF005 /Workforces/1",
            "7:5-7:7 WF204 /Workforces/1/SourceIpConfig/Cidrs/1",
            "8:5-8:25 WF005 /Workforces/2",
            "9:5-9:7 WF003 /Workforces/3/Colour",
            "9:5-9:7 WF005 /Workforces/3",
            "9:5-9:7 WF204 /Workforces/3/SourceIpConfig/Cidrs/1",
        ])
        #expect(Set(described(linted.findings, of: "WF005").map { $0.split(separator: " ", maxSplits: 2)[2] }) == [
            #"Workforce is missing required member "WorkforceArn""#,
        ])
        #expect(Set(described(linted.findings, of: "WF204").map { $0.split(separator: " ", maxSplits: 2)[2] }) == [
            #"CIDR "10.1.0.0/16" is already covered by "10.0.0.0/8" at 6:15"#,
        ])
    }

    /// A value whose type is wrong, used through an alias, is reported where
    /// it is used; the key it sits under stays where it is written.
    @Test func aFindingOnTheAliasItselfIsAtTheAliasAndAKeyStaysAtTheKey() throws {
        let linted = try lintWithBuiltinRules("""
            WorkforceName: &n team
            CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
            SourceIpConfig:
              Cidrs: *n
              Other: &c [1]
            WorkforceVpcConfig: *c

            """)
        #expect(linted.findings.map { "\($0.range) \($0.ruleID) \($0.pointer)" } == [
            "4:10-4:12 WF004 /SourceIpConfig/Cidrs",
            "5:3-5:8 WF003 /SourceIpConfig/Other",
            "6:21-6:23 WF004 /WorkforceVpcConfig",
        ])
    }

    /// An alias of a secret keeps the anchor's text (from its `&s`) out of every excerpt too.
    @Test func anAliasOfASecretMarksItsAnchorSensitive() throws {
        let linted = try lintWithBuiltinRules("""
            WorkforceName: team
            Notes: &s hunter2-secret
            OidcConfig: {ClientSecret: *s}

            """)
        #expect(linted.sensitiveRanges.map(\.description).contains("2:8-2:25"))
    }
}
