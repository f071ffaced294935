import DocumentModel
import Testing

@testable import WFLintKit

/// A key written twice is its last value to `json.loads` (the AWS CLI's and
/// boto3's reading of JSON) and to PyYAML: every check reads that one, and a
/// value the loaders throw away is not checked. WF002 still points at each
/// later key, whatever it is set to.
@Suite struct DuplicateKeyLoadingTests {
    static let twoLists = """
        {
          "WorkforceName": "w",
          "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"},
          "SourceIpConfig": {"Cidrs": [FIRST]},
          "SourceIpConfig": {"Cidrs": [LAST]}
        }
        """

    static func twoLists(first: String, last: String) -> String {
        twoLists.replacingOccurrences(of: "FIRST", with: first).replacingOccurrences(of: "LAST", with: last)
    }

    /// The built-in rules' findings (the example packs' are left out).
    static func findings(_ json: String) throws -> [String] {
        try ExactTextRuleTests.findings(json).filter { $0.hasPrefix("WF") }
    }

    static let duplicate = #"WF002 5:3 /SourceIpConfig duplicate key "SourceIpConfig", first defined at 4:3"#

    @Test func theLastValueIsChecked() throws {
        #expect(try Self.findings(Self.twoLists(first: #""10.0.0.0/16""#, last: #""10.0.0.0/33""#)) == [
            Self.duplicate,
            #"WF201 5:32 /SourceIpConfig/Cidrs/0 CIDR "10.0.0.0/33" is invalid: prefix "33" is greater than 32; "#
                + #"expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32""#,
        ])
    }

    @Test func aValueTheLoadersThrowAwayIsNotChecked() throws {
        #expect(try Self.findings(Self.twoLists(first: #""10.0.0.0/33""#, last: #""10.0.0.0/16""#)) == [
            Self.duplicate
        ])
    }

    /// `exclusive` (WF101) sees one CognitoConfig, the last one written.
    @Test func anExclusiveMemberWrittenTwiceIsOneMember() throws {
        let cognito = #"{"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}"#
        let oidc = #"{"ClientId": "a", "ClientSecret": "${S}", "Issuer": "https://a.example.com", "#
            + #""AuthorizationEndpoint": "https://a.example.com/a", "TokenEndpoint": "https://a.example.com/t", "#
            + #""UserInfoEndpoint": "https://a.example.com/u", "LogoutEndpoint": "https://a.example.com/l", "#
            + #""JwksUri": "https://a.example.com/j"}"#
        let json = "{\n  \"WorkforceName\": \"w\",\n  \"CognitoConfig\": \(cognito),\n  \"OidcConfig\": \(oidc),\n"
            + "  \"CognitoConfig\": \(cognito)\n}"
        #expect(try Self.findings(json) == [
            #"WF002 5:3 /CognitoConfig duplicate key "CognitoConfig", first defined at 3:3"#,
            #"WF101 5:3 /CognitoConfig "CognitoConfig" cannot be set together with "OidcConfig" (set at 4:3); "#
                + "a workforce uses one identity provider",
        ])
    }

    /// A literal secret is committed in the file even where a later entry of
    /// the key replaces it for the loaders: WF140 still reports it (with
    /// WF002 off, it passed), and its text stays out of every message.
    @Test func aLiteralSecretWrittenBeforeItsRepeatIsStillReported() throws {
        let oidc = #"{"ClientId": "c", "ClientSecret": "Sup3r-Literal-Secret", "ClientSecret": "${OIDC_CLIENT_SECRET}", "#
            + #""Issuer": "https://i.example.com", "AuthorizationEndpoint": "https://i.example.com/a", "#
            + #""TokenEndpoint": "https://i.example.com/t", "UserInfoEndpoint": "https://i.example.com/u", "#
            + #""LogoutEndpoint": "https://i.example.com/l", "JwksUri": "https://i.example.com/j"}"#
        let found = try Self.findings("{\"WorkforceName\": \"labelers\",\n \"OidcConfig\": \(oidc)}")
        #expect(found.map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == [
            "WF140 2:50", "WF002 2:74",
        ])
        #expect(!found.contains { $0.contains("Sup3r") })
    }

    /// A pack's `*` over a map visits each key once, at its last entry.
    @Test func aWildcardVisitsTheLastEntryOfAKey() throws {
        let document = """
            WorkforceName: w
            OidcConfig:
              AuthenticationRequestExtraParams: {a: "1234", b: "12", a: "x", b: "5678"}
            """
        #expect(try ItemFilterTests.findings(target: "OidcConfig.AuthenticationRequestExtraParams.*", in: document) == [
            #"3:61 /OidcConfig/AuthenticationRequestExtraParams/a "bad x""#
        ])
    }

    /// A map's entry count is of the keys sent: a key written twice counts once.
    @Test func aMapCountsAKeyWrittenTwiceOnce() {
        let params = (1...10).map { "k\($0): v" }.joined(separator: ", ")
        let yaml = SchemaCheckerTests.oidcWorkforce + "  AuthenticationRequestExtraParams: {\(params), k1: w}"
        #expect(schemaFindings(yaml, as: .yaml) == [
            #"WF002 11:109 /OidcConfig/AuthenticationRequestExtraParams/k1 duplicate key "k1", first defined at 11:38"#
        ])
    }
}
