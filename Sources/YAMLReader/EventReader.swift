import CYAML
import DocumentModel

/// A problem libyaml's reader found in the bytes themselves (not UTF-8, a
/// control character), at a byte offset.
struct ReaderFailure {
    let message: String
    let position: SourcePosition
    let byteOffset: Int
    /// Whether `message` names the character or byte found (`SyntaxError.quotesSource`).
    var quotesSource = false
}

/// The part of the input one libyaml parser reads: the whole file, or the
/// part that starts at a directive libyaml cannot read (see `UnknownDirectives`).
/// libyaml counts from the part's start; these say where that is in the file.
struct Segment {
    /// Byte offsets into the file; `start` is the start of a line.
    let bytes: Range<Int>
    /// libyaml's character index of `bytes.lowerBound` in the whole file.
    let characterOrigin: Int
    /// The index in the stream of the segment's first document.
    let firstDocumentIndex: Int
}

/// Drives libyaml's event parser over one segment of the input and feeds a
/// `TreeBuilder`.
struct EventReader {
    /// The segment's syntax error (its documents went to the delivery).
    var stream: ParsedStream
    /// How many documents the segment made, and the last of them.
    var documentCount: Int
    var lastDocument: Document?
    var lastDocumentEndedExplicitly: Bool
    var readerFailure: ReaderFailure?
    /// Where a directive starts that libyaml refused by its name.
    var refusedDirective: Int?
    /// The byte where libyaml's scanner or parser stopped, if it did.
    var problemOffset: Int?
    /// Whether libyaml read a `:` in a flow sequence as a pair's value
    /// indicator, which the AWS CLI's loader may read otherwise (`FlowColons`).
    var sawFlowSequencePair: Bool
    /// The comments before the end of the segment, or before the error that stopped it.
    var comments: [ByteRange]
    /// Where `comments` (with those its documents were delivered with) are
    /// every comment of the text before (`CommentCollector.readUpTo`).
    var commentsReadUpTo: Int

    static func read(
        _ text: UnsafeBufferPointer<UInt8>, segment: Segment, lines: LineIndex, limits: ReadLimits, colons: FlowColons,
        escapes: SurrogateEscapes, lineBreaks: UnicodeLineBreaks, source: UnsafeBufferPointer<UInt8>,
        delivery: DocumentDelivery
    ) -> EventReader {
        delivery.startRead()
        var builder = TreeBuilder(
            lines: lines, limits: limits, segment: segment, colons: colons, escapes: escapes, lineBreaks: lineBreaks,
            source: source, delivery: delivery)
        var failures = ParserFailures()
        let bytes = UnsafeBufferPointer(rebasing: text[segment.bytes])
        do {
            try runParser(over: bytes, segment: segment, lines: lines, failures: &failures) {
                (event: inout yaml_event_t) throws(SyntaxError) in try builder.handle(&event)
            }
        } catch {
            if let cut = failures.scalarCut { builder.stoppedInside(scalar: cut) }
            builder.fail(error)
        }
        return EventReader(
            stream: builder.stream, documentCount: builder.documentCount, lastDocument: builder.lastDocument,
            lastDocumentEndedExplicitly: builder.lastDocumentEndedExplicitly,
            readerFailure: failures.reader, refusedDirective: failures.directive, problemOffset: failures.problem,
            sawFlowSequencePair: builder.sawFlowSequencePair, comments: builder.comments.comments,
            commentsReadUpTo: builder.comments.readUpTo)
    }

    /// What a failed parse tells beyond its message.
    private struct ParserFailures {
        var reader: ReaderFailure?
        var directive: Int?
        var problem: Int?
        /// The quoted or block scalar libyaml was scanning when it stopped,
        /// from its start to where it stopped: text, in which no `#` starts a
        /// comment (the secret `"abc # wflint-disable-file` left open).
        var scalarCut: Range<Int>?
    }

