import CYAML
import DocumentModel

/// A problem libyaml's reader found in the bytes themselves (not UTF-8, a
/// control character), at a byte offset.
struct ReaderFailure {
    let message: String
    let position: SourcePosition
    let byteOffset: Int
}

/// Drives libyaml's event parser over one input and feeds a `TreeBuilder`.
struct EventReader {
    var stream: ParsedStream
    var lastDocumentEndedExplicitly: Bool
    var readerFailure: ReaderFailure?
    /// The comments before the end of the stream, or before the error that stopped it.
    var comments: [ByteRange]

    static func read(_ bytes: UnsafeBufferPointer<UInt8>, lines: LineIndex, limits: ReadLimits) -> EventReader {
        var builder = TreeBuilder(lines: lines, limits: limits)
        var readerFailure: ReaderFailure?
        do {
            try runParser(over: bytes, lines: lines) { (event: inout yaml_event_t) throws(SyntaxError) in
                try builder.handle(&event)
            } onReaderFailure: { readerFailure = $0 }
        } catch {
            builder.fail(error)
        }
        return EventReader(
            stream: builder.stream, lastDocumentEndedExplicitly: builder.lastDocumentEndedExplicitly,
            readerFailure: readerFailure, comments: builder.comments.comments)
    }

    /// The parser's whole life: created, fed every event, and always deleted,
    /// as is every event, whatever happens.
    private static func runParser(
        over bytes: UnsafeBufferPointer<UInt8>, lines: LineIndex,
        handle: (inout yaml_event_t) throws(SyntaxError) -> Void,
        onReaderFailure: (ReaderFailure) -> Void
    ) throws(SyntaxError) {
        // An empty stream has no documents; libyaml also refuses a null input.
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        // libyaml keeps a pointer to the parser itself, so it needs a fixed address.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw SyntaxError(message: "out of memory while reading YAML", position: .start)
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base, bytes.count)
        // libyaml would read a UTF-16 byte-order mark as UTF-16, and positions
        // are counted in UTF-8; wflint reads UTF-8 only. A UTF-8 byte-order
        // mark is left to libyaml's own detection, which skips it uncounted.
        if !bytes.starts(with: [0xEF, 0xBB, 0xBF]) { yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING) }
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                throw parserError(parser.pointee, lines: lines, onReaderFailure: onReaderFailure)
            }
            defer { yaml_event_delete(&event) }
            let isEnd = event.type == YAML_STREAM_END_EVENT
            try handle(&event)
            if isEnd { return }
        }
    }

    /// libyaml's problem, with its context where that adds something:
    /// `did not find expected key (while parsing a block mapping that starts at 1:1)`.
    private static func parserError(
        _ parser: yaml_parser_t, lines: LineIndex, onReaderFailure: (ReaderFailure) -> Void
    ) -> SyntaxError {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        switch parser.error {
        case YAML_READER_ERROR:
            let offset = parser.problem_offset
            let value = parser.problem_value
            let message = value >= 0 ? "\(problem): \(describe(value, isByte: problem.contains("octet")))" : problem
            let failure = ReaderFailure(
                message: message, position: lines.position(byteOffset: offset), byteOffset: offset)
            onReaderFailure(failure)
            return SyntaxError(message: message, position: failure.position)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let position = lines.position(characterIndex: parser.problem_mark.index)
            var message = problem
            if let context = parser.context.map({ String(cString: $0) }) {
                let contextPosition = lines.position(characterIndex: parser.context_mark.index)
                message += contextPosition == position ? " (\(context))" : " (\(context) that starts at \(contextPosition))"
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
