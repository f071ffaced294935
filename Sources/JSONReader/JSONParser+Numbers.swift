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
        guard isDigit(cursor.current) else { throw error("expected a digit after '-'") }
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
        let digits = cursor.bytes[startOffset..<cursor.offset]
        let text = String(decoding: digits, as: UTF8.self)
        let value: ScalarValue =
            isInteger ? .integer(saturatingInteger(digits, isNegative: isNegative)) : .float(Double(text) ?? .nan)
        let scalar = Scalar(text: text, style: .plain, value: value)
        return Node(.scalar(scalar), range: SourceRange(start: start, end: cursor.position))
    }

    private func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while isDigit(cursor.current) { cursor.advance() }
    }

    /// Accumulates toward the sign so that `Int.min` itself fits.
    private func saturatingInteger(_ digits: Slice<UnsafeBufferPointer<UInt8>>, isNegative: Bool) -> Int {
        var value = 0
        for byte in digits where byte != UInt8(ascii: "-") {
            let digit = Int(byte - UInt8(ascii: "0"))
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) =
                isNegative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return isNegative ? .min : .max }
            value = next
        }
        return value
    }
}
