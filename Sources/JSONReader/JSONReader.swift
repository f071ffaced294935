import DocumentModel

/// A strict RFC 8259 JSON reader that keeps the source position of every node.
///
/// Foundation's JSON has no positions, so wflint reads JSON itself, straight
/// from bytes: one pass, no `String` per character, an explicit stack instead
/// of recursion so hostile nesting cannot overflow the thread's stack.
public enum JSONReader {
    /// Containers nested deeper than this are a syntax error rather than a
    /// risk: tearing down a very deep tree of nodes recurses (see `NestingLimit`).
    public static let maximumDepth = NestingLimit.maximumDepth

    /// Parses one JSON text. The result holds one document (index 0), or no
    /// document and the syntax error that stopped the parse.
    public static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> ParsedStream {
        if let stream = bytes.withContiguousStorageIfAvailable(parse(buffer:)) { return stream }
        return Array(bytes).withUnsafeBufferPointer(parse(buffer:))
    }

    static func parse(buffer: UnsafeBufferPointer<UInt8>) -> ParsedStream {
        if let error = TextEncoding.unsupportedByteOrderMark(in: buffer) {
            return ParsedStream(documents: [], syntaxError: error)
        }
        var parser = JSONParser(buffer)
        do {
            let root = try parser.parseText()
            return ParsedStream(documents: [Document(index: 0, root: root)])
        } catch {
            return ParsedStream(documents: [], syntaxError: error)
        }
    }
}
