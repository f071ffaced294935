import DocumentModel
import Locking

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
///
/// A conversion counts columns or units from the line's start; on a long
/// line, from the nearest of the places a first walk of the line noted
/// every `Waypoint.spacing` bytes, so that the diagnostics of ten thousand
/// findings on one long line cost the line once, not once per finding, in
/// whatever order they are asked for (a copy of the table shares them).
public struct LineTable: Sendable {
    public let bytes: [UInt8]
    /// The byte offset where each line starts.
    private let starts: [Int]
    /// The waypoints of each long line a conversion was asked about, by its 0-based line.
    private let waypoints = Locked<[Int: [Waypoint]]>([:])

    /// A place the walk of `offset(of:)` passes on its line (a scalar's
    /// start, or the line's end), with what it counted to there.
    private struct Waypoint {
        /// Bytes between two waypoints; a line no longer than this is walked from its start.
        static let spacing = 256
        var offset: Int
        /// The 1-based column (in scalars) at `offset`.
        var column: Int
        /// The UTF-16 units before `offset` on its line.
        var units: Int
    }

    /// How many lines the text has (an empty one has one).
    public var lineCount: Int { starts.count }

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
        // A byte is a unit: no walk.
        guard encoding == .utf16 else { return TextPosition(line: low, character: end - starts[low]) }
        let from = waypoint(onLine: low) { $0.offset <= end }
        var units = from.units
        for index in from.offset..<end { units += encoding.units(ofByte: bytes[index]) }
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
        let from = waypoint(onLine: line) { $0.column <= position.column }
        var (offset, scalars) = (from.offset, from.column)
        while offset < end && scalars < position.column {
            offset = scalarEnd(from: offset, before: end)
            scalars += 1
        }
        return offset
    }

    /// Where the scalar at `offset` ends: past its first byte and the continuation bytes after it.
    @inline(__always)
    private func scalarEnd(from offset: Int, before end: Int) -> Int {
        var next = offset + 1
        while next < end && bytes[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }

    /// The last waypoint of line `line` (0-based) that `isBefore` holds
    /// for: the line's start for a short line. A long line's waypoints are
    /// noted at its first conversion, in one walk.
    private func waypoint(onLine line: Int, where isBefore: (Waypoint) -> Bool) -> Waypoint {
        let start = starts[line]
        let end = contentEnd(ofLine: line)
        let first = Waypoint(offset: start, column: 1, units: 0)
        guard end - start > Waypoint.spacing else { return first }
        return waypoints.withLock { waypoints in
            if waypoints[line] == nil {
                var noted = [first]
                var place = first
                while place.offset < end {
                    let next = scalarEnd(from: place.offset, before: end)
                    for index in place.offset..<next { place.units += PositionEncoding.utf16.units(ofByte: bytes[index]) }
                    place.offset = next
                    place.column += 1
                    if place.offset - noted[noted.count - 1].offset >= Waypoint.spacing { noted.append(place) }
                }
                waypoints[line] = noted
            }
            let noted = waypoints[line] ?? [first]
            // Both a waypoint's offset and its column grow along the line.
            return noted[max(noted.partitionPoint(where: isBefore) - 1, 0)]
        }
    }
}
