import DocumentModel
import Testing

@testable import WFLintKit

/// `StreamedChecks` keeps a few bytes for each checked document, and whole
/// outcomes only for those that hold something; the merge keeps, at each
/// index, the outcome of the document received last, whatever the order the
/// workers finished in, and only the indexes the source kept.
@Suite struct OutcomeLedgerTests {
    static func finding(_ index: Int) -> Finding {
        Finding(
            ruleID: "WF201", ruleName: "cidr-invalid", severity: .error, message: "document \(index)", file: "s.yaml",
            documentIndex: index, range: SourceRange(at: SourcePosition(line: index + 1, column: 1)), pointer: .root)
    }

    static func outcome(
        _ index: Int, sequence: Int, recognized: Bool = true, findings: [Finding] = [],
        secrets: [SourceRange] = []
    ) -> CheckedDocument {
        CheckedDocument(
            index: index, sequence: sequence, isRecognized: recognized, findings: findings, sensitiveRanges: secrets)
    }

    /// A secret's range on line `line`, columns `from` to `to`.
    static func secret(_ line: Int, _ from: Int, _ to: Int) -> SourceRange {
        SourceRange(start: SourcePosition(line: line, column: from), end: SourcePosition(line: line, column: to))
    }

    @Test func theLatestOutcomeAtEachIndexIsMergedInDocumentOrder() {
        var ledger = OutcomeLedger()
        // Finished out of order; index 1 delivered again (sequence 3) without
        // its finding, and its first outcome (sequence 1) finishing last.
        ledger.record(Self.outcome(2, sequence: 2, findings: [Self.finding(2)]))
        ledger.record(Self.outcome(1, sequence: 3))
        ledger.record(Self.outcome(0, sequence: 0, findings: [Self.finding(0)]))
        ledger.record(Self.outcome(1, sequence: 1, findings: [Self.finding(1)]))
        let merged = ledger.merged(documentCount: 3)
        #expect(merged.findings.map(\.message) == ["document 0", "document 2"])
        #expect(merged.isAnyRecognized)
    }

    @Test func onlyTheIndexesTheSourceKeptCount() {
        var ledger = OutcomeLedger()
        ledger.record(Self.outcome(0, sequence: 0, recognized: false))
        ledger.record(Self.outcome(1, sequence: 1, recognized: true, findings: [Self.finding(1)]))
        let merged = ledger.merged(documentCount: 1)
        #expect(merged.findings.isEmpty)
        #expect(!merged.isAnyRecognized)
    }

    @Test func aDocumentReplacedByAnUnrecognizedOneIsNoLongerRecognized() {
        var ledger = OutcomeLedger()
        ledger.record(Self.outcome(0, sequence: 0, recognized: true, findings: [Self.finding(0)]))
        ledger.record(Self.outcome(0, sequence: 1, recognized: false))
        let merged = ledger.merged(documentCount: 1)
        #expect(merged.findings.isEmpty)
        #expect(!merged.isAnyRecognized)
    }

    /// Sensitive ranges are kept apart from whole outcomes, and merge as
    /// findings do: the latest outcome's at each kept index, in document
    /// order, and within a document in the order its checks found them.
    @Test func sensitiveRangesMergeAsFindingsDo() {
        var ledger = OutcomeLedger()
        ledger.record(Self.outcome(2, sequence: 3, secrets: [Self.secret(9, 5, 9), Self.secret(8, 1, 4)]))
        ledger.record(Self.outcome(1, sequence: 2, secrets: [Self.secret(5, 1, 2)]))
        ledger.record(Self.outcome(0, sequence: 0, findings: [Self.finding(0)], secrets: [Self.secret(2, 3, 7)]))
        ledger.record(Self.outcome(1, sequence: 1, secrets: [Self.secret(4, 1, 2)]))
        ledger.record(Self.outcome(3, sequence: 4, secrets: [Self.secret(12, 1, 2)]))
        #expect(ledger.holding.count == 1)
        let merged = ledger.merged(documentCount: 3)
        #expect(merged.sensitiveRanges.map(\.description) == ["2:3-2:7", "5:1-5:2", "9:5-9:9", "8:1-8:4"])
        #expect(merged.findings.map(\.message) == ["document 0"])
    }

    /// A range is kept in 32-bit fields and given back as it was, far into a
    /// long stream; a replaced outcome's ranges go, as the ledger's findings do.
    @Test func sensitiveRangesComeBackAsTheyWereKept() {
        var ledger = OutcomeLedger()
        let far = SourceRange(
            start: SourcePosition(line: 2_345_678, column: 17), end: SourcePosition(line: 2_345_679, column: 4_000))
        ledger.record(Self.outcome(70_000, sequence: 70_001, secrets: [far]))
        ledger.record(Self.outcome(5, sequence: 6, secrets: [Self.secret(11, 1, 3)]))
        ledger.record(Self.outcome(5, sequence: 70_002, secrets: [Self.secret(12, 2, 8)]))
        let merged = ledger.merged(documentCount: 70_001)
        #expect(merged.sensitiveRanges == [Self.secret(12, 2, 8), far])
    }
}

/// A file's findings go into its report sorted; a source's arrive sorted
/// already, and are then kept as they are rather than copied.
@Suite struct ReportOrderTests {
    static func finding(line: Int, rule: String = "WF201") -> Finding {
        Finding(
            ruleID: rule, ruleName: "r", severity: .error, message: "m", file: "s.yaml", documentIndex: 0,
            range: SourceRange(at: SourcePosition(line: line, column: 1)), pointer: .root)
    }

    static func storage(_ findings: [Finding]) -> UnsafePointer<Finding>? {
        findings.withUnsafeBufferPointer { $0.baseAddress }
    }

    @Test func findingsInOrderAreKeptWithoutACopy() {
        let sorted = [Self.finding(line: 1), Self.finding(line: 2, rule: "WF003"), Self.finding(line: 2, rule: "WF201")]
        let kept = Finding.inReportOrder(sorted)
        #expect(kept == sorted)
        #expect(Self.storage(kept) == Self.storage(sorted))
    }

    @Test func findingsOutOfOrderAreSortedAsReportOrderSays() {
        let shuffled = [Self.finding(line: 2, rule: "WF201"), Self.finding(line: 1), Self.finding(line: 2, rule: "WF003")]
        #expect(Finding.inReportOrder(shuffled).map { "\($0.range.start.line) \($0.ruleID)" } == ["1 WF201", "2 WF003", "2 WF201"])
        #expect(Finding.inReportOrder([]) == [])
        #expect(Finding.inReportOrder([Self.finding(line: 3)]) == [Self.finding(line: 3)])
    }
}
