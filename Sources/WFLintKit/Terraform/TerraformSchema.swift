import DocumentModel

/// How one Terraform resource type maps onto an API request, as
/// `rules/shapes/terraform.yaml` states it (the built-in one is generated
/// from there: `BuiltinTerraform`).
public struct TerraformResourceSchema: Sendable {
    /// The resource type: `aws_sagemaker_workforce`.
    public let type: String
    /// The document kind each resource is checked as.
    public let kind: DocumentKind
    /// Arguments every resource takes that are no member (`count`, `for_each`,
    /// `provider`, `depends_on`, `lifecycle`, the provider's `region`, and
    /// the plugin SDK's optional `id`): never reported, never checked.
    public let metaArguments: [String]
    /// Messages that replace a rule's own in a Terraform file, by rule id,
    /// where an API document's advice would mislead (WF140's placeholder).
    public let messages: [String: String]
    /// The resource body.
    public let body: TerraformBlockSchema
}

/// The arguments and nested blocks of a resource body or of a nested block,
/// and the API structure member each one is.
public struct TerraformBlockSchema: Sendable {
    public let arguments: [TerraformArgument]
    public let blocks: [TerraformNestedBlock]
    /// Attributes the provider computes, which a configuration cannot set (`arn`).
    public let computed: [String]

    public func argument(named name: String) -> TerraformArgument? { arguments.first { $0.name == name } }
    public func block(named name: String) -> TerraformNestedBlock? { blocks.first { $0.name == name } }

    /// Every name a configuration may write in this body, for suggestions.
    public var writableNames: [String] { arguments.map(\.name) + blocks.map(\.name) }

    /// The Terraform name of the argument or block that is API member `api`.
    func name(ofMember api: String) -> String? {
        arguments.first { $0.api == api }?.name ?? blocks.first { $0.api == api }?.name
    }

    /// The block that is API member `api`.
    func block(ofMember api: String) -> TerraformNestedBlock? { blocks.first { $0.api == api } }
}

/// `name = value`, the API member `api`, of Terraform type `type`.
public struct TerraformArgument: Sendable {
    public enum ValueType: String, Sendable, CaseIterable {
        case string
        /// `list(string)`: a tuple of strings.
        case stringList = "list of string"
        /// `set(string)`: a tuple of strings, whose duplicates Terraform drops.
        case stringSet = "set of string"
        /// `map(string)`: an object of strings.
        case stringMap = "map of string"
    }

    public let name: String
    public let api: String
    public let type: ValueType
    /// Whether the provider sends the member when the value is empty: not
    /// `scope`, which its expand function sends only when it is not `""`
    /// (and which its Read writes as `""` in every state without one).
    public let sentWhenEmpty: Bool
    /// Whether the provider's Read writes the value the API returns: not
    /// `client_secret`, which DescribeWorkforce never returns, so the Read
    /// keeps what the configuration gave and writes `""` in the state of an
    /// imported workforce. In a plan or state such an empty value is not
    /// known (the configuration cannot give `""`: the provider refuses it).
    public let isReadBack: Bool

    public init(name: String, api: String, type: ValueType, sentWhenEmpty: Bool = true, isReadBack: Bool = true) {
        self.name = name
        self.api = api
        self.type = type
        self.sentWhenEmpty = sentWhenEmpty
        self.isReadBack = isReadBack
    }

    /// Whether `value`, known, is one the provider does not send (see `sentWhenEmpty`).
    func isUnsent(_ value: Node) -> Bool {
        !sentWhenEmpty && value.string?.isEmpty == true
    }

    /// Whether `value`, in a plan or state, is what the provider's Read
    /// writes for a value it could not read (see `isReadBack`).
    func isUnread(_ value: Node) -> Bool {
        !isReadBack && value.string?.isEmpty == true
    }
}

extension TerraformArgument.ValueType {
    /// A list or set: each element a string.
    var holdsStrings: Bool { self == .stringList || self == .stringSet }
}

/// `name { ... }`, the API structure member `api`, written at most `maxItems` times.
public struct TerraformNestedBlock: Sendable {
    public let name: String
    public let api: String
    public let maxItems: Int
    public let body: TerraformBlockSchema
}
