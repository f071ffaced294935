import DocumentModel
import Testing

@testable import WFLintKit

/// A response's `SourceIpConfig.Cidrs` is what the API returned: empty for a
/// workforce without an allow list (the Terraform AWS provider's acceptance
/// tests read back `source_ip_config.0.cidrs.# = 0` from DescribeWorkforce
/// for one). A request's list still takes one to ten.
@Suite struct ResponseCidrsTests {
    static let describeResponse = """
        {"Workforce": {"WorkforceName": "default",
          "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/default",
          "SourceIpConfig": {"Cidrs": []},
          "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}, "Status": "Active"}}
        """
    static let listResponse = """
        {"Workforces": [{"WorkforceName": "default",
          "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/default",
          "SourceIpConfig": {"Cidrs": []}}]}
        """
    static let elevenCidrs = (1...11).map { "\"10.0.\($0).0/24\"" }.joined(separator: ", ")

    @Test(arguments: [describeResponse, listResponse])
    func anEmptyListInAResponseGetsNoFinding(_ text: String) throws {
        #expect(try lintWithBuiltinRules(text, name: "response.json").findings.map(\.ruleID) == [])
    }

    @Test func anEmptyListInAnUpdateWorkforceResponseGetsNoFinding() throws {
        let findings = schemaFindings(Self.describeResponse, as: .json, kind: .updateWorkforceResponse)
        #expect(findings == [])
    }

    /// WF006 as it reports with WF202 turned off (nothing supersedes it).
    @Test(arguments: [describeResponse, listResponse])
    func theSchemaRulesTakeAnEmptyListInAResponse(_ text: String) {
        #expect(schemaFindings(text, as: .json) == [])
    }

    @Test func theSchemaRulesStillRefuseAnEmptyListInARequest() {
        #expect(schemaFindings(#"{"WorkforceName": "w", "SourceIpConfig": {"Cidrs": []}}"#, as: .json) == [
            #"WF006 1:52 /SourceIpConfig/Cidrs "Cidrs" must have between 1 and 10 entries, got 0"#,
        ])
    }

    @Test func elevenEntriesInAResponseAreStillReported() throws {
        let text = """
            {"Workforce": {"WorkforceName": "w", "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/w",
              "SourceIpConfig": {"Cidrs": [\(Self.elevenCidrs)]}}}
            """
        let findings = try lintWithBuiltinRules(text, name: "response.json").findings
        #expect(findings.map(\.ruleID) == ["WF202"])
        #expect(described(findings, of: "WF202") == [
            "2:31 /Workforce/SourceIpConfig/Cidrs Cidrs has 11 entries; the allow list takes 0 to 10",
        ])
        #expect(schemaFindings(text, as: .json) == [
            #"WF006 2:31 /Workforce/SourceIpConfig/Cidrs "Cidrs" must have at most 10 entries, got 11"#,
        ])
    }

    @Test func anEmptyListInARequestIsStillReported() throws {
        let findings = try lintWithBuiltinRules(
            "WorkforceName: w\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\nSourceIpConfig:\n  Cidrs: []\n")
            .findings
        #expect(findings.map(\.ruleID) == ["WF202"])
        #expect(described(findings, of: "WF202") == [
            "4:10 /SourceIpConfig/Cidrs Cidrs has 0 entries; the allow list takes 1 to 10",
        ])
    }
}
