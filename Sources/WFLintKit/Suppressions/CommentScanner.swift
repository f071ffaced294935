#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import DocumentModel

/// Finds the `# wflint-disable…` comments of a YAML file. The lines that
/// hold the marker are found by their bytes; which of their `#`s start a
/// comment, the YAML reader tells (`ParsedStream`'s comments): a `#` inside
/// a quoted string or a block scalar is text, and one right after a flow
/// collection or a quoted string (`[a]# x`) starts a comment, as the AWS
/// CLI's loader reads them. Only past where a read stopped at an error,
/// where nothing was read, is a `#` taken by the text alone: at the start of
/// a line or after a space or tab.
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

    /// The lines of `bytes` that hold the marker, with each `#` on them.
    /// Lines end as `SourceLines` ends them (LF, CR LF or CR), and a leading
    /// byte-order mark is no column, as the readers count.
    static func markerLines<Bytes: Collection<UInt8>>(in bytes: Bytes) -> [MarkerLine] {
        let bytes = bytes as? [UInt8] ?? Array(bytes)
        let marker = Array(SuppressionDirective.marker.utf8)
        var found: [MarkerLine] = []
        var lineStart = bytes.starts(with: SourceFormat.utf8BOM) ? SourceFormat.utf8BOM.count : 0
        var number = 1
        while true {
            var end = lineStart
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
            let line = bytes[lineStart..<end]
            if line.count >= marker.count, line.firstRange(of: marker) != nil {
                found.append(MarkerLine(number: number, bytes: line))
            }
            guard end < bytes.count else { return found }
            let crlf = bytes[end] == UInt8(ascii: "\r") && end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: "\n")
            lineStart = end + (crlf ? 2 : 1)
            number += 1
        }
    }

    /// Every directive of the marker lines, in order: each line's first `#`
    /// that starts a comment (`CommentSites.startsComment`) is parsed.
    static func directives(in sites: CommentSites) -> [SuppressionDirective] {
        var directives: [SuppressionDirective] = []
        // The marker lines and the documents' end lines both ascend: the
        // document of each line is found walking on from the last one's, not
        // by a search of every document for each line.
        let ends = sites.documentEndLines
        let ascending = zip(ends, ends.dropFirst()).allSatisfy { $0 <= $1 }
        var document = 0
        for line in sites.markerLines {
            guard let hash = line.hashes.first(where: sites.startsComment) else { continue }
            // The first document that ends on the line or after it: a comment
            // after a `---` belongs to the document it starts.
            let documentIndex: Int
            if ascending {
                while document < ends.count, ends[document] < line.number { document += 1 }
                documentIndex = document < ends.count ? document : sites.trailingDocument
            } else {
                documentIndex = ends.firstIndex { $0 >= line.number } ?? sites.trailingDocument
            }
            if let directive = SuppressionDirective.parse(
                comment: line.scalars[(hash.position.column - 1)...], line: line.number, column: hash.position.column,
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
    /// Every `#` of the line, in order.
    let hashes: [MarkerHash]

    /// Line `number`, whose bytes are `bytes` (indexed as in the file).
    init(number: Int, bytes: ArraySlice<UInt8>) {
        self.number = number
        scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var hashes: [MarkerHash] = []
        // The byte of each scalar: exact for valid UTF-8; past an invalid
        // byte (a read stops before its line) only the text decides.
        var byte = bytes.startIndex
        for (index, scalar) in scalars.enumerated() {
            if scalar == "#" {
                let followsBlank = index == 0 || scalars[index - 1] == " " || scalars[index - 1] == "\t"
                hashes.append(MarkerHash(
                    position: SourcePosition(line: number, column: index + 1), byte: byte, followsBlank: followsBlank))
            }
            byte += UTF8.width(scalar)
        }
        self.hashes = hashes
    }
}

/// A `#` of a marker line: where it is, its byte in the file, and whether the
/// text alone makes it a comment's start (at the line's start or after a
/// space or tab), which is asked only where the reader did not read.
struct MarkerHash: Sendable {
    let position: SourcePosition
    let byte: Int
    let followsBlank: Bool
}

/// What the comment scanner needs of a file: its marker lines, the comments
/// the YAML reader found on them, and where each document ends.
public struct CommentSites: Sendable {
    let markerLines: [MarkerLine]
    /// The bytes of the marker lines' `#`s that start a comment of the text as read.
    private var commentStarts: Set<Int> = []
    /// Where the comments are known up to (`ParsedStream.commentsReadUpTo`).
    private var commentsReadUpTo = Int.max
    /// The line each document's root ends on, by document index.
    var documentEndLines: [Int] = []
    /// The document of a directive after the last one's end: the one a
    /// syntax error is in, else the last.
    var trailingDocument = 0

    init(markerLines: [MarkerLine]) { self.markerLines = markerLines }

    /// Takes what the read found: `comments` (every comment before
    /// `readUpTo`, in any order).
    mutating func read(comments: [ByteRange], upTo readUpTo: Int) {
        let candidates = Set(markerLines.lazy.flatMap(\.hashes).map(\.byte))
        commentStarts = Set(comments.lazy.map(\.start).filter(candidates.contains))
        commentsReadUpTo = readUpTo
    }

    /// Whether `hash` starts a comment: the reader read one there, or it
    /// lies where the reader did not read and the text alone says so.
    func startsComment(_ hash: MarkerHash) -> Bool {
        commentStarts.contains(hash.byte) || (hash.byte >= commentsReadUpTo && hash.followsBlank)
    }
}
