import DocumentModel

/// Where each line of the input starts, in bytes and in characters, to turn
/// libyaml's marks and byte offsets into wflint's positions (`LineTable`:
/// every line of a file of ordinary size, every 64th of a long stream).
///
/// libyaml's `index` counts characters (a CR LF pair as two, a byte-order mark
/// as none), and it also breaks lines at NEL, LS and PS, which editors do not.
/// Mapping the character index through this table, rather than trusting the
/// mark's own line and column, keeps YAML positions identical to JSON's: lines
/// end only at CR LF, CR or LF, and a column counts Unicode scalars.
struct LineIndex {
    let bytes: UnsafeBufferPointer<UInt8>
    let table: LineTable
    /// The characters written narrower than libyaml is given them, in file
    /// order: a NEL, LS or PS given as spaces (`UnicodeLineBreaks`), which
    /// is one character as written and two or three in `bytes`. Positions
    /// count each as one column, as the source has it; empty but for the
    /// index of a text that holds one.
    private let widenings: [Widening]
    /// The columns the widenings before each one add, and all of them at the
    /// end: what a position subtracts is a difference of two, found by a
    /// binary search each, so that a line of many costs no more per position.
    private let extraBefore: [Int]

    /// One character given as `width` spaces, from byte `byte`.
    struct Widening {
        let byte: Int
        let width: Int
    }

    /// `pages`: the source's pages, given back behind this pass when it is mapped.
    init(_ bytes: UnsafeBufferPointer<UInt8>, spacing: Int? = nil, pages: PageRelease? = nil, widenings: [Widening] = []) {
        self.bytes = bytes
        table = LineTable(bytes, spacing: spacing, countingCharacters: true, pages: pages)
        self.widenings = widenings
        var extra = 0
        var extraBefore = [0]
        for widening in widenings {
            extra += widening.width - 1
            extraBefore.append(extra)
        }
        self.extraBefore = extraBefore
    }

    /// Whether the input holds a tab anywhere (most hold none).
    var containsTab: Bool { table.containsTab }

    /// How many lines the input has (an empty last line counts).
    var lineCount: Int { table.lineCount }

    /// Where line 1 starts: after a byte-order mark.
    var firstLineStart: Int { table.start(ofLine: 0, in: bytes) }

    /// The position and byte offset of libyaml's character index, looked up
    /// from `cursor`, where the previous lookup was: events come in source
    /// order, so the line is nearly always that line or one a little after
    /// it (no binary search, a line's characters counted once), and on a line
    /// of more than ASCII the bytes are counted from the previous offset, not
    /// from the start of the line. Twice per event.
    func mark(characterIndex index: Int, cursor: inout MarkCursor) -> (position: SourcePosition, byteOffset: Int) {
        var line = cursor.line ?? table.line(ofCharacter: index, in: bytes)
        if !(line.startCharacter <= index && index < line.nextCharacter) {
            line = self.line(holding: index, after: line)
            cursor.line = line
        } else if cursor.line == nil {
            cursor.line = line
        }
        let column = index - line.startCharacter
        let position = SourcePosition(line: line.number + 1, column: column + 1)
        // A byte per character on an ASCII line.
        let offset = line.isASCII ? line.startByte + column : byteOffset(characterIndex: index, on: line, cursor: &cursor)
        guard !widenings.isEmpty else { return (position, offset) }
        return (narrowed(position, lineStart: line.startByte, offset: offset), offset)
    }

    /// `position` (of byte `offset`, on the line from `lineStart`) with the
    /// widened characters before it on its line counted as one column each;
    /// a position inside one is the character's own.
    private func narrowed(_ position: SourcePosition, lineStart: Int, offset: Int) -> SourcePosition {
        let first = widenings.partitionPoint { $0.byte < lineStart }
        let end = widenings.partitionPoint { $0.byte < offset }
        var extra = extraBefore[end] - extraBefore[first]
        // Inside the last one before it: its own columns up to the offset only.
        if end > first, case let last = widenings[end - 1], offset - last.byte < last.width - 1 {
            extra -= last.width - 1 - (offset - last.byte)
        }
        return SourcePosition(line: position.line, column: position.column - extra)
    }

    /// The line holding character `index`, from `line`: the next few lines
    /// are read on from it, a jump further or back is looked up.
    private func line(holding index: Int, after line: LineTable.Line) -> LineTable.Line {
        guard index >= line.nextCharacter else { return table.line(ofCharacter: index, in: bytes) }
        var current = line
        for _ in 0..<table.spacing + 1 {
            guard let next = table.line(after: current, in: bytes) else { return current }
            current = next
            if index < current.nextCharacter { return current }
        }
        return table.line(ofCharacter: index, in: bytes)
    }

    /// The byte offset of a character index on a line of more than ASCII,
    /// counted from the cursor's last offset when it is on that line.
    private func byteOffset(characterIndex index: Int, on line: LineTable.Line, cursor: inout MarkCursor) -> Int {
        if cursor.byteLine != line.number {
            cursor.byteLine = line.number
            cursor.characterIndex = line.startCharacter
            cursor.byteOffset = line.startByte
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

    /// The position of a byte offset into the input.
    func position(byteOffset offset: Int) -> SourcePosition {
        let position = table.position(ofByte: offset, in: bytes)
        guard !widenings.isEmpty else { return position }
        return narrowed(position, lineStart: lineStart(ofByte: offset), offset: offset)
    }

    /// The byte offset where the line holding `offset` starts.
    func lineStart(ofByte offset: Int) -> Int { table.line(ofByte: offset, in: bytes).start }

    /// The 0-based line holding byte `offset`.
    func line(ofByte offset: Int) -> Int { table.line(ofByte: offset, in: bytes).line }

    /// The bytes of 0-based line `line`, without its line break.
    func bytes(ofLine line: Int) -> Range<Int> {
        let start = table.start(ofLine: line, in: bytes)
        var end = line + 1 < lineCount ? table.nextLineStart(after: start, in: bytes) ?? bytes.count : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }

    /// libyaml's character index of byte `offset`, the start of a character
    /// (0 for a byte-order mark, which libyaml does not count).
    func characterIndex(ofByte offset: Int) -> Int {
        let line = table.characterLine(ofByte: offset, in: bytes)
        guard offset > line.startByte else { return line.startCharacter }
        return line.startCharacter + bytes[line.startByte..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}

/// Where `LineIndex.mark` looked last: the line, and on a line of more than
/// ASCII a character index with its byte offset.
struct MarkCursor {
    var line: LineTable.Line?
    var byteLine = -1
    var characterIndex = 0
    var byteOffset = 0
}
