import DocumentModel
import Locking

/// One document's outcome: whether its kind was told, its findings and
/// sensitive ranges (not its `FindingSink`, which holds more, for every
/// document of a long stream).
struct CheckedDocument: Sendable {
    let index: Int
    /// The order it was received in: a document the reader delivers again at
    /// an index (see `YAMLReader.stream`) replaces the one received before.
    let sequence: Int
    let isRecognized: Bool
    let findings: [Finding]
    let sensitiveRanges: [SourceRange]
    /// Whether `max-findings` cut its findings (`FindingSink.wasCut`).
    var wasCut = false
    /// Its secrets' texts (`FindingSink.secretTexts`).
    var secretTexts: Set<String> = []

    /// Whether it holds findings or was cut (most do not; a sensitive range
    /// alone is kept apart, in `OutcomeLedger.sensitive`).
    var holdsFindings: Bool { !findings.isEmpty || wasCut }
}

/// What a source's documents came to, in document order.
struct CheckedDocuments {
    var findings: [Finding] = []
    var sensitiveRanges: [SourceRange] = []
    /// Whether the kind of any document was told.
    var isAnyRecognized = false
    /// The documents `max-findings` cut, by index.
    var cutDocuments: Set<Int> = []
    /// Every document's secrets' texts, each once (a replaced document's
    /// too: hiding more than needed hides nothing that is not secret).
    var secretTexts: Set<String> = []
}

/// The outcomes of a source's documents as they are checked, in any order:
/// about nine bytes a document (more while the two arrays grow), 24 bytes a
/// sensitive range (an OIDC client secret: a third of a stream's documents
/// have one), and whole outcomes only for those that hold findings. Every
/// outcome kept whole, then put in order through a table and a sorted copy,
/// was about 170 bytes a document at the end of a stream; one kept whole for
/// its secret's range alone, about 130.
struct OutcomeLedger {
    /// The sequence of the latest outcome at each index; -1 before any.
    var sequences: [Int] = []
    var recognized: [Bool] = []
    /// The outcomes that hold findings, in the order they were
    /// checked, those replaced since included (`merged` leaves them out).
    var holding: [HeldOutcome] = []
    /// Every outcome's sensitive ranges, each with its outcome's index and
    /// sequence, in the order they were checked.
    var sensitive: [SensitiveEntry] = []
    /// The texts of the secrets, each once: a stream's documents mostly share one.
    var secretTexts: Set<String> = []

    /// An outcome that holds findings: what `merged` reads of it.
    struct HeldOutcome {
        let index: Int
        let sequence: Int
        var findings: [Finding]
        let wasCut: Bool
    }

    /// A sensitive range and the outcome it came from, in 32-bit fields: a
    /// long stream holds tens of thousands, and `Int`s made each 48 bytes.
    /// A source is under 4 GiB (as `Node`'s byte offsets assume), so no line
    /// or column saturates; an index or sequence that did would only keep a
    /// replaced document's range, which masks more, never less.
    struct SensitiveEntry {
        private let index: UInt32
        private let sequence: UInt32
        private let startLine, startColumn, endLine, endColumn: UInt32

        init(index: Int, sequence: Int, range: SourceRange) {
            self.index = UInt32(clamping: index)
            self.sequence = UInt32(clamping: sequence)
            (startLine, startColumn) = (UInt32(clamping: range.start.line), UInt32(clamping: range.start.column))
            (endLine, endColumn) = (UInt32(clamping: range.end.line), UInt32(clamping: range.end.column))
        }

        var documentIndex: Int { Int(index) }

        var range: SourceRange {
            SourceRange(
                start: SourcePosition(line: Int(startLine), column: Int(startColumn)),
                end: SourcePosition(line: Int(endLine), column: Int(endColumn)))
        }

        /// Whether it came from the latest outcome at an index below `documentCount`.
        func isCurrent(in sequences: [Int], documentCount: Int) -> Bool {
            Int(index) < documentCount && sequence == UInt32(clamping: sequences[Int(index)])
        }
    }