    /// The parser's whole life: created, fed every event, and always deleted,
    /// as is every event, whatever happens.
    private static func runParser(
        over bytes: UnsafeBufferPointer<UInt8>, segment: Segment, lines: LineIndex, failures: inout ParserFailures,
        handle: (inout yaml_event_t) throws(SyntaxError) -> Void
    ) throws(SyntaxError) {
        try LibYAMLParser.withParser(over: bytes) { (parser: UnsafeMutablePointer<yaml_parser_t>) throws(SyntaxError) in
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(parser, &event) == 1 else {
                    throw parserError(parser.pointee, segment: segment, lines: lines, failures: &failures)
                }
                defer { yaml_event_delete(&event) }
                let isEnd = event.type == YAML_STREAM_END_EVENT
                try handle(&event)
                if isEnd { return }
            }
        }
    }

    /// libyaml's problem, with its context where that adds something:
    /// `did not find expected key (while parsing a block mapping that starts at 1:1)`.
    private static func parserError(
        _ parser: yaml_parser_t, segment: Segment, lines: LineIndex, failures: inout ParserFailures
    ) -> SyntaxError {
        let problemText = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        switch parser.error {
        case YAML_READER_ERROR:
            var offset = segment.bytes.lowerBound + parser.problem_offset
            let value = parser.problem_value
            var message = value >= 0 ? "\(problemText): \(describe(value, isByte: problemText.contains("octet")))" : problemText
            // libyaml stops at the byte that showed the sequence bad (the
            // line break after a lone `é` byte) and says so in its own words;
            // the sequence starts at or before it, on its line, within 3 bytes.
            let lineStart = max(lines.lineStart(ofByte: offset), segment.bytes.lowerBound)
            let window = min(offset + 4, segment.bytes.upperBound)
            if let bad = InvalidUTF8.firstOffset(in: lines.bytes, from: lineStart, to: window), bad <= offset {
                offset = bad
                message = InvalidUTF8.message(lines.bytes[bad])
            }
            // It names the character or byte it stopped at.
            let failure = ReaderFailure(
                message: message, position: lines.position(byteOffset: offset), byteOffset: offset, quotesSource: true)
            failures.reader = failure
            return SyntaxError(message: message, position: failure.position, quotesSource: true)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            var cursor = MarkCursor()
            let problem = lines.mark(characterIndex: segment.characterOrigin + parser.problem_mark.index, cursor: &cursor)
            failures.problem = problem.byteOffset
            let position = problem.position
            if parser.error == YAML_SCANNER_ERROR,
                let refused = AnchorNames.refusedNameError(
                    problem: problemText, context: parser.context.map { String(cString: $0) }, at: problem.byteOffset,
                    lines: lines)
            {
                return refused
            }
            if let error = BlockScalarHeader.tabAfterIndentation(
                problem: problemText, context: parser.context.map { String(cString: $0) },
                at: problem.byteOffset, lines: lines)
            {
                return error
            }
            var message = problemText
            if let context = parser.context.map({ String(cString: $0) }) {
                let contextMark = lines.mark(characterIndex: segment.characterOrigin + parser.context_mark.index, cursor: &cursor)
                let contextPosition = contextMark.position
                message += contextPosition == position ? " (\(context))" : " (\(context) that starts at \(contextPosition))"
                if context == LibYAMLParser.directiveContext { failures.directive = contextMark.byteOffset }
                if parser.error == YAML_SCANNER_ERROR, LibYAMLParser.scalarContexts.contains(context),
                    contextMark.byteOffset <= problem.byteOffset
                {
                    failures.scalarCut = contextMark.byteOffset..<problem.byteOffset
                }
            }
            return SyntaxError(message: message, position: position)
        default:
            return SyntaxError(message: "out of memory while reading YAML", position: .start)
        }
    }

    /// libyaml's problem value is an octet for UTF-8 problems, a code point otherwise.
    private static func describe(_ value: Int32, isByte: Bool) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        let width = isByte ? 2 : 4
        return (isByte ? "0x" : "U+") + String(repeating: "0", count: max(0, width - hex.count)) + hex
    }
}

/// A libyaml parser over some bytes, shared by the event reader and the
/// token scan of `FlowColons`.
enum LibYAMLParser {
    /// libyaml's context for a directive whose name it refuses (`%FOO`).
    static let directiveContext = "while scanning a directive"
    /// libyaml's contexts for a quoted or block scalar it stopped inside.
    static let scalarContexts: Set<String> = [
        "while scanning a quoted scalar", "while parsing a quoted scalar", "while scanning a block scalar",
        "while parsing a block scalar",
    ]

    /// Runs `body` with a parser set up over `bytes`, deleted afterwards
    /// whatever happens. Nothing runs for an empty input, which has no
    /// documents (libyaml also refuses a null input).
    static func withParser(
        over bytes: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeMutablePointer<yaml_parser_t>) throws(SyntaxError) -> Void
    ) throws(SyntaxError) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        // libyaml keeps a pointer to the parser itself, so it needs a fixed address.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw SyntaxError(message: "out of memory while reading YAML", position: .start)
        }
        defer { yaml_parser_delete(parser) }
        let input = UnsafeMutablePointer<ChunkedInput>.allocate(capacity: 1)
        input.initialize(to: ChunkedInput(next: base, remaining: bytes.count))
        defer { input.deallocate() }
        yaml_parser_set_input(parser, ChunkedInput.read, input)
        // libyaml would read a UTF-16 byte-order mark as UTF-16, and positions
        // are counted in UTF-8; wflint reads UTF-8 only. A UTF-8 byte-order
        // mark is left to libyaml's own detection, which skips it uncounted.
        if !bytes.starts(with: [0xEF, 0xBB, 0xBF]) { yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING) }
        try body(parser)
    }
}

/// The input as libyaml reads it, a chunk a read. libyaml decodes whatever
/// one read gives it, and from a string it takes 16 KiB at once, so every
/// parser started over the rest of a long input (one a segment between
/// unknown directives, `StreamReading`) decoded 16 KiB before its first event:
/// 20,000 such segments took 10 G instructions (0.9 s). Reads of 4 KiB made
/// that a quarter, still two thirds of such a run's instructions, since one of
/// those parsers stops after a few lines. So the first read is
/// `firstChunkSize` bytes and each next one twice the last, up to
/// `chunkSize`: a parser decodes about as far as it parses, and a long stream
/// makes four reads more; smaller reads than 4 KiB cost it more calls than
/// they save.
struct ChunkedInput {
    var next: UnsafePointer<UInt8>
    var remaining: Int
    /// The size of the next read.
    var chunk = firstChunkSize

    static let firstChunkSize = 256
    static let chunkSize = 4096

    /// libyaml's read handler: copies the next bytes into `buffer`; 0 bytes read is the end.
    static let read: @convention(c) (
        UnsafeMutableRawPointer?, UnsafeMutablePointer<UInt8>?, Int, UnsafeMutablePointer<Int>?
    ) -> Int32 = { data, buffer, size, sizeRead in
        guard let input = data?.assumingMemoryBound(to: ChunkedInput.self), let buffer, let sizeRead else { return 0 }
        let count = min(size, input.pointee.remaining, input.pointee.chunk)
        input.pointee.chunk = min(input.pointee.chunk * 2, chunkSize)
        buffer.update(from: input.pointee.next, count: count)
        input.pointee.next += count
        input.pointee.remaining -= count
        sizeRead.pointee = count
        return 1
    }
}
