import Testing
@testable import WFLintKit

/// `JSONStreamWriter` writes a document a piece at a time, byte for byte as
/// `JSONOutput.rendered()` writes the whole value, however the pieces are cut.
@Suite struct JSONStreamWriterTests {
    /// Empty containers at every depth, escapes, every scalar kind. Made at
    /// each use: a stored static's enum-tagged pointer is a leak to
    /// LeakSanitizer, which cannot follow it.
    static var value: JSONOutput {
        .object([
        ("empty object", .object([])),
        ("empty array", .array([])),
        ("text", .string("quote \" backslash \\ line\nbreak \u{01} ü 😀")),
        ("numbers", .array([.integer(-1), .integer(0), .integer(42)])),
        ("flags", .object([("yes", .bool(true)), ("no", .bool(false)), ("nothing", .null)])),
        ("nested", .array([.array([]), .object([("a", .array([.object([])]))]), .string("")])),
        ])
    }

    /// Streamed as deep as it goes: every container opened and closed, every scalar a value.
    static func stream(_ value: JSONOutput, into json: inout JSONStreamWriter) {
        switch value {
        case .object(let members):
            json.beginObject()
            for (name, member) in members {
                json.name(name)
                stream(member, into: &json)
            }
            json.endObject()
        case .array(let elements):
            json.beginArray()
            for element in elements { stream(element, into: &json) }
            json.endArray()
        default:
            json.value(value)
        }
    }

    static func finished(_ json: inout JSONStreamWriter) -> String {
        var out = ""
        json.finish { out += $0 }
        return out
    }

    @Test func aValueStreamedToItsScalarsIsTheRenderedValue() {
        var json = JSONStreamWriter(chunkSize: .max)
        Self.stream(Self.value, into: &json)
        #expect(Self.finished(&json) == Self.value.rendered())
    }

    /// As the reporters write: the container streamed, each member whole.
    @Test func membersWrittenWholeInsideAStreamedObject() throws {
        guard case .object(let members) = Self.value else { throw TestFailure.notAnObject }
        var json = JSONStreamWriter(chunkSize: .max)
        json.beginObject()
        for (name, member) in members { json.member(name, member) }
        json.endObject()
        #expect(Self.finished(&json) == Self.value.rendered())
    }

    @Test func emptyContainersCloseOnTheirOpeningLine() {
        var json = JSONStreamWriter(chunkSize: .max)
        json.beginObject()
        json.name("results")
        json.beginArray()
        json.endArray()
        json.endObject()
        #expect(Self.finished(&json) == "{\n  \"results\": []\n}\n")
    }

    /// Chunks are handed on between elements once full; together they are the document.
    @Test(arguments: [1, 8, 64])
    func chunksMakeTheDocument(size: Int) {
        var json = JSONStreamWriter(chunkSize: size)
        var chunks: [String] = []
        json.beginArray()
        for number in 0..<20 {
            json.value(.object([("n", .integer(number))]))
            json.emitIfFull { chunks.append($0) }
        }
        json.endArray()
        json.finish { chunks.append($0) }
        let whole = JSONOutput.array((0..<20).map { .object([("n", .integer($0))]) }).rendered()
        #expect(chunks.joined() == whole)
        #expect(chunks.dropLast().allSatisfy { $0.utf8.count >= size && $0.hasSuffix("}") })
    }

    enum TestFailure: Error { case notAnObject }
}
