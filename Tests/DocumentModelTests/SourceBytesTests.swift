@testable import DocumentModel
import Glibc
import Testing
import YAMLReader

/// A source mapped from a file reads as the same bytes as one read into
/// memory, before and after its pages are given back, and a file cut short
/// under the mapping reads as zero bytes instead of stopping the process.
@Suite(.serialized) struct SourceBytesTests {
    /// A temporary file holding `bytes`, open for reading; removed by `close`.
    struct TemporaryFile {
        let path: String
        let descriptor: Int32

        init(_ bytes: [UInt8]) throws {
            var template = Array("/tmp/wflint-source-bytes-XXXXXX".utf8CString)
            let descriptor = mkstemp(&template)
            try #require(descriptor >= 0)
            path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            #expect(bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count)
            self.descriptor = descriptor
        }

        func close() {
            Glibc.close(descriptor)
            unlink(path)
        }
    }

    /// Several pages of text: 40 lines of 1,000 bytes, some not ASCII.
    static let text: [UInt8] = Array((0..<40).map { line in
        "- item \(line): " + String(repeating: line % 3 == 0 ? "é" : "x", count: 490) + "\n"
    }.joined().utf8)

    @Test func aMappedSourceHasTheFileBytes() throws {
        let file = try TemporaryFile(Self.text)
        defer { file.close() }
        let mapped = try #require(SourceBytes.mapping(of: file.descriptor, size: Self.text.count))
        #expect(mapped.isMapped)
        #expect(mapped.count == Self.text.count)
        #expect(mapped == Self.text)
        #expect(mapped[2] == UInt8(ascii: "i"))
        #expect(!SourceBytes(Self.text).isMapped)
    }

    @Test func pagesGivenBackReadTheSameAgain() throws {
        let file = try TemporaryFile(Self.text)
        defer { file.close() }
        let mapped = try #require(SourceBytes.mapping(of: file.descriptor, size: Self.text.count))
        #expect(mapped == Self.text)
        mapped.releasePages(0..<mapped.count)
        #expect(mapped == Self.text)
        var pages = PageRelease(mapped)
        for offset in stride(from: 0, to: mapped.count, by: 100) { pages.passed(offset) }
        pages.finish()
        #expect(mapped == Self.text)
    }

    /// A pass gives back what lies a window behind it, once it is two
    /// windows past what it last gave back; a source in memory gives back nothing.
    @Test func aPassKeepsOneToTwoWindowsBehindIt() throws {
        let file = try TemporaryFile(Self.text)
        defer { file.close() }
        let mapped = try #require(SourceBytes.mapping(of: file.descriptor, size: Self.text.count))
        var small = PageRelease(mapped, keepingBehind: 4_096)
        var reached: [Int: Int] = [:]
        for offset in stride(from: 0, to: mapped.count, by: 1_000) {
            small.passed(offset)
            reached[offset] = small.released
        }
        #expect(reached[8_000] == 0)
        #expect(reached[9_000] == 9_000 - 4_096)
        #expect(reached[13_000] == 9_000 - 4_096)
        #expect(reached[14_000] == 14_000 - 4_096)
        try #require(mapped.count > 26_000)
        #expect(reached[24_000] == 24_000 - 4_096)
        #expect(reached[26_000] == 24_000 - 4_096)
        // Never more than two windows behind, once the first is given back.
        #expect(reached.allSatisfy { $0.key < 2 * 4_096 || $0.key - $0.value < 2 * 4_096 })
        #expect(mapped == Self.text)
        var usual = PageRelease(mapped)
        usual.passed(mapped.count - 1)
        #expect(usual.released == 0)
        var inMemory = PageRelease(SourceBytes(Self.text), keepingBehind: 4_096)
        inMemory.passed(Self.text.count - 1)
        #expect(inMemory.released == 0)
        #expect(PageRelease.forwardPassWindow < PageRelease.defaultWindow)
    }

    @Test func aFileCutShortUnderItsMappingReadsAsZeros() throws {
        let file = try TemporaryFile(Self.text)
        defer { file.close() }
        let mapped = try #require(SourceBytes.mapping(of: file.descriptor, size: Self.text.count))
        mapped.releasePages(0..<mapped.count)
        #expect(ftruncate(file.descriptor, 100) == 0)
        // Past the first page, nothing of the file is left: without the
        // guard, this read would end the process with SIGBUS.
        #expect(mapped[Self.text.count - 1] == 0)
        #expect(mapped[50] == Self.text[50])
    }

