#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import DocumentModel

/// Where each line of the input starts, in bytes and in characters, to turn
/// libyaml's marks and byte offsets into wflint's positions.
///
/// libyaml's `index` counts characters (a CR LF pair as two, a byte-order mark
/// as none), and it also breaks lines at NEL, LS and PS, which editors do not.
/// Mapping the character index through this table, rather than trusting the
/// mark's own line and column, keeps YAML positions identical to JSON's: lines
/// end only at CR LF, CR or LF, and a column counts Unicode scalars.
struct LineIndex {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The byte offset where each line starts (after a byte-order mark for line 1).
    private(set) var lineStartBytes: [Int] = []
    /// The character index where each line starts.
    private var lineStartCharacters: [Int] = []
    /// The characters of the whole input.
    private var characterCount = 0
    /// Whether the input holds a tab anywhere (most hold none).
    private(set) var containsTab = false

    /// `pages`: the source's pages, given back behind this pass when it is mapped.
    init(_ bytes: UnsafeBufferPointer<UInt8>, pages: PageRelease? = nil) {
        self.bytes = bytes
        var pages = pages
        defer { pages?.finish() }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        var offset = bytes.starts(with: bom) ? 3 : 0
        var characters = 0
        // Both tables get their exact size up front: grown by appending, each
        // was copied at every doubling and held twice at the last one (5 MiB
        // of an 80 MB stream's peak).
        let lineCount = Self.lineBreakCount(of: bytes, pages: pages) + 1
        lineStartBytes.reserveCapacity(lineCount)
        lineStartCharacters.reserveCapacity(lineCount)
        lineStartBytes.append(offset)
        lineStartCharacters.append(0)
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte & 0xC0 != 0x80 { characters += 1 }
            if byte == UInt8(ascii: "\t") { containsTab = true }
            let endsLine =
                byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && byteAt(offset) != UInt8(ascii: "\n"))
            if endsLine {
                lineStartBytes.append(offset)
                lineStartCharacters.append(characters)
                pages?.passed(offset)
            }
        }
        characterCount = characters
    }

    private func byteAt(_ offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// How many lines end in `bytes`: each LF, and each CR not followed by an
    /// LF. Searched at memory speed (`memchr`), before the byte-by-byte pass,
    /// a megabyte at a time so that `pages` can follow.
    static func lineBreakCount(of bytes: UnsafeBufferPointer<UInt8>, pages: PageRelease? = nil) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        for byte in [UInt8(ascii: "\n"), UInt8(ascii: "\r")] {
            var pages = pages
            defer { pages?.finish() }
            for chunk in stride(from: 0, to: bytes.count, by: 1 << 20) {
                let end = min(chunk + (1 << 20), bytes.count)
                var offset = chunk
                while offset < end, let found = memchr(base + offset, Int32(byte), end - offset) {
                    offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                    let isCRLF = byte == UInt8(ascii: "\r") && offset < bytes.count && bytes[offset] == UInt8(ascii: "\n")
                    if !isCRLF { count += 1 }
                }
                pages?.passed(end)
            }
        }
        return count
    }

    /// The position of libyaml's character index.
    func position(characterIndex index: Int) -> SourcePosition {
        let line = lastLine(startingAtOrBefore: index, in: lineStartCharacters)
        return SourcePosition(line: line + 1, column: index - lineStartCharacters[line] + 1)
    }

    /// The position and byte offset of libyaml's character index, looked up
    /// from `cursor`, where the previous lookup was: events come in source
    /// order, so the line is nearly always that line or the next (no binary
    /// search), and on a line of more than ASCII the bytes are counted from
    /// the previous offset, not from the start of the line. Twice per event:
    /// hence the unchecked buffers.
    func mark(characterIndex index: Int, cursor: inout MarkCursor) -> (position: SourcePosition, byteOffset: Int) {
        lineStartCharacters.withUnsafeBufferPointer { characters in
            lineStartBytes.withUnsafeBufferPointer { lineBytes in
                let last = characters.count - 1
                // Where line `line + 1` starts, or past the end for the last line.
                let nextCharacters = { (line: Int) in line < last ? characters[line + 1] : characterCount + 1 }
                var line = cursor.line
                if !(characters[line] <= index && index < nextCharacters(line)) {
                    if line < last, characters[line + 1] <= index, index < nextCharacters(line + 1) {
                        line += 1
                    } else {
                        line = lastLine(startingAtOrBefore: index, in: lineStartCharacters)
                    }
                    cursor.line = line
                }
                let column = index - characters[line]
                let position = SourcePosition(line: line + 1, column: column + 1)
                let byteLength = (line < last ? lineBytes[line + 1] : bytes.count + 1) - lineBytes[line]
                guard byteLength != nextCharacters(line) - characters[line] else {
                    return (position, lineBytes[line] + column)  // ASCII: a byte per character
                }
                return (position, byteOffset(characterIndex: index, line: line, lineStart: lineBytes[line], cursor: &cursor))
            }
        }
    }

    /// The byte offset of a character index on a line of more than ASCII,
    /// counted from the cursor's last offset when it is on that line.
    private func byteOffset(characterIndex index: Int, line: Int, lineStart: Int, cursor: inout MarkCursor) -> Int {
        if cursor.byteLine != line {
            cursor.byteLine = line
            cursor.characterIndex = lineStartCharacters[line]
            cursor.byteOffset = lineStart
        }
        while cursor.characterIndex < index, cursor.byteOffset < bytes.count {
            cursor.byteOffset += 1
            while cursor.byteOffset < bytes.count, bytes[cursor.byteOffset] & 0xC0 == 0x80 { cursor.byteOffset += 1 }
            cursor.characterIndex += 1
        }
        while cursor.characterIndex > index {
            cursor.byteOffset -= 1
            while bytes[cursor.byteOffset] & 0xC0 == 0x80 { cursor.byteOffset -= 1 }
            cursor.characterIndex -= 1
        }
        return cursor.byteOffset
    }

    /// The same, looked up from `hint`, the line of the previous lookup: events
    /// come in source order, so the answer is nearly always that line or the
    /// next, and the binary search (two per event) is skipped.
    func position(characterIndex index: Int, hint: inout Int) -> SourcePosition {
        let starts = lineStartCharacters
        let near = min(max(hint, 0), starts.count - 1)
        let isOn = { (line: Int) in starts[line] <= index && (line + 1 == starts.count || index < starts[line + 1]) }
        let line: Int
        if isOn(near) {
            line = near
        } else if near + 1 < starts.count, isOn(near + 1) {
            line = near + 1
        } else {
            line = lastLine(startingAtOrBefore: index, in: starts)
        }
        hint = line
        return SourcePosition(line: line + 1, column: index - starts[line] + 1)
    }

    /// The position of a byte offset into the input.
    func position(byteOffset offset: Int) -> SourcePosition {
        let line = lastLine(startingAtOrBefore: offset, in: lineStartBytes)
        let column = SourcePosition.column(ofByte: offset, lineStart: lineStartBytes[line], in: bytes)
        return SourcePosition(line: line + 1, column: column)
    }

    /// The byte offset where the line holding `offset` starts.
    func lineStart(ofByte offset: Int) -> Int {
        lineStartBytes[lastLine(startingAtOrBefore: offset, in: lineStartBytes)]
    }

    /// How many lines the input has (an empty last line counts).
    var lineCount: Int { lineStartBytes.count }

    /// The 0-based line holding byte `offset`.
    func line(ofByte offset: Int) -> Int { lastLine(startingAtOrBefore: offset, in: lineStartBytes) }

    /// The bytes of 0-based line `line`, without its line break.
    func bytes(ofLine line: Int) -> Range<Int> {
        let start = lineStartBytes[line]
        var end = line + 1 < lineStartBytes.count ? lineStartBytes[line + 1] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }

    /// libyaml's character index of byte `offset`, the start of a character
    /// (0 for a byte-order mark, which libyaml does not count).
    func characterIndex(ofByte offset: Int) -> Int {
        let line = line(ofByte: offset)
        let start = lineStartBytes[line]
        guard offset > start else { return lineStartCharacters[line] }
        return lineStartCharacters[line] + bytes[start..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// Binary search: the last line whose start is at or before `value`.
    private func lastLine(startingAtOrBefore value: Int, in starts: [Int]) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

/// Where `LineIndex.mark` looked last: the line, and on a line of more than
/// ASCII a character index with its byte offset.
struct MarkCursor {
    var line = 0
    var byteLine = -1
    var characterIndex = 0
    var byteOffset = 0
}
