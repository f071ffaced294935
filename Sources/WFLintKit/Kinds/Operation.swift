/// An API operation a run can name with `--operation NAME`, for the documents
/// whose kind their keys cannot tell (an UpdateWorkforce or ListWorkforces request).
public enum Operation: String, Sendable, CaseIterable, Hashable {
    case createWorkforce = "CreateWorkforce"
    case updateWorkforce = "UpdateWorkforce"
    case describeWorkforce = "DescribeWorkforce"
    case listWorkforces = "ListWorkforces"
    case listModelPackageGroups = "ListModelPackageGroups"

    /// The kind of the operation's request body.
    public var requestKind: DocumentKind {
        switch self {
        case .createWorkforce: return .createWorkforceRequest
        case .updateWorkforce: return .updateWorkforceRequest
        case .describeWorkforce: return .describeWorkforceRequest
        case .listWorkforces: return .listWorkforcesRequest
        case .listModelPackageGroups: return .listModelPackageGroupsRequest
        }
    }

    /// The kind of the operation's response body; CreateWorkforce's (an ARN
    /// only) is not a document kind wflint checks.
    public var responseKind: DocumentKind? {
        switch self {
        case .createWorkforce: return nil
        case .updateWorkforce: return .updateWorkforceResponse
        case .describeWorkforce: return .describeWorkforceResponse
        case .listWorkforces: return .listWorkforcesResponse
        case .listModelPackageGroups: return .listModelPackageGroupsResponse
        }
    }
}
