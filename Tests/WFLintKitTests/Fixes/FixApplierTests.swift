import DocumentModel
import Testing
import YAMLReader
@testable import WFLintKit

/// A check that reports one finding at the document's root with the fix it is given.
private struct PlannedFixCheck: Check {
    let fix: Fix

    func check(_ context: DocumentContext, supersession: Supersession, into sink: inout FindingSink) {
        sink.report("WF203", node: context.document.root, pointer: .root, message: "planned", fix: fix)
    }
}

private func fixing(_ text: String, with fix: Fix, includingUnsafe: Bool = false) -> FixedSource {
    let table = RuleTable(RuleSet.builtin().descriptors)
    let linter = Linter(checks: [PlannedFixCheck(fix: fix)], rules: table, operation: nil)
    return linter.fix(
        Array(text.utf8), as: LintInput(source: .file("a.yaml"), displayName: "a.yaml", isExplicit: true),
        includingUnsafe: includingUnsafe)
}

@Suite struct FixApplierTests {
    @Test func aFixThatWouldBreakTheFileLeavesItUnchangedWithAnError() throws {
        let text = "WorkforceName: labelers\n"
        let fixed = fixing(text, with: Fix(.safe, "break it", edits: [TextEdit(range: ByteRange(at: 0), replacement: "[")]))
        #expect(!fixed.changed && fixed.bytes == Array(text.utf8) && fixed.appliedCount == 0)
        let failure = try #require(fixed.failure)
        #expect(failure.syntaxError.position == SourcePosition(line: 2, column: 1))
        #expect(failure.description.hasPrefix("applying the fixes would make the file unparsable (2:1: "))
        #expect(failure.description.hasSuffix("); the file was left unchanged. This is a wflint bug: please report it"))
        // The findings are those of the file as it is.
        #expect(fixed.linted.findings.map(\.message) == ["planned"])
    }

