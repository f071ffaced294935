import DocumentModel

extension JSONParser {
    /// A number by RFC 8259's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    /// An integer saturates at `Int.min`/`Int.max` (the text keeps its digits);
    /// a fraction or exponent makes it a float.
    mutating func parseNumber() throws(SyntaxError) -> Node {
        let startOffset = cursor.offset
        let start = cursor.position
        let isNegative = cursor.current == UInt8(ascii: "-")
        if isNegative { cursor.advance() }
        guard isDigit(cursor.current) else {
            if cursor.bytes[cursor.offset...].starts(with: "Infinity".utf8) {
                throw error(Self.notJSON("-Infinity"), at: startOffset)
            }
            throw error("expected a digit after '-'")
        }
        if cursor.current == UInt8(ascii: "0") {
            cursor.advance()
            if isDigit(cursor.current) { throw error("leading zeros are not allowed in a number") }
        } else {
            skipDigits()
        }
        var isInteger = true
        if cursor.current == UInt8(ascii: ".") {
            isInteger = false
            cursor.advance()
            guard isDigit(cursor.current) else { throw error("expected a digit after '.' in a number") }
            skipDigits()
        }
        if cursor.current == UInt8(ascii: "e") || cursor.current == UInt8(ascii: "E") {
            isInteger = false
            cursor.advance()
            if cursor.current == UInt8(ascii: "+") || cursor.current == UInt8(ascii: "-") { cursor.advance() }
            guard isDigit(cursor.current) else { throw error("expected a digit in the exponent of a number") }
            skipDigits()
        }
        let text = String(decoding: cursor.bytes[startOffset..<cursor.offset], as: UTF8.self)
        let value: ScalarValue
        if isInteger {
            let digits = cursor.bytes[(isNegative ? startOffset + 1 : startOffset)..<cursor.offset]
            // The grammar above guarantees at least one decimal digit.
            value = .integer(IntegerDigits.value(of: digits, radix: 10, negative: isNegative) ?? 0)
        } else {
            value = .float(Double(text) ?? .nan)
        }
        let scalar = Scalar(text: text, style: .plain, value: value)
        return Node(
            .scalar(scalar), range: SourceRange(start: start, end: cursor.position),
            bytes: ByteRange(start: startOffset, end: cursor.offset))
    }

    private func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while isDigit(cursor.current) { cursor.advance() }
    }
}
