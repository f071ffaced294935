import DocumentModel

/// One stream read through libyaml, segment by segment: the whole input is
/// one segment unless libyaml refuses a directive that the AWS CLI ignores
/// (`UnknownDirectives`), and each segment's flow colons, surrogate escapes
/// and line breaks of YAML 1.1 only are read as the AWS CLI reads them
/// (`FlowColons`, `SurrogateEscapes`, `UnicodeLineBreaks`).
struct StreamReading {
    let original: UnsafeBufferPointer<UInt8>
    let lines: LineIndex
    let limits: ReadLimits
    let delivery: DocumentDelivery
    /// The input as libyaml is given it, made once something must change
    /// (unknown directives become comments, flow colons placeholders,
    /// surrogate escapes U+FFFD's, NEL, LS and PS spaces): the same number
    /// of bytes, so every byte offset stays.
    private var patched: PatchedText?
    /// The line index of the patched input once a NEL, LS or PS is given as
    /// spaces, which libyaml counts as more characters than the input holds
    /// (`UnicodeLineBreaks`); made again only when those patches change.
    private var widenedLines: LineIndex?
    private var colons = FlowColons()
    private var escapes = SurrogateEscapes()
    private var lineBreaks = UnicodeLineBreaks()
    /// What the tries of `readResolvingLineBreaks` may still read, in bytes:
    /// each reads its segment up to four times more, and a stream whose
    /// segments (unknown directives) each fail would otherwise read the rest
    /// of the file again for each. Past it, a segment's failure stands.
    private var lineBreakBudget: Int
    /// How many documents the segments read to their end made (they went to `delivery`).
    private var documentCount = 0
    /// Their comments, and then those of the last segment.
    private(set) var comments: [ByteRange] = []
    /// Where the comments of the reads that stand are known up to: the end
    /// of the input, unless an error stopped the last read before it.
    private(set) var commentsReadUpTo = 0

    init(original: UnsafeBufferPointer<UInt8>, lines: LineIndex, limits: ReadLimits, delivery: DocumentDelivery) {
        self.original = original
        self.lines = lines
        self.limits = limits
        self.delivery = delivery
        lineBreakBudget = 8 * original.count + 65536
    }

    /// The stream's error, and how many of the documents delivered belong to
    /// it: a document delivered at an index again replaces the one before.
    mutating func read() -> (stream: ParsedStream, documentCount: Int) {
        var start = 0
        var end = original.count
        var readerFailure: ReaderFailure?
        // Too many %TAG directives before one document cut the stream there,
        // before libyaml reads them (`TagDirectives`).
        if let cut = TagDirectives.firstOverLimit(lines: lines) {
            readerFailure = ReaderFailure(
                message: TagDirectives.message, position: lines.position(byteOffset: cut), byteOffset: cut)
            end = cut
        }
        while true {
            let segment = segment(from: start, to: end)
            let attempt = readResolvingLineBreaks(segment)
            if let percent = attempt.refusedDirective {
                let prologue = UnknownDirectives.prologue(around: percent, lines: lines, floor: start)
                guard prologue.error != nil || prologue.ignored.contains(percent) else { return finish(attempt) }
                // The same text up to the directive: the documents the attempt made again.
                delivery.nextReadRepeatsLast()
                let before = readResolvingLineBreaks(self.segment(from: start, to: prologue.start))
                if before.stream.syntaxError != nil { return finish(before) }
                take(before)
                if let error = Self.blockScalarText(before: prologue, last: before.lastDocument, lines: lines) {
                    // That document is not what the AWS CLI reads: the error is in it.
                    documentCount += before.documentCount - 1
                    return (ParsedStream(documents: [], syntaxError: error.inDocument(documentCount)), documentCount)
                }
                documentCount += before.documentCount
                if let error = prologue.error {
                    return (ParsedStream(documents: [], syntaxError: error.inDocument(documentCount)), documentCount)
                }
                patch(prologue.ignored, with: UInt8(ascii: "#"))
                start = prologue.start
            } else if let failure = attempt.readerFailure, readerFailure == nil {
                // libyaml decodes its input in large chunks, so an encoding
                // problem (a bad UTF-8 byte, a control character) fails the
                // stream before any event, even one in a late document. Reading
                // again up to the start of the bad line recovers the documents
                // that come before it.
                readerFailure = failure
                end = lines.lineStart(ofByte: failure.byteOffset)
                // The documents the attempt completed end before the bad line.
                delivery.nextReadRepeatsLast()
            } else if let mark = skippedByteOrderMark(in: segment, before: attempt) {
                // The AWS CLI stops there, or reads a key of its own: the
                // stream is cut at the mark's line as at a bad byte (an
                // earlier end each time, so this ends).
                readerFailure = ReaderFailure(
                    message: LineStartByteOrderMarks.message, position: lines.position(byteOffset: mark), byteOffset: mark)
                end = lines.lineStart(ofByte: mark)
                delivery.nextReadRepeatsLast()
            } else if let failure = readerFailure {
                return finish(attempt, cutBy: failure, at: end)
            } else {
                return finish(attempt)
            }
        }
    }

