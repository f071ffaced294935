import Testing

@testable import WFLintKit

/// The schema rules over YAML read as the AWS CLI v2 reads it (docs/yaml.md):
/// dates, merge keys, the `%YAML 1.1` directive, tags, and WF009 where PyYAML
/// reads a value otherwise.
@Suite struct YAMLSemanticsTests {
    let timestamp = "must be a timestamp (epoch seconds, an ISO 8601 date or date-time, or an RFC 822 date)"

    @Test func anUnquotedDateIsNotAString() {
        let yaml = "WorkforceName: wf\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: c}\nTags:\n  - {Key: until, Value: 2025-12-31}\n  - {Key: at, Value: 2025-12-31 10:00:00}\n"
        #expect(schemaFindings(yaml, as: .yaml) == [
            #"WF004 4:25 /Tags/0/Value "Value" must be a string, got date 2025-12-31; quote it to make it a string: "2025-12-31""#,
            #"WF004 5:22 /Tags/1/Value "Value" must be a string, got date-time 2025-12-31 10:00:00; quote it to make it a string: "2025-12-31 10:00:00""#,
        ])
        let quoted = yaml.replacingOccurrences(of: "Value: 2025-12-31 10:00:00", with: "Value: '2025-12-31 10:00:00'")
            .replacingOccurrences(of: "Value: 2025-12-31}", with: "Value: '2025-12-31'}")
        #expect(schemaFindings(quoted, as: .yaml) == [])
    }

    @Test func aTimestampMemberTakesADateTimeButNotADateAlone() {
        #expect(schemaFindings("CreationTimeBefore: 2024-06-30\n", as: .yaml, kind: .listModelPackageGroupsRequest) == [
            #"WF004 1:21 /CreationTimeBefore "CreationTimeBefore" \#(timestamp), got date 2024-06-30; botocore refuses a date without a time; quote it: "2024-06-30""#,
        ])
        for text in ["2024-06-30T00:00:00Z", "2024-06-30 00:00:00", "2024-6-30 1:00:00 +05", "'2024-06-30'"] {
            #expect(schemaFindings("CreationTimeBefore: \(text)\n", as: .yaml, kind: .listModelPackageGroupsRequest) == [])
        }
    }

    @Test func aMergedCognitoConfigIsComplete() {
        let inline = "WorkforceName: wf\nCognitoConfig: {<<: {UserPool: us-east-1_abcDEF123, ClientId: abc}}\n"
        #expect(schemaFindings(inline, as: .yaml) == [])
        let anchored = """
            WorkforceName: wf
            CognitoConfig:
              <<: &cognito {UserPool: us-east-1_abcDEF123, ClientId: abc, Extra: 1}
              ClientId: override
            """
        // The merged member is reported where it is written; the overridden ClientId is not a duplicate.
        #expect(schemaFindings(anchored, as: .yaml) == [
            #"WF003 3:63 /CognitoConfig/Extra "Extra" is not a member of CognitoConfig; expected one of 'ClientId', 'UserPool'"#,
        ])
    }

    @Test func theYAML11DirectiveInvertsTheVerdicts() {
        let body = "WorkforceName: 0o17\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: yes}\n"
        #expect(schemaFindings(body, as: .yaml) == [
            #"WF004 1:16 /WorkforceName "WorkforceName" must be a string, got integer 0o17; quote it to make it a string: "0o17""#,
            #"WF009 2:58 /CognitoConfig/ClientId "ClientId" is the plain scalar yes, which PyYAML reads as a boolean (the AWS CLI reads a string); quote it: "yes""#,
        ])
        #expect(schemaFindings("%YAML 1.1\n---\n" + body, as: .yaml) == [
            #"WF004 4:58 /CognitoConfig/ClientId "ClientId" must be a string, got boolean yes; quote it to make it a string: "yes""#,
        ])
    }

    @Test func aTaggedValueOfAnotherTypeIsToldToDropTheTag() {
        let yaml = "WorkforceName: !!bool yes\nCognitoConfig: {UserPool: !!binary aGk=, ClientId: !!str 12}\n"
        #expect(schemaFindings(yaml, as: .yaml) == [
            #"WF004 1:16 /WorkforceName "WorkforceName" must be a string, got boolean yes; drop the tag !!bool and quote the value"#,
            #"WF004 2:27 /CognitoConfig/UserPool "UserPool" must be a string, got binary data; drop the tag !!binary and quote the value"#,
        ])
    }

    @Test func pyyamlReadingsOfNumbersAndTaggedBooleans() {
        #expect(schemaFindings("MaxResults: 017\n", as: .yaml, kind: .listWorkforcesRequest) == [
            #"WF009 1:13 /MaxResults "MaxResults" is the plain scalar 017, which PyYAML reads as the integer 15 (the AWS CLI reads the integer 17); write it in plain decimal: 17"#,
        ])
        #expect(schemaFindings("MaxResults: 0o17\n", as: .yaml, kind: .listWorkforcesRequest) == [
            #"WF009 1:13 /MaxResults "MaxResults" is the plain scalar 0o17, which PyYAML reads as a string (the AWS CLI reads the integer 15); write it in plain decimal: 15"#,
        ])
        #expect(schemaFindings("MaxResults: 1_0\n", as: .yaml, kind: .listWorkforcesRequest) == [])
        #expect(schemaFindings("WorkforceName: wf\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: c}\n", as: .yaml) == [])
    }

    @Test func setsAndPairsAreNoTypeBotocoreTakesAndAnOrderedMapIsAMapToTheAWSCLI() {
        let yaml = """
            WorkforceName: wf
            CognitoConfig: !!omap [UserPool: us-east-1_abcDEF123, ClientId: abc]
            Tags: !!pairs [Key: a]
            SourceIpConfig: {Cidrs: !!set {10.0.0.0/8}}
            """
        #expect(schemaFindings(yaml, as: .yaml) == [
            #"WF009 2:16 /CognitoConfig "CognitoConfig" is an !!omap, which PyYAML reads as a list of pairs (the AWS CLI reads a map); drop the tag and write a mapping"#,
            #"WF004 3:7 /Tags "Tags" must be a list, got a list of pairs (!!pairs); botocore takes no set or tuple; drop the tag !!pairs"#,
            #"WF004 4:25 /SourceIpConfig/Cidrs "Cidrs" must be a list, got a set (!!set); botocore takes no set or tuple; drop the tag !!set"#,
        ])
    }
}
