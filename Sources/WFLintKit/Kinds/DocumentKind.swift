/// The request or response body a document is. Raw values are the names used
/// in rule packs (`kinds:`), `--operation` and messages.
public enum DocumentKind: String, Sendable, CaseIterable, Hashable, Codable {
    case createWorkforceRequest = "CreateWorkforceRequest"
    case updateWorkforceRequest = "UpdateWorkforceRequest"
    case updateWorkforceResponse = "UpdateWorkforceResponse"
    case describeWorkforceRequest = "DescribeWorkforceRequest"
    case describeWorkforceResponse = "DescribeWorkforceResponse"
    case listWorkforcesRequest = "ListWorkforcesRequest"
    case listWorkforcesResponse = "ListWorkforcesResponse"
    case listModelPackageGroupsRequest = "ListModelPackageGroupsRequest"
    case listModelPackageGroupsResponse = "ListModelPackageGroupsResponse"

    public var isResponse: Bool {
        switch self {
        case .updateWorkforceResponse, .describeWorkforceResponse, .listWorkforcesResponse,
            .listModelPackageGroupsResponse:
            return true
        default:
            return false
        }
    }
}
