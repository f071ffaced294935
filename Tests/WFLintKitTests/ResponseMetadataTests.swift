import Testing

@testable import WFLintKit

/// A boto3 response saved as it is returned: botocore adds `ResponseMetadata`
/// at its root (its Stubber removes it before validating a response), so a
/// fixture holds it. It is not the API's and nothing in it is checked; the
/// same name anywhere else is an unknown member, as botocore refuses it in a
/// request.
@Suite struct ResponseMetadataTests {
    static let metadata = """
        "ResponseMetadata": {"RequestId": "4c3b6f1e-0000-4000-8000-000000000000", "HTTPStatusCode": 200,
          "HTTPHeaders": {"x-amzn-requestid": "4c3b6f1e-0000-4000-8000-000000000000", "content-type": "application/x-amz-json-1.1"},
          "RetryAttempts": 0}
        """
    static let describeResponse = """
        {"Workforce": {"WorkforceName": "default",
          "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/default",
          "SourceIpConfig": {"Cidrs": ["10.0.0.0/16"]}, "Status": "Active"},
         \(metadata)}
        """
    static let listResponse = """
        {"ModelPackageGroupSummaryList": [], \(metadata)}
        """

    @Test(arguments: [describeResponse, listResponse])
    func aSavedBoto3ResponseGetsNoFinding(_ text: String) throws {
        #expect(try lintWithBuiltinRules(text, name: "response.json").findings.map(\.ruleID) == [])
    }

    /// Not checked at all: botocore fills it, whatever it holds.
    @Test func whatItHoldsIsNotChecked() {
        #expect(schemaFindings(#"{"Workforces": [], "ResponseMetadata": "anything"}"#, as: .json) == [])
    }

    @Test func inARequestOrBelowARootItIsAnUnknownMember() {
        #expect(schemaFindings(#"{"WorkforceName": "w", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "c"}, "ResponseMetadata": {}}"#, as: .json) == [
            #"WF003 1:95 /ResponseMetadata "ResponseMetadata" is not a member of CreateWorkforceRequest; expected one of 'CognitoConfig', 'IpAddressType', 'OidcConfig', 'SourceIpConfig', 'Tags', 'WorkforceName', 'WorkforceVpcConfig'"#,
        ])
        #expect(schemaFindings(#"{"Workforce": {"WorkforceName": "w", "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/w", "ResponseMetadata": {}}}"#, as: .json) == [
            #"WF003 1:110 /Workforce/ResponseMetadata "ResponseMetadata" is not a member of Workforce; expected one of 'CognitoConfig', 'CreateDate', 'FailureReason', 'IpAddressType', 'LastUpdatedDate', 'OidcConfig', 'SourceIpConfig', 'Status', 'SubDomain', 'WorkforceArn', 'WorkforceName', 'WorkforceVpcConfig'"#,
        ])
    }
}
