/// Where a finding shows in a document with YAML aliases.
///
/// A check sees an alias's anchored content, so it finds a defect inside an
/// aliased value at the anchor's text. That is not where the user uses the
/// value: a finding reached through an alias is shown at the alias (the
/// `*name` text), the first one on the way from the root when aliases nest.
/// Ranges outside the anchored text (the key an aliased value sits under)
/// stay where they are.
public struct AliasPlacement {
    private let document: Document
    /// Members of large mappings by name, built when a pointer first walks one.
    private var largeMappings: [ObjectIdentifier: [ExactText: Node]] = [:]
    /// Below this many entries a mapping is scanned rather than indexed.
    private static let scanLimit = 16

    public init(_ document: Document) {
        self.document = document
    }

    /// Where a finding at `range` about the node at `pointer` shows.
    public mutating func place(_ range: SourceRange, at pointer: JSONPointer) -> SourceRange {
        guard document.hasAliases else { return range }
        var node = document.root
        for token in pointer.tokens {
            guard let child = child(of: node, token) else { return range }
            if let target = child.aliasTarget, target.range.contains(range) { return child.range }
            node = child
        }
        return range
    }

    /// The value at `token` of a mapping (its last entry of that name, as `Node.entry`) or a list.
    private mutating func child(of node: Node, _ token: String) -> Node? {
        switch node.content {
        case .scalar: return nil
        case .sequence(let items):
            guard let index = Int(token), items.indices.contains(index) else { return nil }
            return items[index]
        case .mapping(let entries):
            guard entries.count > Self.scanLimit else { return node.entry(token)?.value }
            let identity = ObjectIdentifier(node)
            if largeMappings[identity] == nil {
                largeMappings[identity] = Dictionary(
                    entries.compactMap { entry in entry.name.map { (ExactText($0), entry.value) } }) { _, last in last }
            }
            return largeMappings[identity]?[ExactText(token)]
        }
    }
}
