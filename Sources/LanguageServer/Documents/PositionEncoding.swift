import DocumentModel

/// How an LSP position's `character` counts: UTF-16 code units (the
/// protocol's default) or UTF-8 bytes (when the client offers it; Neovim and
/// Helix do). wflint's own columns count Unicode scalars.
public enum PositionEncoding: String, Sendable {
    case utf16 = "utf-16"
    case utf8 = "utf-8"

    /// The client's preference (`general.positionEncodings`): UTF-8 when
    /// offered, since the text is held as UTF-8; else the default, UTF-16.
    static func negotiated(_ offered: [String]) -> PositionEncoding {
        offered.contains(PositionEncoding.utf8.rawValue) ? .utf8 : .utf16
    }

    /// The units a byte of UTF-8 text counts for: in UTF-8 each byte is one;
    /// in UTF-16 a scalar's units are counted at its first byte (2 for a
    /// 4-byte scalar, else 1) and a continuation byte counts 0.
    @inline(__always)
    func units(ofByte byte: UInt8) -> Int {
        switch self {
        case .utf8: return 1
        case .utf16: return byte & 0xC0 == 0x80 ? 0 : (byte >= 0xF0 ? 2 : 1)
        }
    }
}

/// An LSP position: 0-based line, and character offset in the negotiated encoding.
public struct TextPosition: Hashable, Sendable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
}

/// A text's lines (ended by LF, CRLF or CR, as LSP counts them), to convert
/// between byte offsets, wflint's `line:column` and LSP positions.
public struct LineTable: Sendable {
    public let bytes: [UInt8]
    /// The byte offset where each line starts.
    private let starts: [Int]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\r") {
                if index < bytes.count && bytes[index] == UInt8(ascii: "\n") { index += 1 }
                starts.append(index)
            } else if byte == UInt8(ascii: "\n") {
                starts.append(index)
            }
        }
        self.starts = starts
    }

    /// Where line `line` (0-based) ends, before its line break.
    private func contentEnd(ofLine line: Int) -> Int {
        guard line + 1 < starts.count else { return bytes.count }
        var end = starts[line + 1]
        if end > starts[line] && bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > starts[line] && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }

    /// The byte offset of an LSP position; a line past the end is the end of
    /// the text, a character past its line's end is that end (as LSP says).
    /// A character inside a scalar (between a surrogate pair's units in
    /// UTF-16, between a multi-byte scalar's bytes in UTF-8) is that
    /// scalar's start, so that no offset splits a scalar.
    public func offset(of position: TextPosition, encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < starts.count else { return bytes.count }
        let end = contentEnd(ofLine: position.line)
        var offset = starts[position.line]
        var units = 0
        while offset < end {
            // The scalar at `offset`: its bytes and the units they count for.
            var next = offset + 1
            while next < end && bytes[next] & 0xC0 == 0x80 { next += 1 }
            var width = 0
            for index in offset..<next { width += encoding.units(ofByte: bytes[index]) }
            if units + width > position.character { break }
            units += width
            offset = next
        }
        return offset
    }

    /// The LSP position of a byte offset (clamped to the text).
    public func position(ofByte offset: Int, encoding: PositionEncoding) -> TextPosition {
        let offset = min(max(0, offset), bytes.count)
        // The last line starting at or before the offset.
        let low = max(starts.partitionPoint { $0 <= offset } - 1, 0)
        let end = min(offset, contentEnd(ofLine: low))
        var units = 0
        for index in starts[low]..<end { units += encoding.units(ofByte: bytes[index]) }
        return TextPosition(line: low, character: units)
    }

    /// The LSP position of wflint's `line:column` (1-based, columns in
    /// Unicode scalars), clamped to the text.
    public func position(of position: SourcePosition, encoding: PositionEncoding) -> TextPosition {
        self.position(ofByte: offset(of: position), encoding: encoding)
    }

    /// The byte offset of wflint's `line:column`.
    func offset(of position: SourcePosition) -> Int {
        let line = position.line - 1
        guard line >= 0 else { return 0 }
        guard line < starts.count else { return bytes.count }
        let end = contentEnd(ofLine: line)
        var offset = starts[line]
        var scalars = 1
        while offset < end && scalars < position.column {
            offset += 1
            while offset < end && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            scalars += 1
        }
        return offset
    }
}
