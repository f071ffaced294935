import DocumentModel
import PCRERegex

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
    /// The limits every pattern match on this document runs within.
    public let matchContext: MatchContext
    /// For each workforce object, the index of the first one that is the same
    /// written node (its own index when none before it is). A workforce used
    /// again through a YAML alias is checked once, at its first use, and the
    /// findings are replayed for each later use.
    let firstUse: [Int]
    /// Each workforce object as the scope its rules' targets start from,
    /// made once: every rule of every pack starts from them.
    let workforceScopeObjects: [ScopeObject]
    /// The nodes rule targets reached in this document, resolved once per path.
    let targets: TargetCache
    /// Pattern matches that ran out of their limits since the rule being run
    /// started; the rule reports them (WF011) rather than guess.
    let undecidedMatches = UndecidedMatches()
    /// Which uses of an aliased node inside workforce objects repeat an earlier one.
    let sharedUses: SharedUses
    /// The CIDRs, URLs and hosts the rules have parsed so far.
    let parsedValues = ParsedValues()
    /// The text the document was read from, for planning fixes; nil when the
    /// caller has only the tree (then no finding carries a fix).
    let source: SourceText?
    /// The anchored nodes some alias uses, in a document that has aliases.
    let aliasTargets: AliasTargets?
    /// How messages name members when the source does not use the API's
    /// names (a Terraform resource); nil for a JSON or YAML document.
    public let names: (any MemberNaming)?
    /// Every node of a value its source keeps secret although no key says
    /// so (a Terraform variable declared `sensitive = true`): what a rule
    /// derives from it (a CIDR's network, an octet) is as secret as it is.
    /// By `Node.address`.
    let sensitiveNodes: Set<Int>

    public init(file: String, document: Document, kind: DocumentKind, matchContext: MatchContext = .default) {
        self.init(file: file, document: document, kind: kind, matchContext: matchContext, conditionSets: [], source: nil)
    }

    /// `conditionSets`: the `when:` conditions of every rule that will run,
    /// which decide whether two uses of a shared node are checked alike.
    init(
        file: String, document: Document, kind: DocumentKind, matchContext: MatchContext,
        conditionSets: [[RuleCondition]], source: SourceText?, names: (any MemberNaming)? = nil,
        sensitiveNodes: Set<Int> = []
    ) {
        self.names = names
        self.sensitiveNodes = sensitiveNodes
        self.source = source.flatMap { $0.bytes.count >= document.root.bytes.end ? $0 : nil }
        self.aliasTargets = document.hasAliases ? AliasTargets(of: document) : nil
        self.sharedUses = SharedUses(conditionSets: conditionSets)
        self.file = file
        self.document = document
        self.kind = kind
        self.matchContext = matchContext
        self.targets = TargetCache(matchContext: matchContext)
        let workforces = Self.workforceObjects(of: document.root, kind: kind)
        self.workforces = workforces
        self.firstUse = Self.firstUses(of: workforces, hasAliases: document.hasAliases)
        self.workforceScopeObjects = workforces.indices.map { Self.scopeObject(workforces, $0) }
    }

    /// The use of a shared node that everything `path` reaches from `object`
    /// lies inside, if there is one (see `SharedUses`); nil for the document
    /// root, whose rules run once anyway.
    func sharedUse(of path: TargetPath, from object: ScopeObject) -> SharedUses.ID? {
        guard document.hasAliases, object.index >= 0 else { return nil }
        var use: SharedUses.ID?
        _ = path.sharedPrefix(from: object.target.node) { node, place in
            guard aliasTargets?.contains(node) ?? false else { return false }
            use = sharedUses.use(of: node, at: place, in: object.index, self)
            return true
        }
        return use
    }

    /// Whether some workforce object is another's node again, through an
    /// alias: only then are findings replayed (`repeatedUse`).
    var repeatsAWorkforce: Bool { document.hasAliases && firstUse.indices.contains { firstUse[$0] != $0 } }

    /// The first use among `workforces`, by index, of the node each one is.
    static func firstUses(of workforces: [LocatedNode], hasAliases: Bool) -> [Int] {
        guard hasAliases else { return Array(workforces.indices) }
        var first: [ObjectIdentifier: Int] = [:]
        return workforces.indices.map { index in
            let identity = ObjectIdentifier(workforces[index].node.written)
            if let earlier = first[identity] { return earlier }
            first[identity] = index
            return index
        }
    }

    /// The earlier workforce object that `object` repeats through an alias, if any.
    func repeatedUse(_ object: ScopeObject) -> LocatedNode? {
        guard workforces.indices.contains(object.index), firstUse[object.index] != object.index else { return nil }
        return workforces[firstUse[object.index]]
    }

    /// Whether `node` is (in) a value its source keeps secret (`sensitiveNodes`).
    func isSensitive(_ node: Node) -> Bool { !sensitiveNodes.isEmpty && sensitiveNodes.contains(node.address) }

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

/// An object rule targets are resolved from: the document root or one of its
/// workforce objects, numbered for the target cache.
struct ScopeObject {
    /// -1 for the document root, else the index in `DocumentContext.workforces`.
    let index: Int
    let target: TargetNode
}

extension DocumentContext {
    /// Where `other` is, for a message about `node`: its line and column,
    /// after its file when the two are written in different files (a
    /// Terraform value from a `.tfvars` file beside one written in the
    /// resource), so that the place is never read in the wrong file.
    public func position(of other: Node, beside node: Node) -> String {
        let start = other.range.start.description
        guard let names else { return start }
        let otherFile = names.file(of: other)
        guard otherFile != names.file(of: node) else { return start }
        return "\(otherFile ?? file):\(start)"
    }

