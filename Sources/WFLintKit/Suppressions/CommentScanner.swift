#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import DocumentModel

/// Finds the `# wflint-disable…` comments of a YAML file. libyaml does not
/// report comments, so this is lexical, with the parsed tree as the judge of
/// what is a scalar: a `#` at the start of a line or after a space or tab
/// begins a comment unless it lies inside a scalar (a quoted string, a block
/// scalar's text), which the tree knows exactly.
enum CommentScanner {
    /// A quick test run on every YAML and `.tf` file: most have no
    /// directive, and for them nothing else of this scanner runs.
    static func mayContainDirective<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        let marker = Array(SuppressionDirective.marker.utf8)
        var pages = (bytes as? SourceBytes).map { PageRelease($0) }
        defer { pages?.finish() }
        return bytes.withContiguousBytes { buffer in
            guard let base = buffer.baseAddress, buffer.count >= marker.count else { return false }
            // Where a marker can start: up to a marker's length from the end.
            let starts = buffer.count - marker.count + 1
            // A megabyte at a time, so that a mapped stream's pages are given
            // back behind the search; memchr finds each candidate first byte
            // at memory speed.
            for chunk in stride(from: 0, to: starts, by: 1 << 20) {
                let end = min(chunk + (1 << 20), starts)
                var start = chunk
                while start < end, let found = memchr(base + start, Int32(marker[0]), end - start) {
                    let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if buffer[index..<(index + marker.count)].elementsEqual(marker) { return true }
                    start = index + 1
                }
                pages?.passed(end)
            }
            return false
        }
    }

    /// The lines of `bytes` that hold the marker, with each `#` on them that
    /// starts a comment unless a scalar holds it: one at the start of the line
    /// or after a space or tab.
    static func markerLines<Bytes: Collection<UInt8>>(in bytes: Bytes) -> [MarkerLine] {
        var found: [MarkerLine] = []
        for (offset, line) in SourceLines(utf8: bytes as? [UInt8] ?? Array(bytes)).lines.enumerated() where line.contains(SuppressionDirective.marker) {
            let scalars = Array(line.unicodeScalars)
            let hashes = scalars.indices.filter { index in
                scalars[index] == "#" && (index == 0 || scalars[index - 1] == " " || scalars[index - 1] == "\t")
            }
            found.append(MarkerLine(
                number: offset + 1, scalars: scalars,
                hashes: hashes.map { SourcePosition(line: offset + 1, column: $0 + 1) }))
        }
        return found
    }

    /// Every directive of the marker lines, in order, with what the file's
    /// documents (the complete ones before a syntax error, if any) told of them.
    static func directives(in sites: CommentSites) -> [SuppressionDirective] {
        var directives: [SuppressionDirective] = []
        // The marker lines and the documents' start lines both ascend: the
        // document of each line is found walking on from the last one's, not
        // by a search of every document for each line.
        let starts = sites.documentStartLines
        let ascending = zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
        var document = 0
        for line in sites.markerLines {
            guard let hash = line.hashes.first(where: { !sites.insideScalars.contains($0) }) else { continue }
            let documentIndex: Int
            if ascending {
                while document + 1 < starts.count, starts[document + 1] <= line.number { document += 1 }
                documentIndex = document
            } else {
                documentIndex = starts.lastIndex { $0 <= line.number } ?? 0
            }
            if let directive = SuppressionDirective.parse(
                comment: line.scalars[(hash.column - 1)...], line: line.number, column: hash.column,
                documentIndex: documentIndex)
            {
                directives.append(directive)
            }
        }
        return directives
    }
}

/// A line that holds the directive marker.
struct MarkerLine: Sendable {
    let number: Int
    let scalars: [Unicode.Scalar]
    /// Where a `#` may start its comment (see `CommentScanner.markerLines`).
    let hashes: [SourcePosition]
}

/// What the comment scanner needs of a file's documents, gathered while each
/// is checked, so that no tree outlives its check (`StreamedChecks`).
public struct CommentSites: Sendable {
    let markerLines: [MarkerLine]
    /// The `#`s of `markerLines` that lie inside a scalar of some document.
    var insideScalars: Set<SourcePosition> = []
    /// The line each document's root starts on, by document index.
    var documentStartLines: [Int] = []

    init(markerLines: [MarkerLine]) { self.markerLines = markerLines }

    /// Every `#` of the marker lines, in source order (the lines ascend, and
    /// each line's `#`s).
    var hashes: [SourcePosition] { markerLines.flatMap(\.hashes) }

    /// The `#`s in `hashes` (in source order) that a scalar of `document`
    /// holds. Only those within the document's range are walked for: each
    /// document of a stream asked about every `#` of the file, so a stream
    /// of n documents with a directive each cost n × n.
    static func hashesInsideScalars(_ hashes: [SourcePosition], of document: Document) -> [SourcePosition] {
        let within = within(hashes[...], document.root)
        guard !within.isEmpty else { return [] }
        var inside = Set<SourcePosition>()
        var visited = Set<ObjectIdentifier>()
        collectInsideScalars(within, document.root, visited: &visited, into: &inside)
        return within.filter(inside.contains)
    }

    /// The `#`s of `hashes` (ascending) within `node`'s range.
    private static func within(_ hashes: ArraySlice<SourcePosition>, _ node: Node) -> ArraySlice<SourcePosition> {
        hashes[firstIndex(in: hashes, notBefore: node.range.start)..<firstIndex(in: hashes, notBefore: node.range.end)]
    }

    /// The `#`s of `hashes` (ascending) that a scalar under `node` holds, in
    /// one walk for all of them: each node is given the `#`s within its
    /// range, found by halving, where a walk for each `#` went over every
    /// item of each collection on its way (forty thousand tags, each with
    /// its comment, cost forty thousand times forty thousand). Each node is
    /// entered once, as a walk for one `#` entered it: a node an
    /// alias shares is first met where it is written, whose range holds it.
    private static func collectInsideScalars(
        _ hashes: ArraySlice<SourcePosition>, _ node: Node, visited: inout Set<ObjectIdentifier>,
        into inside: inout Set<SourcePosition>
    ) {
        let within = within(hashes, node)
        guard !within.isEmpty, visited.insert(ObjectIdentifier(node)).inserted else { return }
        switch node.content {
        case .scalar:
            inside.formUnion(within)
        case .sequence(let items):
            for item in items { collectInsideScalars(within, item, visited: &visited, into: &inside) }
        case .mapping(let entries):
            for entry in entries {
                collectInsideScalars(within, entry.key, visited: &visited, into: &inside)
                collectInsideScalars(within, entry.value, visited: &visited, into: &inside)
            }
        }
    }

    /// The index of the first of the ascending `positions` at or after `position`.
    private static func firstIndex(in positions: ArraySlice<SourcePosition>, notBefore position: SourcePosition) -> Int {
        positions.partitionPoint { $0 < position }
    }
}
