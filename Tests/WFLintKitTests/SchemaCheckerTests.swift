import DocumentModel
import Testing

@testable import WFLintKit

/// Every schema rule, firing on a defect and silent once it is fixed, in JSON
/// and in YAML: rule id, line:column, pointer and the exact message.
@Suite struct SchemaCheckerTests {
    /// A key written twice is its last value to `json.loads` (the AWS CLI's
    /// and boto3's reading) and PyYAML: that one is checked, the first is
    /// not, and WF002 points at the second key.
    @Test func duplicateKeyPointsAtTheSecondKeyAndTheLastValueIsChecked() {
        let json = """
            {
              "WorkforceName": "wf",
              "CognitoConfig": {
                "UserPool": "us-east-1_abc",
                "ClientId": "a",
                "ClientId": 5
              }
            }
            """
        let yaml = """
            WorkforceName: wf
            CognitoConfig:
              UserPool: us-east-1_abc
              ClientId: a
              ClientId: 5
            """
        let mustBeAString = #""ClientId" must be a string, got integer 5; quote it to make it a string: "5""#
        #expect(schemaFindings(json, as: .json) == [
            #"WF002 6:5 /CognitoConfig/ClientId duplicate key "ClientId", first defined at 5:5"#,
            "WF004 6:17 /CognitoConfig/ClientId \(mustBeAString)",
        ])
        #expect(schemaFindings(yaml, as: .yaml) == [
            #"WF002 5:3 /CognitoConfig/ClientId duplicate key "ClientId", first defined at 4:3"#,
            "WF004 5:13 /CognitoConfig/ClientId \(mustBeAString)",
        ])
        // The other way round, the value thrown away is not checked.
        let swapped = json.replacingOccurrences(of: #""ClientId": "a","#, with: "SECOND")
            .replacingOccurrences(of: #""ClientId": 5"#, with: #""ClientId": "a""#)
            .replacingOccurrences(of: "SECOND", with: #""ClientId": 5,"#)
        #expect(schemaFindings(swapped, as: .json) == [
            #"WF002 6:5 /CognitoConfig/ClientId duplicate key "ClientId", first defined at 5:5"#,
        ])
        let fixedJSON = json.replacingLine(containing: "\"ClientId\": 5", with: nil)
            .replacingLine(containing: "\"ClientId\": \"a\",", with: "    \"ClientId\": \"a\"")
        #expect(schemaFindings(fixedJSON, as: .json) == [])
        #expect(schemaFindings(yaml.replacingLine(containing: "ClientId: 5", with: nil), as: .yaml) == [])
    }

    /// A duplicate is found however far from its first definition, after a
    /// key that is no scalar, and in a mapping of more than 16 keys (looked
    /// up in a table, not compared pairwise).
    @Test func duplicateKeyIsFoundFarApartAfterACollectionKeyAndInABigMapping() {
        let oidc = Self.oidcWorkforce
        #expect(schemaFindings(oidc + "  AuthenticationRequestExtraParams: {? [x] : y, p1: v, p2: v, p1: w}", as: .yaml) == [
            #"WF004 11:40 /OidcConfig/AuthenticationRequestExtraParams/ key "" of "AuthenticationRequestExtraParams" must be a string, got a list"#,
            #"WF002 11:63 /OidcConfig/AuthenticationRequestExtraParams/p1 duplicate key "p1", first defined at 11:49"#,
        ])
        let many = (0..<17).map { "k\($0): v" }.joined(separator: ", ")
        #expect(schemaFindings(oidc + "  AuthenticationRequestExtraParams: {\(many), k3: w}", as: .yaml) == [
            #"WF006 11:37 /OidcConfig/AuthenticationRequestExtraParams "AuthenticationRequestExtraParams" must have at most 10 entries, got 17"#,
            #"WF002 11:164 /OidcConfig/AuthenticationRequestExtraParams/k3 duplicate key "k3", first defined at 11:59"#,
        ])
    }

    /// A valid OIDC workforce in YAML, ending in a line break: its next line
    /// is the 11th, a member of `OidcConfig` at two spaces.
    static let oidcWorkforce = """
        WorkforceName: wf
        OidcConfig:
          ClientId: a
          ClientSecret: "${S}"
          Issuer: https://a.example.com
          AuthorizationEndpoint: https://a.example.com/a
          TokenEndpoint: https://a.example.com/t
          UserInfoEndpoint: https://a.example.com/u
          LogoutEndpoint: https://a.example.com/l
          JwksUri: https://a.example.com/j

        """

    @Test func unknownFieldSuggestsTheNearestMemberOrListsThemAll() {
        let json = """
            {
              "WorkforceName": "wf",
              "CognitoConfg": {"UserPool": "us-east-1_abc", "ClientId": "a"},
              "CognitoConfig": {"UserPool": "us-east-1_abc", "ClientId": "a", "Region": "us-east-1"}
            }
            """
        let yaml = """
            WorkforceName: wf
            CognitoConfg: {UserPool: us-east-1_abc, ClientId: a}
            CognitoConfig:
              UserPool: us-east-1_abc
              ClientId: a
              Region: us-east-1
            """
        let typo = #""CognitoConfg" is not a member of CreateWorkforceRequest; did you mean 'CognitoConfig'?"#
        let stray = #""Region" is not a member of CognitoConfig; expected one of 'ClientId', 'UserPool'"#
        #expect(schemaFindings(json, as: .json) == [
            "WF003 3:3 /CognitoConfg \(typo)", "WF003 4:67 /CognitoConfig/Region \(stray)",
        ])
        #expect(schemaFindings(yaml, as: .yaml) == [
            "WF003 2:1 /CognitoConfg \(typo)", "WF003 6:3 /CognitoConfig/Region \(stray)",
        ])
        let fixedJSON = """
            {"WorkforceName": "wf", "CognitoConfig": {"UserPool": "us-east-1_abc", "ClientId": "a"}}
            """
        #expect(schemaFindings(fixedJSON, as: .json) == [])
        #expect(schemaFindings("WorkforceName: wf\nCognitoConfig: {UserPool: us-east-1_abc, ClientId: a}",
                               as: .yaml) == [])
    }

    @Test func wrongTypeNamesTheExpectedTypeAndSaysToQuotePlainScalars() {
        let json = """
            {
              "WorkforceName": 123,
              "SourceIpConfig": {"Cidrs": "10.0.0.0/16"},
              "Tags": [{"Key": "team", "Value": null}]
            }
            """
        let yaml = """
            WorkforceName: 123
            SourceIpConfig:
              Cidrs: 10.0.0.0/16
            Tags:
              - Key: team
                Value: ~
            """
        let name = #""WorkforceName" must be a string, got integer 123; quote it to make it a string: "123""#
        let cidrs = #""Cidrs" must be a list, got string "10.0.0.0/16""#
        let value = #""Value" must be a string, got null; quote it to make it a string: "#
        #expect(schemaFindings(json, as: .json) == [
            "WF004 2:20 /WorkforceName \(name)", "WF004 3:31 /SourceIpConfig/Cidrs \(cidrs)",
            "WF004 4:37 /Tags/0/Value \(value)\"null\"",
        ])
        #expect(schemaFindings(yaml, as: .yaml) == [
            "WF004 1:16 /WorkforceName \(name)", "WF004 3:10 /SourceIpConfig/Cidrs \(cidrs)",
            "WF004 6:12 /Tags/0/Value \(value)\"~\"",
        ])
        let fixedJSON = """
            {"WorkforceName": "wf", "SourceIpConfig": {"Cidrs": ["10.0.0.0/16"]}, "Tags": [{"Key": "team", "Value": "a"}]}
            """
        let fixedYAML = "WorkforceName: '123'\nSourceIpConfig:\n  Cidrs: [10.0.0.0/16]\nTags:\n  - {Key: team, Value: ''}"
        #expect(schemaFindings(fixedJSON, as: .json) == [])
        #expect(schemaFindings(fixedYAML, as: .yaml) == [])
    }

    @Test func timestampsAreWhatBotocoreAcceptsAndCanSend() {
        let expected = "must be a timestamp (epoch seconds, an ISO 8601 date or date-time, or an RFC 822 date), got"
        let range = "botocore can send only instants from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z"
        #expect(schemaFindings(#"{"CreationTimeAfter": "1700000000", "CreationTimeBefore": "yesterday"}"#, as: .json) == [
            #"WF004 1:59 /CreationTimeBefore "CreationTimeBefore" \#(expected) string "yesterday""#,
        ])
        #expect(schemaFindings("CreationTimeAfter: '0000-01-01'\nCreationTimeBefore: '2024-13-01'", as: .yaml) == [
            #"WF004 1:20 /CreationTimeAfter "CreationTimeAfter" \#(expected) string "0000-01-01"; \#(range)"#,
            #"WF004 2:21 /CreationTimeBefore "CreationTimeBefore" \#(expected) string "2024-13-01""#,
        ])
        #expect(schemaFindings(#"{"CreationTimeAfter": 253402300800}"#, as: .json) == [
            #"WF004 1:23 /CreationTimeAfter "CreationTimeAfter" \#(expected) integer 253402300800; \#(range)"#,
        ])
        #expect(schemaFindings(#"{"CreationTimeAfter": 1700000000, "CreationTimeBefore": "2024-05-01T12:30:00Z"}"#,
                               as: .json) == [])
        #expect(schemaFindings(#"{"CreationTimeAfter": "20240601T000000Z", "CreationTimeBefore": "Mon, 01 Jul 2024 00:00:00 GMT"}"#,
                               as: .json) == [])
        #expect(schemaFindings("CreationTimeAfter: '2024-01-01'\nCreationTimeBefore: 2024-05-01T12:30:00,5+02:00",
                               as: .yaml) == [])
    }

    @Test func missingFieldPointsAtTheKeyTheListElementOrTheRoot() {
        let json = """
            {
              "WorkforceName": "wf",
              "CognitoConfig": {"UserPool": "us-east-1_abc"},
              "Tags": [{"Key": "team"}]
            }
            """
        let yaml = """
            WorkforceName: wf
            CognitoConfig:
              UserPool: us-east-1_abc
            Tags:
              - Key: team
            """
        let clientID = #"CognitoConfig is missing required member "ClientId""#
        let value = #"Tag is missing required member "Value""#
        #expect(schemaFindings(json, as: .json) == ["WF005 3:3 /CognitoConfig \(clientID)", "WF005 4:12 /Tags/0 \(value)"])
        #expect(schemaFindings(yaml, as: .yaml) == ["WF005 2:1 /CognitoConfig \(clientID)", "WF005 5:5 /Tags/0 \(value)"])

        let root = #"UpdateWorkforceRequest is missing required member "WorkforceName""#
        #expect(schemaFindings(#"{"SourceIpConfig": {"Cidrs": ["10.0.0.0/16"]}}"#, as: .json,
                               kind: .updateWorkforceRequest) == ["WF005 1:1  \(root)"])
        #expect(schemaFindings("# an update\nSourceIpConfig:\n  Cidrs: [10.0.0.0/16]", as: .yaml,
                               kind: .updateWorkforceRequest) == ["WF005 2:1  \(root)"])

        #expect(schemaFindings(#"{"WorkforceName": "wf", "CognitoConfig": {}}"#, as: .json) == [
            #"WF005 1:25 /CognitoConfig CognitoConfig is missing required member "ClientId""#,
            #"WF005 1:25 /CognitoConfig CognitoConfig is missing required member "UserPool""#,
        ])
        let fixedJSON = #"{"WorkforceName": "wf", "CognitoConfig": {"UserPool": "us-east-1_abc", "ClientId": "a"}, "Tags": [{"Key": "team", "Value": ""}]}"#
        #expect(schemaFindings(fixedJSON, as: .json) == [])
        #expect(schemaFindings(yaml + "\n    Value: ''\n  ", as: .yaml)
            == ["WF005 2:1 /CognitoConfig \(clientID)"])
    }

    @Test func outOfRangeCountsUnicodeScalarsEntriesAndIntegerValues() {
        let longName = String(repeating: "_", count: 64)
        let longValue = String(repeating: "\u{E9}", count: 257)
        let cidrs = (0..<11).map { "10.\($0).0.0/16" }
        let json = """
            {
              "WorkforceName": "\(longName)",
              "SourceIpConfig": {"Cidrs": [\(cidrs.map { "\"\($0)\"" }.joined(separator: ", "))]},
              "Tags": [{"Key": "team", "Value": "\(longValue)"}]
            }
            """
        let yaml = """
            WorkforceName: \(longName)
            SourceIpConfig:
              Cidrs: [\(cidrs.joined(separator: ", "))]
            Tags:
              - Key: team
                Value: \(longValue)
            """
        // The name is also off-pattern: WF006 alone reports it.
        let name = #""WorkforceName" must be between 1 and 63 characters long, got 64: "\#(String(longName.prefix(57)))...""#
        let count = #""Cidrs" must have between 1 and 10 entries, got 11"#
        let value = #""Value" must be at most 256 characters long, got 257: "\#(String(longValue.prefix(57)))...""#
        #expect(schemaFindings(json, as: .json) == [
            "WF006 2:20 /WorkforceName \(name)", "WF006 3:31 /SourceIpConfig/Cidrs \(count)",
            "WF006 4:37 /Tags/0/Value \(value)",
        ])
        #expect(schemaFindings(yaml, as: .yaml) == [
            "WF006 1:16 /WorkforceName \(name)", "WF006 3:10 /SourceIpConfig/Cidrs \(count)",
            "WF006 6:12 /Tags/0/Value \(value)",
        ])
        let fixedYAML = """
            WorkforceName: wf
            SourceIpConfig:
              Cidrs: [\(cidrs.dropLast().joined(separator: ", "))]
            Tags:
              - Key: team
                Value: \(longValue.dropLast())
            """
        #expect(schemaFindings(fixedYAML, as: .yaml) == [])
        #expect(schemaFindings(#"{"MaxResults": 500}"#, as: .json, kind: .listWorkforcesRequest) == [
            #"WF006 1:16 /MaxResults "MaxResults" must be between 1 and 100, got 500"#,
        ])
        #expect(schemaFindings("MaxResults: 0", as: .yaml, kind: .listWorkforcesRequest) == [
            #"WF006 1:13 /MaxResults "MaxResults" must be between 1 and 100, got 0"#,
        ])
        #expect(schemaFindings("MaxResults: 100", as: .yaml, kind: .listWorkforcesRequest) == [])
    }

    @Test func patternMatchesTheWholeValueWithASCIIShorthands() {
        let json = """
            {
              "WorkforceName": "my_workforce",
              "CognitoConfig": {"UserPool": "\u{FC}s-east-1_abc", "ClientId": "a"}
            }
            """
        let yaml = """
            WorkforceName: my_workforce
            CognitoConfig:
              UserPool: \u{FC}s-east-1_abc
              ClientId: a
            """
        let name = #""WorkforceName" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}', got "my_workforce""#
        let pool = #""UserPool" must match the API pattern '[\w-]+_[0-9a-zA-Z]+', got "\#u{FC}s-east-1_abc""#
        #expect(schemaFindings(json, as: .json) == [
            "WF007 2:20 /WorkforceName \(name)", "WF007 3:33 /CognitoConfig/UserPool \(pool)",
        ])
        #expect(schemaFindings(yaml, as: .yaml) == [
            "WF007 1:16 /WorkforceName \(name)", "WF007 3:13 /CognitoConfig/UserPool \(pool)",
        ])
        let fixedYAML = "WorkforceName: my-workforce\nCognitoConfig:\n  UserPool: us-east-1_abc\n  ClientId: a"
        #expect(schemaFindings(fixedYAML, as: .yaml) == [])
        // Whole-value match: a valid name followed by more is not valid.
        #expect(schemaFindings(#"{"WorkforceName": "wf!"}"#, as: .json) == [
            #"WF007 1:19 /WorkforceName "WorkforceName" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}', got "wf!""#,
        ])
    }

    @Test func enumSuggestsACaseInsensitiveMatch() {
        let message = #""IpAddressType" must be one of 'dualstack', 'ipv4', got "IPv4"; did you mean 'ipv4'?"#
        #expect(schemaFindings(#"{"WorkforceName": "wf", "IpAddressType": "IPv4"}"#, as: .json) == [
            "WF008 1:42 /IpAddressType \(message)",
        ])
        #expect(schemaFindings("WorkforceName: wf\nIpAddressType: IPv4", as: .yaml) == [
            "WF008 2:16 /IpAddressType \(message)",
        ])
        #expect(schemaFindings("WorkforceName: wf\nIpAddressType: v6", as: .yaml) == [
            #"WF008 2:16 /IpAddressType "IpAddressType" must be one of 'dualstack', 'ipv4', got "v6""#,
        ])
        #expect(schemaFindings(#"{"WorkforceName": "wf", "IpAddressType": "ipv4"}"#, as: .json) == [])
        #expect(schemaFindings("WorkforceName: wf\nIpAddressType: dualstack", as: .yaml) == [])
    }

    @Test func yamlAmbiguousScalarWarnsWherePyYAMLReadsOtherwiseThanTheAWSCLI() {
        let yaml = """
            WorkforceName: wf
            Tags:
              - Key: enabled
                Value: yes
              - Key: window
                Value: 12:30
              - Key: mask
                Value: 0b101
              - Key: quoted
                Value: 'on'
              - Key: Off
                Value: y
              - Key: mixed
                Value: yEs
            """
        let readers = "which PyYAML reads as"
        let awsCLI = "(the AWS CLI reads a string)"
        #expect(schemaFindings(yaml, as: .yaml) == [
            #"WF009 4:12 /Tags/0/Value "Value" is the plain scalar yes, \#(readers) a boolean \#(awsCLI); quote it: "yes""#,
            #"WF009 6:12 /Tags/1/Value "Value" is the plain scalar 12:30, \#(readers) the integer 750 \#(awsCLI); quote it: "12:30""#,
            #"WF004 8:12 /Tags/2/Value "Value" must be a string, got integer 0b101; quote it to make it a string: "0b101""#,
            #"WF009 11:10 /Tags/4/Key "Key" is the plain scalar Off, \#(readers) a boolean \#(awsCLI); quote it: "Off""#,
        ])
        let json = """
            {"WorkforceName": "wf", "Tags": [{"Key": "enabled", "Value": "yes"}, {"Key": "window", "Value": "12:30"}]}
            """
        #expect(schemaFindings(json, as: .json) == [])
        let wf009 = schemaSink(yaml, as: .yaml)?.findings.filter { $0.ruleID == "WF009" }
        #expect(wf009?.count == 3 && wf009?.allSatisfy { $0.severity == .warning } == true)
    }
}

extension String {
    /// This text with the first line containing `needle` replaced (or removed for nil).
    func replacingLine(containing needle: String, with replacement: String?) -> String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let index = lines.firstIndex(where: { $0.contains(needle) }) {
            if let replacement { lines[index] = replacement } else { lines.remove(at: index) }
        }
        return lines.joined(separator: "\n")
    }
}
