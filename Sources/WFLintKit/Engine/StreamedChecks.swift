import DocumentModel
import Locking

/// One document's outcome: whether its kind was told, its findings and
/// sensitive ranges (not its `FindingSink`, which holds more, for every
/// document of a long stream), and which `#`s of the file's marker lines its
/// scalars hold.
struct CheckedDocument: Sendable {
    let index: Int
    /// The order it was received in: a document the reader delivers again at
    /// an index (see `YAMLReader.stream`) replaces the one received before.
    let sequence: Int
    let isRecognized: Bool
    let findings: [Finding]
    let sensitiveRanges: [SourceRange]
    let hashesInsideScalars: [SourcePosition]

    /// Whether it holds findings or `#`s (most do not; a sensitive range
    /// alone is kept apart, in `OutcomeLedger.sensitive`).
    var holdsFindingsOrHashes: Bool { !findings.isEmpty || !hashesInsideScalars.isEmpty }
}

/// What a source's documents came to, in document order.
struct CheckedDocuments {
    var findings: [Finding] = []
    var sensitiveRanges: [SourceRange] = []
    var hashesInsideScalars: [SourcePosition] = []
    /// Whether the kind of any document was told.
    var isAnyRecognized = false
}

/// The outcomes of a source's documents as they are checked, in any order:
/// about nine bytes a document (more while the two arrays grow), 48 bytes a
/// sensitive range (an OIDC client secret: a third of a stream's documents
/// have one), and whole outcomes only for those that hold findings. Every
/// outcome kept whole, then put in order through a table and a sorted copy,
/// was about 170 bytes a document at the end of a stream; one kept whole for
/// its secret's range alone, about 130.
struct OutcomeLedger {
    /// The sequence of the latest outcome at each index; -1 before any.
    var sequences: [Int] = []
    var recognized: [Bool] = []
    /// The outcomes that hold findings or `#`s, in the order they were
    /// checked, those replaced since included (`merged` leaves them out).
    var holding: [CheckedDocument] = []
    /// Every outcome's sensitive ranges, each with its outcome's index and
    /// sequence, in the order they were checked.
    var sensitive: [(index: Int, sequence: Int, range: SourceRange)] = []

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
        if outcome.holdsFindingsOrHashes {
            holding.append(CheckedDocument(
                index: index, sequence: outcome.sequence, isRecognized: outcome.isRecognized, findings: outcome.findings,
                sensitiveRanges: [], hashesInsideScalars: outcome.hashesInsideScalars))
        }
        for range in outcome.sensitiveRanges { sensitive.append((index, outcome.sequence, range)) }
    }

    /// The latest outcomes of the first `documentCount` indexes, merged in order.
    mutating func merged(documentCount: Int) -> CheckedDocuments {
        var merged = CheckedDocuments()
        merged.isAnyRecognized = recognized.prefix(documentCount).contains(true)
        holding.removeAll { $0.index >= documentCount || $0.sequence != sequences[$0.index] }
        holding.sort { $0.index < $1.index }
        // At their size (and the one finding `DocumentLinter` may add): grown
        // by appending, a long stream's findings would be held twice at a doubling.
        merged.findings.reserveCapacity(holding.reduce(1) { $0 + $1.findings.count })
        for outcome in holding {
            merged.findings += outcome.findings
            merged.hashesInsideScalars += outcome.hashesInsideScalars
        }
        // In document order, and within a document as its checks found them
        // (the sort is stable); sorted and filtered in place.
        sensitive.removeAll { $0.index >= documentCount || $0.sequence != sequences[$0.index] }
        sensitive.sort { $0.index < $1.index }
        merged.sensitiveRanges = sensitive.map(\.range)
        sensitive = []
        // The merged arrays hold the findings now; `StreamedChecks` lives on
        // to the end of the lint, and would hold every one of them twice.
        holding = []
        return merged
    }
}

/// Checks a source's documents as its reader completes them, so that reading
/// overlaps checking and a tree lives only until it is checked.
///
/// The reader's thread calls `receive` with each document in order. The first
/// `DocumentLinter.minimumDocumentsToSpread` are checked right there (a short
/// stream starts no thread); after them, with more than one job, `jobs`
/// worker threads take the documents from a queue of `2 × jobs`, on which the
/// reader waits when it is full. Memory is then bounded by about `3 × jobs`
/// documents plus the findings, whatever the stream's length. Each outcome
/// carries its document's index, and `finish` puts them in document order, so
/// nothing of the result depends on which thread checked what, or when.
/// Each document comes with its source (`YAMLReader.stream`), which the
/// checks plan fixes on.
final class StreamedChecks: @unchecked Sendable {
    private let jobs: Int
    /// The `#`s to test against each document's scalars; nil when the file
    /// holds no directive marker (no tree is walked for them).
    private let hashes: [SourcePosition]?
    private let check: @Sendable (Document, SourceText) -> FindingSink?
    private let checked = Locked(OutcomeLedger())
    // Touched only by the reader's thread.
    private var queue: BoundedQueue<Received>?
    private var workers: WorkerThreads.Group?
    private var mayStartWorkers: Bool
    private var received = 0
    /// The line each received document's root starts on, by index, when `hashes` is set.
    private(set) var documentStartLines: [Int] = []

    private struct Received: Sendable {
        let document: Document
        let source: SourceText
        let sequence: Int
    }

    init(jobs: Int, hashes: [SourcePosition]?, check: @escaping @Sendable (Document, SourceText) -> FindingSink?) {
        self.jobs = jobs
        self.hashes = hashes
        self.check = check
        mayStartWorkers = jobs > 1
    }

    /// Takes the next document of the source (called on the reader's thread, in order).
    func receive(_ document: Document, source: SourceText) {
        let item = Received(document: document, source: source, sequence: received)
        received += 1
        if hashes != nil { recordStart(of: document) }
        if let queue {
            queue.push(item)
        } else if mayStartWorkers && received > DocumentLinter.minimumDocumentsToSpread, let queue = startWorkers() {
            queue.push(item)
        } else {
            checkHere(item)
        }
    }

    private func recordStart(of document: Document) {
        let line = document.root.range.start.line
        while documentStartLines.count <= document.index { documentStartLines.append(line) }
        documentStartLines[document.index] = line
    }

    /// Waits for every document received to be checked, and returns what the
    /// first `documentCount` (those the source kept) came to, in order.
    func finish(documentCount: Int) -> CheckedDocuments {
        queue?.close()
        workers?.join()
        (queue, workers) = (nil, nil)
        return checked.withLock { $0.merged(documentCount: documentCount) }
    }

    private func startWorkers() -> BoundedQueue<Received>? {
        mayStartWorkers = false
        let queue = BoundedQueue<Received>(capacity: 2 * jobs)
        let group = WorkerThreads.start(count: jobs) { [self] in
            while let item = queue.pop() { checkHere(item) }
        }
        guard group.count > 0 else {
            // No thread could start (no memory for a stack): the reader's thread checks all.
            group.join()
            return nil
        }
        (self.queue, workers) = (queue, group)
        return queue
    }

    private func checkHere(_ item: Received) {
        let sink = check(item.document, item.source)
        let inside = hashes.map { CommentSites.hashesInsideScalars($0, of: item.document) } ?? []
        let outcome = CheckedDocument(
            index: item.document.index, sequence: item.sequence, isRecognized: sink != nil,
            findings: sink?.findings ?? [], sensitiveRanges: sink?.sensitiveRanges ?? [], hashesInsideScalars: inside)
        checked.withLock { $0.record(outcome) }
    }
}
