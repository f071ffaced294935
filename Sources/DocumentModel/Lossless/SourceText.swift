#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Locking

/// One parsed source as its bytes, with where its lines start and where its
/// comments are: what turns a node's byte offsets into a line and column, and
/// what the edit queries (`SourceText+Entries`, `SourceText+Removal`) read.
///
/// The YAML reader hands over the line table it keeps for libyaml's marks; a
/// JSON source's lines are counted when first asked for (a lint never asks),
/// at memory speed. Lines and columns are computed when asked, as findings
/// show them: lines end at CR LF, CR or LF, and a column counts Unicode scalars.
public final class SourceText: Sendable {
    /// The source as read, a byte-order mark included.
    public let bytes: SourceBytes
    /// Every comment (YAML `#` to the end of its line), in source order: those
    /// before the last node read before a syntax error, if one stopped the
    /// parse. JSON has none.
    public let comments: [ByteRange]
    /// Where lines start (`LineTable`: every 64th line of a long stream), once known.
    private let lineTable: Locked<LineTable?>
    /// Every line's start, for the editor's queries, once asked for.
    private let everyLineStart = Locked<[Int]?>(nil)
    /// Known columns on each of a few lines (`position(ofByte:)`), the most
    /// recently used line last, to count a column on from the nearest one
    /// before it. More than one line: a Terraform list of references on one
    /// long line is read between the values they reach on other lines, and
    /// with only the last position kept, each of 30,000 references to locals
    /// on one 400 KB line was counted from the line's start (4 s). More than
    /// one column a line: an object's range is asked for after its keys',
    /// and with only the last kept, each of 80,000 objects on one line was
    /// counted from the line's start (33 s).
    private let recentColumns = Locked<[LineColumns]>([])
    static let recentColumnLines = 4

    /// A line's known columns at the starts of its stretches of
    /// `checkpointSpacing` bytes: counted in any order (a value's end is often asked for
    /// before its items', an object's start after its keys'), each position
    /// counted on from the start of its own stretch once that is known.
    private struct LineColumns {
        let lineStart: Int
        /// The column at the start of each stretch after the first (whose is
        /// 1) up to the furthest one counted to: `known[k - 1]` is stretch
        /// `k`'s. 8 bytes a stretch, an eighth of the line's bytes at most,
        /// and nothing allocated for a line shorter than a stretch (most).
        var known: [Int] = []
    }

    static let checkpointSpacing = 64
    /// The collection whose members were last listed, and its members
    /// (`members(of:)`): a rule that removes repeated items of a list asks
    /// for every one of them, and listing the members each time made a
    /// list of n repeats cost n × n. The collection is held, so that no
    /// other node takes its address while it is compared.
    let lastMembers = Locked<(collection: Node, members: [Member]?)?>(nil)

    /// A source whose line starts are counted when first asked for.
    public init(bytes: SourceBytes, comments: [ByteRange] = []) {
        self.bytes = bytes
        self.comments = comments
        self.lineTable = Locked(nil)
    }

    /// The same, over a copy of `bytes`.
    public convenience init(bytes: [UInt8], comments: [ByteRange] = []) {
        self.init(bytes: SourceBytes(bytes), comments: comments)
    }

    /// A source whose reader has counted its lines already.
    public init(bytes: SourceBytes, lines: LineTable, comments: [ByteRange] = []) {
        self.bytes = bytes
        self.comments = comments
        self.lineTable = Locked(lines)
    }

    /// The line table, counted on first use.
    private var lines: LineTable {
        lineTable.withLock { table in
            if let table { return table }
            let counted = bytes.withUnsafeBufferPointer {
                LineTable($0, countingCharacters: false, pages: PageRelease(bytes))
            }
            table = counted
            return counted
        }
    }

