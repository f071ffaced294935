import DocumentModel

/// The lines of one file that its findings show, as every output shows them:
/// each sensitive range the checks recorded is replaced by `*`, and, as a
/// lexical backstop for files no check could walk (a syntax error), so is
/// whatever follows a key with "secret" in it (`SecretValueScan`). Masking
/// keeps the length, so columns and underlines still line up.
///
/// Built once per file, when the file is linted, from the lines its findings
/// cover: a report shows a few lines of a file that may have a million (a
/// 20 MB rendered bundle), and every output, the baseline and the SARIF line
/// hashes read this one capture. The captured lines are copies, kept as runs
/// of consecutive lines in one string each (a finding about a whole document
/// covers all its lines), so the file's text is freed with its tree.
public struct MaskedSource: Sendable {
    public static let maskCharacter: Unicode.Scalar = "*"

    /// The captured lines as written, in runs of consecutive lines, ascending.
    private var runs: [LineRun] = []
    /// The 0-based column ranges to mask, by 0-based line (captured lines
    /// only): sorted and disjoint (`disjoint`), so that a window of a line
    /// reads only the masks it meets.
    private var masks: [Int: [Range<Int>]] = [:]
    /// GitHub's `primaryLocationLineHash` of the lines a range starts on, by
    /// 0-based line, when the capture was asked for them (they hash the whole file).
    private var lineHashes: [Int: String] = [:]

    /// Consecutive lines, from 0-based line `first`: their text as one
    /// string (line breaks included), and where each line is in it (UTF-8 offsets).
    private struct LineRun: Sendable {
        let first: Int
        let text: String
        let lines: [Range<Int>]
        /// Whether the run is all ASCII, told once when it is captured: then
        /// a column is a byte, and each finding's excerpt, count and SARIF
        /// column are read without going over its line again (ten thousand
        /// findings on one line of megabytes each went over all of it).
        let isASCII: Bool

        var lineCount: Int { lines.count }

        func line(_ index: Int) -> Substring {
            let utf8 = text.utf8
            let range = lines[index]
            return text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
    }

    /// Captured line `index` (0-based), as written.
    private func captured(_ index: Int) -> Substring? {
        capturedLine(index)?.text
    }

    /// Line `index` (0-based) as captured, and whether it is all ASCII.
    private func capturedLine(_ index: Int) -> (text: Substring, isASCII: Bool)? {
        // The last run that starts at or before the line.
        let low = runs.partitionPoint { $0.first <= index }
        guard low > 0 else { return nil }
        let run = runs[low - 1]
        return index - run.first < run.lineCount ? (run.line(index - run.first), run.isASCII) : nil
    }

    /// Every line of `source`, with its line hashes: a whole text at hand.
    public init(_ source: SourceLines, sensitiveRanges: [SourceRange]) {
        var text = source.lines.joined(separator: "\n")
        var inMemory: PageRelease?
        self = text.withUTF8 {
            Self.capture($0, showing: nil, hashing: nil, sensitiveRanges: sensitiveRanges, lineHashes: true, pages: &inMemory)
        }
    }

    /// The lines `ranges` cover (all of each range's lines that exist) of a
    /// file's bytes as the readers see them (UTF-8, a leading byte-order mark
    /// dropped), masked. The lexical backstop reads the lines before the last
    /// one shown (a quoted secret may run on into it) by their bytes, and
    /// builds only the lines it must mask; with `lineHashes` (SARIF) the whole
    /// file is read, since a line's hash depends on every line before it.
    public init<Bytes: Collection<UInt8>>(capturing bytes: Bytes, showing ranges: [SourceRange], sensitiveRanges: [SourceRange], lineHashes: Bool) {
        let shown = Self.coveredLines(ranges)
        // SARIF hashes only the line a result starts on.
        let starts = lineHashes ? Set(ranges.map { $0.start.line - 1 }) : []
        // A mapped stream's pages are given back close behind the pass: it
        // copies each run of lines out as it leaves it.
        var pages = (bytes as? SourceBytes).map { PageRelease($0, keepingBehind: PageRelease.forwardPassWindow) }
        defer { pages?.finish() }
        self = bytes.withContiguousBytes { buffer in
            let hasBOM = buffer.starts(with: [0xEF, 0xBB, 0xBF])
            return Self.capture(
                UnsafeBufferPointer(rebasing: buffer[(hasBOM ? 3 : 0)...]), showing: shown, hashing: starts,
                sensitiveRanges: sensitiveRanges, lineHashes: lineHashes, pages: &pages)
        }
    }

