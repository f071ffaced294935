/// A span of a source's bytes: `start` is the offset of its first byte, `end`
/// the offset just past its last (exclusive). Offsets count from the first
/// byte of the file as read, a UTF-8 byte-order mark included, so that an
/// edit at these offsets applies to the file's own bytes.
public struct ByteRange: Hashable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// An empty range at `offset`.
    public init(at offset: Int) {
        self.init(start: offset, end: offset)
    }

    public var count: Int { end - start }
    public var isEmpty: Bool { start == end }
    public var offsets: Range<Int> { start..<end }

    /// Whether `other` lies wholly inside this range.
    public func contains(_ other: ByteRange) -> Bool {
        start <= other.start && other.end <= end
    }

    public var description: String { "\(start)..<\(end)" }
}

/// A replacement of one byte range of a source: what a fix is made of.
public struct TextEdit: Hashable, Sendable, CustomStringConvertible {
    public var range: ByteRange
    public var replacement: String

    public init(range: ByteRange, replacement: String = "") {
        self.range = range
        self.replacement = replacement
    }

    /// `bytes` with the edit applied.
    public func applied<Bytes: RandomAccessCollection<UInt8>>(to bytes: Bytes) -> [UInt8] where Bytes.Index == Int {
        Array(bytes[..<range.start]) + Array(replacement.utf8) + Array(bytes[range.end...])
    }

    public var description: String { "\(range) -> \"\(replacement)\"" }
}
