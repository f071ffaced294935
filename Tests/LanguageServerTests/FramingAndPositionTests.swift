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

    /// A UTF-8 `character` counts bytes: after "xa", "é" (2 bytes) and "😀"
    /// (4), "b" is character 8, where UTF-16 counts 5.
    @Test func utf8CharactersCountBytesAndOneInsideAScalarIsItsStart() {
        let lines = LineTable(Array("xaé😀b\nsecond".utf8))
        #expect(lines.offset(of: TextPosition(line: 0, character: 8), encoding: .utf8) == 8)
        #expect(lines.offset(of: TextPosition(line: 0, character: 9), encoding: .utf8) == 9)
        // Inside "é" (bytes 2 to 3) and "😀" (bytes 4 to 7): the scalar's start.
        #expect(lines.offset(of: TextPosition(line: 0, character: 3), encoding: .utf8) == 2)
        #expect(lines.offset(of: TextPosition(line: 0, character: 5), encoding: .utf8) == 4)
        #expect(lines.offset(of: TextPosition(line: 0, character: 7), encoding: .utf8) == 4)
        #expect(lines.offset(of: TextPosition(line: 0, character: 99), encoding: .utf8) == 9)
    }

    /// Offset to position to offset gives the offset back at every scalar
    /// boundary of a line with "é", "😀" and CJK text, in UTF-8, UTF-16 and
    /// wflint's scalar columns; each position counts what is before it.
    @Test func positionsRoundTripAtEveryScalarBoundary() {
        let line = "aé😀中b😀é"
        let lines = LineTable(Array(("first\n" + line + "\r\nlast").utf8))
        var boundary = 6
        var expected = [(offset: 6, utf8: 0, utf16: 0, column: 1)]
        for scalar in line.unicodeScalars {
            let previous = expected[expected.count - 1]
            boundary += UTF8.width(scalar)
            expected.append((boundary, previous.utf8 + UTF8.width(scalar), previous.utf16 + UTF16.width(scalar),
                previous.column + 1))
        }
        #expect(expected.map(\.utf8) == [0, 1, 3, 7, 10, 11, 15, 17])
        #expect(expected.map(\.utf16) == [0, 1, 2, 4, 5, 6, 8, 9])
        for place in expected {
            for (encoding, character) in [(PositionEncoding.utf8, place.utf8), (.utf16, place.utf16)] {
                let position = lines.position(ofByte: place.offset, encoding: encoding)
                #expect(position == TextPosition(line: 1, character: character), "\(encoding) \(place)")
                #expect(lines.offset(of: position, encoding: encoding) == place.offset, "\(encoding) \(place)")
            }
            let column = SourcePosition(line: 2, column: place.column)
            #expect(lines.offset(of: column) == place.offset, "\(place)")
            #expect(lines.position(of: column, encoding: .utf8) == TextPosition(line: 1, character: place.utf8))
        }
    }

    /// The positions of every column and byte of a long line, asked for in
    /// report order, backwards, each start with an end further on, in a
    /// scattered order and between places on other lines, are those counted
    /// from the line's start (what Swift's views of the line count).
    @Test(arguments: [PositionEncoding.utf8, .utf16])
    func positionsOnALongLineAreTheSameInAnyOrder(_ encoding: PositionEncoding) {
        let line = (0..<600).map { ["é😀", "ab", "中"][$0 % 3] }.joined(separator: ", ")
        let bytes = Array(("first\n" + line + "\nlast").utf8)
        let scalars = Array(line.unicodeScalars)
        // Each column's character (one past the end: the line's end), and
        // each byte's (one inside a scalar: after it in UTF-16, whose units
        // count at a scalar's first byte; the byte itself in UTF-8).
        var columns = [0]
        var byteCharacters: [Int] = []
        for scalar in scalars {
            let units = encoding == .utf8 ? UTF8.width(scalar) : UTF16.width(scalar)
            for byte in 0..<UTF8.width(scalar) {
                byteCharacters.append(columns[columns.count - 1] + (encoding == .utf8 ? byte : byte == 0 ? 0 : units))
            }
            columns.append(columns[columns.count - 1] + units)
        }
        byteCharacters.append(columns[columns.count - 1])
        columns.append(columns[columns.count - 1])
        let orders = { (count: Int) in
            #expect(count % 7_919 != 0)
            return [
                Array(0..<count), Array((0..<count).reversed()),
                (0..<count).flatMap { [$0, min($0 + 40, count - 1)] },
                (0..<count).map { $0 * 7_919 % count },
            ]
        }
        for order in orders(columns.count) {
            let lines = LineTable(bytes)
            var found: [TextPosition] = []
            for (step, index) in order.enumerated() {
                if step % 100 == 50 {
                    #expect(lines.position(of: SourcePosition(line: 3, column: 3), encoding: encoding) == TextPosition(line: 2, character: 2))
                }
                found.append(lines.position(of: SourcePosition(line: 2, column: index + 1), encoding: encoding))
            }
            #expect(found == order.map { TextPosition(line: 1, character: columns[$0]) })
        }
        for order in orders(byteCharacters.count) {
            let lines = LineTable(bytes)
            var found: [TextPosition] = []
            for (step, index) in order.enumerated() {
                if step % 100 == 50 {
                    #expect(lines.position(ofByte: 2, encoding: encoding) == TextPosition(line: 0, character: 2))
                }
                found.append(lines.position(ofByte: 6 + index, encoding: encoding))
            }
            #expect(found == order.map { TextPosition(line: 1, character: byteCharacters[$0]) })
        }
    }

    @Test func fileURIsArePercentDecodedAndEncoded() {
        #expect(DocumentURI.path(of: "file:///tmp/a%20b/%C3%A9.yaml") == "/tmp/a b/é.yaml")
        #expect(DocumentURI.path(of: "file://localhost/x.yaml") == "/x.yaml")
        #expect(DocumentURI.path(of: "untitled:Untitled-1") == nil)
        #expect(DocumentURI.path(of: "file:///a%00b") == nil)
        #expect(DocumentURI.uri(of: "/tmp/a b/é.yaml") == "file:///tmp/a%20b/%C3%A9.yaml")
    }
}
