import Testing
@testable import WFLintKit

/// WF111 oidc-https (the `url` check's `require-scheme`): `http://` is written
/// `https://` (unsafe), a listed scheme in other case in lower case (safe).
@Suite struct SchemeFixTests {
    /// An OidcConfig in block style whose Issuer and TokenEndpoint are as given.
    static func block(issuer: String, token: String = "https://idp.example.com/token") -> String {
        ScopeDocuments.block("  Scope: openid\n")
            .replacingOccurrences(of: "Issuer: https://idp.example.com", with: "Issuer: \(issuer)")
            .replacingOccurrences(of: "TokenEndpoint: https://idp.example.com/token", with: "TokenEndpoint: \(token)")
    }

    @Test func yamlBlockHTTPIsUnsafeAndUpperCaseHTTPSIsSafe() throws {
        let input = Self.block(issuer: "http://idp.example.com  # old", token: "'HTTPS://idp.example.com/token'")
        #expect(try fixesOffered("WF111", in: input) == [
            #"5:11 /OidcConfig/Issuer Issuer "http://idp.example.com" must begin with "https://" -> Write "https://" (unsafe)"#,
            #"7:18 /OidcConfig/TokenEndpoint TokenEndpoint "HTTPS://idp.example.com/token" must begin with "https://" -> Write "https://" (safe)"#,
        ])
        try expectSafeThenUnsafe(
            input, safely: Self.block(issuer: "http://idp.example.com  # old", token: "'https://idp.example.com/token'"),
            to: Self.block(issuer: "https://idp.example.com  # old", token: "'https://idp.example.com/token'"),
            removing: "WF111")
    }

    @Test func yamlFlow() throws {
        func flow(_ issuer: String) -> String {
            ScopeDocuments.flow("openid").replacingOccurrences(
                of: "Issuer: https://idp.example.com,", with: "Issuer: \(issuer),")
        }
        try expectUnsafeFix(flow("\"Http://idp.example.com\""), to: flow("\"https://idp.example.com\""), removing: "WF111")
    }

    @Test func jsonWithCRLFAndByteOrderMark() throws {
        let input = ScopeDocuments.json("openid").replacingOccurrences(
            of: #""Issuer": "https://"#, with: #""Issuer": "http://"#)
        try expectUnsafeFix(input, name: "team.json", to: ScopeDocuments.json("openid"), removing: "WF111")
    }

    @Test func notOfferedWithoutASchemeForAnotherSchemeOrForAnEscapedValue() throws {
        for (issuer, shown) in [("idp.example.com", "idp.example.com"), ("ftp://idp.example.com", "ftp://idp.example.com"),
                                (#""http:\x2F/idp.example.com""#, "http://idp.example.com")] {
            try expectRefused("WF111", in: Self.block(issuer: issuer), findings: [
                #"5:11 /OidcConfig/Issuer Issuer "\#(shown)" must begin with "https://" -> no fix"#
            ])
        }
    }

    @Test func aPackRuleWithTheSameCheckGetsTheSameFix() throws {
        var ruleSet = RuleSet.builtin()
        try ruleSet.addPack(text: """
            pack:
              name: corp
              description: Our provider's URLs.
            rules:
              - id: CORP2
                name: logout-scheme
                severity: error
                summary: The logout endpoint is https or wss.
                description: Our provider logs out over https or a web socket.
                target: OidcConfig.LogoutEndpoint
                check:
                  function: url
                  schemes: [https, wss]
                  require-scheme: true
                message: '{value} has another scheme'
                examples:
                  valid:
                    - |
                      WorkforceName: w
                      OidcConfig: {LogoutEndpoint: 'wss://idp.example.com/l'}
                  invalid:
                    - yaml: |
                        WorkforceName: w
                        OidcConfig: {LogoutEndpoint: 'WSS://idp.example.com/l'}
                      findings: ["2:30"]
                      fixed: |
                        WorkforceName: w
                        OidcConfig: {LogoutEndpoint: 'wss://idp.example.com/l'}
            """, file: "corp.yaml")
        let table = RuleTable(ruleSet.descriptors)
        let rule = try #require(ruleSet.rule("CORP2"))
        #expect(rule.fixes.map(\.kindText) == ["safe (applied by --fix)", "unsafe (applied by --fix --unsafe-fixes)"])
        let linter = Linter(checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil)
        let input = Self.block(issuer: "https://idp.example.com")
            .replacingOccurrences(of: "LogoutEndpoint: https://", with: "LogoutEndpoint: Wss://")
        let fixed = linter.fix(
            Array(input.utf8), as: LintInput(source: .file("team.yaml"), displayName: "team.yaml", isExplicit: true))
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == input.replacingOccurrences(of: "Wss://", with: "wss://"))
        #expect(describedWithFixes(linter.lint(
            Array(input.utf8), as: LintInput(source: .file("team.yaml"), displayName: "team.yaml", isExplicit: true)
        ).findings, of: "CORP2") == [#"9:19 /OidcConfig/LogoutEndpoint Wss://idp.example.com/logout has another scheme -> Write "wss://" (safe)"#])
    }
}
