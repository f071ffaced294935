import DocumentModel
import Foundation
import Testing
@testable import WFLintKit

/// Paths in a pack are checked against the API shapes of the rule's kinds
/// when the pack loads: each mistake is an error at the offending step.
@Suite struct PackTargetTests {
    /// PackLoadErrorTests' pack with `rule` (its `target`/`kinds`/`scope`/`when`
    /// lines, indented four spaces) in place of its target, and `check` (the
    /// check mapping's lines): the rule's lines start on line 9.
    static func pack(_ rule: String, check: String = "      function: cidr\n      within: [10.0.0.0/8]") -> String {
        PackLoadErrorTests.pack(check: check).replacingOccurrences(of: "    target: SourceIpConfig.Cidrs[*]\n", with: rule + "\n")
    }

    static func loadError(_ text: String) -> String? { PackLoadErrorTests.loadError(text) }

    static let workforceKinds = "CreateWorkforceRequest, UpdateWorkforceRequest, UpdateWorkforceResponse, "
        + "DescribeWorkforceResponse, ListWorkforcesResponse"

    @Test func misspeltNestedMemberGetsTheNearestMember() {
        #expect(Self.loadError(Self.pack("    target: SourceIpConfig.Cidr[*]")) == """
            p.yaml:9:28: invalid target "SourceIpConfig.Cidr[*]": unknown member "Cidr" of "SourceIpConfig" \
            (in \(Self.workforceKinds)); did you mean "Cidrs"? valid members: Cidrs
            """)
    }

    @Test func wrongCaseFirstMemberIsReportedAtThePathStart() {
        #expect(Self.loadError(Self.pack("    target: SourceIPConfig.Cidrs[*]")) == """
            p.yaml:9:13: invalid target "SourceIPConfig.Cidrs[*]": unknown member "SourceIPConfig" of the workforce object \
            (in \(Self.workforceKinds)); did you mean "SourceIpConfig"? valid members: CognitoConfig, CreateDate, \
            FailureReason, IpAddressType, LastUpdatedDate, OidcConfig, SourceIpConfig, Status, SubDomain, Tags, \
            WorkforceArn, WorkforceName, WorkforceVpcConfig
            """)
    }

    @Test func jsonPointerSpellingSaysHowToWriteIt() {
        #expect(Self.loadError(Self.pack("    target: /SourceIpConfig/Cidrs")) == """
            p.yaml:9:13: invalid target "/SourceIpConfig/Cidrs": a path is not a JSON pointer; write \
            "SourceIpConfig.Cidrs" (members joined by ".", "[*]" for list elements)
            """)
        #expect(TargetPathParser.dotted(pointer: "/Tags/0/Key") == "Tags[*].Key")
        #expect(TargetPathParser.dotted(pointer: "/a~1b/c~0d") == "a/b.c~d")
    }

    @Test func jsonPathSpellingSaysHowToWriteIt() {
        #expect(Self.loadError(Self.pack("    target: '$.SourceIpConfig.Cidrs[*]'")) == """
            p.yaml:9:14: invalid target "$.SourceIpConfig.Cidrs[*]": a path is not a JSONPath; write \
            "SourceIpConfig.Cidrs[*]"; paths start at the scope object, without "$"
            """)
    }

    @Test func checkFunctionGivenTheListInsteadOfItsEntries() {
        #expect(Self.loadError(Self.pack("    target: SourceIpConfig.Cidrs")) == """
            p.yaml:9:13: check "cidr" looks at strings, but target "SourceIpConfig.Cidrs" is a list; \
            write "SourceIpConfig.Cidrs[*]" for its entries
            """)
        #expect(Self.loadError(Self.pack("    kinds: [CreateWorkforceRequest]")) == """
            p.yaml:11:17: check "cidr" looks at strings, but without a target it is given the workforce object, a structure
            """)
    }

    @Test func stepsOfTheWrongType() {
        #expect(Self.loadError(Self.pack("    target: Tags.Key", check: "      function: unique")) == """
            p.yaml:9:18: invalid target "Tags.Key": "Tags" is a list, so "Key" needs "[*]" or a filter before it: \
            write "Tags[*].Key" (in CreateWorkforceRequest)
            """)
        #expect(Self.loadError(Self.pack("    target: SourceIpConfig[*]")) == """
            p.yaml:9:27: invalid target "SourceIpConfig[*]": "[*]" needs a list, but "SourceIpConfig" is a structure \
            (in \(Self.workforceKinds))
            """)
        #expect(Self.loadError(Self.pack("    target: OidcConfig.@key")) == """
            p.yaml:9:24: invalid target "OidcConfig.@key": "@key" needs a map, but "OidcConfig" is a structure \
            (in \(Self.workforceKinds))
            """)
        #expect(Self.loadError(Self.pack("    target: SourceIpConfig.Cidrs.*")) == """
            p.yaml:9:34: invalid target "SourceIpConfig.Cidrs.*": "*" needs a map, but "SourceIpConfig.Cidrs" is a list: \
            write "[*]" for its entries (in \(Self.workforceKinds))
            """)
        #expect(Self.loadError(Self.pack("    target: WorkforceName.Prefix")) == """
            p.yaml:9:27: invalid target "WorkforceName.Prefix": "WorkforceName" is a string, which has no member \
            "Prefix" (in \(Self.workforceKinds))
            """)
    }

    /// `Tags` exists only in CreateWorkforceRequest: fine for a rule of every
    /// workforce kind, an error for one of UpdateWorkforceRequest only.
    @Test func aPathInSomeKindsLoadsOneInNoneDoesNot() {
        let unique = "      function: unique"
        #expect(Self.loadError(Self.pack("    kinds: workforces\n    target: Tags[*].Key", check: unique)) == nil)
        #expect(Self.loadError(Self.pack("    kinds: UpdateWorkforceRequest\n    target: Tags[*].Key", check: unique)) == """
            p.yaml:10:13: invalid target "Tags[*].Key": unknown member "Tags" of the workforce object \
            (in UpdateWorkforceRequest); valid members: IpAddressType, OidcConfig, SourceIpConfig, WorkforceName, \
            WorkforceVpcConfig
            """)
    }

    @Test func documentScopePathsStartAtTheRoot() {
        let rule = "    kinds: DescribeWorkforceResponse\n    scope: document\n"
        #expect(Self.loadError(Self.pack(rule + "    target: Workforce.SourceIpConfig.Cidrs[*]")) == nil)
        #expect(Self.loadError(Self.pack(rule + "    target: SourceIpConfig.Cidrs[*]")) == """
            p.yaml:11:13: invalid target "SourceIpConfig.Cidrs[*]": unknown member "SourceIpConfig" of the document root \
            (in DescribeWorkforceResponse); valid members: Workforce
            """)
        #expect(Self.loadError(Self.pack("    kinds: ListModelPackageGroupsRequest\n    target: MaxResults")) == """
            p.yaml:9:12: rule "T001" applies only to kinds without a workforce object (ListModelPackageGroupsRequest); \
            add "scope: document" for paths from the document root
            """)
    }

    @Test func whenPathsAndIncludesOptionsAreChecked() {
        #expect(Self.loadError(Self.pack(
            "    target: SourceIpConfig.Cidrs[*]\n    when:\n      IpAdressType: {one-of: [ipv4]}")) == """
            p.yaml:11:7: invalid "when" path "IpAdressType": unknown member "IpAdressType" of the workforce object \
            (in \(Self.workforceKinds)); did you mean "IpAddressType"? valid members: CognitoConfig, CreateDate, \
            FailureReason, IpAddressType, LastUpdatedDate, OidcConfig, SourceIpConfig, Status, SubDomain, Tags, \
            WorkforceArn, WorkforceName, WorkforceVpcConfig
            """)
        let includes = "      function: includes\n      list: Tag\n      member: Key\n      values: [Owner]"
        #expect(Self.loadError(Self.pack("    kinds: CreateWorkforceRequest", check: includes)) == """
            p.yaml:12:13: invalid option "list" "Tag": unknown member "Tag" of the workforce object \
            (in CreateWorkforceRequest); did you mean "Tags"? valid members: CognitoConfig, IpAddressType, OidcConfig, \
            SourceIpConfig, Tags, WorkforceName, WorkforceVpcConfig
            """)
        let member = "      function: includes\n      list: Tags\n      member: Name\n      values: [Owner]"
        #expect(Self.loadError(Self.pack("    kinds: CreateWorkforceRequest", check: member)) == """
            p.yaml:13:15: invalid option "member" "Tags[*].Name": unknown member "Name" of "Tags[*]" \
            (in CreateWorkforceRequest); valid members: Key, Value
            """)
        let notList = "      function: includes\n      list: WorkforceName\n      values: [Owner]"
        #expect(Self.loadError(Self.pack("    kinds: CreateWorkforceRequest", check: notList)) == """
            p.yaml:12:13: invalid option "list": "WorkforceName" is a string, not a list
            """)
    }

    @Test func unknownKindGetsTheNearestName() {
        #expect(Self.loadError(Self.pack("    kinds: [workforce]\n    target: SourceIpConfig.Cidrs[*]")) == """
            p.yaml:9:13: unknown document kind "workforce"; did you mean "workforces"? valid kinds: \
            CreateWorkforceRequest, DescribeWorkforceRequest, DescribeWorkforceResponse, ListModelPackageGroupsRequest, \
            ListModelPackageGroupsResponse, ListWorkforcesRequest, ListWorkforcesResponse, UpdateWorkforceRequest, \
            UpdateWorkforceResponse, all, requests, responses, workforce-requests, workforce-responses, workforces
            """)
    }

    /// The built-in packs' paths are checked here, loaded with their examples:
    /// a lint loads them without examples and without this check.
    @Test func everyBuiltinAndExamplePackStillLoads() throws {
        let set = try RuleTestSupport.ruleSetWithExamplePacks()
        #expect(set.rules.contains { $0.id == "COST001" })
    }
}

/// A bad character inside a value is reported where it is written, whatever
/// the scalar's style.
@Suite struct ValueCharacterPositionTests {
    static func regexError(_ regexLines: String) -> String? {
        PackTargetTests.loadError(PackTargetTests.pack(
            "    target: WorkforceName", check: "      function: pattern\n      regex: \(regexLines)"))
    }

    @Test func badRegexInBlockScalars() {
        // In ">-" the folded line break is a space: "^acme- [z-a]".
        #expect(Self.regexError(">-\n        ^acme-\n        [z-a]") == """
            p.yaml:14:12: invalid PCRE2 pattern in option "regex": range out of order in character class at offset 10
            """)
        #expect(Self.regexError("|\n        ^acme-\n\n        [a-z]+(") == """
            p.yaml:15:16: invalid PCRE2 pattern in option "regex": missing closing parenthesis at offset 16
            """)
    }

    @Test func badRegexInQuotedScalarsWithEscapes() {
        // `\x5e` is "^" and `\\` one backslash: PCRE2 stops at the end of `^ac\d+(?<`, the closing quote.
        #expect(Self.regexError(#""\x5eac\\d+(?<"# + "\"") == """
            p.yaml:12:28: invalid PCRE2 pattern in option "regex": subpattern name expected at offset 9
            """)
        #expect(Self.regexError("'it''s{2,1}'") == """
            p.yaml:12:24: invalid PCRE2 pattern in option "regex": numbers out of order in {} quantifier at offset 8
            """)
    }

    @Test func badTargetStepInABlockScalar() {
        #expect(PackTargetTests.loadError(PackTargetTests.pack("    target: >-\n      SourceIpConfig.Cidrs[*].Bits")) == """
            p.yaml:10:31: invalid target "SourceIpConfig.Cidrs[*].Bits": "SourceIpConfig.Cidrs[*]" is a string, which has \
            no member "Bits" (in \(PackTargetTests.workforceKinds))
            """)
        #expect(PackTargetTests.loadError(PackTargetTests.pack("    target: |-\n      SourceIpConfig.Cidr[*]")) == """
            p.yaml:10:22: invalid target "SourceIpConfig.Cidr[*]": unknown member "Cidr" of "SourceIpConfig" \
            (in \(PackTargetTests.workforceKinds)); did you mean "Cidrs"? valid members: Cidrs
            """)
    }
}