    mutating func record(_ outcome: CheckedDocument) {
        let index = outcome.index
        if index >= sequences.count {
            sequences += repeatElement(-1, count: index + 1 - sequences.count)
            recognized += repeatElement(false, count: index + 1 - recognized.count)
        }
        // An outcome older than the one recorded at its index is of a document replaced.
        guard outcome.sequence > sequences[index] else { return }
        sequences[index] = outcome.sequence
        recognized[index] = outcome.isRecognized
        if outcome.holdsFindings {
            holding.append(HeldOutcome(
                index: index, sequence: outcome.sequence, findings: outcome.findings, wasCut: outcome.wasCut))
        }
        for range in outcome.sensitiveRanges {
            sensitive.append(SensitiveEntry(index: index, sequence: outcome.sequence, range: range))
        }
        secretTexts.formUnion(outcome.secretTexts)
    }

    /// The latest outcomes of the first `documentCount` indexes, merged in order.
    mutating func merged(documentCount: Int) -> CheckedDocuments {
        var merged = CheckedDocuments()
        merged.isAnyRecognized = recognized.prefix(documentCount).contains(true)
        holding.removeAll { $0.index >= documentCount || $0.sequence != sequences[$0.index] }
        holding.sort { $0.index < $1.index }
        // Each outcome's findings are let go as they are moved into the
        // merged array, which grows as they come: reserved at its size, it
        // was a second copy of a long stream's findings beside the first
        // (4.4 MB of the 80 MB stream's, at its peak).
        for index in holding.indices {
            merged.findings += holding[index].findings
            if holding[index].wasCut { merged.cutDocuments.insert(holding[index].index) }
            holding[index].findings = []
        }
        holding = []
        // In document order, and within a document as its checks found them
        // (the sort is stable); sorted and filtered in place.
        sensitive.removeAll { !$0.isCurrent(in: sequences, documentCount: documentCount) }
        sensitive.sort { $0.documentIndex < $1.documentIndex }
        merged.sensitiveRanges = sensitive.map(\.range)
        sensitive = []
        merged.secretTexts = secretTexts
        secretTexts = []
        return merged
    }
}

/// Checks a source's documents as its reader completes them, so that reading
/// overlaps checking and a tree lives only until it is checked.
///
/// The reader's thread calls `receive` with each document in order. The first
/// `DocumentLinter.minimumDocumentsToSpread` are checked right there (a short
/// stream starts no thread); after them, with more than one job, the documents
/// go in batches (`DocumentBatch`) to `jobs - 1` worker threads through a
/// queue of two batches a worker, and the reader checks a batch itself when
/// the queue is full: `jobs` threads in all, each busy. Memory is then bounded
/// by `3 × (jobs - 1) + 2` batches (queued, being checked, or checked and not
/// yet freed, plus the reader's own two) and the findings, whatever the
/// stream's length.
/// Each outcome carries its document's index, and `finish` puts them in
/// document order, so nothing of the result depends on which thread checked
/// what, or when. Each document comes with its source (`YAMLReader.stream`),
/// which the checks plan fixes on.
///
/// Measured on the 20 MB stream (28,838 documents, 2 cores; one job takes
/// 1.18 s): handing over one document at a time woke a thread for each
/// (29,000 context switches, 0.3 s of system time), and `jobs` workers beside
/// the reader left it, the pipeline's slowest stage, a third of its core:
/// 1.51 s. In batches, with the reader checking when it is ahead, 1.31 s; with
/// the trees also freed on the reader's thread (`checkedBatches`), 0.89 s
/// (docs/performance.md, "Streaming a multi-document stream").
final class StreamedChecks: @unchecked Sendable {
    private let jobs: Int
    /// Whether the line each document ends on is recorded (`documentEndLines`):
    /// only for a file that holds a directive marker.
    private let recordsDocumentEnds: Bool
    private let check: @Sendable (Document, SourceText) -> FindingSink?
    private let checked = Locked(OutcomeLedger())
    /// The batches the workers have checked, which the reader's thread frees
    /// (`releaseCheckedBatches`): glibc's malloc puts a block freed by another
    /// thread back under its arena's lock, which the reader, allocating every
    /// node, takes at almost every allocation once its thread cache is empty.
    /// Freed by the workers, the 20 MB stream took 1.31 s on 2 cores (more
    /// than one job's 1.18 s); freed by the reader, 0.89 s.
    private let checkedBatches = Locked<[DocumentBatch]>([])
    // Touched only by the reader's thread.
    private var queue: BoundedQueue<DocumentBatch>?
    /// The documents received since the last batch was handed over.
    private var batch = DocumentBatch()
    private var workers: WorkerThreads.Group?
    private var mayStartWorkers: Bool
    private var received = 0
    /// The line each received document's root ends on, by index, when `recordsDocumentEnds`.
    private(set) var documentEndLines: [Int] = []

