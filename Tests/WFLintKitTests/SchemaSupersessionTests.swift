import DocumentModel
import Testing

@testable import WFLintKit

/// Where a more specific rule owns a defect, the schema rules step aside for
/// exactly that rule and pointer, and keep reporting everywhere else.
@Suite struct SchemaSupersessionTests {
    let yaml = """
        WorkforceName: wf
        SourceIpConfig:
          Cidrs: [10.0.0.300/8, 10.1.0.0/16, 10.2.0.0/16, 10.3.0.0/16, 10.4.0.0/16, 10.5.0.0/16,
                  10.6.0.0/16, 10.7.0.0/16, 10.8.0.0/16, 10.9.0.0/16, 10.10.0.0/16]
        OidcConfig:
          ClientId: a
        CognitoConfig:
          UserPool: us-east-1_abc
        """

    @Test func withoutSupersessionTheSchemaRulesReportEverything() {
        let findings = schemaFindings(yaml, as: .yaml)
        #expect(findings.count == 10)
        #expect(findings.contains(#"WF006 3:10 /SourceIpConfig/Cidrs "Cidrs" must have between 1 and 10 entries, got 11"#))
        #expect(findings.contains(
            #"WF007 3:11 /SourceIpConfig/Cidrs/0 "Cidrs[0]" must match the API pattern of shape Cidr, got "10.0.0.300/8""#))
        #expect(findings.filter { $0.hasPrefix("WF005 5:1 /OidcConfig OidcConfig is missing required member") }.count == 7)
        #expect(findings.contains(#"WF005 7:1 /CognitoConfig CognitoConfig is missing required member "ClientId""#))
    }

    @Test func supersededChecksStepAsideAtTheirPointerOnly() {
        var supersession = Supersession()
        supersession.insert("WF006", at: JSONPointer(["SourceIpConfig", "Cidrs"]))
        supersession.insert("WF007", at: JSONPointer(["SourceIpConfig", "Cidrs", "0"]))
        supersession.insert("WF005", at: JSONPointer(["OidcConfig"]))
        // The same rule id at another pointer does not silence CognitoConfig.
        supersession.insert("WF005", at: JSONPointer(["WorkforceVpcConfig"]))
        #expect(schemaFindings(yaml, as: .yaml, supersession: supersession) == [
            #"WF005 7:1 /CognitoConfig CognitoConfig is missing required member "ClientId""#,
        ])
    }

    @Test func aSupersededLengthStillKeepsThePatternCheckOffTheValue() {
        var supersession = Supersession()
        supersession.insert("WF006", at: JSONPointer(["SourceIpConfig", "Cidrs", "0"]))
        // "1/8" is too short (WF006, superseded) and off-pattern: WF007 stays silent too.
        #expect(schemaFindings(#"{"WorkforceName": "wf", "SourceIpConfig": {"Cidrs": ["1/8"]}}"#, as: .json,
                               supersession: supersession) == [])
    }
}

/// Sensitive values are marked for the reporters and never quoted in a message.
@Suite struct SchemaSensitiveValueTests {
    @Test func aClientSecretOfTheWrongTypeIsReportedWithoutItsValue() throws {
        let yaml = """
            WorkforceName: wf
            OidcConfig:
              ClientId: a
              ClientSecret: 12345
              Issuer: https://idp.example.com
              AuthorizationEndpoint: https://idp.example.com/auth
              TokenEndpoint: https://idp.example.com/token
              UserInfoEndpoint: https://idp.example.com/userinfo
              LogoutEndpoint: https://idp.example.com/logout
              JwksUri: https://idp.example.com/jwks
            """
        let sink = try #require(schemaSink(yaml, as: .yaml))
        #expect(sink.findings.map { "\($0.ruleID) \($0.range.start) \($0.message)" } == [
            #"WF004 4:17 "ClientSecret" must be a string, got integer (value hidden); quote it to make it a string"#,
        ])
        #expect(sink.sensitiveRanges.map(\.description) == ["4:17-4:22"])
    }

    @Test func aValidClientSecretIsMarkedSensitive() throws {
        let json = #"{"WorkforceName": "wf", "OidcConfig": {"ClientSecret": "s3cr3t!"}}"#
        let sink = try #require(schemaSink(json, as: .json))
        #expect(sink.sensitiveRanges.map(\.description) == ["1:56-1:65"])
        #expect(sink.findings.allSatisfy { !$0.message.contains("s3cr3t") })
    }

    @Test func everySchemaMessageAboutAClientSecretLeavesItsValueOut() {
        func secretFindings(_ text: String, as format: Format) -> [String] {
            schemaFindings(text, as: format).filter { $0.contains("/OidcConfig/ClientSecret") }
        }
        #expect(secretFindings(#"{"WorkforceName": "wf", "OidcConfig": {"ClientSecret": "tab\there"}}"#, as: .json) == [
            #"WF007 1:56 /OidcConfig/ClientSecret "ClientSecret" must match the API pattern '[ -~]+'"#,
        ])
        #expect(secretFindings("WorkforceName: wf\nOidcConfig:\n  ClientSecret: ''", as: .yaml) == [
            #"WF006 3:17 /OidcConfig/ClientSecret "ClientSecret" must be between 1 and 1024 characters long, got 0"#,
        ])
        #expect(secretFindings("WorkforceName: wf\nOidcConfig:\n  ClientSecret: yes", as: .yaml) == [
            #"WF009 3:17 /OidcConfig/ClientSecret "ClientSecret" is a plain scalar that PyYAML reads as a boolean (the AWS CLI reads a string); quote it"#,
        ])
        #expect(secretFindings("WorkforceName: wf\nOidcConfig:\n  ClientSecret: 1:20", as: .yaml) == [
            #"WF009 3:17 /OidcConfig/ClientSecret "ClientSecret" is a plain scalar that PyYAML reads as an integer (the AWS CLI reads a string); quote it"#,
        ])
        #expect(secretFindings("WorkforceName: wf\nOidcConfig:\n  ClientSecret: 2030-01-01", as: .yaml) == [
            #"WF004 3:17 /OidcConfig/ClientSecret "ClientSecret" must be a string, got date (value hidden); quote it to make it a string"#,
        ])
    }

    @Test func aClientSecretWhereNoShapeHasOneIsStillMarked() throws {
        let yaml = """
            Workforce:
              WorkforceName: wf
              WorkforceArn: arn:aws:sagemaker:us-east-1:123456789012:workforce/wf
              OidcConfig:
                ClientSecret: hunter2
                ClientSecret: hunter3
            """
        let sink = try #require(schemaSink(yaml, as: .yaml))
        let members = "'AuthenticationRequestExtraParams', 'AuthorizationEndpoint', 'ClientId', 'Issuer', "
            + "'JwksUri', 'LogoutEndpoint', 'Scope', 'TokenEndpoint', 'UserInfoEndpoint'"
        #expect(sink.findings.sorted(by: Finding.reportOrder).map {
            "\($0.ruleID) \($0.range.start) \($0.pointer) \($0.message)"
        } == [
            #"WF002 6:5 /Workforce/OidcConfig/ClientSecret duplicate key "ClientSecret", first defined at 5:5"#,
            #"WF003 6:5 /Workforce/OidcConfig/ClientSecret "ClientSecret" is not a member of OidcConfigForResponse; expected one of \#(members)"#,
        ])
        #expect(sink.sensitiveRanges.map(\.description) == ["5:19-5:26", "6:19-6:26"])
    }
}
