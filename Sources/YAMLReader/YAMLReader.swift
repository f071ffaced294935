import DocumentModel

/// Reads a YAML stream through libyaml's event API into the document tree,
/// every document of it, with the same positions a JSON file would get.
public enum YAMLReader {
    /// Parses a whole stream. Documents before a syntax error (or before one
    /// that went over `limits`) are kept; the error carries the index of the
    /// document it is in.
    public static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes, limits: ReadLimits = .default) -> ParsedStream {
        let source = bytes as? [UInt8] ?? Array(bytes)
        return source.withUnsafeBufferPointer { parse(buffer: $0, source: source, limits: limits) }
    }

    /// `buffer` holds the bytes of `source`, which the stream keeps for its byte ranges.
    static func parse(buffer: UnsafeBufferPointer<UInt8>, source: [UInt8], limits: ReadLimits) -> ParsedStream {
        if let error = TextEncoding.unsupportedByteOrderMark(in: buffer) {
            return ParsedStream(documents: [], syntaxError: error, source: SourceText(bytes: source))
        }
        let lines = LineIndex(buffer)
        let whole = EventReader.read(buffer, lines: lines, limits: limits)
        let read = whole.readerFailure.map { recoverDocuments(before: $0, in: buffer, lines: lines, limits: limits) } ?? whole
        var stream = read.stream
        stream.source = SourceText(bytes: source, lineStarts: lines.lineStartBytes, comments: read.comments)
        return stream
    }

    /// libyaml decodes its input in large chunks, so an encoding problem (a
    /// bad UTF-8 byte, a control character) fails the stream before any event,
    /// even one in a late document. Reading again up to the start of the bad
    /// line recovers the documents that come before it.
    private static func recoverDocuments(
        before failure: ReaderFailure, in buffer: UnsafeBufferPointer<UInt8>, lines: LineIndex, limits: ReadLimits
    ) -> EventReader {
        let cut = lines.lineStart(ofByte: failure.byteOffset)
        var prefix = EventReader.read(UnsafeBufferPointer(rebasing: buffer[..<cut]), lines: lines, limits: limits)
        let cutPosition = lines.position(byteOffset: cut)
        // An error the prefix has on its own, before the cut, comes first.
        if let earlier = prefix.stream.syntaxError, earlier.position < cutPosition { return prefix }
        let documents = prefix.stream.documents
        let startsNewDocument =
            prefix.lastDocumentEndedExplicitly || buffer[cut...].starts(with: "---".utf8) || documents.isEmpty
        let errorIndex = startsNewDocument ? documents.count : documents.count - 1
        let error = SyntaxError(message: failure.message, position: failure.position, documentIndex: errorIndex)
        prefix.stream = ParsedStream(documents: Array(documents.prefix(errorIndex)), syntaxError: error)
        return prefix
    }
}
