import DocumentModel

/// A strict RFC 8259 JSON reader that keeps the source position of every node.
///
/// Foundation's JSON has no positions, so wflint reads JSON itself, straight
/// from bytes: one pass, no `String` per character, an explicit stack instead
/// of recursion so hostile nesting cannot overflow the thread's stack.
public enum JSONReader {
    /// Parses one JSON text. The result holds one document (index 0), or no
    /// document and the syntax error (or the limit of `limits` it went over)
    /// that stopped the parse.
    ///
    /// A byte that is not UTF-8 is a syntax error, as it is to Python's
    /// `json.loads` of the text the AWS CLI reads; with
    /// `replacingInvalidUTF8InStrings`, inside a string it is U+FFFD instead,
    /// one for each byte of a malformed sequence, as Go decodes it (Terraform's
    /// JSON syntax reads such a string, and plans with it).
    public static func parse<Bytes: Collection<UInt8>>(
        _ bytes: Bytes, limits: ReadLimits = .default, replacingInvalidUTF8InStrings: Bool = false
    ) -> ParsedStream {
        let source = bytes as? SourceBytes ?? SourceBytes(bytes as? [UInt8] ?? Array(bytes))
        return source.withUnsafeBufferPointer {
            parse(buffer: $0, source: source, limits: limits, replacingInvalidUTF8InStrings: replacingInvalidUTF8InStrings)
        }
    }

    /// `buffer` holds the bytes of `source`, which the stream keeps for its byte ranges.
    static func parse(
        buffer: UnsafeBufferPointer<UInt8>, source: SourceBytes, limits: ReadLimits, replacingInvalidUTF8InStrings: Bool = false
    ) -> ParsedStream {
        if let error = TextEncoding.unsupportedByteOrderMark(in: buffer) {
            return ParsedStream(documents: [], syntaxError: error, source: SourceText(bytes: source))
        }
        var parser = JSONParser(buffer, limits: limits, replacingInvalidUTF8InStrings: replacingInvalidUTF8InStrings)
        do {
            let root = try parser.parseText()
            return ParsedStream(documents: [Document(index: 0, root: root)], source: SourceText(bytes: source))
        } catch {
            return ParsedStream(documents: [], syntaxError: error, source: SourceText(bytes: source))
        }
    }
}
