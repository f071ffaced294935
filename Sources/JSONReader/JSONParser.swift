import DocumentModel

/// The parse itself: a loop over an explicit stack of open containers.
struct JSONParser {
    var cursor: SourceCursor
    private var budget: NodeBudget
    /// Whether a string's malformed UTF-8 is U+FFFD a byte (Terraform's JSON
    /// syntax) rather than an error (`JSONReader.parse`).
    let replacesInvalidUTF8InStrings: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, limits: ReadLimits, replacingInvalidUTF8InStrings: Bool = false) {
        cursor = SourceCursor(bytes)
        budget = NodeBudget(limits)
        replacesInvalidUTF8InStrings = replacingInvalidUTF8InStrings
    }

    /// An array or object whose closing bracket has not been read yet.
    private struct OpenContainer {
        let isObject: Bool
        let start: SourcePosition
        let startOffset: Int
        var elements: [Node] = []
        var entries: [MappingEntry] = []
        /// The key whose value is being read (objects only).
        var pendingKey: Node?
    }

    /// The whole text: exactly one value, surrounded by optional whitespace.
    mutating func parseText() throws(SyntaxError) -> Node {
        var open: [OpenContainer] = []
        while true {
            var value = try parseValueOrOpen(&open)
            // Attach the finished value to its container; a closing bracket
            // finishes that container too, so keep going until one needs more.
            while let index = open.indices.last {
                cursor.skipWhitespace()
                if open[index].isObject {
                    if let key = open[index].pendingKey {
                        open[index].entries.append(MappingEntry(key: key, value: value))
                    }
                    if try readSeparator(closing: "}", in: &open[index], expected: "',' or '}' after object member") {
                        break
                    }
                } else {
                    open[index].elements.append(value)
                    if try readSeparator(closing: "]", in: &open[index], expected: "',' or ']' after array element") {
                        break
                    }
                }
                value = close(open.removeLast())
            }
            if open.isEmpty {
                cursor.skipWhitespace()
                guard cursor.isAtEnd else {
                    throw try error("unexpected character \(describeCharacter()) after the top-level value", quotingSource: true)
                }
                return value
            }
        }
    }

    /// Reads what follows a container's member: `,` (returns true, with the next
    /// key read for an object) or the closing bracket (returns false).
    private mutating func readSeparator(
        closing: Unicode.Scalar, in container: inout OpenContainer, expected: String
    ) throws(SyntaxError) -> Bool {
        switch cursor.current {
        case UInt8(ascii: ","):
            cursor.advance()
            if container.isObject { container.pendingKey = try parseKey(first: false) }
            return true
        case UInt8(ascii: closing):
            cursor.advance()
            return false
        default:
            throw error("expected \(expected)")
        }
    }

    private mutating func close(_ container: OpenContainer) -> Node {
        let range = SourceRange(start: container.start, end: cursor.position)
        let bytes = ByteRange(start: container.startOffset, end: cursor.offset)
        let content: Node.Content = container.isObject ? .mapping(container.entries) : .sequence(container.elements)
        return Node.collection(content, style: .flow, range: range, bytes: bytes)
    }

    /// Reads a scalar or an empty container, or opens a container (pushing it
    /// and reading on into it) until a complete value is in hand.
    private mutating func parseValueOrOpen(_ open: inout [OpenContainer]) throws(SyntaxError) -> Node {
        while true {
            cursor.skipWhitespace()
            let isObject: Bool
            switch cursor.current {
            case UInt8(ascii: "{"): isObject = true
            case UInt8(ascii: "["): isObject = false
            default: return try parseScalar()
            }
            let start = cursor.position
            let startOffset = cursor.offset
            try budget.checkDepth(openCollections: open.count, at: start)
            try budget.countNode(at: start)
            cursor.advance()
            cursor.skipWhitespace()
            var container = OpenContainer(isObject: isObject, start: start, startOffset: startOffset)
            if cursor.current == UInt8(ascii: isObject ? "}" : "]") {
                cursor.advance()
                return close(container)
            }
            if isObject { container.pendingKey = try parseKey(first: true) }
            open.append(container)
        }
    }

    /// An object member's key and the `:` after it.
    private mutating func parseKey(first: Bool) throws(SyntaxError) -> Node {
        cursor.skipWhitespace()
        guard cursor.current == UInt8(ascii: "\"") else {
            throw error(first ? "expected a string key or '}'" : "expected a string key after ','")
        }
        try budget.countNode(at: cursor.position)
        let key = try parseString()
        cursor.skipWhitespace()
        guard cursor.current == UInt8(ascii: ":") else { throw error("expected ':' after object key") }
        cursor.advance()
        return key
    }

    private mutating func parseScalar() throws(SyntaxError) -> Node {
        guard let byte = cursor.current else { throw error("expected a value") }
        try budget.countNode(at: cursor.position)
        switch byte {
        case UInt8(ascii: "\""):
            return try parseString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber()
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            return try parseLiteral()
        case 0x80...:
            _ = try describeCharacter()  // throws on a byte that is not UTF-8
            throw error("expected a value")
        default:
            if let word = Self.pythonOnlyNumbers.first(where: { cursor.bytes[cursor.offset...].starts(with: $0.utf8) }) {
                throw error(Self.notJSON(word))
            }
            throw error("expected a value")
        }
    }

    /// The words JavaScript and Python's `json.loads` write for floats JSON
    /// has none of. `json.loads` (the AWS CLI's `--cli-input-json`) reads
    /// them, and botocore then refuses the float in every member (a
    /// timestamp too), so the verdict stays a failure; Terraform refuses them.
    static let pythonOnlyNumbers = ["NaN", "Infinity"]

    /// The message for `word` (or `-Infinity`) where a value belongs: still a
    /// syntax error, but one that says why, not "expected a value".
    static func notJSON(_ word: String) -> String {
        "\(word) is not a JSON value: RFC 8259 has no NaN or Infinity"
    }

    private mutating func parseLiteral() throws(SyntaxError) -> Node {
        let literals: [(String, ScalarValue)] = [("true", .bool(true)), ("false", .bool(false)), ("null", .null)]
        for (word, value) in literals where cursor.bytes[cursor.offset...].starts(with: word.utf8) {
            let start = cursor.position
            let startOffset = cursor.offset
            cursor.advance(by: word.utf8.count)
            let scalar = Scalar(text: word, style: .plain, value: value)
            return Node(
                .scalar(scalar), range: SourceRange(start: start, end: cursor.position),
                bytes: ByteRange(start: startOffset, end: cursor.offset))
        }
        throw error("expected a value")
    }

    // MARK: Errors

    /// An error at `offset` (the cursor's by default); `quotingSource` when
    /// its message quotes the source: the character found there
    /// (`describeCharacter`), a malformed byte's value.
    mutating func error(_ message: String, at offset: Int? = nil, quotingSource: Bool = false) -> SyntaxError {
        SyntaxError(message: message, position: cursor.position(at: offset ?? cursor.offset), quotesSource: quotingSource)
    }

    /// The character at the cursor as a message shows it: `'x'`, or `U+0009`
    /// for a control character and one that is invisible or looks like a
    /// space (`U+FEFF`, `U+00A0`); a malformed UTF-8 byte is an error of its own.
    mutating func describeCharacter() throws(SyntaxError) -> String {
        guard cursor.current != nil else { return "end of input" }
        let scalar = try decodeScalar(at: cursor.offset).scalar
        if scalar.isControlOrLineSeparator || scalar.isInvisibleInText { return codePoint(scalar) }
        return "'\(Character(scalar))'"
    }

    func codePoint(_ scalar: Unicode.Scalar) -> String { "U+" + scalar.hexDigits }
}
