/// Writes one pretty-printed JSON document a piece at a time, byte for byte as
/// `JSONOutput.rendered()` writes the whole value, and hands it on in chunks
/// (`ReportChunks`). A report's long arrays (SARIF's results, JSON's findings)
/// are written an element at a time, so that only one element's value is
/// built: as one `JSONOutput`, a long stream's SARIF log was hundreds of
/// megabytes of small objects (docs/performance.md, "SARIF and JSON written
/// as they are made").
///
/// A misuse (a name in an array, a value in an object without its name, an
/// end that closes the wrong container, a document finished with one open)
/// stops a debug build, where the tests run, at the call that made it.
struct JSONStreamWriter {
    private var chunks: ReportChunks
    /// The open containers, outermost first: each one's kind, and how many
    /// elements it holds so far.
    private var containers: [(isObject: Bool, count: Int)] = []
    /// Whether an object member's name was written, and its value comes next.
    private var afterName = false

    init(chunkSize: Int) {
        chunks = ReportChunks(size: chunkSize)
    }

    mutating func beginObject() {
        beginValue()
        chunks.text.append("{")
        containers.append((isObject: true, count: 0))
    }

    mutating func beginArray() {
        beginValue()
        chunks.text.append("[")
        containers.append((isObject: false, count: 0))
    }

    mutating func endObject() { end(object: true) }

    mutating func endArray() { end(object: false) }

    /// Starts a member of the open object: its value comes next.
    mutating func name(_ name: String) {
        assert(containers.last?.isObject == true && !afterName, "a member's name outside an object, or twice")
        startElement()
        JSONOutput.writeString(name, into: &chunks.text)
        chunks.text.append(": ")
        afterName = true
    }

    /// A whole value: an element of the open array, or the named member's.
    mutating func value(_ value: JSONOutput) {
        beginValue()
        value.write(into: &chunks.text, indent: containers.count)
    }

    mutating func member(_ name: String, _ value: JSONOutput) {
        self.name(name)
        self.value(value)
    }

    /// Hands the text on once a chunk is full; called between two elements.
    mutating func emitIfFull(_ emit: (String) -> Void) {
        chunks.emitIfFull(emit)
    }

    /// Ends the document with its newline and hands on the rest.
    mutating func finish(_ emit: (String) -> Void) {
        assert(containers.isEmpty && !afterName, "a document finished with a container open")
        chunks.text.append("\n")
        chunks.finish(emit)
    }

    /// A value is a named member's, an array's element, or the document.
    private mutating func beginValue() {
        if afterName {
            afterName = false
        } else {
            assert(containers.last?.isObject != true, "an object's value without its name")
            startElement()
        }
    }

    /// The separator and indentation before an element (none at the top).
    private mutating func startElement() {
        guard let last = containers.indices.last else { return }
        chunks.text.append(containers[last].count == 0 ? "\n" : ",\n")
        containers[last].count += 1
        JSONOutput.indent(containers.count, into: &chunks.text)
    }

    /// An empty container closes on its opening line: `[` then `]` is `[]`.
    private mutating func end(object: Bool) {
        assert(containers.last?.isObject == object && !afterName, "an end that closes no open container of its kind")
        let closed = containers.removeLast()
        if closed.count > 0 {
            chunks.text.append("\n")
            JSONOutput.indent(containers.count, into: &chunks.text)
        }
        chunks.text.append(object ? "}" : "]")
    }
}
