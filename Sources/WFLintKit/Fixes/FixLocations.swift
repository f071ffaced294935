import DocumentModel

/// Where the edits of a source's fixes are, in lines and columns as findings
/// show them: the machine outputs give each edit both its bytes and its
/// lines. Found when the source is linted, while its bytes are at hand;
/// only the offsets where edits start and end are kept.
public struct FixLocations: Sendable {
    private var positions: [Int: SourcePosition] = [:]

    /// The edits of `findings`' fixes in `bytes`; nil when none has a fix.
    init?(_ findings: [Finding], in bytes: SourceBytes) {
        let edits = findings.compactMap(\.fix).flatMap(\.edits)
        guard !edits.isEmpty else { return nil }
        // One pass, not a line table: a stream's fixes may be spread over
        // all of its lines.
        let offsets = Set(edits.flatMap { [$0.range.start, $0.range.end] }).sorted()
        for (offset, position) in zip(offsets, SourceText.positions(ofAscending: offsets, in: bytes)) {
            positions[offset] = position
        }
    }

    /// The lines and columns of `edit`'s range (column 1 where unknown).
    public func range(of edit: TextEdit) -> SourceRange {
        SourceRange(start: position(edit.range.start), end: position(edit.range.end))
    }

    private func position(_ offset: Int) -> SourcePosition {
        positions[offset] ?? SourcePosition(line: 1, column: 1)
    }

    /// Every edit's range, for the lines a report captures.
    var ranges: [SourceRange] {
        let offsets = positions.values.sorted()
        return offsets.map { SourceRange(at: $0) }
    }
}
