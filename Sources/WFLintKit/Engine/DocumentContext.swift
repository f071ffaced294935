import DocumentModel

/// A node together with where it sits: its JSON pointer, and the mapping key
/// whose value it is (nil for a list element or the root). Findings about a
/// missing member point at that key, per the location conventions.
public struct LocatedNode: Sendable {
    public let node: Node
    public let pointer: JSONPointer
    public let key: Node?

    public init(node: Node, pointer: JSONPointer, key: Node?) {
        self.node = node
        self.pointer = pointer
        self.key = key
    }

    /// Where a finding about this node as a whole (a missing member) points:
    /// its key when it has one, else the node itself.
    public var anchorRange: SourceRange { key?.range ?? node.range }

    /// The member `name` of this mapping, located.
    public func member(_ name: String) -> LocatedNode? {
        guard let entry = node.entry(name) else { return nil }
        return LocatedNode(node: entry.value, pointer: pointer.appending(name), key: entry.key)
    }
}

/// Everything a check sees of one document.
public struct DocumentContext: Sendable {
    public let file: String
    public let document: Document
    public let kind: DocumentKind
    /// Every workforce object: a request's root, a response's `/Workforce`,
    /// each `/Workforces/N` of a ListWorkforces response.
    public let workforces: [LocatedNode]
    /// The nodes rule targets reached in this document, resolved once per path.
    let targets = TargetCache()

    public init(file: String, document: Document, kind: DocumentKind) {
        self.file = file
        self.document = document
        self.kind = kind
        self.workforces = Self.workforceObjects(of: document.root, kind: kind)
    }

    public var root: LocatedNode { LocatedNode(node: document.root, pointer: .root, key: nil) }

    static func workforceObjects(of root: Node, kind: DocumentKind) -> [LocatedNode] {
        let rootNode = LocatedNode(node: root, pointer: .root, key: nil)
        switch kind {
        case .createWorkforceRequest, .updateWorkforceRequest:
            return root.entries != nil ? [rootNode] : []
        case .describeWorkforceResponse, .updateWorkforceResponse:
            guard let workforce = rootNode.member("Workforce"), workforce.node.entries != nil else { return [] }
            return [workforce]
        case .listWorkforcesResponse:
            guard let list = rootNode.member("Workforces"), let items = list.node.elements else { return [] }
            return items.enumerated().compactMap { index, item in
                item.entries != nil ? LocatedNode(node: item, pointer: list.pointer.appending(index), key: nil) : nil
            }
        case .describeWorkforceRequest, .listWorkforcesRequest, .listModelPackageGroupsRequest,
            .listModelPackageGroupsResponse:
            return []
        }
    }
}

/// The nodes each target path reaches from each scope object of one document,
/// resolved on first use: rules share paths (five look at
/// `SourceIpConfig.Cidrs[*]`), and resolving one allocates a node list and a
/// pointer link per step, for every rule, on every document.
///
/// `@unchecked Sendable`: a document's context, and so its cache, is made and
/// used by the one thread that lints the document.
final class TargetCache: @unchecked Sendable {
    private struct Key: Hashable {
        let object: JSONPointer
        let path: String
    }

    private var resolved: [Key: [TargetNode]] = [:]

    /// What `path` reaches from `object`, one of the document's scope objects
    /// (the root or a workforce object, told apart by their pointers).
    func targets(of path: TargetPath, from object: TargetNode) -> [TargetNode] {
        let key = Key(object: object.pointer, path: path.description)
        if let known = resolved[key] { return known }
        let found = path.resolve(from: object)
        resolved[key] = found
        return found
    }
}

/// Which schema checks step aside on which nodes, because a more specific rule
/// owns that defect there ("each defect is reported once"). Built per document
/// from the enabled rules' `replaces:` declarations; consulted by the schema
/// checker before it reports WF005, WF006 or WF007 at a pointer.
public struct Supersession: Sendable {
    private struct Key: Hashable {
        let ruleID: String
        let pointer: JSONPointer
    }

    private var keys: Set<Key> = []

    public init() {}

    public mutating func insert(_ ruleID: String, at pointer: JSONPointer) {
        keys.insert(Key(ruleID: ruleID, pointer: pointer))
    }

    public func contains(_ ruleID: String, at pointer: JSONPointer) -> Bool {
        // Most documents supersede nothing: skip hashing the pointer then.
        !keys.isEmpty && keys.contains(Key(ruleID: ruleID, pointer: pointer))
    }
}
