import DocumentModel

/// A read position in UTF-8 bytes that also knows its line and column.
///
/// Columns count Unicode scalars, i.e. bytes that are not UTF-8 continuation
/// bytes. Counting restarts from the last position asked for, so a whole
/// minified file on one line still costs one pass, not one per node.
struct SourceCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset: Int
    private(set) var line = 1
    private var lineStart: Int
    /// A byte on the current line whose column is already known.
    private var countedOffset: Int
    private var countedColumn = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // A byte-order mark is skipped and is not a column.
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let start = bytes.starts(with: bom) ? 3 : 0
        offset = start
        lineStart = start
        countedOffset = start
    }

    var isAtEnd: Bool { offset >= bytes.count }

    /// The byte at the cursor, or nil at the end of input.
    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    func byte(at index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func advance(by count: Int = 1) { offset += count }

    /// The position of byte `index` on the current line.
    mutating func position(at index: Int) -> SourcePosition {
        if index < countedOffset {
            countedOffset = lineStart
            countedColumn = 1
        }
        var column = countedColumn
        var scan = countedOffset
        while scan < index, scan < bytes.count {
            if bytes[scan] & 0xC0 != 0x80 { column += 1 }
            scan += 1
        }
        countedOffset = index
        countedColumn = column
        return SourcePosition(line: line, column: column)
    }

    /// The position of the byte at the cursor.
    var position: SourcePosition { mutating get { position(at: offset) } }

    /// Skips JSON whitespace (space, tab, CR, LF); CR LF, a lone CR and a lone LF
    /// each end one line.
    mutating func skipWhitespace() {
        while let next = current {
            switch next {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                offset += 1
            case UInt8(ascii: "\n"):
                offset += 1
                startLine()
            case UInt8(ascii: "\r"):
                offset += byte(at: offset + 1) == UInt8(ascii: "\n") ? 2 : 1
                startLine()
            default:
                return
            }
        }
    }

    private mutating func startLine() {
        line += 1
        lineStart = offset
        countedOffset = offset
        countedColumn = 1
    }
}