    /// `body` with the line table and the bytes.
    private func withLines<Result>(_ body: (LineTable, UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let lines = lines
        return bytes.withUnsafeBufferPointer { body(lines, $0) }
    }

    /// The byte offset where each line starts; line 1 starts after a UTF-8
    /// byte-order mark, which is no column. Every line's: for the editor's
    /// queries on a document of ordinary size; findings use `position(ofByte:)`.
    public var lineStarts: [Int] {
        everyLineStart.withLock { starts in
            if let starts { return starts }
            let counted = withLines { lines, buffer in
                var counted = [lines.start(ofLine: 0, in: buffer)]
                counted.reserveCapacity(lines.lineCount)
                while counted.count < lines.lineCount, let next = lines.nextLineStart(after: counted[counted.count - 1], in: buffer) {
                    counted.append(next)
                }
                return counted
            }
            starts = counted
            return counted
        }
    }

    public static let empty = SourceText(bytes: [])

    /// 3 after a UTF-8 byte-order mark, else 0.
    public static func firstLineStart<Bytes: Collection<UInt8>>(of bytes: Bytes) -> Int {
        LineTable.firstLineStart(of: bytes)
    }

    // MARK: Lines and columns

    /// The 1-based line holding byte `offset` (a line break belongs to the line it ends).
    public func line(ofByte offset: Int) -> Int {
        withLines { lines, buffer in lines.line(ofByte: offset, in: buffer).line + 1 }
    }

    /// The line and column of byte `offset`, as findings show them.
    public func position(ofByte offset: Int) -> SourcePosition {
        withLines { lines, buffer in position(ofByte: offset, lines: lines, in: buffer) }
    }

    /// The lines and columns of a byte range. The line table is taken once
    /// for both ends: each take locks it (a Terraform module converts every
    /// declaration's range).
    public func range(of bytes: ByteRange) -> SourceRange {
        withLines { lines, buffer in
            SourceRange(
                start: position(ofByte: bytes.start, lines: lines, in: buffer),
                end: position(ofByte: bytes.end, lines: lines, in: buffer))
        }
    }

    /// A position, its column counted on from the nearest known column
    /// before it on its line: the ranges of the items of a long one-line list
    /// (ten thousand `var.x` in one Terraform tuple, or objects whose range is
    /// asked for after their keys') cost the line once, not once each.
    private func position(ofByte offset: Int, lines: LineTable, in buffer: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        let (line, start) = lines.line(ofByte: offset, in: buffer)
        let end = min(max(offset, start), buffer.count)
        let column = recentColumns.withLock { recent in
            // This line's entry goes last, taken out first so that its columns
            // are not copied; a new line's takes the least recent one's place.
            var entry: LineColumns
            if let index = recent.lastIndex(where: { $0.lineStart == start }) {
                entry = recent.remove(at: index)
            } else {
                if recent.count == Self.recentColumnLines { recent.removeFirst() }
                entry = LineColumns(lineStart: start)
            }
            // Counted on from the start of `end`'s stretch, or of the furthest
            // one known before it, a stretch at a time (a column is the bytes
            // that are no UTF-8 continuation byte, so a count splits
            // anywhere), each stretch's start noted on the way: a line is
            // counted through once, whatever order its positions come in.
            let spacing = Self.checkpointSpacing
            var stretch = min((end - start) / spacing, entry.known.count)
            var offset = start + stretch * spacing
            var column = stretch == 0 ? 1 : entry.known[stretch - 1]
            while offset + spacing <= end {
                column += SourcePosition.column(ofByte: offset + spacing, lineStart: offset, in: buffer) - 1
                offset += spacing
                stretch += 1
                if stretch > entry.known.count { entry.known.append(column) }
            }
            column += SourcePosition.column(ofByte: end, lineStart: offset, in: buffer) - 1
            recent.append(entry)
            return column
        }
        return SourcePosition(line: line + 1, column: column)
    }

    /// The positions of `offsets`, which ascend, in one pass over `bytes`
    /// without a line table: what a few positions of a long stream cost,
    /// in memory that does not grow with it (its pages are given back
    /// behind the pass when it is mapped). The same as `position(ofByte:)`.
    public static func positions(ofAscending offsets: [Int], in bytes: SourceBytes) -> [SourcePosition] {
        var pages = PageRelease(bytes, keepingBehind: PageRelease.forwardPassWindow)
        defer { pages.finish() }
        return bytes.withUnsafeBufferPointer { buffer in
            var positions: [SourcePosition] = []
            positions.reserveCapacity(offsets.count)
            var line = 1
            var lineStart = firstLineStart(of: buffer)
            var scanned = lineStart
            // The column of the last offset on the current line: the next
            // counts on from it, so that many offsets on one long line (the
            // repeats a fix removes from a long value) cost the line once,
            // not once each.
            var counted = (offset: lineStart, column: 1)
            for offset in offsets {
                let target = min(max(offset, scanned), buffer.count)
                while scanned < target {
                    let byte = buffer[scanned]
                    scanned += 1
                    let endsLine = byte == UInt8(ascii: "\n")
                        || (byte == UInt8(ascii: "\r") && (scanned == buffer.count || buffer[scanned] != UInt8(ascii: "\n")))
                    if endsLine {
                        line += 1
                        lineStart = scanned
                        counted = (lineStart, 1)
                        pages.passed(scanned)
                    }
                }
                let end = min(max(offset, lineStart), buffer.count)
                if end < counted.offset { counted = (lineStart, 1) }
                let column = counted.column - 1 + SourcePosition.column(ofByte: end, lineStart: counted.offset, in: buffer)
                counted = (end, column)
                positions.append(SourcePosition(line: line, column: column))
            }
            return positions
        }
    }

    /// The byte offset of a position (the end of the text when it is past it).
    public func byteOffset(of position: SourcePosition) -> Int {
        var offset = withLines { lines, buffer in lines.start(ofLine: position.line - 1, in: buffer) }
        var column = 1
        while column < position.column, offset < bytes.count {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            column += 1
        }
        return offset
    }

    /// Whether only spaces stand before byte `offset` on its line.
    public func isIndentation(before offset: Int) -> Bool {
        bytes[lineStart(ofByte: offset)..<offset].allSatisfy { $0 == UInt8(ascii: " ") }
    }

    /// The byte offset where the line holding `offset` starts.
    public func lineStart(ofByte offset: Int) -> Int {
        withLines { lines, buffer in lines.line(ofByte: offset, in: buffer).start }
    }

    // MARK: Text

    /// The text of a byte range (a malformed sequence shows as U+FFFD).
    public func text(_ range: ByteRange) -> String {
        String(decoding: bytes[range.offsets], as: UTF8.self)
    }

    /// The comments that lie wholly inside `range`.
    public func comments(in range: ByteRange) -> [ByteRange] {
        let first = firstComment(endingAfter: range.start)
        return comments[first...].prefix { $0.start < range.end }.filter { range.contains($0) }
    }

    /// The comment that starts at `offset`, if one does.
    func comment(startingAt offset: Int) -> ByteRange? {
        let index = firstComment(endingAfter: offset)
        return index < comments.count && comments[index].start == offset ? comments[index] : nil
    }

    /// The comment that ends at `offset`, if one does.
    func comment(endingAt offset: Int) -> ByteRange? {
        let index = firstComment(endingAfter: offset - 1)
        return index < comments.count && comments[index].end == offset ? comments[index] : nil
    }

    /// The index of the first comment whose end is past `offset` (binary search).
    private func firstComment(endingAfter offset: Int) -> Int {
        comments.partitionPoint { $0.end <= offset }
    }
}
