/// Counts one document's nodes and nesting against `ReadLimits` while a
/// reader builds it; the first node over a limit throws, at its position.
public struct NodeBudget: Sendable {
    public let limits: ReadLimits
    /// Nodes of the current document so far, aliases expanded.
    public private(set) var nodes = 0

    public init(_ limits: ReadLimits) {
        self.limits = limits
    }

    public mutating func startDocument() {
        nodes = 0
    }

    /// A scalar, a mapping key or a collection's own node.
    public mutating func countNode(at position: SourcePosition) throws(SyntaxError) {
        nodes += 1
        guard nodes > limits.maximumNodes else { return }
        throw SyntaxError(
            message: "the document has more than \(limits.maximumNodes) nodes (\(ResourceLimit.nodes.settingName))",
            position: position, exceededLimit: .nodes)
    }

    /// A YAML alias, which counts everything it refers to: a walk of the
    /// document visits the shared node once per alias. This is what stops a
    /// "billion laughs" (aliases of lists of aliases) at its first lines,
    /// while a few aliases of ordinary blocks cost what they weigh. Neither
    /// total can overflow: each is at most the limit before this call.
    public mutating func countAlias(_ name: String, size: Int, at position: SourcePosition) throws(SyntaxError) {
        nodes += size
        guard nodes > limits.maximumNodes else { return }
        throw SyntaxError(
            message: "alias '*\(name)' repeats \(size) node\(size == 1 ? "" : "s"), which takes the document past "
                + "\(limits.maximumNodes) nodes (\(ResourceLimit.nodes.settingName)); each use of an alias counts "
                + "all it refers to, so aliases of aliases (a \"billion laughs\") stop here",
            position: position, exceededLimit: .nodes)
    }

    /// Opening a collection inside `openCollections` others.
    public func checkDepth(openCollections: Int, at position: SourcePosition) throws(SyntaxError) {
        guard openCollections >= limits.maximumDepth else { return }
        throw SyntaxError(
            message: "nesting deeper than \(limits.maximumDepth) \(limits.maximumDepth == 1 ? "level" : "levels") "
                + "(\(ResourceLimit.depth.settingName))",
            position: position, exceededLimit: .depth)
    }
}