    /// The first byte-order mark of `segment` that libyaml skipped before
    /// anything `attempt` failed at (`LineStartByteOrderMarks`).
    private func skippedByteOrderMark(in segment: Segment, before attempt: EventReader) -> Int? {
        let marks = lines.table.byteOrderMarksAtLineStarts
        guard !marks.isEmpty,
            let mark = withText({ LineStartByteOrderMarks.firstSkipped(in: $0, segment: segment, marks: marks) })
        else { return nil }
        if let error = attempt.stream.syntaxError, error.position < lines.position(byteOffset: mark) { return nil }
        return mark
    }

    /// The segment from `start` to `end`; its character origin as libyaml
    /// counts the text it is given (a NEL, LS or PS given as spaces before
    /// it counts as its spaces).
    private func segment(from start: Int, to end: Int) -> Segment {
        Segment(
            bytes: start..<end, characterOrigin: (widenedLines ?? lines).characterIndex(ofByte: start),
            firstDocumentIndex: documentCount)
    }

    /// Takes the comments of a read that stands.
    private mutating func take(_ read: EventReader) {
        comments += read.comments
        commentsReadUpTo = read.commentsReadUpTo
    }

    private mutating func finish(_ last: EventReader) -> (stream: ParsedStream, documentCount: Int) {
        take(last)
        return (ParsedStream(documents: [], syntaxError: last.stream.syntaxError), documentCount + last.documentCount)
    }

    /// The stream read up to `cut`, the start of the line a reader failure is on.
    private mutating func finish(
        _ prefix: EventReader, cutBy failure: ReaderFailure, at cut: Int
    ) -> (stream: ParsedStream, documentCount: Int) {
        // An error the prefix has on its own, before the cut, comes first.
        if let earlier = prefix.stream.syntaxError, earlier.position < lines.position(byteOffset: cut) {
            return finish(prefix)
        }
        let read = prefix.documentCount
        let startsNewDocument =
            prefix.lastDocumentEndedExplicitly || original[cut...].starts(with: "---".utf8) || read == 0
        // A last document the cut ends was delivered but is not counted.
        documentCount += startsNewDocument ? read : read - 1
        take(prefix)
        let error = SyntaxError(
            message: failure.message, position: failure.position, documentIndex: documentCount,
            quotesSource: failure.quotesSource)
        return (ParsedStream(documents: [], syntaxError: error), documentCount)
    }

    /// A segment read by libyaml, again with its NEL, LS and PS given as
    /// spaces where libyaml does not read them as the AWS CLI does
    /// (`UnicodeLineBreaks`), when it holds one. That reading stands, but
    /// where libyaml refused the segment as written too and the second read
    /// gets no further (a character wflint cannot read as the AWS CLI does,
    /// or an error of another kind): then the first is read again.
    private mutating func readResolvingLineBreaks(_ segment: Segment) -> EventReader {
        let attempt = readResolvingEscapes(segment)
        // Four reads of the segment at most, and a line index of the input.
        let cost = 4 * segment.bytes.count + original.count
        guard lines.table.containsUnicodeLineBreak, attempt.readerFailure == nil, attempt.refusedDirective == nil,
            lineBreakBudget >= cost
        else { return attempt }
        let last = lineBreaks.patches.all.last?.byte ?? -1
        let found = withText {
            UnicodeLineBreaks.readByPyYAML(
                UnicodeLineBreaks.find(in: $0, range: segment.bytes).filter { $0.byte > last }, text: $0, segment: segment,
                // Where libyaml itself stopped: an error of wflint's own tells no place of PyYAML's.
                refusedAt: attempt.stream.syntaxError == nil ? nil : attempt.problemOffset)
        }
        guard !found.isEmpty else { return attempt }
        lineBreakBudget -= cost
        for patch in found { write(patch.replacement, at: patch.byte) }
        let asWritten = withText { UnicodeLineBreaks.readAsWritten(found, text: $0, segment: segment) }
        unpatch(asWritten)
        let spaced = UnicodeLineBreaks.leavingOut(asWritten, from: found)
        guard !spaced.isEmpty else { return attempt }
        lineBreaks.add(spaced)
        remakeWidenedLines()
        let retry = readResolvingEscapes(segment)
        if let error = attempt.stream.syntaxError, let later = retry.stream.syntaxError,
            (later.documentIndex, later.position) <= (error.documentIndex, error.position)
        {
            unpatch(spaced)
            lineBreaks.remove(spaced)
            remakeWidenedLines()
            return readResolvingEscapes(segment)
        }
        return retry
    }

    /// Gives `patches` their bytes as written again.
    private mutating func unpatch(_ patches: [UnicodeLineBreaks.Patch]) {
        for patch in patches { write(original[patch.byte..<patch.byte + patch.length], at: patch.byte) }
    }

    /// Writes `bytes` over the patched input at `offset`, byte by byte (a
    /// patch is a few bytes; a subrange replaced allocated), the input copied
    /// first if nothing was patched yet.
    private mutating func write(_ bytes: some Collection<UInt8>, at offset: Int) {
        let text = patched ?? PatchedText(copying: original)
        patched = text
        for (index, byte) in bytes.enumerated() { text.bytes[offset + index] = byte }
    }