    /// The 0-based lines `ranges` cover (from each one's first line to its
    /// last; none before line 1), ascending and each once. Swept from the
    /// ranges sorted by their first line, not gathered in a set: a long
    /// stream's findings cover hundreds of thousands of lines, and a set of
    /// them was megabytes at the end of its run.
    static func coveredLines(_ ranges: [SourceRange]) -> [Int] {
        var spans = ranges.compactMap { range in
            range.start.line >= 1 ? (first: range.start.line - 1, last: max(range.start.line, range.end.line) - 1) : nil
        }
        spans.sort { $0.first < $1.first }
        var lines: [Int] = []
        var next = 0
        for span in spans {
            let from = max(span.first, next)
            guard from <= span.last else { continue }
            lines.append(contentsOf: from...span.last)
            next = span.last + 1
        }
        return lines
    }

    private static func capture(
        _ text: UnsafeBufferPointer<UInt8>, showing shown: [Int]?, hashing hashed: Set<Int>?,
        sensitiveRanges: [SourceRange], lineHashes: Bool, pages: inout PageRelease?
    ) -> MaskedSource {
        var capture = Capture(
            text: text, showing: shown, hashing: hashed, sensitiveRanges: sensitiveRanges, lineHashes: lineHashes)
        var lines = ByteLines(text)
        var index = 0
        while capture.wantsMore, let line = lines.next() {
            pages?.passed(line.lowerBound)
            capture.add(line: index, at: line)
            index += 1
        }
        return capture.finished()
    }

    /// Columns `window` (0-based) of a line's characters: only those are
    /// widened to scalars, so a 50 MB line costs a pass, not 200 MB. An ASCII
    /// line (nearly every line) is sliced by byte rather than decoded.
    /// Columns `window` of `line`. `isASCII` is what the caller knows of it
    /// (a captured run is told once); unknown, the line is tested: an ASCII
    /// line's columns are its bytes, cut there without reading the rest.
    static func scalars(
        of line: Substring, columns window: Range<Int> = 0..<Int.max, isASCII: Bool? = nil
    ) -> [Unicode.Scalar] {
        let utf8 = line.utf8
        if isASCII ?? (utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? false) {
            let lower = min(window.lowerBound, utf8.count)
            let upper = min(max(window.upperBound, lower), utf8.count)
            // None: an array made with `unsafeUninitializedCapacity: 0` writes
            // its count into the runtime's one shared empty array, which
            // ThreadSanitizer reports when two threads make one at once (a
            // CI run's whole suite did, an empty excerpt window in two tests).
            guard upper > lower else { return [] }
            // Widened from the bytes in memory: mapping the UTF-8 view's
            // slice cost about 30 instructions a character (2.2 K an excerpt).
            let widened = utf8.withContiguousStorageIfAvailable { bytes in
                [Unicode.Scalar](unsafeUninitializedCapacity: upper - lower) { scalars, count in
                    for offset in 0..<(upper - lower) {
                        scalars.initializeElement(at: offset, to: Unicode.Scalar(bytes[lower + offset]))
                    }
                    count = upper - lower
                }
            }
            if let widened { return widened }
            let start = utf8.index(utf8.startIndex, offsetBy: lower)
            return utf8[start..<utf8.index(start, offsetBy: upper - lower)].map { Unicode.Scalar($0) }
        }
        var scalars: [Unicode.Scalar] = []
        for (column, scalar) in line.unicodeScalars.enumerated() {
            guard column < window.upperBound else { break }
            if column >= window.lowerBound { scalars.append(scalar) }
        }
        return scalars
    }

    /// Line `number`'s length in characters (1-based), or nil when it was not
    /// captured (past the end of the file).
    public func characterCount(ofLine number: Int) -> Int? {
        guard let (line, isASCII) = capturedLine(number - 1) else { return nil }
        return isASCII ? line.utf8.count : line.unicodeScalars.count
    }

