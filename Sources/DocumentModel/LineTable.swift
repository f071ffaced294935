#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the lines of one source start: what turns a byte offset (or
/// libyaml's character index) into a line and column.
///
/// A source of ordinary size keeps every line's start. A long one keeps
/// every `spacing`-th (`spacing(forByteCount:)`) and finds the lines between
/// by reading at most that many lines on from the nearest one kept: a 20 MB
/// stream's table is then 147 KB, not 9 MiB, so a stream's memory does not
/// grow with its length. Lines end at CR LF, CR or LF; a byte-order mark is
/// before line 1 and no column.
public struct LineTable: Sendable {
    /// Kept lines are 0, `spacing`, 2 × `spacing`, … (0-based).
    public let spacing: Int
    /// The byte offset where each kept line starts.
    private let byteStarts: [Int]
    /// libyaml's character index where each kept line starts (a CR LF
    /// counts two, a byte-order mark none); empty unless counted.
    private let characterStarts: [Int]
    /// How many lines the source has (an empty last line counts).
    public let lineCount: Int
    /// The characters of the whole source, when counted.
    public let characterCount: Int
    /// Whether the source holds a CR (most hold none: their line breaks are
    /// found by `memchr`) or a tab.
    private let hasCR: Bool
    public let containsTab: Bool
    /// The line starts after the file's first byte where a UTF-8 byte-order
    /// mark stands, in file order (libyaml skips one there, the AWS CLI's
    /// loader reads it as text: `LineStartByteOrderMarks`); empty in nearly
    /// every file. Noted in the pass that finds the lines, so that no other
    /// pass reads a long stream's pages again for them.
    public let byteOrderMarksAtLineStarts: [Int]
    /// The line starts where a `%` stands (YAML's directives), in file
    /// order; empty in nearly every file. Noted in the same pass, for the
    /// same reason (`TagDirectives`).
    public let percentsAtLineStarts: [Int]
    /// Whether the source holds a NEL, LS or PS (U+0085, U+2028, U+2029),
    /// which libyaml reads as a line break and the AWS CLI's loader as a
    /// character of its line (`UnicodeLineBreaks`); false in nearly every
    /// file. Told in the pass that counts the characters, so that a long
    /// stream's pages are not read again for it; false when none are counted.
    public let containsUnicodeLineBreak: Bool

    /// Above this many bytes only every `sparseSpacing`-th line is kept.
    public static let denseLimit = 1 << 22
    public static let sparseSpacing = 64

    /// The spacing for a source of `count` bytes: 1 up to `denseLimit`.
    public static func spacing(forByteCount count: Int) -> Int { count > denseLimit ? sparseSpacing : 1 }

    /// The table of `bytes`, in one pass, with character indexes when
    /// `countingCharacters` (YAML's reader maps libyaml's marks with them).
    /// `pages`: the source's pages, given back behind the pass when mapped.
    public init(
        _ bytes: UnsafeBufferPointer<UInt8>, spacing: Int? = nil, countingCharacters: Bool, pages: PageRelease? = nil
    ) {
        let spacing = max(spacing ?? Self.spacing(forByteCount: bytes.count), 1)
        let hasCR = Self.contains(UInt8(ascii: "\r"), in: bytes, pages: pages)
        let containsTab = countingCharacters && Self.contains(UInt8(ascii: "\t"), in: bytes, pages: pages)
        var pages = pages
        defer { pages?.finish() }
        var byteStarts = [Self.firstLineStart(of: bytes)]
        var characterStarts = countingCharacters ? [0] : []
        var line = 0
        var offset = byteStarts[0]
        // Characters are counted a kept line to the next, in one loop over
        // the bytes between that the compiler vectorizes.
        var characters = 0
        var marks = offset > 0 && Self.byteOrderMark(at: offset, in: bytes) ? [offset] : []
        var percents = offset < bytes.count && bytes[offset] == UInt8(ascii: "%") ? [offset] : []
        var containsUnicodeLineBreak = false
        while let next = Self.nextLineStart(after: offset, in: bytes, hasCR: hasCR) {
            offset = next
            line += 1
            // A byte next to the line break just found: no extra pass.
            if Self.byteOrderMark(at: offset, in: bytes) { marks.append(offset) }
            if offset < bytes.count && bytes[offset] == UInt8(ascii: "%") { percents.append(offset) }
            guard line % spacing == 0 else { continue }
            if countingCharacters {
                let counted = Self.characterCount(in: bytes, byteStarts[byteStarts.count - 1]..<offset)
                characters += counted.characters
                containsUnicodeLineBreak = containsUnicodeLineBreak || counted.holdsUnicodeLineBreak
                characterStarts.append(characters)
            }
            byteStarts.append(offset)
            pages?.passed(offset)
        }
        if countingCharacters {
            let counted = Self.characterCount(in: bytes, byteStarts[byteStarts.count - 1]..<bytes.count)
            characters += counted.characters
            containsUnicodeLineBreak = containsUnicodeLineBreak || counted.holdsUnicodeLineBreak
        }
        self.spacing = spacing
        self.byteStarts = byteStarts
        self.characterStarts = characterStarts
        self.lineCount = line + 1
        self.characterCount = characters
        self.hasCR = hasCR
        self.containsTab = containsTab
        byteOrderMarksAtLineStarts = marks
        percentsAtLineStarts = percents
        self.containsUnicodeLineBreak = containsUnicodeLineBreak
    }

