import DocumentModel
import Testing
@testable import WFLintKit

/// The CognitoConfig every document of these tests has, in flow style.
private let cognito = "CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}"

/// A request in JSON with CR LF line breaks and a byte-order mark: the
/// CognitoConfig's members as given, then `more` members.
private func requestJSON(cognito members: String, _ more: String = "") -> String {
    crlfWithBOM(#"{"WorkforceName": "équipe","# + "\n" + #"  "CognitoConfig": {"# + members + "}" + more + "}\n")
}

/// WF008 enum: the one allowed value that differs only in case (safe).
@Suite struct EnumFixTests {
    @Test func yamlBlockPlain() throws {
        let input = "WorkforceName: labelers  # team\n\(cognito)\nIpAddressType: IPv4   # v4 only\n"
        #expect(try fixesOffered("WF008", in: input) == [
            #"3:16 /IpAddressType "IpAddressType" must be one of 'dualstack', 'ipv4', got "IPv4"; did you mean 'ipv4'? -> Write 'ipv4' (safe)"#
        ])
        try expectFixed(
            input, to: "WorkforceName: labelers  # team\n\(cognito)\nIpAddressType: ipv4   # v4 only\n",
            removing: "WF008", appliedCount: 1)
    }

    @Test func yamlFlowSingleQuoted() throws {
        try expectFixed(
            "{WorkforceName: labelers, \(cognito), IpAddressType: 'DualStack'}  # é\n",
            to: "{WorkforceName: labelers, \(cognito), IpAddressType: 'dualstack'}  # é\n",
            removing: "WF008", appliedCount: 1)
    }

    @Test func jsonWithCRLFAndByteOrderMark() throws {
        func json(_ type: String) -> String {
            requestJSON(cognito: #""UserPool": "us-east-1_abcDEF123", "ClientId": "abc""#, ",\n" + #"  "IpAddressType": "\#(type)""#)
        }
        try expectFixed(json("IPV4"), name: "team.json", to: json("ipv4"), removing: "WF008", appliedCount: 1)
    }

    @Test func notOfferedWithoutACaseInsensitiveMatchOrForAnEscapedValue() throws {
        let unmatched = "WorkforceName: labelers\n\(cognito)\nIpAddressType: ipv6\n"
        try expectRefused("WF008", in: unmatched, findings: [
            #"3:16 /IpAddressType "IpAddressType" must be one of 'dualstack', 'ipv4', got "ipv6" -> no fix"#
        ])
        let escaped = #"{"WorkforceName": "w", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}, "IpAddressType": "IPv\u0034"}"#
        try expectRefused("WF008", in: escaped, name: "team.json", findings: [
            #"1:114 /IpAddressType "IpAddressType" must be one of 'dualstack', 'ipv4', got "IPv4"; did you mean 'ipv4'? -> no fix"#
        ])
    }

    @Test func notOfferedWhenTwoAllowedValuesDifferOnlyInCase() throws {
        let input = "WorkforceName: w\nMode: FAST\nOther: SLOW\n"
        #expect(try SchemaFixCatalog.fixesOffered("WF008", in: input) == [
            #"2:7 /Mode "Mode" must be one of 'Fast', 'fast', 'slow', got "FAST"; did you mean 'Fast'? -> no fix"#,
            #"3:8 /Other "Other" must be one of 'Fast', 'fast', 'slow', got "SLOW"; did you mean 'slow'? -> Write 'slow' (safe)"#,
        ])
    }
}