    /// A segment read by libyaml, again with every surrogate escape patched
    /// when libyaml stopped at one (`SurrogateEscapes`). The escapes are
    /// found by their bytes, so one more read takes them all.
    private mutating func readResolvingEscapes(_ segment: Segment) -> EventReader {
        let attempt = readResolvingColons(segment)
        guard withText({ SurrogateEscapes.stoppedAtSurrogate(attempt.problemOffset, in: $0) }) else { return attempt }
        let found = withText { SurrogateEscapes.find(in: $0, range: segment.bytes) }
        guard !found.isEmpty else { return attempt }
        for patch in found { write(patch.replacement, at: patch.byte + 2) }
        escapes.add(found)
        // Other text: each document is delivered again, and replaces the one before.
        return readResolvingColons(segment)
    }

    /// A segment read by libyaml, again with its flow colons patched when
    /// libyaml failed at a colon or read a pair in a flow sequence (the only
    /// two ways such a colon shows).
    private mutating func readResolvingColons(_ segment: Segment) -> EventReader {
        let attempt = readEvents(segment)
        let failedAtColon = attempt.problemOffset.map { $0 < original.count && original[$0] == UInt8(ascii: ":") } ?? false
        guard failedAtColon || attempt.sawFlowSequencePair else { return attempt }
        let lastPatched = colons.patches.last?.character ?? -1
        let scan = withText { FlowColons.find(in: $0, segment: segment) }
        let found = scan.patches.filter { $0.character > lastPatched }
        var read = attempt
        if !found.isEmpty {
            patch(found.map(\.byte), with: FlowColons.placeholder)
            colons.add(found)
            // Other text: each document is delivered again, and replaces the one before.
            read = readEvents(segment)
        }
        if let error = read.stream.syntaxError, let offset = read.problemOffset, scan.mappingValueColons.contains(offset) {
            read.stream.syntaxError = SyntaxError(
                message: FlowColons.mappingValueMessage, position: error.position, documentIndex: error.documentIndex)
        }
        return read
    }

    private func readEvents(_ segment: Segment) -> EventReader {
        withText { text in
            EventReader.read(
                text, segment: segment, lines: widenedLines ?? lines, limits: limits, colons: colons, escapes: escapes,
                lineBreaks: lineBreaks, source: original, delivery: delivery)
        }
    }

    /// Makes `widenedLines` again after the NEL, LS and PS given spaces
    /// changed. The other patches keep every line and character count, so
    /// only these make it again: one pass over the input, paid for by the
    /// read's budget.
    private mutating func remakeWidenedLines() {
        let widenings = lineBreaks.widenings
        widenedLines = patched.flatMap { text in
            widenings.isEmpty ? nil : LineIndex(UnsafeBufferPointer(text.bytes), widenings: widenings)
        }
    }

    private func withText<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let patched else { return body(original) }
        return body(UnsafeBufferPointer(patched.bytes))
    }

    private mutating func patch(_ offsets: [Int], with byte: UInt8) {
        for offset in offsets { write(CollectionOfOne(byte), at: offset) }
    }

    /// ruamel.yaml reads a top-level block scalar without an indentation
    /// indicator at indentation 0 when its first line starts at column 1, so
    /// a directive there is its text; libyaml ends the scalar before it.
    /// wflint cannot read that scalar as the AWS CLI does, and says so.
    private static func blockScalarText(
        before prologue: UnknownDirectives.Prologue, last: Document?, lines: LineIndex
    ) -> SyntaxError? {
        guard let root = last?.root, let scalar = root.scalar, scalar.style == .literal || scalar.style == .folded,
            scalar.text.allSatisfy({ $0 == "\n" })
        else { return nil }
        let header = root.bytes.start
        let headerLine = lines.line(ofByte: header)
        let hasIndicator = lines.bytes[header..<lines.bytes(ofLine: headerLine).upperBound]
            .prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "#") }
            .contains { (UInt8(ascii: "1")...UInt8(ascii: "9")).contains($0) }
        let directiveLine = lines.line(ofByte: prologue.start)
        let blankBetween = (headerLine + 1..<directiveLine).allSatisfy { lines.bytes(ofLine: $0).isEmpty }
        guard !hasIndicator, headerLine < directiveLine, blankBetween else { return nil }
        return SyntaxError(
            message: "the AWS CLI's YAML loader reads this line as text of the block scalar at \(root.range.start) "
                + "(a top-level block scalar may start at column 1), which wflint cannot read; indent the text",
            position: lines.position(byteOffset: prologue.start))
    }
}

/// The input as libyaml is given it, once a patch changes it: a copy that
/// keeps its address, so that a line index of it stays valid while patches
/// of the same length are written over it.
final class PatchedText {
    let bytes: UnsafeMutableBufferPointer<UInt8>

    init(copying original: UnsafeBufferPointer<UInt8>) {
        bytes = .allocate(capacity: original.count)
        _ = bytes.initialize(from: original)
    }

    deinit { bytes.deallocate() }
}