    private static func byteOrderMark(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        offset + 2 < bytes.count && bytes[offset] == 0xEF && bytes[offset + 1] == 0xBB && bytes[offset + 2] == 0xBF
    }

    /// The characters of `bytes[range]`: its bytes that are not UTF-8
    /// continuation bytes (libyaml counts a malformed byte as one too); and
    /// whether a NEL, LS or PS is among them. Each is a loop the compiler
    /// vectorizes: an ASCII range (most) is read once; another is read again
    /// for the lead bytes those characters start with (`C2`, `E2`), which
    /// text seldom holds, and only a range with one is read a third time.
    @inline(__always)
    private static func characterCount(
        in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> (characters: Int, holdsUnicodeLineBreak: Bool) {
        var continuations = 0
        for offset in range { continuations &+= bytes[offset] & 0xC0 == 0x80 ? 1 : 0 }
        guard continuations > 0 else { return (range.count, false) }
        var leads = 0
        for offset in range { leads &+= bytes[offset] == 0xC2 || bytes[offset] == 0xE2 ? 1 : 0 }
        return (range.count - continuations, leads > 0 && holdsUnicodeLineBreak(bytes, range))
    }

    /// Whether `bytes[range]` holds NEL (`C2 85`), LS (`E2 80 A8`) or PS (`E2 80 A9`).
    private static func holdsUnicodeLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var offset = range.lowerBound
        while offset + 1 < range.upperBound {
            if unicodeLineBreakLength(at: offset, in: bytes, before: range.upperBound) != nil { return true }
            offset += 1
        }
        return false
    }

    /// The length in bytes of the NEL, LS or PS at `offset`, if one starts there and ends before `end`.
    public static func unicodeLineBreakLength(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        if bytes[offset] == 0xC2, offset + 1 < end, bytes[offset + 1] == 0x85 { return 2 }
        if bytes[offset] == 0xE2, offset + 2 < end, bytes[offset + 1] == 0x80, bytes[offset + 2] & 0xFE == 0xA8 { return 3 }
        return nil
    }

