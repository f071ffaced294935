import DocumentModel

/// Reads a YAML stream through libyaml's event API into the document tree,
/// every document of it, with the same positions a JSON file would get.
public enum YAMLReader {
    /// Parses a whole stream. Documents before a syntax error (or before one
    /// that went over `limits`) are kept; the error carries the index of the
    /// document it is in.
    public static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes, limits: ReadLimits = .default) -> ParsedStream {
        let source = bytes as? SourceBytes ?? SourceBytes(bytes as? [UInt8] ?? Array(bytes))
        var documents: [Document] = []
        var (stream, count) = self.stream(source, limits: limits) { document, _ in
            // A document read again replaces the one at its index (see `stream`).
            if document.index < documents.count {
                documents[document.index] = document
            } else {
                documents.append(document)
            }
        }
        stream.documents = Array(documents.prefix(count))
        return stream
    }

    /// Reads a stream document by document: `deliver` gets each document as
    /// soon as it is complete, in order, and holds the only reference the
    /// reader keeps; the returned stream has no documents of its own. With
    /// each comes its source: the file's bytes and line table, and the
    /// comments from the end of the document before through its own. The
    /// returned stream's `source` has the whole stream's comments when
    /// `keepingComments`; else only those after the last document, and the
    /// reader lets each document's go once it is delivered, so that a stream
    /// of many comments is not held twice over whatever its length (the
    /// linter's reading: a 24 MB stream of 3,000 documents, each after 4,000
    /// comment lines, peaked at 397 MB).
    ///
    /// A document is delivered when libyaml ends it, before the reader knows
    /// whether the rest of the stream makes it read again (`StreamReading`):
    /// - a read made again over the same text (after an encoding error, or up
    ///   to a directive) passes over the documents already delivered;
    /// - a read over changed text (`FlowColons`) delivers its documents again
    ///   from its segment's first, and a document delivered again at an index
    ///   replaces the one delivered there before;
    /// - only the first `documentCount` indexes belong to the stream: a last
    ///   document that an error's cut ends is delivered but not counted.
    public static func stream(
        _ bytes: [UInt8], limits: ReadLimits = .default, keepingComments: Bool = true,
        deliver: (Document, SourceText) -> Void
    ) -> (stream: ParsedStream, documentCount: Int) {
        stream(SourceBytes(bytes), limits: limits, keepingComments: keepingComments, deliver: deliver)
    }

    /// The same, over a source held as `SourceBytes` (read or mapped).
    public static func stream(
        _ bytes: SourceBytes, limits: ReadLimits = .default, keepingComments: Bool = true,
        deliver: (Document, SourceText) -> Void
    ) -> (stream: ParsedStream, documentCount: Int) {
        withoutActuallyEscaping(deliver) { deliver in
            bytes.withUnsafeBufferPointer { buffer in
                if let error = TextEncoding.unsupportedByteOrderMark(in: buffer) {
                    var stream = ParsedStream(documents: [], syntaxError: error, source: SourceText(bytes: bytes))
                    stream.commentsReadUpTo = 0
                    return (stream, 0)
                }
                // A mapped stream's pages are given back behind each pass over it.
                let lines = LineIndex(buffer, pages: PageRelease(bytes))
                var pages = PageRelease(bytes)
                defer { pages.finish() }
                let delivery = DocumentDelivery(keepsStreamComments: keepingComments) { document, comments in
                    pages.passed(document.root.bytes.end)
                    deliver(document, SourceText(bytes: bytes, lines: lines.table, comments: comments))
                }
                var reading = StreamReading(original: buffer, lines: lines, limits: limits, delivery: delivery)
                var (stream, count) = reading.read()
                stream.source = SourceText(bytes: bytes, lines: lines.table, comments: reading.comments)
                stream.commentsReadUpTo = reading.commentsReadUpTo
                return (stream, count)
            }
        }
    }
}

/// Hands documents to a streaming caller across the reads of one stream. A
/// read told that it repeats the last one (same text, same segment start)
/// passes over the documents that read made, which it makes again the same;
/// any other read delivers all of its own.
final class DocumentDelivery {
    private let deliver: (Document, [ByteRange]) -> Void
    /// Whether the reads keep every comment for the stream's source (see `YAMLReader.stream`).
    let keepsStreamComments: Bool
    /// Indexes below this are passed over, in the read under way.
    private var repeatsBelow = 0
    /// The same, for the next read.
    private var nextRepeatsBelow = 0
    /// One past the index of the last document the read under way made.
    private var readEnd = 0

    init(keepsStreamComments: Bool, _ deliver: @escaping (Document, [ByteRange]) -> Void) {
        self.keepsStreamComments = keepsStreamComments
        self.deliver = deliver
    }

    /// A read starts (`EventReader.read`).
    func startRead() {
        (repeatsBelow, nextRepeatsBelow, readEnd) = (nextRepeatsBelow, 0, 0)
    }

    /// The next read makes the last read's documents again, the same.
    func nextReadRepeatsLast() { nextRepeatsBelow = readEnd }

    func offer(_ document: Document, comments: [ByteRange]) {
        readEnd = document.index + 1
        if document.index >= repeatsBelow { deliver(document, comments) }
    }
}
