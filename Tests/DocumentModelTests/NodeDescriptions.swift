import DocumentModel
import Testing

/// `key-range value-range` for each entry of a mapping, compact enough to
/// compare a whole mapping's positions in one expectation.
func entryRanges(_ node: Node?) -> [String] {
    (node?.entries ?? []).map { "\($0.key.range) \($0.value.range)" }
}

/// The range of every element of a sequence.
func elementRanges(_ node: Node?) -> [String] {
    (node?.elements ?? []).map { "\($0.range)" }
}