/// WF003 unknown-field: the key is renamed to the one suggestion (safe when
/// only the case differs, else unsafe).
@Suite struct UnknownFieldFixTests {
    @Test func yamlBlockSafeCaseRenameAndUnsafeTypoRename() throws {
        let input = """
            WorkforceName: labelers
            # the office
            SourceIPConfig:   # case
              Cidrs: [10.0.0.0/8]
            CognitoConfg:
              UserPool: us-east-1_abcDEF123
              ClientId: abc

            """
        #expect(try fixesOffered("WF003", in: input) == [
            #"3:1 /SourceIPConfig "SourceIPConfig" is not a member of CreateWorkforceRequest; did you mean 'SourceIpConfig'? -> Rename the key to 'SourceIpConfig' (safe)"#,
            #"5:1 /CognitoConfg "CognitoConfg" is not a member of CreateWorkforceRequest; did you mean 'CognitoConfig'? -> Rename the key to 'CognitoConfig' (unsafe)"#,
        ])
        let safelyFixed = input.replacingOccurrences(of: "SourceIPConfig", with: "SourceIpConfig")
        try expectSafeThenUnsafe(
            input, safely: safelyFixed, to: safelyFixed.replacingOccurrences(of: "CognitoConfg", with: "CognitoConfig"),
            removing: "WF003")
    }

    @Test func yamlFlowNestedAndQuotedKeys() throws {
        try expectFixed(
            "{WorkforceName: labelers, CognitoConfig: {UserPool: us-east-1_abcDEF123, 'ClientID': abc}}  # é\n",
            to: "{WorkforceName: labelers, CognitoConfig: {UserPool: us-east-1_abcDEF123, 'ClientId': abc}}  # é\n",
            removing: "WF003", appliedCount: 1)
    }

    @Test func jsonWithCRLFAndByteOrderMark() throws {
        func json(_ key: String) -> String {
            requestJSON(cognito: #""userpool": "us-east-1_abcDEF123", "\#(key)": "abc""#)
        }
        #expect(try fixesOffered("WF003", in: json("clientid"), name: "team.json") == [
            #"2:21 /CognitoConfig/userpool "userpool" is not a member of CognitoConfig; did you mean 'UserPool'? -> Rename the key to 'UserPool' (safe)"#,
            #"2:56 /CognitoConfig/clientid "clientid" is not a member of CognitoConfig; did you mean 'ClientId'? -> Rename the key to 'ClientId' (safe)"#,
        ])
        try expectFixed(
            json("clientid"), name: "team.json",
            to: json("ClientId").replacingOccurrences(of: "userpool", with: "UserPool"),
            removing: "WF003", appliedCount: 2)
    }

    @Test func notOfferedWhereTheRenameWouldDuplicateAKey() throws {
        // The member is there already, or two keys would both become it.
        let present = "WorkforceName: labelers\n\(cognito)\ncognitoconfig: {}\n"
        try expectRefused("WF003", in: present, findings: [
            #"3:1 /cognitoconfig "cognitoconfig" is not a member of CreateWorkforceRequest; did you mean 'CognitoConfig'? -> no fix"#
        ])
        let twice = "WorkforceName: labelers\n\(cognito)\nSourceIPConfig: {Cidrs: [10.0.0.0/8]}\nsourceIpConfig: {}\n"
        try expectRefused("WF003", in: twice, findings: [
            #"3:1 /SourceIPConfig "SourceIPConfig" is not a member of CreateWorkforceRequest; did you mean 'SourceIpConfig'? -> no fix"#,
            #"4:1 /sourceIpConfig "sourceIpConfig" is not a member of CreateWorkforceRequest; did you mean 'SourceIpConfig'? -> no fix"#,
        ])
    }

    @Test func notOfferedForAnAliasAComplexOrAnEscapedKeyOrWithoutASuggestion() throws {
        let alias = "WorkforceName: labelers\n\(cognito)\nTags: [{Key: &k SourceIPConfig, Value: v}]\n*k : {Cidrs: [10.0.0.0/8]}\n"
        try expectRefused("WF003", in: alias, findings: [
            #"4:1 /SourceIPConfig "SourceIPConfig" is not a member of CreateWorkforceRequest; did you mean 'SourceIpConfig'? -> no fix"#
        ])
        let complex = "WorkforceName: labelers\n\(cognito)\n? [SourceIPConfig]\n: {}\nZzz: 1\n"
        let members = "expected one of 'CognitoConfig', 'IpAddressType', 'OidcConfig', 'SourceIpConfig', 'Tags', 'WorkforceName', 'WorkforceVpcConfig'"
        #expect(try fixesOffered("WF003", in: complex) == [
            "3:3 / a key that is not a string is not a member of CreateWorkforceRequest; \(members) -> no fix",
            "5:1 /Zzz \"Zzz\" is not a member of CreateWorkforceRequest; \(members) -> no fix",
        ])
        let escaped = #"{"WorkforceName": "w", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "Client\u0049D": "abc"}}"#
        #expect(try fixesOffered("WF003", in: escaped, name: "team.json") == [
            #"1:77 /CognitoConfig/ClientID "ClientID" is not a member of CognitoConfig; did you mean 'ClientId'? -> no fix"#
        ])
    }

    @Test func aSecretsKeyIsRenamedAndItsValueNeverShown() throws {
        // The fix edits the key alone: its text is the member's name.
        let written = ScopeDocuments.block("  Scope: openid\n")
            .replacingOccurrences(of: "s3cr3t-Value-0001", with: "${OIDC_CLIENT_SECRET}")
        let input = written.replacingOccurrences(of: "ClientSecret:", with: "clientSecret:")
        let finding = try #require(try lintWithBuiltinRules(input).findings.first { $0.ruleID == "WF003" })
        #expect(finding.message == #""clientSecret" is not a member of OidcConfig; did you mean 'ClientSecret'?"#)
        #expect(finding.fix?.edits.map(\.replacement) == ["ClientSecret"])
        try expectFixed(input, to: written, removing: "WF003", appliedCount: 1)
    }

    @Test func notOfferedWhenTwoMembersAreAsNear() throws {
        #expect(try SchemaFixCatalog.fixesOffered("WF003", in: "WorkforceName: w\nAlpha: 1\nAlpha11: 2\n") == [
            #"2:1 /Alpha "Alpha" is not a member of CreateWorkforceRequest; did you mean 'Alpha1'? -> no fix"#,
            #"3:1 /Alpha11 "Alpha11" is not a member of CreateWorkforceRequest; did you mean 'Alpha1'? -> Rename the key to 'Alpha1' (unsafe)"#,
        ])
    }
}

/// A schema checker over shapes made for these tests: an enum with two
/// values that differ only in case, and two members as near as each other.
enum SchemaFixCatalog {
    static func catalog() throws -> ShapeCatalog {
        let kinds = DocumentKind.allCases.map { "  \($0.rawValue): Request\n" }.joined()
        return try ShapeCatalog(yaml: """
            kinds:
            \(kinds)shapes:
              Request:
                type: structure
                members: {WorkforceName: Text, Mode: Mode, Other: Mode, Alpha1: Text, Alpha2: Text}
              Text: {type: string}
              Mode: {type: string, enum: [fast, Fast, slow]}
            """, file: "shapes.yaml")
    }

    static func fixesOffered(_ ruleID: String, in text: String) throws -> [String] {
        let linter = Linter(
            checks: [SchemaChecker(catalog: try catalog())], rules: RuleTable(RuleSet.builtin().descriptors),
            operation: nil)
        let linted = linter.lint(
            Array(text.utf8), as: LintInput(source: .file("a.yaml"), displayName: "a.yaml", isExplicit: true))
        return describedWithFixes(linted.findings, of: ruleID)
    }
}
