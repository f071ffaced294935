/// Writes one pretty-printed JSON document a piece at a time, byte for byte as
/// `JSONOutput.rendered()` writes the whole value, and hands it on in chunks
/// (`ReportChunks`). A report's long arrays (SARIF's results, JSON's findings)
/// are written an element at a time, so that only one element's value is
/// built: as one `JSONOutput`, a long stream's SARIF log was hundreds of
/// megabytes of small objects (docs/performance.md, "SARIF and JSON written
/// as they are made").
struct JSONStreamWriter {
    private var chunks: ReportChunks
    /// How many elements each open container holds so far, outermost first.
    private var open: [Int] = []
    /// Whether an object member's name was written, and its value comes next.
    private var afterName = false

    init(chunkSize: Int) {
        chunks = ReportChunks(size: chunkSize)
    }

    mutating func beginObject() {
        beginValue()
        chunks.text.append("{")
        open.append(0)
    }

    mutating func beginArray() {
        beginValue()
        chunks.text.append("[")
        open.append(0)
    }

    mutating func endObject() { end("}") }

    mutating func endArray() { end("]") }

    /// Starts a member of the open object: its value comes next.
    mutating func name(_ name: String) {
        startElement()
        JSONOutput.writeString(name, into: &chunks.text)
        chunks.text.append(": ")
        afterName = true
    }

    /// A whole value: an element of the open array, or the named member's.
    mutating func value(_ value: JSONOutput) {
        beginValue()
        value.write(into: &chunks.text, indent: open.count)
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
        chunks.text.append("\n")
        chunks.finish(emit)
    }

    private mutating func beginValue() {
        if afterName {
            afterName = false
        } else {
            startElement()
        }
    }

    /// The separator and indentation before an element (none at the top).
    private mutating func startElement() {
        guard let count = open.last else { return }
        chunks.text.append(count == 0 ? "\n" : ",\n")
        open[open.count - 1] = count + 1
        JSONOutput.indent(open.count, into: &chunks.text)
    }

    /// An empty container closes on its own line; `[` then `]` is `[]`.
    private mutating func end(_ close: String) {
        let count = open.removeLast()
        if count > 0 {
            chunks.text.append("\n")
            JSONOutput.indent(open.count, into: &chunks.text)
        }
        chunks.text.append(close)
    }
}