    /// Whether `bytes` hold `byte`: `memchr`, a megabyte at a time so that
    /// `pages` can follow.
    private static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, pages: PageRelease?) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var pages = pages
        defer { pages?.finish() }
        for chunk in stride(from: 0, to: bytes.count, by: 1 << 20) {
            let end = min(chunk + (1 << 20), bytes.count)
            if memchr(base + chunk, Int32(byte), end - chunk) != nil { return true }
            pages?.passed(end)
        }
        return false
    }

    /// 3 after a UTF-8 byte-order mark, else 0.
    public static func firstLineStart<Bytes: Collection<UInt8>>(of bytes: Bytes) -> Int {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    private static func byte(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    /// Where the line after the one starting at `start` starts, or nil for the last line.
    @inline(__always)
    static func nextLineStart(after start: Int, in bytes: UnsafeBufferPointer<UInt8>, hasCR: Bool) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        if !hasCR {
            guard let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        var offset = start
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == UInt8(ascii: "\n") { return offset }
            if byte == UInt8(ascii: "\r") { return Self.byte(at: offset, in: bytes) == UInt8(ascii: "\n") ? offset + 1 : offset }
        }
        return nil
    }

    /// The same, for this table's source.
    @inline(__always)
    public func nextLineStart(after start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        Self.nextLineStart(after: start, in: bytes, hasCR: hasCR)
    }

    /// Where 0-based line `line + 1` starts, `line` starting at `start`: kept
    /// (every line of a dense table), or read on from `start`; nil after the last line.
    @inline(__always)
    private func start(ofLineAfter line: Int, at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard line + 1 < lineCount else { return nil }
        let kept = (line + 1) / spacing
        if (line + 1) % spacing == 0 { return byteStarts[kept] }
        return nextLineStart(after: start, in: bytes)
    }

    // MARK: By byte

    /// The byte offset where 0-based line `line` starts (clamped to the lines there are).
    public func start(ofLine line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let line = min(max(line, 0), lineCount - 1)
        var start = byteStarts[line / spacing]
        for _ in 0..<(line % spacing) {
            guard let next = nextLineStart(after: start, in: bytes) else { break }
            start = next
        }
        return start  // (a dense table reads on no line)
    }

    /// The 0-based line holding byte `offset` (a line break belongs to the
    /// line it ends), and where that line starts.
    public func line(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, start: Int) {
        let kept = Self.last(atOrBefore: offset, in: byteStarts)
        var line = kept * spacing
        var start = byteStarts[kept]
        while let next = self.start(ofLineAfter: line, at: start, in: bytes), next <= offset {
            line += 1
            start = next
        }
        return (line, start)
    }

    /// The line and column of byte `offset`, as findings show them.
    public func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        let (line, start) = line(ofByte: offset, in: bytes)
        return SourcePosition(line: line + 1, column: SourcePosition.column(ofByte: offset, lineStart: start, in: bytes))
    }

    // MARK: By libyaml's character index

    /// One line as the character lookups see it: where it and the next line
    /// start, in bytes and in characters (past the end for the last line).
    public struct Line: Equatable, Sendable {
        public var number: Int
        public var startByte: Int
        public var startCharacter: Int
        public var nextByte: Int
        public var nextCharacter: Int

        /// Whether the line is all ASCII: then a character is a byte.
        public var isASCII: Bool { nextByte - startByte == nextCharacter - startCharacter }
    }

    /// 0-based line `number`, which starts at the given byte and character.
    private func line(_ number: Int, startByte: Int, startCharacter: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Line {
        guard let next = start(ofLineAfter: number, at: startByte, in: bytes) else {
            return Line(
                number: number, startByte: startByte, startCharacter: startCharacter,
                nextByte: bytes.count + 1, nextCharacter: characterCount + 1)
        }
        if (number + 1) % spacing == 0 {
            return Line(
                number: number, startByte: startByte, startCharacter: startCharacter,
                nextByte: next, nextCharacter: characterStarts[(number + 1) / spacing])
        }
        var characters = 0
        for offset in startByte..<next where bytes[offset] & 0xC0 != 0x80 { characters += 1 }
        return Line(
            number: number, startByte: startByte, startCharacter: startCharacter,
            nextByte: next, nextCharacter: startCharacter + characters)
    }

    /// The line after `line`, or nil after the last.
    public func line(after line: Line, in bytes: UnsafeBufferPointer<UInt8>) -> Line? {
        guard line.number + 1 < lineCount else { return nil }
        return self.line(line.number + 1, startByte: line.nextByte, startCharacter: line.nextCharacter, in: bytes)
    }

    /// The line holding libyaml's character `index` (the table must count characters).
    public func line(ofCharacter index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Line {
        let kept = Self.last(atOrBefore: index, in: characterStarts)
        var current = line(kept * spacing, startByte: byteStarts[kept], startCharacter: characterStarts[kept], in: bytes)
        while index >= current.nextCharacter, let next = line(after: current, in: bytes) { current = next }
        return current
    }

    /// The line holding byte `offset`, with its characters (the table must count them).
    public func characterLine(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Line {
        let kept = Self.last(atOrBefore: offset, in: byteStarts)
        var current = line(kept * spacing, startByte: byteStarts[kept], startCharacter: characterStarts[kept], in: bytes)
        while offset >= current.nextByte, let next = line(after: current, in: bytes) { current = next }
        return current
    }

    /// Binary search: the index of the last value at or before `value` (0 when none is).
    private static func last(atOrBefore value: Int, in starts: [Int]) -> Int {
        max(starts.partitionPoint { $0 <= value } - 1, 0)
    }
}
