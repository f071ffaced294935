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
    /// A quick test run on every YAML file: most have no directive, and for
    /// them nothing else of this scanner runs.
    static func mayContainDirective(_ bytes: [UInt8]) -> Bool {
        let marker = Array(SuppressionDirective.marker.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var start = 0
            // memchr finds each candidate first byte at memory speed.
            while buffer.count - start >= marker.count,
                let found = memchr(base + start, Int32(marker[0]), buffer.count - start - marker.count + 1)
            {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if buffer[index..<(index + marker.count)].elementsEqual(marker) { return true }
                start = index + 1
            }
            return false
        }
    }

    /// Every directive in `lines`, in order. `documents` are the file's parsed
    /// documents (the complete ones before a syntax error, if any).
    static func directives(in lines: SourceLines, documents: [Document]) -> [SuppressionDirective] {
        var directives: [SuppressionDirective] = []
        for (offset, line) in lines.lines.enumerated() where line.contains(SuppressionDirective.marker) {
            let number = offset + 1
            let scalars = Array(line.unicodeScalars)
            guard let column = commentColumn(scalars, line: number, documents: documents) else { continue }
            let documentIndex = documents.last { $0.root.range.start.line <= number }?.index ?? 0
            if let directive = SuppressionDirective.parse(
                comment: scalars[(column - 1)...], line: number, column: column, documentIndex: documentIndex)
            {
                directives.append(directive)
            }
        }
        return directives
    }

    /// The column of the `#` that starts the line's comment, if it has one.
    static func commentColumn(_ scalars: [Unicode.Scalar], line: Int, documents: [Document]) -> Int? {
        for (index, scalar) in scalars.enumerated() where scalar == "#" {
            guard index == 0 || scalars[index - 1] == " " || scalars[index - 1] == "\t" else { continue }
            let position = SourcePosition(line: line, column: index + 1)
            if !documents.contains(where: { isInsideScalar(position, $0.root) }) { return index + 1 }
        }
        return nil
    }

    /// Whether `position` lies inside a scalar (key or value) of the tree under
    /// `node`. Subtrees whose range does not contain it are skipped, and each
    /// node is entered once: aliases share their anchor's node (and range), so
    /// nested aliases cannot make the walk explode.
    static func isInsideScalar(_ position: SourcePosition, _ node: Node) -> Bool {
        var visited: Set<ObjectIdentifier> = []
        return isInsideScalar(position, node, visited: &visited)
    }

    private static func isInsideScalar(_ position: SourcePosition, _ node: Node, visited: inout Set<ObjectIdentifier>) -> Bool {
        guard node.range.start <= position, position < node.range.end else { return false }
        guard visited.insert(ObjectIdentifier(node)).inserted else { return false }
        switch node.content {
        case .scalar: return true
        case .sequence(let items):
            for item in items where isInsideScalar(position, item, visited: &visited) { return true }
            return false
        case .mapping(let entries):
            for entry in entries {
                if isInsideScalar(position, entry.key, visited: &visited)
                    || isInsideScalar(position, entry.value, visited: &visited)
                {
                    return true
                }
            }
            return false
        }
    }
}
