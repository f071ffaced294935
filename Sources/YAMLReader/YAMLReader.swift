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
        var reading = StreamReading(original: buffer, lines: lines, limits: limits)
        var stream = reading.read()
        stream.source = SourceText(bytes: source, lineStarts: lines.lineStartBytes, comments: reading.comments)
        return stream
    }
}