    @Test func aStreamReadFromAMappingIsTheSame() throws {
        let documents = (0..<30).map { "---\nname: doc-\($0)\nlist: [a, é]\n" }.joined()
        let bytes = Array(documents.utf8)
        let file = try TemporaryFile(bytes)
        defer { file.close() }
        let mapped = try #require(SourceBytes.mapping(of: file.descriptor, size: bytes.count))
        let fromMapping = YAMLReader.parse(mapped)
        let fromMemory = YAMLReader.parse(bytes)
        #expect(fromMapping.documents.count == 30)
        #expect(fromMapping.documents.map { entryRanges($0.root) } == fromMemory.documents.map { entryRanges($0.root) })
        #expect(fromMapping.documents.map(\.root.bytes) == fromMemory.documents.map(\.root.bytes))
        #expect(fromMapping.documents[29].root.entries?.first?.value.scalarText == "doc-29")
        #expect(fromMapping.source.bytes == bytes)
    }

    /// A source counts a column on from the last position it was asked for
    /// on the same line: in any order of asking, each answer is a fresh
    /// source's (which has no last position).
    @Test func aColumnCountedOnFromTheLastIsAFreshLookups() {
        for text in Self.positionTexts {
            let source = SourceText(bytes: Array(text.utf8))
            let every = Array(-1...(source.bytes.count + 1))
            for offset in every + every.reversed() + every.filter({ $0 % 3 == 0 }) + every.filter({ $0 % 2 == 1 }) {
                let fresh = SourceText(bytes: Array(text.utf8)).position(ofByte: offset)
                #expect(source.position(ofByte: offset) == fresh, "\(text.debugDescription) at \(offset)")
            }
        }
    }

    static let positionTexts = [
        "a: 1\r\nb: é\rc: [x,\n  ü]\r\n\r\nlast",
        "\u{FEFF}héllo\nwörld\n",
        "",
        "\n\n\r\r\n",
        "Scope: " + String(repeating: "émail ü😀 ", count: 40) + "\nnext: é",
    ]

    /// Lookups in any order, on a long line, give what a lookup on a fresh
    /// text (nothing counted before) gives: the columns known on a line
    /// (`position(ofByte:)` counts on from the nearest before) hold wherever
    /// they were found, within characters too.
    @Test func lookupsInAnyOrderAreThoseOfAFreshText() {
        // A fixed linear congruential sequence: the same offsets on every run.
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for text in Self.positionTexts + [String(repeating: "{c = \"10.0.0.1/24\"}, é😀 ", count: 400)] {
            let bytes = Array(text.utf8)
            let source = SourceText(bytes: bytes)
            for _ in 0..<600 {
                let offset = Int(next() % UInt64(bytes.count + 3)) - 1
                #expect(source.position(ofByte: offset) == SourceText(bytes: bytes).position(ofByte: offset),
                        "\(offset) in \(text.prefix(20).debugDescription)")
            }
        }
    }

    /// One pass over ascending offsets gives what a lookup of each gives.
    @Test func positionsInOnePassAreThoseOfEachLookup() {
        let texts = [
            "a: 1\r\nb: é\rc: [x,\n  ü]\r\n\r\nlast",
            "\u{FEFF}héllo\nwörld\n",
            "",
            "\n\n\r\r\n",
            "Scope: " + String(repeating: "émail ü😀 ", count: 40) + "\nnext: é",
        ]
        for text in texts {
            let source = SourceText(bytes: Array(text.utf8))
            let every = Array(-1...(source.bytes.count + 1))
            // Columns count on from the offset before on the same line: also
            // from a repeated one, and over gaps, in and out of characters.
            let repeated = every.flatMap { [$0, $0] }
            let sparse = Array(stride(from: -1, through: source.bytes.count + 1, by: 3))
            for offsets in [every, repeated, sparse] {
                let expected = offsets.map { source.position(ofByte: $0) }
                #expect(SourceText.positions(ofAscending: offsets, in: source.bytes) == expected, "\(text.debugDescription)")
            }
        }
    }
}
