import DocumentModel
import Testing

@testable import YAMLReader

/// A U+FEFF at the start of a line after the file's first character: libyaml
/// skips it, ruamel.yaml (the AWS CLI) and PyYAML read it as text and refuse
/// the document or read a key of their own (`\u{FEFF}WorkforceName`). The
/// stream stops there with an error at the mark, after the documents before
/// its line. Each expectation beside ruamel.yaml 0.18.16's reading.
@Suite struct LineStartByteOrderMarkTests {
    static let bom = "\u{FEFF}"
    static let message = LineStartByteOrderMarks.message

    static func error(_ text: String) -> String? {
        yamlError(Array(text.utf8))
    }

    /// ruamel.yaml: "could not find expected ':'" at the comment's line.
    @Test func aMarkBeforeAComment() {
        #expect(Self.error("a: 1\n\(Self.bom)# tags\nb: 2\n") == "0 2:1: \(Self.message)")
    }

    /// ruamel.yaml: an error at the end (a file saved with a mark, appended).
    @Test func aMarkAloneOnTheLastLine() {
        #expect(Self.error("a: 1\n\(Self.bom)") == "0 2:1: \(Self.message)")
    }

    /// ruamel.yaml reads the key `"\u{FEFF}b"`, which botocore refuses.
    @Test func aMarkBeforeAKeyInFlowStyleAndBlockStyle() {
        #expect(Self.error("{a: 1,\n\(Self.bom)b: 2}\n") == "0 2:1: \(Self.message)")
        #expect(Self.error("a: 1\n\(Self.bom)b: 2\n") == "0 2:1: \(Self.message)")
        // After the mark that opens the file, a second one is at column 0 too.
        #expect(Self.error("\(Self.bom)\(Self.bom)a: 1\n") == "0 1:1: \(Self.message)")
    }

    /// The documents before the mark's line stand; the one it is in holds the error.
    @Test func aMarkInALaterDocument() {
        let text = "a: 1\n---\nb: 2\n\(Self.bom)---\nc: 3\n"
        #expect(YAMLReader.parse(Array(text.utf8)).documents.map(\.index) == [0])
        #expect(Self.error(text) == "1 4:1: \(Self.message)")
        // CRLF line ends, and a mark after a lone CR.
        #expect(Self.error("a: 1\r\n\(Self.bom)b: 2\r\n") == "0 2:1: \(Self.message)")
        #expect(Self.error("a: 1\r\(Self.bom)b: 2\r") == "0 2:1: \(Self.message)")
    }

    /// Inside a quoted scalar both read it as text, so does wflint: `"x \u{FEFF}y"`.
    @Test func aMarkInsideAScalarIsText() throws {
        let root = try yamlRoot("a: \"x\n\(Self.bom)y\"\nb: |\n  p\n  \(Self.bom)q\n")
        #expect(root[member: "a"]?.scalar?.text == "x \u{FEFF}y")
        #expect(root[member: "b"]?.scalar?.text == "p\n\u{FEFF}q\n")
    }

    /// The file's own opening mark, and one inside a line, are no error.
    @Test func theOpeningMarkAndOneInsideALineAreFine() throws {
        #expect(yamlError([0xEF, 0xBB, 0xBF] + Array("a: 1\nb: x\(Self.bom)y\n".utf8)) == nil)
    }

    /// The pass that finds the lines notes the marks at line starts,
    /// so that a file without one is not read again for it (a long stream's
    /// pages, given back behind that pass, would all come back).
    @Test func theLineTableNotesTheMarksAtLineStarts() {
        func first(_ bytes: [UInt8], spacing: Int? = nil) -> Int? {
            bytes.withUnsafeBufferPointer {
                LineTable($0, spacing: spacing, countingCharacters: true).byteOrderMarksAtLineStarts.first
            }
        }
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(first(Array("a: 1\n".utf8)) == nil)
        #expect(first(mark + Array("a: 1\n".utf8)) == nil)
        #expect(first(Array("a: 1\nb: x".utf8) + mark + Array("\n".utf8)) == nil)
        #expect(first(Array("a: 1\n".utf8) + mark + Array("b\n".utf8) + mark) == 5)
        #expect(first(mark + mark + Array("a\r\n".utf8)) == 3)
        #expect(first(Array("a\r".utf8) + mark) == 2)
        // Every line is looked at, also where a long source keeps only every 64th.
        #expect(first(Array(String(repeating: "a\n", count: 100).utf8) + mark, spacing: 64) == 200)
    }

    /// Where libyaml stops right after the mark it skipped (a `%` or a tab
    /// cannot start a token), the error is the mark's, at it; a mark inside
    /// a quoted scalar left open is that scalar's text, and its error stands.
    @Test func anErrorRightAfterTheMarkIsTheMarks() {
        #expect(Self.error("a: 1\n\(Self.bom)%x: v\n") == "0 2:1: \(Self.message)")
        #expect(Self.error("a: 1\n\(Self.bom)\tb: 2\n") == "0 2:1: \(Self.message)")
        #expect(Self.error("a: 1\n...\n\(Self.bom)%YAML 1.1\n---\nb: 2\n") == "1 3:1: \(Self.message)")
        #expect(Self.error("a: \"x\n\(Self.bom)y\n")?.hasSuffix(Self.message) == false)
    }

    /// An error libyaml finds before the mark comes first.
    @Test func anEarlierErrorComesFirst() {
        #expect(Self.error("a: [\nb: 1\n\(Self.bom)c: 2\n")?.hasSuffix(Self.message) == false)
    }
}
