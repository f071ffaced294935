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

    /// The kind's own bit in a set of kinds held as one word (`RuleDescriptor.applies`).
    var bit: UInt32 {
        switch self {
        case .createWorkforceRequest: return 1 << 0
        case .updateWorkforceRequest: return 1 << 1
        case .updateWorkforceResponse: return 1 << 2
        case .describeWorkforceRequest: return 1 << 3
        case .describeWorkforceResponse: return 1 << 4
        case .listWorkforcesRequest: return 1 << 5
        case .listWorkforcesResponse: return 1 << 6
        case .listModelPackageGroupsRequest: return 1 << 7
        case .listModelPackageGroupsResponse: return 1 << 8
        }
    }

    /// The member botocore adds at the root of every response it returns
    /// (`RequestId`, `HTTPStatusCode`, `HTTPHeaders`, `RetryAttempts`, …:
    /// its parsers and retry handlers fill it, and its Stubber removes it
    /// before it validates a response). A boto3 response saved as a fixture
    /// holds it; the API's shapes do not, and nothing in it is checked.
    public static let botocoreResponseMetadata = "ResponseMetadata"

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
