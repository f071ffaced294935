import DocumentModel

/// Guards against alias bombs ("billion laughs"): a few lines of anchors and
/// aliases, each repeating the one before ten times, that name 10^9 nodes.
///
/// The tree shares aliased nodes, so building it is cheap; but every walk of
/// it (the schema checker, a rule target with `*`, a future reporter) visits
/// a shared node once per reference. So the reader counts each document's
/// *expanded* size, the number of nodes a walk that follows every alias would
/// visit, and stops at the alias that makes it too large.
///
/// A document is too large when its expanded size exceeds both
/// `minimumLimit` and `maximumRatio` times the nodes actually written in it
/// so far. The first bound keeps ordinary sharing (a few anchored blocks
/// reused across a file) far from the limit: a million visits is well under
/// a second of checking. The second keeps a big document that is simply big
/// legal: it costs what it weighs, and a document without aliases has a
/// ratio of 1. Only a document that is mostly repetition, and large with it,
/// trips both.
struct AliasBudget {
    static let minimumLimit = 1_000_000
    static let maximumRatio = 10

    /// Nodes written in the document (each alias counts as one).
    private(set) var writtenNodes = 0
    /// Nodes a walk following every alias would visit.
    private(set) var expandedNodes = 0

    /// The expanded size above which the document is rejected, as it stands.
    var limit: Int { max(Self.minimumLimit, Self.maximumRatio * writtenNodes) }

    mutating func startDocument() {
        writtenNodes = 0
        expandedNodes = 0
    }

    /// A scalar or a collection's own node.
    mutating func countWrittenNode() {
        writtenNodes += 1
        expandedNodes += 1
    }

    /// An alias to a node of `size` expanded nodes; throws when that makes the
    /// document too large. The running totals never exceed the limit by more
    /// than one alias's size (itself at most the previous total), so they
    /// cannot overflow.
    mutating func countAlias(_ name: String, size: Int, at position: SourcePosition) throws(SyntaxError) {
        writtenNodes += 1
        expandedNodes += size
        guard expandedNodes > limit else { return }
        throw SyntaxError(
            message: "alias '*\(name)' expands the document to more than \(limit) nodes (alias bomb?)",
            position: position)
    }
}
