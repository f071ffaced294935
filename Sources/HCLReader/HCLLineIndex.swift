import DocumentModel

/// Turns byte offsets into the 1-based line and column that findings show.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as `SourceLines` splits them
/// for excerpts; columns count Unicode scalars, and a leading byte-order mark
/// is not a column, as in the JSON and YAML readers.
public struct HCLLineIndex: Sendable {
    private let bytes: [UInt8]
    /// The offset of each line's first byte.
    private let lineStarts: [Int]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        var starts = [hasBOM ? 3 : 0]
        var index = starts[0]
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { starts.append(index) }
        }
        lineStarts = starts
    }

    /// The line and column of the byte at `offset` (or of the end of input).
    public func position(of offset: Int) -> SourcePosition {
        let offset = min(max(offset, lineStarts[0]), bytes.count)
        // The last line starting at or before `offset`.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        for byte in bytes[lineStarts[low]..<offset] where byte & 0xC0 != 0x80 { column += 1 }
        return SourcePosition(line: low + 1, column: column)
    }

    /// The line and column range of a byte range.
    public func range(of range: Range<Int>) -> SourceRange {
        SourceRange(start: position(of: range.lowerBound), end: position(of: range.upperBound))
    }
}
