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
    private var lineStartBytes: [Int] = []
    /// The character index where each line starts.
    private var lineStartCharacters: [Int] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        var offset = bytes.starts(with: bom) ? 3 : 0
        var characters = 0
        lineStartBytes.append(offset)
        lineStartCharacters.append(0)
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte & 0xC0 != 0x80 { characters += 1 }
            let endsLine =
                byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && byteAt(offset) != UInt8(ascii: "\n"))
            if endsLine {
                lineStartBytes.append(offset)
                lineStartCharacters.append(characters)
            }
        }
    }

    private func byteAt(_ offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// The position of libyaml's character index.
    func position(characterIndex index: Int) -> SourcePosition {
        let line = lastLine(startingAtOrBefore: index, in: lineStartCharacters)
        return SourcePosition(line: line + 1, column: index - lineStartCharacters[line] + 1)
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
        let start = lineStartBytes[line]
        let column = bytes[start..<min(max(offset, start), bytes.count)].reduce(1) { count, byte in
            byte & 0xC0 == 0x80 ? count : count + 1
        }
        return SourcePosition(line: line + 1, column: column)
    }

    /// The byte offset of a position (the end of its line if the column is past it).
    func byteOffset(of position: SourcePosition) -> Int {
        var offset = lineStartBytes[min(position.line, lineStartBytes.count) - 1]
        var column = 1
        while column < position.column, offset < bytes.count {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            column += 1
        }
        return offset
    }

    /// The byte offset where the line holding `offset` starts.
    func lineStart(ofByte offset: Int) -> Int {
        lineStartBytes[lastLine(startingAtOrBefore: offset, in: lineStartBytes)]
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
