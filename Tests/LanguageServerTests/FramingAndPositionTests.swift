import DocumentModel
import Testing

@testable import LanguageServer

/// The server's pieces below the protocol: frames split from a byte stream
/// however it arrives, and positions converted between wflint's columns
/// (Unicode scalars), bytes and the negotiated encoding.
@Suite struct FramingAndPositionTests {
    @Test func framesAreSplitHoweverTheBytesArrive() {
        let stream = Array("Content-Length: 2\r\n\r\n{}content-length:3\r\nX-Other: 1\r\n\r\n[1]".utf8)
        var reader = MessageReader(maximumBody: 100)
        var frames: [MessageReader.Frame] = []
        for byte in stream {
            reader.append([byte])
            while let frame = reader.next() { frames.append(frame) }
        }
        #expect(frames == [.message(Array("{}".utf8)), .message(Array("[1]".utf8))])
    }

    @Test func aBadHeaderOrAnOversizedBodyIsMalformedAndTheStreamGoesOn() {
        var reader = MessageReader(maximumBody: 4)
        reader.append(Array("Content-Length: x\r\n\r\nContent-Length: 6\r\n\r\n123456Content-Length: 1\r\n\r\n7".utf8))
        #expect(reader.next() == .malformed("a message header without a valid Content-Length"))
        #expect(reader.next() == .malformed("a message of 6 bytes, over the 4 a message may have"))
        #expect(reader.next() == .message(Array("7".utf8)))
        #expect(reader.next() == nil)
    }

    @Test func positionsCountUTF16UnitsOrBytesAndClampToTheLine() {
        // "é" is 2 bytes and 1 UTF-16 unit, "😀" 4 bytes and 2 units.
        let lines = LineTable(Array("aé😀b\r\nsecond\rthird".utf8))
        let b = SourcePosition(line: 1, column: 4)
        #expect(lines.position(of: b, encoding: .utf16) == TextPosition(line: 0, character: 4))
        #expect(lines.position(of: b, encoding: .utf8) == TextPosition(line: 0, character: 7))
        #expect(lines.offset(of: TextPosition(line: 0, character: 4), encoding: .utf16) == 7)
        // Inside a surrogate pair: the scalar's start; past the end: the line's end.
        #expect(lines.offset(of: TextPosition(line: 0, character: 3), encoding: .utf16) == 3)
        #expect(lines.offset(of: TextPosition(line: 0, character: 99), encoding: .utf16) == 8)
        #expect(lines.position(ofByte: 10, encoding: .utf16) == TextPosition(line: 1, character: 0))
        #expect(lines.position(of: SourcePosition(line: 3, column: 3), encoding: .utf8) == TextPosition(line: 2, character: 2))
        #expect(lines.offset(of: TextPosition(line: 9, character: 0), encoding: .utf8) == lines.bytes.count)
    }

    @Test func fileURIsArePercentDecodedAndEncoded() {
        #expect(DocumentURI.path(of: "file:///tmp/a%20b/%C3%A9.yaml") == "/tmp/a b/é.yaml")
        #expect(DocumentURI.path(of: "file://localhost/x.yaml") == "/x.yaml")
        #expect(DocumentURI.path(of: "untitled:Untitled-1") == nil)
        #expect(DocumentURI.path(of: "file:///a%00b") == nil)
        #expect(DocumentURI.uri(of: "/tmp/a b/é.yaml") == "file:///tmp/a%20b/%C3%A9.yaml")
    }
}
