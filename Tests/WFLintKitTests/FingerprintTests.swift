import DocumentModel
import Testing
@testable import WFLintKit

/// The test vectors of github/codeql-action `src/fingerprints.test.ts` and
/// `SARIF-NOTES.md` §3: wflint's line hashes must equal `upload-sarif`'s.
@Suite struct FingerprintTests {
    static let vectors: [(String, [String])] = [
        ("", ["c129715d7a2bc9a3:1"]),
        (" a\nb\n  \t\tc\n d", ["271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"]),
        (" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End", [
            "8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1", "c6805c5e1288b612:1",
            "b86d3392aea1be30:1", "e6ceba753e1a442:1",
        ]),
    ]

    static let helloWithNewline = [
        "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1",
        "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1",
    ]

    /// The same text with every kind of line end hashes the same.
    static let lineEndVariants = [
        " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n",
        " hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r",
        " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n",
        " hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n",
    ]

    @Test(arguments: 0..<vectors.count)
    func matchesUploadSarifOnRawText(_ index: Int) {
        let (text, expected) = Self.vectors[index]
        #expect(LineHashes(utf16: text.utf16).hashes == expected)
        #expect(LineHashes(lines: SourceLines(text)).hashes == expected)
    }

    @Test(arguments: lineEndVariants)
    func lineEndsAreNormalised(_ text: String) {
        #expect(LineHashes(utf16: text.utf16).hashes == Self.helloWithNewline)
        #expect(LineHashes(lines: SourceLines(text)).hashes == Self.helloWithNewline)
    }

    @Test func repeatedLinesAreNumbered() {
        let text = String(repeating: "Lorem ipsum dolor sit amet.\n", count: 10)
        let expected = (1...6).map { "a7f2ff13bc495cf2:\($0)" } + [
            "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1",
            "c129715d7a2bc9a3:1",
        ]
        #expect(LineHashes(lines: SourceLines(text)).hashes == expected)
    }

    /// A SARIF capture labels only the lines results start on, counting
    /// every line of the file: the same labels as for the whole file.
    @Test func theWantedLinesAloneAreLabelledAsInTheWholeFile() {
        let text = String(repeating: "Lorem ipsum dolor sit amet.\n", count: 10) + "tail\n"
            + String(repeating: "Lorem ipsum dolor sit amet.\n", count: 8)
        var builder = LineHashes.Builder()
        for line in SourceLines(text).lines {
            var line = line
            line.withUTF8 { builder.add(ascii: $0) }
        }
        let hashes = builder.finished()
        let all = LineHashes.labels(hashes)
        #expect(all == LineHashes(lines: SourceLines(text)).hashes)
        for wanted: Set<Int> in [[], [0], [5], [4, 5, 17], [6, 12, 13], Set(0..<all.count), [3, 400], [-1, 2]] {
            let expected = Dictionary(uniqueKeysWithValues: wanted.filter(all.indices.contains).map { ($0, all[$0]) })
            #expect(LineHashes.labels(hashes, ofLines: wanted) == expected, "lines \(wanted.sorted())")
        }
        // Line 13 (0-based) is the ninth of its hash: the eight before it count, though not wanted.
        #expect(LineHashes.labels(hashes, ofLines: [13]) == [13: "a7f2ff13bc495cf2:9"])
    }

    @Test func sarifNotesExampleLineFive() {
        let text = """
            service:
              name: billing
              timeout: 30
              retries: 3
              timeout: 45
              region: eu-west-1

            """
        #expect(LineHashes(lines: SourceLines(text)).hash(ofLine: 5) == "4c60ff55995cf3e7:1")
        #expect(LineHashes(lines: SourceLines(text)).hash(ofLine: 99) == nil)
    }

    @Test func stableFingerprintIgnoresLinesAboveButNotTheValue() {
        let pointer = JSONPointer(["SourceIpConfig", "Cidrs", "0"])
        let base = StableFingerprint.v1(ruleID: "WF201", path: "a.yaml", pointer: pointer, value: "10.0.0.0/33")
        #expect(base.count == 16)
        #expect(base == StableFingerprint.v1(ruleID: "WF201", path: "a.yaml", pointer: pointer, value: "10.0.0.0/33"))
        #expect(base != StableFingerprint.v1(ruleID: "WF201", path: "a.yaml", pointer: pointer, value: "10.0.0.0/34"))
        #expect(base != StableFingerprint.v1(ruleID: "WF202", path: "a.yaml", pointer: pointer, value: "10.0.0.0/33"))
        // Fields are separated, so moving text between them changes the hash.
        #expect(StableFingerprint.v1(ruleID: "a", path: "bc", pointer: .root, value: "")
            != StableFingerprint.v1(ruleID: "ab", path: "c", pointer: .root, value: ""))
    }

    @Test func fnvMatchesPublishedVectors() {
        // From the FNV reference test suite (draft-eastlake-fnv).
        #expect(StableFingerprint.fnv1a64([]) == 0xcbf2_9ce4_8422_2325)
        #expect(StableFingerprint.fnv1a64(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(StableFingerprint.fnv1a64(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
        #expect(StableFingerprint.v1(ruleID: "", path: "", pointer: .root, value: "")
            == String(StableFingerprint.fnv1a64([0, 0, 0, 0]), radix: 16))
    }
}
