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
        // A workforce request whose name is mistyped or left out, which both
        // operations refuse, by a member no other file has at its top level.
        (#"{"workforceName": "wf", "CognitoConfig": {}}"#, .createWorkforceRequest),
        (#"{"OidcConfig": {}}"#, .createWorkforceRequest),
        (#"{"OidcConfig": {}, "SourceIpConfig": {}, "Tags": []}"#, .createWorkforceRequest),
        (#"{"WorkforceVpcConfig": {}}"#, .createWorkforceRequest),
        (#"{"Workforce": {}, "OidcConfig": {}}"#, .describeWorkforceResponse),
    ])
    func detectsEachKindFromTopLevelKeys(json: String, kind: DocumentKind) throws {
        #expect(DocumentKind.detect(try root(json)) == kind)
    }

    @Test(arguments: [#"{"name": "pkg", "version": "1.0.0"}"#, "{}", "[]", #""WorkforceName""#,
                      #"{"SortBy": "Name"}"#, #"{"Nested": {"WorkforceName": "wf"}}"#,
                      // Members other APIs' requests have too.
                      #"{"Tags": [], "IpAddressType": "ipv4"}"#, #"{"Nested": {"OidcConfig": {}}}"#,
                      // An Elastic Load Balancing rule's condition.
                      #"{"Field": "source-ip", "SourceIpConfig": {"Values": ["10.0.0.0/8"]}}"#])
    func aDocumentWithoutAKindsKeysIsNoWorkforceDocument(json: String) throws {
        #expect(DocumentKind.detect(try root(json)) == nil)
    }

    /// A request whose `WorkforceName` is mistyped was skipped in a walk (CI)
    /// and a note when named (pre-commit), exit 0, where the AWS CLI refuses
    /// it: now it is linted, in both, as the CreateWorkforce request it is.
    @Test func aRequestWithAMistypedNameIsLintedInAWalkAndWhenNamed() throws {
        let directory = try TemporaryDirectory()
        try directory.write("infra/create-workforce.json", """
            {
              "workforceName": "labeling-team",
              "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"},
              "SourceIpConfig": {"Cidrs": ["10.0.0.0/16"]}
            }

            """)
        let expected = """
            infra/create-workforce.json:1:1: error: CreateWorkforceRequest is missing required member "WorkforceName" [WF005 missing-field]
                1 | {
                  | ^
            infra/create-workforce.json:2:3: error: [*] "workforceName" is not a member of CreateWorkforceRequest; did you mean 'WorkforceName'? [WF003 unknown-field]
                2 |   "workforceName": "labeling-team",
                  |   ^~~~~~~~~~~~~~~
            2 errors in 1 file; 1 file checked
            [*] 1 fixable with --fix

            """
        for input in ["infra", "infra/create-workforce.json"] {
            let run = try WFLintBinary.run(["--no-config", input], in: directory.url)
            #expect(run.stdout == expected, "\(input)")
            #expect(run.status == 1, "\(input)")
        }
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