    struct Received: Sendable {
        let document: Document
        let source: SourceText
        let sequence: Int
    }

    init(jobs: Int, recordsDocumentEnds: Bool, check: @escaping @Sendable (Document, SourceText) -> FindingSink?) {
        self.jobs = jobs
        self.recordsDocumentEnds = recordsDocumentEnds
        self.check = check
        mayStartWorkers = jobs > 1
    }

    /// Takes the next document of the source (called on the reader's thread, in order).
    func receive(_ document: Document, source: SourceText) {
        let item = Received(document: document, source: source, sequence: received)
        received += 1
        if recordsDocumentEnds { recordEnd(of: document) }
        if let queue {
            // Before each document, so that the trees alive stay those queued or being checked.
            releaseCheckedBatches()
            hand(item, to: queue)
        } else if mayStartWorkers && received > DocumentLinter.minimumDocumentsToSpread, let queue = startWorkers() {
            hand(item, to: queue)
        } else {
            checkHere(item)
        }
    }

    /// Adds `item` to the batch, and hands the batch to the workers once it is
    /// full; to the reader's own thread when they have enough waiting.
    private func hand(_ item: Received, to queue: BoundedQueue<DocumentBatch>) {
        batch.append(item)
        guard batch.isFull else { return }
        let full = batch
        batch = DocumentBatch()
        if !queue.tryPush(full) { check(full) }
    }

    /// Frees, on the reader's thread, the trees the workers have checked.
    private func releaseCheckedBatches() {
        var checked: [DocumentBatch] = []
        checkedBatches.withLock { swap(&checked, &$0) }
        // `checked`, and every tree in it, is freed here, outside the lock.
    }

    private func recordEnd(of document: Document) {
        let line = document.root.range.end.line
        while documentEndLines.count <= document.index { documentEndLines.append(line) }
        documentEndLines[document.index] = line
    }

    /// Waits for every document received to be checked, and returns what the
    /// first `documentCount` (those the source kept) came to, in order.
    func finish(documentCount: Int) -> CheckedDocuments {
        if let queue, !batch.isEmpty {
            queue.push(batch)
            batch = DocumentBatch()
        }
        queue?.close()
        workers?.join()
        releaseCheckedBatches()
        (queue, workers) = (nil, nil)
        return checked.withLock { $0.merged(documentCount: documentCount) }
    }

    private func startWorkers() -> BoundedQueue<DocumentBatch>? {
        mayStartWorkers = false
        let workerCount = jobs - 1
        let queue = BoundedQueue<DocumentBatch>(capacity: 2 * workerCount)
        let group = WorkerThreads.start(count: workerCount) { [self] in
            while let batch = queue.pop() {
                check(batch)
                checkedBatches.withLock { $0.append(batch) }
            }
        }
        guard group.count > 0 else {
            // No thread could start (no memory for a stack): the reader's thread checks all.
            group.join()
            return nil
        }
        (self.queue, workers) = (queue, group)
        return queue
    }

    private func check(_ batch: DocumentBatch) {
        for item in batch.items { checkHere(item) }
    }

    private func checkHere(_ item: Received) {
        let sink = check(item.document, item.source)
        let outcome = CheckedDocument(
            index: item.document.index, sequence: item.sequence, isRecognized: sink != nil,
            findings: sink?.findings ?? [], sensitiveRanges: sink?.sensitiveRanges ?? [],
            wasCut: sink?.wasCut ?? false, secretTexts: sink?.secretTexts ?? [])
        checked.withLock { $0.record(outcome) }
    }
}

/// Documents handed to a worker together: a handover wakes a thread, which
/// costs more than checking a small document. A batch is full at
/// `maximumDocuments` documents or `maximumBytes` of their source, so that a
/// batch of large documents stays as small in memory as one of small ones.
struct DocumentBatch: Sendable {
    static let maximumDocuments = 32
    static let maximumBytes = 64 * 1024

    private(set) var items: [StreamedChecks.Received] = []
    private(set) var bytes = 0

    var isEmpty: Bool { items.isEmpty }
    var isFull: Bool { items.count >= Self.maximumDocuments || bytes >= Self.maximumBytes }

    mutating func append(_ item: StreamedChecks.Received) {
        items.append(item)
        bytes += item.document.root.bytes.count
    }
}