    /// Whether column `column` of line `number` (both 1-based) is masked.
    public func isMasked(line number: Int, column: Int) -> Bool {
        guard let masks = masks[number - 1] else { return false }
        let index = masks.partitionPoint { $0.upperBound <= column - 1 }
        return index < masks.count && masks[index].contains(column - 1)
    }

    /// Line `number` (1-based) with secrets masked, or nil when not captured.
    public func line(_ number: Int) -> String? {
        scalars(ofLine: number).map { Self.string($0) }
    }

    /// Columns `window` (0-based) of line `number` (1-based), secrets masked,
    /// or nil when not captured: an excerpt shows a window of a very long line.
    public func scalars(ofLine number: Int, columns window: Range<Int> = 0..<Int.max) -> [Unicode.Scalar]? {
        guard let (line, isASCII) = capturedLine(number - 1) else { return nil }
        return Self.masked(Self.scalars(of: line, columns: window, isASCII: isASCII), masks[number - 1] ?? [], from: window.lowerBound)
    }

    /// `scalars` (columns from `start` on) with `masks` (`disjoint`) applied,
    /// clamped to them. Only the masks that reach the columns are read: a
    /// long line's excerpts, each a window of it, read every mask of the
    /// line for each (10,000 findings on a line of 40,000 masks: 23 s).
    private static func masked(_ scalars: [Unicode.Scalar], _ masks: [Range<Int>], from start: Int) -> [Unicode.Scalar] {
        var scalars = scalars
        var index = masks.partitionPoint { $0.upperBound <= start }
        while index < masks.count, masks[index].lowerBound < start + scalars.count {
            let range = masks[index]
            let lower = min(max(range.lowerBound - start, 0), scalars.count)
            let upper = min(max(range.upperBound - start, lower), scalars.count)
            for column in lower..<upper { scalars[column] = maskCharacter }
            index += 1
        }
        return scalars
    }