    @Test func anUnsafeFixIsAppliedOnlyWhenAskedFor() {
        let text = "WorkforceName: a\n"
        let fix = Fix(.unsafe, "rename", edits: [TextEdit(range: ByteRange(start: 15, end: 16), replacement: "b")])
        #expect(!fixing(text, with: fix).changed)
        // The check plans the same fix again on the fixed text, where it
        // changes nothing: the passes stop there.
        let fixed = fixing(text, with: fix, includingUnsafe: true)
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == "WorkforceName: b\n")
        #expect(fixed.appliedCount == 1)
    }

    @Test func passesStopAtTheLimit() {
        // Inserting at the start changes the text on every pass.
        let fix = Fix(.safe, "grow", edits: [TextEdit(range: ByteRange(at: 0), replacement: "#\n")])
        let fixed = fixing("WorkforceName: a\n", with: fix)
        #expect(fixed.appliedCount == Linter.maximumFixPasses)
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == String(repeating: "#\n", count: 10) + "WorkforceName: a\n")
    }

    @Test func aFileThatDoesNotParseIsNeverTouched() {
        // The first document is linted and its finding carries a fix; the file
        // as a whole has a syntax error after it.
        expectUnchanged("WorkforceName: labelers\nSourceIpConfig:\n  Cidrs: [10.0.0.1/16]\n---\n[unclosed\n")
    }

    @Test func aSilencedFindingIsNotFixed() throws {
        let input = "WorkforceName: labelers\nSourceIpConfig:\n  Cidrs:\n    - 10.0.0.1/16  # wflint-disable-line WF203\n    - 192.168.0.9/24\n"
        try expectFixed(
            input,
            to: "WorkforceName: labelers\nSourceIpConfig:\n  Cidrs:\n    - 10.0.0.1/16  # wflint-disable-line WF203\n    - 192.168.0.0/24\n",
            removing: "WF203", appliedCount: 1)
    }

    @Test func overlappingEditsWaitAndIdenticalFixesApplyOnce() {
        func fix(_ start: Int, _ end: Int, _ text: String) -> Fix {
            Fix(.safe, text, edits: [TextEdit(range: ByteRange(start: start, end: end), replacement: text)])
        }
        let findings = [fix(0, 2, "a"), fix(1, 3, "b"), fix(0, 2, "a"), fix(3, 3, "c"), fix(3, 4, "d"), fix(2, 2, "e")]
            .map { Finding(ruleID: "WF203", ruleName: "x", severity: .warning, message: "", file: "f", documentIndex: 0,
                           range: SourceRange(at: .start), pointer: .root, fix: $0) }
        let chosen = FixSelection.nonOverlapping(findings, includingUnsafe: false)
        // (1, 3) shares a byte with (0, 2); the insertion at 3 and the
        // replacement starting there would come in a guessed order; the
        // insertion at 2, where (0, 2) ends, comes after it.
        #expect(chosen.map(\.message) == ["a", "c", "e"])
        #expect(String(decoding: FixSelection.apply(chosen, to: Array("01234".utf8)), as: UTF8.self) == "ae2c34")
    }

    @Test func aFixThatKeepsTextWaitsForEveryFixThatEditsIt() {
        func fix(_ start: Int, _ end: Int, _ text: String, keeping kept: ByteRange? = nil) -> Finding {
            var fix = Fix(.safe, text, edits: [TextEdit(range: ByteRange(start: start, end: end), replacement: "")])
            fix.keeps = kept.map { [$0] } ?? []
            return Finding(ruleID: "WF204", ruleName: "x", severity: .warning, message: "", file: "f", documentIndex: 0,
                           range: SourceRange(at: .start), pointer: .root, fix: fix)
        }
        let kept = ByteRange(start: 5, end: 10)
        // Found first, the keeping fixes are still chosen after the others:
        // an edit that ends where the kept text starts, or starts where it
        // ends, leaves it whole; one that shares a byte, or inserts inside
        // it, makes a fix that keeps it wait.
        #expect(FixSelection.nonOverlapping([fix(0, 2, "a", keeping: kept), fix(3, 5, "b"), fix(10, 12, "c")],
                                            includingUnsafe: false).map(\.message) == ["b", "c", "a"])
        #expect(FixSelection.nonOverlapping([fix(0, 2, "a", keeping: kept), fix(9, 12, "b")],
                                            includingUnsafe: false).map(\.message) == ["b"])
        #expect(FixSelection.nonOverlapping([fix(0, 2, "a", keeping: kept), fix(7, 7, "b")],
                                            includingUnsafe: false).map(\.message) == ["b"])
        // A keeping fix taken first holds its kept text against later keeping fixes.
        #expect(FixSelection.nonOverlapping([fix(0, 2, "a", keeping: kept), fix(6, 8, "b", keeping: ByteRange(start: 12, end: 14))],
                                            includingUnsafe: false).map(\.message) == ["a"])
    }
}

@Suite struct FixSecretTests {
    /// A fix whose text shows the secret is dropped, whatever it is about;
    /// and a finding about the secret's value (or one holding it) has none.
    @Test func aFixThatWouldShowASecretIsDropped() throws {
        let stream = YAMLReader.parse(Array("ClientSecret: hunter2-value\nOther: x\n".utf8))
        let root = try #require(stream.documents.first?.root)
        let secret = try #require(root[member: "ClientSecret"])
        let other = try #require(root[member: "Other"])
        var sink = FindingSink(rules: RuleTable(RuleSet.builtin().descriptors), file: "a.yaml", documentIndex: 0)
        sink.markSensitive(secret)
        let showing = Fix(.safe, "copy", edits: [TextEdit(range: ByteRange(at: 0), replacement: "x: hunter2-value\n")])
        let naming = Fix(.safe, "Write hunter2-value", edits: [TextEdit(range: ByteRange(at: 0))])
        let harmless = Fix(.safe, "remove", edits: [TextEdit(range: ByteRange(start: 0, end: 1))])
        for fix in [showing, naming, harmless] {
            sink.report("WF203", node: other, pointer: .root, message: "m", fix: fix)
        }
        sink.report("WF203", node: secret, pointer: .root, message: "m", fix: harmless)
        #expect(sink.findings.map(\.fix) == [nil, nil, harmless, nil])
    }
}
