import DocumentModel

/// How a source that is not an API document names the API's members: a
/// Terraform resource says `source_ip_config.cidrs` where the API says
/// `SourceIpConfig.Cidrs`. The checks walk the API's names (so that every rule
/// and pack runs unchanged); a message asks this for the names it shows.
///
/// Every pointer asked about is the API's, from the document root.
public protocol MemberNaming: Sendable {
    /// What a message calls the mapping at `pointer` ("aws_sagemaker_workforce.main", "oidc_config").
    func objectName(at pointer: JSONPointer) -> String?
    /// The dotted path of the member at `pointer`, list indexes left out
    /// ("source_ip_config.cidrs"); nil when a token has no name of the source's.
    func memberPath(at pointer: JSONPointer) -> String?
    /// Member `name` of the mapping at `pointer`, as the source spells it ("jwks_uri").
    func memberName(_ name: String, in pointer: JSONPointer) -> String?
    /// A message's own words with each API member name it holds in the source's spelling.
    func renamingMembers(in text: String) -> String
    /// The file `node` is written in when that is not the document's own (a
    /// Terraform value from a `.tfvars` file); nil for the document's file.
    func file(of node: Node) -> String?
    /// How many entries the list `node` at `pointer` sends, when that is not
    /// how many are written: a Terraform set drops duplicates first.
    func sentCount(of node: Node, at pointer: JSONPointer) -> Int?
}

extension MemberNaming {
    public func file(of node: Node) -> String? { nil }
    public func sentCount(of node: Node, at pointer: JSONPointer) -> Int? { nil }
}
