import DocumentModel
import Testing

@testable import WFLintKit

/// A stream's documents go to the workers in batches (`StreamedChecks`): full
/// at 32 documents, or at 64 KiB of their source, whichever comes first.
@Suite struct DocumentBatchTests {
    /// A document whose root spans `bytes` bytes of its source.
    static func received(_ index: Int, bytes: Int) -> StreamedChecks.Received {
        let root = Node(
            .scalar(Scalar(text: "", style: .plain, value: .null)), range: SourceRange(at: .start),
            bytes: ByteRange(start: 0, end: bytes))
        return StreamedChecks.Received(document: Document(index: index, root: root), source: .empty, sequence: index)
    }

    @Test func thirtyTwoSmallDocumentsFillABatch() {
        var batch = DocumentBatch()
        for index in 0..<31 { batch.append(Self.received(index, bytes: 700)) }
        #expect(!batch.isFull)
        batch.append(Self.received(31, bytes: 700))
        #expect(batch.isFull)
        #expect(batch.items.map(\.document.index) == Array(0..<32))
    }

    @Test func sixtyFourKibibytesOfSourceFillABatch() {
        var batch = DocumentBatch()
        batch.append(Self.received(0, bytes: 40_000))
        batch.append(Self.received(1, bytes: 65_536 - 40_001))
        #expect(!batch.isFull)
        batch.append(Self.received(2, bytes: 1))
        #expect(batch.isFull)
        #expect(batch.bytes == 65_536)
    }

    @Test func oneLargeDocumentIsABatchOfItsOwn() {
        var batch = DocumentBatch()
        #expect(batch.isEmpty && !batch.isFull)
        batch.append(Self.received(0, bytes: 1_000_000))
        #expect(batch.isFull && batch.items.count == 1)
    }
}