    /// `ranges` sorted, without empty ones, and those that touch or overlap
    /// joined: the same columns, each at most once (a line can be given
    /// the same range once for each of thousands of findings).
    static func disjoint(_ ranges: [Range<Int>]) -> [Range<Int>] {
        let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var joined: [Range<Int>] = []
        for range in sorted {
            if let last = joined.last, range.lowerBound <= last.upperBound {
                joined[joined.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                joined.append(range)
            }
        }
        return joined
    }

    /// The UTF-16 column (SARIF's `columnKind`) of a character column on line
    /// `number`, read from the line as written: characters outside the Basic
    /// Multilingual Plane count twice, and masking must not change that.
    public func utf16Column(line number: Int, column: Int) -> Int {
        guard let (line, isASCII) = capturedLine(number - 1) else { return column }
        // An ASCII character is one UTF-16 unit, past the line's end too.
        if isASCII { return max(column, 1) }
        let characters = max(0, column - 1)
        let prefix = line.utf8.withContiguousStorageIfAvailable { Self.utf16Units(of: $0, characters: characters) }
            ?? Array(line.utf8).withUnsafeBufferPointer { Self.utf16Units(of: $0, characters: characters) }
        // Past the end of the line (an end position after the last character).
        return 1 + prefix.units + (characters - prefix.counted)
    }

    /// The UTF-16 units of the first `characters` scalars of valid UTF-8
    /// (fewer when the text ends first), counted on the bytes: a scalar starts
    /// at each byte that is not a continuation byte, and one of four bytes
    /// is two units. Decoding the scalars cost 126 instructions a byte, which
    /// was most of a SARIF report of a 50 MB line.
    private static func utf16Units(
        of bytes: UnsafeBufferPointer<UInt8>, characters: Int
    ) -> (counted: Int, units: Int) {
        var counted = 0
        var units = 0
        for byte in bytes where byte & 0xC0 != 0x80 {
            if counted == characters { break }
            counted += 1
            units += byte >= 0xF0 ? 2 : 1
        }
        return (counted, units)
    }

    /// The `primaryLocationLineHash` of line `number` (1-based), or nil when
    /// the capture did not hash the file or no range starts on the line.
    public func hash(ofLine number: Int) -> String? { lineHashes[number - 1] }

    /// At most this many characters of each line a snippet covers: a SARIF
    /// snippet or a baseline's value of a 50 MB value stays readable.
    public static let snippetWidth = 1_000

    /// The text a range covers (lines joined by LF), secrets masked; each
    /// line cut to `snippetWidth` characters, with `…` where it was cut.
    public func text(in range: SourceRange) -> String {
        var parts: [String] = []
        var number = range.start.line
        // The lines of a range were captured up to the end of the file.
        while number <= range.end.line, let length = characterCount(ofLine: number) {
            let from = max(number == range.start.line ? range.start.column - 1 : 0, 0)
            let to = number == range.end.line ? range.end.column - 1 : Int.max
            let shown = from..<max(from, min(to, from.addingReportingOverflow(Self.snippetWidth).partialValue))
            let scalars = scalars(ofLine: number, columns: shown) ?? []
            let cut = to > shown.upperBound && length > shown.upperBound
            parts.append(Self.string(scalars) + (cut ? "…" : ""))
            number += 1
        }
        return parts.joined(separator: "\n")
    }

    private static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    /// Builds a `MaskedSource` from a file's lines in order: keeps the shown
    /// ones, runs the lexical backstop, and feeds the line hashes.
    private struct Capture {
        /// The file's text, while it is captured.
        private let text: UnsafeBufferPointer<UInt8>
        /// The 0-based lines to keep, ascending; nil for all of them.
        private let shown: [Int]?
        private var nextShown = 0
        /// The 0-based lines whose hashes to keep (nil: all), when hashing.
        private let hashed: Set<Int>?
        /// The checks' sensitive ranges as column masks, on the lines that matter.
        private var rangeMasks: [Int: [Range<Int>]] = [:]
        private var scan = SecretValueScan()
        /// Where the next line that may name a secret starts its backslash or
        /// word (`SecretValueScan.firstPossibleKey`), once looked for: one
        /// search runs on over the lines without one, where a search of each
        /// line cost about 300 instructions (a line is shorter than two of
        /// its 16-byte blocks, and its tail was tested a byte at a time).
        private var nextPossibleKey = -1
        /// The line hashes under way; nil when not hashing (only SARIF hashes:
        /// a builder's window and factor cost about 13 K instructions, a fifth
        /// of a capture that does not hash).
        private var hashes: LineHashes.Builder?
        private var hashing: Bool { hashes != nil }
        private var result = MaskedSource()
        /// The run of shown lines under way: its first line, and the bytes
        /// from its start to its last line's end. Each run is copied out as
        /// soon as it ends (at the next line not shown), while the pass is
        /// still at its bytes: a long
        /// stream's pages behind the pass are given back (`PageRelease`), and
        /// copying every run at the end would read them all in again.
        private var run: (first: Int, lineCount: Int, bytes: Range<Int>)?

        init(
            text: UnsafeBufferPointer<UInt8>, showing shown: [Int]?, hashing hashed: Set<Int>?,
            sensitiveRanges: [SourceRange], lineHashes: Bool
        ) {
            self.text = text
            self.shown = shown
            self.hashed = hashed
            hashes = lineHashes ? LineHashes.Builder() : nil
            for range in sensitiveRanges where range.start.line >= 1 {
                for number in range.start.line...max(range.start.line, range.end.line) {
                    guard lineHashes || shown.map({ Self.contains($0, number - 1) }) != false else { continue }
                    let from = number == range.start.line ? range.start.column - 1 : 0
                    let to = number == range.end.line ? range.end.column - 1 : Int.max
                    rangeMasks[number - 1, default: []].append(from..<max(from, to))
                }
            }
        }

        /// Whether the ascending `lines` hold `line`.
        private static func contains(_ lines: [Int], _ line: Int) -> Bool {
            let index = lines.partitionPoint { $0 < line }
            return index < lines.count && lines[index] == line
        }

        /// Whether a later line is still needed: one to show, or every line to hash.
        var wantsMore: Bool { hashing || shown.map { nextShown < $0.count } ?? true }

        /// Line `index` (0-based), the next one, at byte offsets `range`; it is
        /// decoded only when it is masked or hashed and not ASCII.
        mutating func add(line index: Int, at range: Range<Int>) {
            let bytes = UnsafeBufferPointer(rebasing: text[range])
            let isShown = shown.map { nextShown < $0.count && $0[nextShown] == index } ?? true
            if !isShown { endRun() }
            let mayMask = scan.isInsideValue || mayHoldSecretKey(lineAt: range)
            // Most lines of a large file: neither shown nor hashed, and no secret's.
            guard isShown || hashing || mayMask else { return }
            var decoded: Substring?
            var lineMasks = isShown || hashing ? rangeMasks[index] ?? [] : []
            if mayMask {
                let line = Substring(String(decoding: bytes, as: UTF8.self))
                decoded = line
                lineMasks += scan.masks(ofNextLine: line)
            }
            lineMasks = MaskedSource.disjoint(lineMasks)
            if isShown {
                nextShown += 1
                keep(line: index, at: range)
                if !lineMasks.isEmpty { result.masks[index] = lineMasks }
            }
            guard hashing else { return }
            if lineMasks.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) {
                hashes?.add(ascii: bytes)
            } else {
                let line = decoded ?? Substring(String(decoding: bytes, as: UTF8.self))
                hashes?.add(MaskedSource.masked(MaskedSource.scalars(of: line), lineMasks, from: 0))
            }
        }

        /// `SecretValueScan.mayHoldSecretKey` of the line at `range`, the next
        /// line of the file, found by searching on from the last answer.
        private mutating func mayHoldSecretKey(lineAt range: Range<Int>) -> Bool {
            if nextPossibleKey < range.lowerBound {
                nextPossibleKey = SecretValueScan.firstPossibleKey(in: text, from: range.lowerBound) ?? text.count
            }
            return nextPossibleKey < range.upperBound
        }

        /// Extends the run the line continues, or ends it and starts one.
        private mutating func keep(line index: Int, at range: Range<Int>) {
            if let last = run, last.first + last.lineCount == index {
                run = (last.first, last.lineCount + 1, last.bytes.lowerBound..<range.upperBound)
            } else {
                endRun()
                run = (index, 1, range)
            }
        }

        /// Copies the run under way out: decoded once (a byte that is not
        /// UTF-8 reads as U+FFFD, as the readers report it) and split again,
        /// since decoding may change where its lines begin.
        private mutating func endRun() {
            guard let run else { return }
            var runText = String(decoding: UnsafeBufferPointer(rebasing: text[run.bytes]), as: UTF8.self)
            // Appended in a loop: an array made from an `AnyIterator` boxed
            // the iterator and cost about 2,500 instructions a run.
            var lines: [Range<Int>] = []
            lines.reserveCapacity(run.lineCount)
            runText.withUTF8 { utf8 in
                var splitter = ByteLines(utf8)
                while let line = splitter.next() { lines.append(line) }
            }
            let isASCII = runText.withUTF8 { utf8 in utf8.allSatisfy { $0 < 0x80 } }
            result.runs.append(LineRun(first: run.first, text: runText, lines: lines, isASCII: isASCII))
            self.run = nil
        }

        /// The capture, with the hashes of its lines when it hashed them.
        mutating func finished() -> MaskedSource {
            endRun()
            guard var hashes else { return result }
            let all = hashes.finished()
            if let hashed {
                result.lineHashes = LineHashes.labels(all, ofLines: hashed)
            } else {
                for (index, label) in LineHashes.labels(all).enumerated() { result.lineHashes[index] = label }
            }
            return result
        }
    }

    /// No line: a report whose lines are captured once it is complete (`RunSummary`).
    init() {}
}

/// The lines of UTF-8 bytes, as `SourceLines` splits a text (at `\n`, `\r\n`
/// or `\r`, a last line after the last break), as byte offsets, without
/// building them.
private struct ByteLines: IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next line starts; nil once the last line was returned.
    private var start: Int? = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func next() -> Range<Int>? {
        guard let lineStart = start else { return nil }
        let lineBreak = ByteScan.firstIndex(of: UInt8(ascii: "\n"), or: UInt8(ascii: "\r"), in: bytes, from: lineStart)
        guard let lineBreak else {
            start = nil
            return lineStart..<bytes.count
        }
        let isCRLF = bytes[lineBreak] == UInt8(ascii: "\r") && lineBreak + 1 < bytes.count
            && bytes[lineBreak + 1] == UInt8(ascii: "\n")
        start = lineBreak + (isCRLF ? 2 : 1)
        return lineStart..<lineBreak
    }
}
