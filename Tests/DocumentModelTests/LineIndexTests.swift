import DocumentModel
import Testing

@testable import YAMLReader

/// `LineIndex` sizes its two tables before it fills them, from a count of
/// line breaks made at memory speed: the count must be the lines the table
/// then finds, less one, for every kind of line end.
@Suite struct LineIndexTests {
    static let texts = [
        "", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\r", "\r", "\n", "\r\n", "\r\r\n\n", "a\r\n\rb\n\r",
        "\u{FEFF}k: v\r\n", "é\nü\r\n𝄞\r", String(repeating: "line\n", count: 1_000),
    ]

    @Test(arguments: texts) func theLineBreakCountIsTheLinesLessOne(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let lines = LineIndex(buffer)
            #expect(LineIndex.lineBreakCount(of: buffer) == lines.lineCount - 1, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func linesEndAtLFAtCRLFAndAtALoneCR() {
        let bytes = Array("a\r\n\rb\n\r".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(LineIndex.lineBreakCount(of: buffer) == 4)
            #expect(LineIndex(buffer).lineStartBytes == [0, 3, 4, 6, 7])
        }
    }
}
