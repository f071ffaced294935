import DocumentModel

/// The secrets of a stream's documents, hidden in the other documents too.
///
/// Each document's checks hide its own secrets wherever that document shows
/// them (`FindingSink.findings`, `markValuesHoldingSecrets`). A document of a
/// stream shows lines of its own only, but a secret copied into another
/// document (a rendered bundle whose next document tags the workforce with
/// it) was shown there in clear: in a message, an excerpt, a fix and a diff.
/// Once every document is checked, the file's secrets long enough to be
/// searched for (`SensitiveValues.minimumConcealedLength`; all of them
/// unless the text to search is long, see `bounded`) are concealed in every
/// message and pointer, a fix
/// that would write one is dropped, and each copy written on a line a
/// finding shows (its lines, three either side for a diff's context, and its
/// related places) becomes a sensitive range. A copy spelled otherwise (an
/// escape) is not found, as within a document.
struct SecretsAcrossDocuments {
    /// The secrets searched for, which a diff of the file masks too (`LintedSource.secretTexts`).
    let texts: Set<String>

    /// Nil when the file holds no secret long enough to be searched for.
    init?(_ texts: Set<String>) {
        let searched = texts.filter { $0.unicodeScalars.count >= SensitiveValues.minimumConcealedLength }
        guard !searched.isEmpty else { return nil }
        self.texts = searched
    }

    /// How many bytes the searches may read in all: each secret is searched
    /// for over the lines the findings show, so a stream of many workforces,
    /// each with its own secret, is not cut to `SecretsInValues.maximumSearched`
    /// of them unless the lines shown are long (then the longest are searched).
    static let searchBudget = 1 << 30

    /// A diff shows this many lines of context around a change (`UnifiedDiff`).
    static let contextLines = 3

    /// Conceals the secrets in `findings` and marks their copies on the lines
    /// the findings show as `sensitiveRanges`.
    func conceal(in findings: inout [Finding], sensitiveRanges: inout [SourceRange], source: SourceText) {
        // Each pass over a mapped stream gives its pages back behind it, as
        // the reading did: kept, a long stream's findings read most of them
        // in again (the 80 MB stream's 40 MB peak became 115 MB).
        var pages = PageRelease(source.bytes, keepingBehind: PageRelease.forwardPassWindow)
        let spans = Self.shownLines(of: findings).map { lines in
            let span = source.byteOffset(of: SourcePosition(line: lines.lowerBound, column: 1))
                ..< source.byteOffset(of: SourcePosition(line: lines.upperBound + 1, column: 1))
            pages.passed(span.upperBound)
            return span
        }
        pages.finish()
        // Each secret is searched for over the lines shown and in every message.
        let searchedBytes = spans.reduce(0) { $0 + $1.count } + findings.reduce(0) { $0 + $1.message.utf8.count }
        let texts = Self.bounded(texts, searching: searchedBytes)
        let concealed = ConcealedTexts(texts)
        for index in findings.indices { Self.conceal(texts, concealed, in: &findings[index]) }
        // Sorted in place (masks are a union; their order tells nothing): a
        // long stream's ranges were megabytes, and a sorted copy twice that.
        sensitiveRanges.sort { $0.start < $1.start }
        let covered = Covered(sortedRanges: sensitiveRanges)
        var found: [SourceRange] = []
        defer { sensitiveRanges += found }
        pages = PageRelease(source.bytes, keepingBehind: PageRelease.forwardPassWindow)
        defer { pages.finish() }
        for span in spans {
            for copy in Self.copies(of: texts, in: source, span) where !covered.holds(copy, in: sensitiveRanges) {
                found.append(copy)
            }
            pages.passed(span.upperBound)
        }
    }

    /// `finding` with `texts` (made into `concealed`) concealed in its message
    /// and pointer (a copy written as a key is a token of it), and no fix
    /// that would write one.
    static func conceal(_ texts: Set<String>, _ concealed: ConcealedTexts, in finding: inout Finding) {
        finding.message = concealed.conceal(finding.message)
        finding.pointer = SensitiveValues.masked(finding.pointer, concealing: concealed)
        if let fix = finding.fix, !FindingSink.isFree(of: texts, fix) { finding.fix = nil }
    }

    /// All of `texts` when searching `bytes` for each stays within
    /// `searchBudget`, else as many of the longest as it allows (at least
    /// `SecretsInValues.maximumSearched`; ties in byte order, so every run
    /// picks the same).
    static func bounded(_ texts: Set<String>, searching bytes: Int) -> Set<String> {
        let allowed = max(SecretsInValues.maximumSearched, searchBudget / max(bytes, 1))
        guard texts.count > allowed else { return texts }
        let longest = texts.sorted { a, b in
            a.utf8.count != b.utf8.count ? a.utf8.count > b.utf8.count : a.utf8.lexicographicallyPrecedes(b.utf8)
        }
        return Set(longest.prefix(allowed))
    }

    /// Where each of `texts` is written in bytes `span` of `source`.
    private static func copies(of texts: Set<String>, in source: SourceText, _ span: Range<Int>) -> [SourceRange] {
        guard !span.isEmpty else { return [] }
        let found = source.bytes.withContiguousBytes { all in copies(of: texts, in: UnsafeBufferPointer(rebasing: all[span])) }
        return found.map { source.range(of: ByteRange(start: span.lowerBound + $0.lowerBound, end: span.lowerBound + $0.upperBound)) }
    }

    /// Where each of `texts` is written in `bytes`, as byte offsets into them
    /// (the diff's lines ask too: `DiffSide.copies`).
    static func copies(of texts: Set<String>, in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for text in texts {
            let length = text.utf8.count
            _ = ByteSearch(text).occurs(in: bytes) { offset in
                found.append(offset..<offset + length)
                return false
            }
        }
        return found
    }

    /// The 1-based line spans the findings show, each widened by the diff's
    /// context, merged and ascending.
    private static func shownLines(of findings: [Finding]) -> [ClosedRange<Int>] {
        var spans = findings.flatMap { finding in
            ([finding.range] + finding.related.map(\.range)).map { range in
                max(1, range.start.line - contextLines)...(max(range.start.line, range.end.line) + contextLines)
            }
        }
        spans.sort { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<Int>] = []
        for span in spans {
            if let last = merged.last, span.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, span.upperBound)
            } else {
                merged.append(span)
            }
        }
        return merged
    }

    /// The furthest end of the sensitive ranges (sorted by start) up to
    /// each: a range starting at or before a copy and ending at or after it
    /// holds it.
    private struct Covered {
        private let furthestEnds: [SourcePosition]

        init(sortedRanges ranges: [SourceRange]) {
            var furthest: [SourcePosition] = []
            furthest.reserveCapacity(ranges.count)
            for range in ranges { furthest.append(max(furthest.last ?? range.end, range.end)) }
            furthestEnds = furthest
        }

        func holds(_ range: SourceRange, in ranges: [SourceRange]) -> Bool {
            let next = ranges.partitionPoint { $0.start <= range.start }
            return next > 0 && range.end <= furthestEnds[next - 1]
        }
    }
}
