import DocumentModel
import Testing

@testable import YAMLReader

/// `YAMLReader.stream` hands each document over as it is complete: once, in
/// order, keeping none, and telling at the end how many belong to the stream.
@Suite struct YAMLDocumentDeliveryTests {
    static func streamed(
        _ text: String, keepingComments: Bool = true
    ) -> (indexes: [Int], lines: [Int], comments: [[ByteRange]], stream: ParsedStream, count: Int) {
        var indexes: [Int] = []
        var lines: [Int] = []
        var comments: [[ByteRange]] = []
        let (stream, count) = YAMLReader.stream(Array(text.utf8), keepingComments: keepingComments) { document, source in
            indexes.append(document.index)
            lines.append(document.root.range.start.line)
            comments.append(source.comments)
            #expect(source.bytes == Array(text.utf8))
        }
        return (indexes, lines, comments, stream, count)
    }

    @Test func eachDocumentIsDeliveredOnceInOrderAndNotKept() {
        let text = "a: 1\n---\nb: 2\n# note\n---\nc: 3\n"
        let read = Self.streamed(text)
        #expect(read.indexes == [0, 1, 2])
        #expect(read.lines == [1, 3, 6])
        // Each document's source has the comments since the document before.
        #expect(read.comments == [[], [ByteRange(start: 14, end: 20)], []])
        #expect(read.count == 3)
        #expect(read.stream.documents.isEmpty)
        #expect(read.stream.syntaxError == nil)
        #expect(read.stream.source.bytes == Array(text.utf8))
        #expect(read.stream.source.comments == [ByteRange(start: 14, end: 20)])
    }

    /// The linter's reading: each document still gets its comments, but the
    /// stream's source keeps only those after the last document, so that the
    /// comments of a long stream are not all held to its end.
    @Test func withoutKeepingCommentsEachDocumentStillGetsItsOwn() {
        // "# d" comes after the last document's end marker: it is the stream's, not a document's.
        let text = "# a\na: 1\n---\nb: 2 # b\n# c\n---\nc: 3\n...\n# d\n"
        let kept = Self.streamed(text)
        let read = Self.streamed(text, keepingComments: false)
        #expect(read.indexes == [0, 1, 2])
        #expect(read.comments == kept.comments)
        #expect(read.comments == [
            [ByteRange(start: 0, end: 3)], [ByteRange(start: 18, end: 21), ByteRange(start: 22, end: 25)], [],
        ])
        #expect(kept.stream.source.comments == read.comments.flatMap { $0 } + [ByteRange(start: 39, end: 42)])
        #expect(read.stream.source.comments == [ByteRange(start: 39, end: 42)])
        #expect(YAMLReader.parse(Array(text.utf8)).source.comments == kept.stream.source.comments)
    }

    @Test func aSyntaxErrorEndsTheDeliveredDocuments() {
        let read = Self.streamed("a: 1\n---\nb: [\n")
        #expect(read.indexes == [0])
        #expect(read.count == 1)
        #expect(read.stream.syntaxError?.documentIndex == 1)
        #expect(read.stream.syntaxError?.position == SourcePosition(line: 4, column: 1))
    }

    /// libyaml fails on the bad byte only once it decodes that far, after
    /// many documents were delivered; the second read up to the bad line
    /// passes over those, and its last document, cut at that line, is
    /// delivered but not counted.
    @Test func anEncodingErrorLateInTheStreamDeliversNoDocumentTwice() {
        let text = String(repeating: "key: value\n---\n", count: 5_000) + "x: \u{1}\n"
        let read = Self.streamed(text)
        #expect(read.indexes == Array(0...5_000))
        #expect(read.count == 5_000)
        let whole = YAMLReader.parse(Array(text.utf8))
        #expect(whole.documents.count == 5_000)
        #expect(read.stream.syntaxError == whole.syntaxError)
        #expect(whole.syntaxError?.documentIndex == 5_000)
        #expect(whole.syntaxError?.message == "control characters are not allowed: U+0001")
    }
}
