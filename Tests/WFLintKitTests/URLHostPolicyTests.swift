import Testing
@testable import WFLintKit

/// `allowed-hosts` and `same-host-as` compare the host a browser visits,
/// ignoring case, so a policy cannot be bypassed by how a URL is spelled.
@Suite struct URLHostPolicyTests {
    /// A policy whose pattern is written in upper case: patterns ignore case too.
    static let upperCasePolicy = """
        pack: {name: test-idp}
        rules:
          - id: TEST010
            name: idp-host
            severity: error
            summary: An OIDC endpoint is not on the corporate IdP.
            description: Corp signs workers in only through its own IdP.
            kinds: [workforces]
            target: [OidcConfig.Issuer, OidcConfig.TokenEndpoint, OidcConfig.JwksUri]
            check: {function: url, allowed-hosts: ['LOGIN\\.Corp\\.Example']}
            message: '{name} host "{host}" is not the corporate IdP'
            examples:
              valid:
                - json: '{"WorkforceName": "w", "OidcConfig": {"Issuer": "https://login.corp.example"}}'
              invalid:
                - json: '{"WorkforceName": "w", "OidcConfig": {"Issuer": "https://corp.example"}}'
                  findings: ["1:48"]

        """

    /// The findings of `ruleIDs` on `yaml`, linted with the built-in packs,
    /// the example packs and `extraPack`, as `line:col pointer rule message`.
    static func findings(_ yaml: String, extraPack: String? = nil, ruleIDs: Set<String>) throws -> [String] {
        var set = try RuleTestSupport.ruleSetWithExamplePacks()
        if let extraPack { try set.addPack(text: extraPack, file: "test-idp.yaml") }
        let table = RuleTable(set.descriptors)
        let result = DocumentLinter.lintSource(
            Array(yaml.utf8), format: .yaml, file: "w.yaml", operation: nil,
            checks: set.checks(enabledIn: table), rules: table, reportUnknown: true)
        return result.findings.filter { ruleIDs.contains($0.ruleID) }
            .map { "\($0.range.start) \($0.pointer) \($0.ruleID) \($0.message)" }.sorted()
    }

    @Test func aBackslashBeforeTheAllowedHostIsRejectedAndNotAllowed() throws {
        let yaml = #"""
            WorkforceName: labelers
            OidcConfig:
              Issuer: https://login.acme.example
              AuthorizationEndpoint: 'https://evil.test\@login.acme.example/authorize'

            """#
        #expect(try Self.findings(yaml, ruleIDs: ["WF112", "WF113", "CORP010"]) == [
            #"4:26 /OidcConfig/AuthorizationEndpoint CORP010 AuthorizationEndpoint host "evil.test" is not an approved identity provider host"#,
            #"4:26 /OidcConfig/AuthorizationEndpoint WF112 AuthorizationEndpoint "https://evil.test\@login.acme.example/authorize" is not a valid https URL: it contains the character "\", which RFC 3986 does not allow in a URL and a browser reads as "/"; percent-encode it as %5C"#,
        ])
    }

    @Test func hostsAreComparedIgnoringCaseAndATrailingDot() throws {
        let yaml = """
            WorkforceName: labelers
            OidcConfig:
              Issuer: https://LOGIN.CORP.EXAMPLE/
              TokenEndpoint: https://login.corp.example./token
              JwksUri: https://Login.Corp.Example:/keys

            """
        #expect(try Self.findings(yaml, extraPack: Self.upperCasePolicy, ruleIDs: ["WF112", "WF113", "TEST010"]) == [])
    }

    @Test func aHostThatIsNotAllowedIsNamedAsABrowserReadsIt() throws {
        let yaml = """
            WorkforceName: labelers
            OidcConfig:
              Issuer: https://LOGIN.CORP.EXAMPLE@EVIL.TEST/
              TokenEndpoint: https://b\u{FC}cher.example/token
              JwksUri: https://login%2Ecorp.example.evil.test/keys

            """
        #expect(try Self.findings(yaml, extraPack: Self.upperCasePolicy, ruleIDs: ["TEST010"]) == [
            #"3:11 /OidcConfig/Issuer TEST010 Issuer host "evil.test" is not the corporate IdP"#,
            #"4:18 /OidcConfig/TokenEndpoint TEST010 TokenEndpoint host "bücher.example" is not the corporate IdP"#,
            #"5:12 /OidcConfig/JwksUri TEST010 JwksUri host "login.corp.example.evil.test" is not the corporate IdP"#,
        ])
    }

    @Test func sameHostAsComparesTheHostsABrowserReads() throws {
        let yaml = """
            WorkforceName: labelers
            OidcConfig:
              Issuer: https://IDP.example.com.
              AuthorizationEndpoint: https://idp%2Eexample.com:/authorize
              TokenEndpoint: https://[2001:DB8::1]/token
              UserInfoEndpoint: https://user@idp.example.com:00443/userinfo

            """
        #expect(try Self.findings(yaml, ruleIDs: ["WF112", "WF113"]) == [
            #"5:18 /OidcConfig/TokenEndpoint WF113 TokenEndpoint host "[2001:db8::1]" differs from the Issuer host "idp.example.com""#,
        ])
    }
}
