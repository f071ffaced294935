import DocumentModel
import Locking

/// A value a translated resource holds (an argument's, or a `dynamic`
/// block's content), recorded at its root: where each node inside it is
/// written, and the reference it came through, are found when a finding asks
/// (`origin(at:following:in:)`). Recording them for every node cost two
/// dictionary entries per node: a local of a million nodes, 6 µs and 265
/// bytes each.
struct TerraformRecordedValue {
    let node: Node
    /// The argument's name, when `node` is an argument's whole value.
    let keyRange: SourceRange?
    /// The module file the resource text holding the value is in.
    let part: Int
    /// The module's `placements` when the value was recorded: the uses it
    /// holds are those placed before.
    let placements: Int
    /// The entries of each wide mapping a walk down has met, by name (the
    /// last of a name, as `Node.entry` finds it): each finding's walk
    /// scanned the mapping, and 10,000 findings in a map of 100,000 entries
    /// took 8.5 s.
    private let memberIndexes = Locked<[ObjectIdentifier: [ExactText: Int]]>([:])
    /// Past this many entries a mapping is indexed.
    private static let indexedWidth = 16

    init(_ node: Node, keyRange: SourceRange?, part: Int, module: TerraformModule) {
        self.node = node
        self.keyRange = keyRange
        self.part = part
        placements = module.placements
    }

    /// Where the node at `tokens` below the value's root (`root`, its API
    /// pointer), or its deepest ancestor there is, is written when that is
    /// another file than the linted one, or came through a reference; the
    /// nearest use on the way down is the node's.
    func origin(
        at root: JSONPointer, following tokens: [String], in module: TerraformModule
    ) -> (pointer: JSONPointer, origin: TerraformOrigin)? {
        var node = self.node
        var pointer = root
        var usedAt = module.use(of: node, placedBefore: placements)
        for token in tokens {
            guard let child = child(of: node, at: token) else { break }
            node = child
            pointer = pointer.appending(token)
            usedAt = module.use(of: node, placedBefore: placements) ?? usedAt
        }
        guard let file = module.file(of: node), file != module.linted || usedAt != nil else { return nil }
        let keyRange = pointer == root ? keyRange : nil
        return (pointer, TerraformOrigin(file: file, range: node.range, usedAt: usedAt, keyRange: keyRange, part: part))
    }

    /// Calls `body` with each node of the value at or below a secret's name
    /// (`SensitiveValues.isSensitive`), the value's root at `root`. Of two
    /// entries with one name, the last is the value's, as `Node.entry` has it.
    func forEachSensitiveNode(at root: JSONPointer, _ body: (Node) -> Void) {
        Self.visit(node, isSensitive: SensitiveValues.isSensitive(root), body)
    }

    private static func visit(_ node: Node, isSensitive: Bool, _ body: (Node) -> Void) {
        if isSensitive { body(node) }
        switch node.content {
        case .scalar: return
        case .sequence(let items):
            for item in items { visit(item, isSensitive: isSensitive, body) }
        case .mapping(let entries):
            var named: Set<String> = []
            for entry in entries.reversed() where named.insert(entry.name ?? "").inserted {
                visit(entry.value, isSensitive: isSensitive || SensitiveValues.isSensitiveKey(entry.name ?? ""), body)
            }
        }
    }

    /// The item at index `token` (written as `JSONPointer.appending(_:)`
    /// writes one) or the last entry named `token`.
    private func child(of node: Node, at token: String) -> Node? {
        switch node.content {
        case .scalar: return nil
        case .sequence(let items):
            guard let index = Int(token), String(index) == token, items.indices.contains(index) else { return nil }
            return items[index]
        case .mapping(let entries):
            guard entries.count > Self.indexedWidth else { return node[member: token] }
            let index = memberIndexes.withLock { indexes in
                if let known = indexes[ObjectIdentifier(node)] { return known[ExactText(token)] }
                var built: [ExactText: Int] = [:]
                for (index, entry) in entries.enumerated() { if let name = entry.name { built[ExactText(name)] = index } }
                indexes[ObjectIdentifier(node)] = built
                return built[ExactText(token)]
            }
            return index.map { entries[$0].value }
        }
    }
}