    /// How many entries the list or map `node` at `pointer` sends (nil for
    /// neither): as many as are written, but where the source drops
    /// duplicates before sending (`MemberNaming.sentCount`), and a key written
    /// twice in a map once, as the loaders keep it.
    public func entryCount(of node: Node, at pointer: JSONPointer) -> Int? {
        names?.sentCount(of: node, at: pointer) ?? node.elements?.count ?? node.entries?.lastOfEachName().count
    }

    /// A related location at `node`, in the file it is written in.
    public func related(_ message: String, at node: Node) -> RelatedPlace {
        RelatedPlace(message: message, range: node.range, file: names?.file(of: node))
    }

    var rootScopeObject: ScopeObject {
        ScopeObject(index: -1, target: TargetNode(node: document.root, pointer: .root, key: nil, parent: nil))
    }

    func workforceScopeObject(_ index: Int) -> ScopeObject { workforceScopeObjects[index] }

    fileprivate static func scopeObject(_ workforces: [LocatedNode], _ index: Int) -> ScopeObject {
        let object = workforces[index]
        return ScopeObject(
            index: index, target: TargetNode(node: object.node, pointer: object.pointer, key: object.key, parent: nil))
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
    private let matchContext: MatchContext
    /// The path ids kept in a list (see `Resolutions`); the rest in a table.
    private let denseIDs: Int
    /// By scope object (the root first, then each workforce object).
    /// Unchecked: one thread uses it, and no access to it overlaps another
    /// (a path's prefix is asked of the cache between the reads and writes of
    /// its own entry, not during one); Swift's runtime check of
    /// each access was 1.5 % of a corpus lint.
    @exclusivity(unchecked) private var resolved: [Resolutions] = []

    /// Path ids count from 0 in the order paths are first made: a run's few
    /// dozen are far below this, and only a process that reloads packs all
    /// day (the language server) numbers paths past it.
    static let denseIDs = 256

    init(matchContext: MatchContext, denseIDs: Int = TargetCache.denseIDs) {
        self.matchContext = matchContext
        self.denseIDs = denseIDs
    }

    /// The nodes `path` reaches from `object`.
    func targets(of path: TargetPath, from object: ScopeObject) -> [TargetNode] {
        resolution(of: path, from: object).nodes
    }

    /// What `path` reaches from `object`, with the filter matches that could not decide.
    func resolution(of path: TargetPath, from object: ScopeObject) -> ResolvedTargets {
        let slot = object.index + 1
        if slot >= resolved.count {
            resolved.append(contentsOf: repeatElement(Resolutions(denseIDs: denseIDs), count: slot + 1 - resolved.count))
        }
        if let known = resolved[slot][path.id] { return known }
        // From the prefix's nodes, resolved (and kept) once for every path that shares it.
        let found = path.resolve(
            from: object.target, afterPrefix: path.prefix.map { resolution(of: $0, from: object) }, in: matchContext)
        resolved[slot][path.id] = found
        return found
    }

    /// One scope object's resolutions, by path id: the ids below `denseIDs`
    /// index a list, not keys hashed into a table at each of the hundred
    /// questions a document asks (4 % of a corpus lint). The others are in a
    /// table keyed by `Int` (no key type of its own: a run pays for the first
    /// dictionary of each key type with a search of every protocol
    /// conformance in the binary).
    private struct Resolutions {
        let denseIDs: Int
        private var dense: [ResolvedTargets?] = []
        private var sparse: [Int: ResolvedTargets] = [:]

        init(denseIDs: Int) { self.denseIDs = denseIDs }

        subscript(id: Int) -> ResolvedTargets? {
            get { id < denseIDs ? (id < dense.count ? dense[id] : nil) : sparse[id] }
            set {
                guard id < denseIDs else { return sparse[id] = newValue }
                if id >= dense.count { dense.append(contentsOf: repeatElement(nil, count: id + 1 - dense.count)) }
                dense[id] = newValue
            }
        }
    }
}

/// Which schema checks step aside on which nodes, because a more specific rule
/// owns that defect there ("each defect is reported once"). Built per document
/// from the enabled rules' `replaces:` declarations; consulted by the schema
/// checker before it reports WF005, WF006 or WF007 at a pointer.
public struct Supersession: Sendable {
    /// The pointers where each rule steps aside, by rule id (WF005, WF006,
    /// WF007: a few, so a list searched in order, where a dictionary hashed
    /// the id at each question). A pointer is probed by the hash it keeps
    /// (`JSONPointerSet`), so ten thousand CIDRs, each inserted by the CIDR
    /// rules and asked about by the schema checker, cost a probe each.
    private var pointers: [(ruleID: String, set: JSONPointerSet)] = []

    public init() {}

    public mutating func insert(_ ruleID: String, at pointer: JSONPointer) {
        insert(ruleID, at: [pointer])
    }

    /// Inserts a path's targets at once: the rule's set is looked up once,
    /// and grown once to hold them all (not ten times over for ten thousand).
    public mutating func insert(_ ruleID: String, at newPointers: [JSONPointer]) {
        guard !newPointers.isEmpty else { return }
        guard let index = pointers.firstIndex(where: { $0.ruleID == ruleID }) else {
            var set = JSONPointerSet(minimumCapacity: newPointers.count)
            for pointer in newPointers { set.insert(pointer) }
            pointers.append((ruleID, set))
            return
        }
        pointers[index].set.reserveCapacity(pointers[index].set.count + newPointers.count)
        for pointer in newPointers { pointers[index].set.insert(pointer) }
    }

    public func contains(_ ruleID: String, at pointer: JSONPointer) -> Bool {
        pointers.first { $0.ruleID == ruleID }?.set.contains(pointer) ?? false
    }
}
