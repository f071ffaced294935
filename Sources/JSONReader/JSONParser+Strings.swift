import DocumentModel

extension JSONParser {
    /// A string, from its opening quote: escapes decoded, UTF-8 validated.
    mutating func parseString() throws(SyntaxError) -> Node {
        let start = cursor.position
        let startOffset = cursor.offset
        cursor.advance()
        // Text without escapes is copied in one piece; `decoded` is only built
        // once an escape (or a byte replaced) shows up.
        var decoded: [UInt8] = []
        var hasEscape = false
        var segmentStart = cursor.offset
        while true {
            guard let byte = cursor.current else {
                throw SyntaxError(message: "unterminated string", position: start)
            }
            switch byte {
            case UInt8(ascii: "\""):
                let rest = cursor.bytes[segmentStart..<cursor.offset]
                let text: String
                if hasEscape {
                    decoded.append(contentsOf: rest)
                    text = String(decoding: decoded, as: UTF8.self)
                } else {
                    text = String(decoding: rest, as: UTF8.self)
                }
                cursor.advance()
                let scalar = Scalar(text: text, style: .doubleQuoted, value: .string(text))
                return Node(
                    .scalar(scalar), range: SourceRange(start: start, end: cursor.position),
                    bytes: ByteRange(start: startOffset, end: cursor.offset))
            case UInt8(ascii: "\\"):
                decoded.append(contentsOf: cursor.bytes[segmentStart..<cursor.offset])
                hasEscape = true
                try decodeEscape(into: &decoded)
                segmentStart = cursor.offset
            case 0..<0x20:
                throw error("control character \(codePoint(Unicode.Scalar(byte))) in string must be escaped", quotingSource: true)
            case 0x20..<0x80:
                cursor.advance()
            default:
                do {
                    cursor.advance(by: try decodeScalar(at: cursor.offset).length)
                } catch {
                    guard replacesInvalidUTF8InStrings else { throw error }
                    // Go's decoder: the first byte of a malformed sequence is
                    // U+FFFD, and decoding goes on at the next byte.
                    decoded.append(contentsOf: cursor.bytes[segmentStart..<cursor.offset])
                    decoded.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    hasEscape = true
                    cursor.advance()
                    segmentStart = cursor.offset
                }
            }
        }
    }

    /// One escape sequence, from its backslash.
    private mutating func decodeEscape(into decoded: inout [UInt8]) throws(SyntaxError) {
        let backslash = cursor.offset
        guard let letter = cursor.byte(at: backslash + 1) else {
            cursor.advance()
            return  // the string loop reports the missing closing quote
        }
        let simple: UInt8? =
            switch letter {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            default: nil
            }
        if let simple {
            decoded.append(simple)
            cursor.advance(by: 2)
            return
        }
        guard letter == UInt8(ascii: "u") else {
            cursor.advance()
            let shown = try describeCharacter()
            throw error("invalid escape \(escapeDisplay(shown)) in string", at: backslash, quotingSource: true)
        }
        let scalar = try decodeUnicodeEscape(at: backslash)
        decoded.append(contentsOf: String(Character(scalar)).utf8)
    }

    /// `'\q'` for a printable letter, `'\' followed by U+0009` otherwise.
    private func escapeDisplay(_ shown: String) -> String {
        shown.hasPrefix("'") ? "'\\" + shown.dropFirst() : "'\\' followed by \(shown)"
    }

    /// `\uXXXX`, or a surrogate pair `\uD83D\uDE00`. A lone surrogate (a high
    /// one not followed by a low one's escape, or a low one alone) is no
    /// syntax error: RFC 8259 (section 8.2) allows it, and Python's
    /// `json.loads` reads it and botocore sends it on. A Swift string cannot
    /// hold it, so its `LoneSurrogate` stand-in does.
    private mutating func decodeUnicodeEscape(at backslash: Int) throws(SyntaxError) -> Unicode.Scalar {
        let first = try readHexEscape(at: backslash)
        switch first {
        case 0xD800...0xDBFF:
            let low = cursor.offset
            if cursor.current == UInt8(ascii: "\\"), cursor.byte(at: low + 1) == UInt8(ascii: "u") {
                let second = try readHexEscape(at: low)
                if (0xDC00...0xDFFF).contains(second),
                    let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
                {
                    return scalar
                }
                // Not a low surrogate: that escape is read on its own.
                cursor.offset = low
            }
            return LoneSurrogate.standIn(for: first)
        case 0xDC00...0xDFFF:
            return LoneSurrogate.standIn(for: first)
        default:
            // Every non-surrogate value below 0x10000 is a scalar.
            return Unicode.Scalar(first) ?? "\u{FFFD}"
        }
    }

    /// The four hex digits of a `\u` escape starting at `backslash`.
    private mutating func readHexEscape(at backslash: Int) throws(SyntaxError) -> UInt32 {
        let end = backslash + 6
        guard end <= cursor.bytes.count,
            let value = IntegerDigits.value(of: cursor.bytes[backslash + 2..<end], radix: 16, negative: false)
        else {
            throw error("invalid \\u escape in string: expected 4 hex digits", at: backslash)
        }
        cursor.offset = end
        return UInt32(value)
    }

    /// Decodes the UTF-8 sequence at `offset`, rejecting overlong forms,
    /// surrogates and values past U+10FFFF (RFC 3629). A malformed sequence is
    /// reported at its first byte, the one a hex dump would show as the culprit.
    mutating func decodeScalar(at offset: Int) throws(SyntaxError) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = cursor.bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let (length, secondRange): (Int, ClosedRange<UInt8>) =
            switch lead {
            case 0xC2...0xDF: (2, 0x80...0xBF)
            case 0xE0: (3, 0xA0...0xBF)
            case 0xED: (3, 0x80...0x9F)
            case 0xE1...0xEF: (3, 0x80...0xBF)
            case 0xF0: (4, 0x90...0xBF)
            case 0xF1...0xF3: (4, 0x80...0xBF)
            case 0xF4: (4, 0x80...0x8F)
            default: (0, 0x80...0xBF)
            }
        guard length > 0 else { throw invalidByte(at: offset) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for index in 1..<length {
            guard let next = cursor.byte(at: offset + index) else { throw invalidByte(at: offset) }
            let allowed = index == 1 ? secondRange : 0x80...0xBF
            guard allowed.contains(next) else { throw invalidByte(at: offset) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { throw invalidByte(at: offset) }
        return (scalar, length)
    }

    private mutating func invalidByte(at offset: Int) -> SyntaxError {
        error(InvalidUTF8.message(cursor.bytes[offset]), at: offset, quotingSource: true)
    }
}
