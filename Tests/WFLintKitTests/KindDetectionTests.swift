import DocumentModel
import JSONReader
import Testing

@testable import WFLintKit

@Suite struct KindDetectionTests {
    func root(_ json: String) throws -> Node {
        try #require(JSONReader.parse(Array(json.utf8)).documents.first).root
    }

    @Test(arguments: [
        (#"{"Workforces": [], "NextToken": "t"}"#, DocumentKind.listWorkforcesResponse),
        (#"{"Workforce": {"WorkforceName": "wf"}}"#, .describeWorkforceResponse),
        (#"{"ModelPackageGroupSummaryList": []}"#, .listModelPackageGroupsResponse),
        (#"{"CrossAccountFilterOption": "SameAccount"}"#, .listModelPackageGroupsRequest),
        (#"{"CreationTimeAfter": 1, "MaxResults": 5}"#, .listModelPackageGroupsRequest),
        (#"{"CreationTimeBefore": 1}"#, .listModelPackageGroupsRequest),
        (#"{"WorkforceName": "wf", "CognitoConfig": {}}"#, .createWorkforceRequest),
        (#"{"WorkforceName": "wf", "IpAddressType": "ipv4"}"#, .createWorkforceRequest),
        (#"{"WorkforceName": "wf", "CognitoConfg": {}}"#, .createWorkforceRequest),
        (#"{"WorkforceName": "wf"}"#, .describeWorkforceRequest),
        // Keys count once however often written: a repeated name is no other key.
        (#"{"WorkforceName": "wf", "WorkforceName": "wf2"}"#, .describeWorkforceRequest),
        (#"{"WorkforceName": "wf", "WorkforceName": "wf2", "Tags": []}"#, .createWorkforceRequest),
        // The first match in the issue's order wins.
        (#"{"Workforce": {}, "Workforces": []}"#, .listWorkforcesResponse),
        (#"{"ModelPackageGroupSummaryList": [], "Workforce": {}}"#, .describeWorkforceResponse),
        (#"{"WorkforceName": "wf", "CreationTimeAfter": 1}"#, .listModelPackageGroupsRequest),
    ])
    func detectsEachKindFromTopLevelKeys(json: String, kind: DocumentKind) throws {
        #expect(DocumentKind.detect(try root(json)) == kind)
    }

    @Test(arguments: [#"{"name": "pkg", "version": "1.0.0"}"#, "{}", "[]", #""WorkforceName""#,
                      #"{"SortBy": "Name"}"#, #"{"Nested": {"WorkforceName": "wf"}}"#])
    func aDocumentWithoutAKindsKeysIsNoWorkforceDocument(json: String) throws {
        #expect(DocumentKind.detect(try root(json)) == nil)
    }

    @Test func withoutAnOperationResolveIsDetection() throws {
        #expect(DocumentKind.resolve(root: try root(#"{"WorkforceName": "wf"}"#), operation: nil)
            == .describeWorkforceRequest)
        #expect(DocumentKind.resolve(root: try root(#"{"SortBy": "Name"}"#), operation: nil) == nil)
    }

    @Test(arguments: [
        // Every workforce document that is not a response becomes the operation's request.
        (#"{"WorkforceName": "wf", "SourceIpConfig": {}}"#, Operation.updateWorkforce, DocumentKind?.some(.updateWorkforceRequest)),
        (#"{"WorkforceName": "wf"}"#, .updateWorkforce, .updateWorkforceRequest),
        (#"{"WorkforceName": "wf"}"#, .listWorkforces, .listWorkforcesRequest),
        (#"{"CreationTimeAfter": 1}"#, .describeWorkforce, .describeWorkforceRequest),
        // A request detection cannot see becomes the request when a key is one of its members.
        (#"{"SortBy": "Name", "MaxResults": 5}"#, .listWorkforces, .listWorkforcesRequest),
        (#"{"SortBi": "Name", "MaxResults": 5}"#, .listWorkforces, .listWorkforcesRequest),
        (#"{"NameContains": "wf"}"#, .listModelPackageGroups, .listModelPackageGroupsRequest),
        // Responses stay responses; a Workforce body is UpdateWorkforce's response under that operation.
        (#"{"Workforce": {}}"#, .updateWorkforce, .updateWorkforceResponse),
        (#"{"Workforce": {}}"#, .describeWorkforce, .describeWorkforceResponse),
        (#"{"Workforce": {}}"#, .createWorkforce, .describeWorkforceResponse),
        (#"{"Workforces": []}"#, .updateWorkforce, .listWorkforcesResponse),
        (#"{"ModelPackageGroupSummaryList": []}"#, .createWorkforce, .listModelPackageGroupsResponse),
        // A document that matches no kind never becomes one.
        (#"{"name": "pkg", "version": "1.0.0"}"#, .updateWorkforce, nil),
        (#"{"name": "pkg"}"#, .listWorkforces, nil),
        ("{}", .listWorkforces, nil),
        ("[]", .createWorkforce, nil),
    ])
    func theOperationOverridesDetection(json: String, operation: Operation, kind: DocumentKind?) throws {
        #expect(DocumentKind.resolve(root: try root(json), operation: operation) == kind)
    }

    @Test func operationsNameTheirRequestAndResponseKinds() {
        #expect(Operation.allCases.map(\.rawValue) == [
            "CreateWorkforce", "UpdateWorkforce", "DescribeWorkforce", "ListWorkforces", "ListModelPackageGroups",
        ])
        #expect(Operation(rawValue: "UpdateWorkforce")?.requestKind == .updateWorkforceRequest)
        #expect(Operation.allCases.map { $0.requestKind.rawValue } == Operation.allCases.map { $0.rawValue + "Request" })
        #expect(Operation.allCases.compactMap { $0.responseKind?.rawValue }
            == Operation.allCases.dropFirst().map { $0.rawValue + "Response" })
        #expect(Operation(rawValue: "updateworkforce") == nil)
    }
}
