import DocumentModel
import Testing

@testable import YAMLReader

/// A line table that keeps every line and one that keeps every n-th (a long
/// stream's) answer every lookup the same: by byte, by libyaml's character
/// index, front to back as the reader asks and out of order, for every kind
/// of line end, a byte-order mark and characters of one to four bytes.
@Suite struct LineIndexTests {
    static let texts = [
        "", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\r", "\r", "\n", "\r\n", "\r\r\n\n", "a\r\n\rb\n\r",
        "\u{FEFF}k: v\r\n", "é\nü\r\n𝄞\r", String(repeating: "line\n", count: 300),
        (0..<200).map { "l\($0): \($0 % 3 == 0 ? "ünï" : "x")\($0 % 7 == 0 ? "\r\n" : $0 % 11 == 0 ? "\r" : "\n")" }.joined(),
    ]

    /// Line starts as the readers define them, one by one.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        var offset = starts[0]
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == 0x0A || (byte == 0x0D && (offset == bytes.count || bytes[offset] != 0x0A)) { starts.append(offset) }
        }
        return starts
    }

    @Test(arguments: texts) func everyLookupIsTheSameWithFewerLinesKept(_ text: String) {
        let bytes = Array(text.utf8)
        let starts = Self.lineStarts(bytes)
        bytes.withUnsafeBufferPointer { buffer in
            let dense = LineIndex(buffer, spacing: 1)
            #expect(dense.lineCount == starts.count)
            #expect((0..<starts.count).map { dense.table.start(ofLine: $0, in: buffer) } == starts)
            for spacing in [2, 3, 64] {
                let sparse = LineIndex(buffer, spacing: spacing)
                let label = "spacing \(spacing): \(Array(text.unicodeScalars))"
                #expect(sparse.lineCount == dense.lineCount, "\(label)")
                #expect((0..<starts.count).map { sparse.bytes(ofLine: $0) } == (0..<starts.count).map { dense.bytes(ofLine: $0) })
                let offsets = Array(0...bytes.count)
                #expect(offsets.map(sparse.position(byteOffset:)) == offsets.map(dense.position(byteOffset:)), "\(label)")
                #expect(offsets.map(sparse.lineStart(ofByte:)) == offsets.map(dense.lineStart(ofByte:)), "\(label)")
                #expect(offsets.map(sparse.line(ofByte:)) == offsets.map(dense.line(ofByte:)), "\(label)")
                let characterStarts = offsets.filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
                #expect(
                    characterStarts.map(sparse.characterIndex(ofByte:)) == characterStarts.map(dense.characterIndex(ofByte:)),
                    "\(label)")
                // Every character index, in order and then backwards, with one cursor each.
                let characters = characterStarts.map(dense.characterIndex(ofByte:))
                for order in [characters, characters.reversed()] {
                    var denseCursor = MarkCursor()
                    var sparseCursor = MarkCursor()
                    let expected = order.map { dense.mark(characterIndex: $0, cursor: &denseCursor) }
                    let actual = order.map { sparse.mark(characterIndex: $0, cursor: &sparseCursor) }
                    #expect(actual.map(\.position) == expected.map(\.position), "\(label)")
                    #expect(actual.map(\.byteOffset) == expected.map(\.byteOffset), "\(label)")
                }
            }
        }
    }

    /// libyaml's marks: a character index turns into the line and column
    /// editors show and the byte offset of that character.
    @Test func aMarkIsTheLineColumnAndByteOfItsCharacter() {
        let bytes = Array("\u{FEFF}a: é\r\nb: 𝄞x\rc\n".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for spacing in [1, 2] {
                let lines = LineIndex(buffer, spacing: spacing)
                var cursor = MarkCursor()
                let marks = [0, 3, 4, 5, 6, 9, 10, 11, 12, 13].map { lines.mark(characterIndex: $0, cursor: &cursor) }
                #expect(marks.map { "\($0.position)@\($0.byteOffset)" } == [
                    "1:1@3", "1:4@6", "1:5@8", "1:6@9", "2:1@10", "2:4@13", "2:5@17", "2:6@18", "3:1@19", "3:2@20",
                ])
            }
        }
    }

    /// A source of more than `LineTable.denseLimit` bytes keeps every 64th line.
    @Test func aLongSourceKeepsEverySixtyFourthLine() {
        #expect(LineTable.spacing(forByteCount: LineTable.denseLimit) == 1)
        #expect(LineTable.spacing(forByteCount: LineTable.denseLimit + 1) == 64)
    }
}
