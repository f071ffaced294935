/// A place in a source file: 1-based line and 1-based column.
///
/// Columns count Unicode scalars, not bytes or UTF-16 units, so that a column is
/// the same whichever encoding a consumer thinks in; reporters that need UTF-16
/// (SARIF, editors) convert from the source text.
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The first character of a file.
    public static let start = SourcePosition(line: 1, column: 1)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.line != rhs.line ? lhs.line < rhs.line : lhs.column < rhs.column
    }

    /// `line:column`, as editors and compilers print it.
    public var description: String { "\(line):\(column)" }

    /// The column of byte `offset` on a line of `bytes` that starts at byte
    /// `lineStart`: one more per Unicode scalar before it (per byte that is not
    /// a UTF-8 continuation byte).
    @inlinable
    public static func column<Bytes: RandomAccessCollection<UInt8>>(
        ofByte offset: Int, lineStart: Int, in bytes: Bytes
    ) -> Int where Bytes.Index == Int {
        bytes[lineStart..<min(max(offset, lineStart), bytes.endIndex)].reduce(1) { count, byte in
            byte & 0xC0 == 0x80 ? count : count + 1
        }
    }
}

/// The span of a node: `start` is its first character (an anchor, tag, opening
/// quote, `[`, `{` or a block sequence's first `-` included); `end` is the
/// position just past its last character (exclusive, as in SARIF regions).
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// An empty range at one position.
    public init(at position: SourcePosition) {
        self.init(start: position, end: position)
    }

    public var description: String { "\(start)-\(end)" }

    /// Whether `other` lies wholly inside this range.
    public func contains(_ other: SourceRange) -> Bool {
        start <= other.start && other.end <= end
    }
}
