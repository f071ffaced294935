import DocumentModel

/// Bytes into tokens: whitespace, comments, identifiers, numbers, symbols.
extension Parser {
    /// The first byte before `limit` that is not UTF-8 and lies outside
    /// every comment the scan has recorded; nil when there is none.
    ///
    /// The spec says "invalid UTF-8 is always a parse error", but Terraform's
    /// scanner reads a comment's bytes without decoding them: `# caf\xE9`
    /// written in Latin-1 plans, and a string or heredoc holding such a byte
    /// is refused ("Invalid character encoding"). Comments are recorded in
    /// file order, so one pass over both does.
    func firstInvalidUTF8OutsideComments(before limit: Int) -> Int? {
        var from = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var next = 0
        while let bad = InvalidUTF8.firstOffset(in: bytes, from: from), bad < limit {
            while next < comments.count, comments[next].range.end <= bad { next += 1 }
            guard next < comments.count, comments[next].range.start <= bad else { return bad }
            // A comment ends before a line break or after `*/`: where a character starts.
            from = comments[next].range.end
        }
        return nil
    }

    /// The scalar at `offset` and its length in bytes. A byte that is not
    /// UTF-8 reads as one U+FFFD: one may stand in a comment, and elsewhere
    /// the parse fails at it (`parseFile`), wherever the parse went on to.
    func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = UnsafeBufferPointer(rebasing: bytes[offset..<min(offset + 4, bytes.count)]).makeIterator()
        guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else { return ("\u{FFFD}", 1) }
        return (Unicode.UTF8.decode(encoded), encoded.count)
    }

    func byte(at index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    // MARK: Tokens

    /// The next token, without consuming it. `newlines` says whether line
    /// ends count here (in a body and an object) or are whitespace (inside
    /// brackets, parentheses, templates' sequences).
    mutating func peek(_ newlines: Bool) throws(HCLSyntaxError) -> Token {
        if let peeked, peeked.offset == offset, peeked.newlines == newlines { return peeked.token }
        let token = try scanToken(from: offset, newlines: newlines)
        peeked = (offset, newlines, token)
        return token
    }

    /// Consumes `token` (the one just peeked).
    mutating func take(_ token: Token) { offset = token.end }

    /// Peeks, and consumes the token if it is `symbol`.
    mutating func takeIf(_ symbol: Token.Symbol, _ newlines: Bool) throws(HCLSyntaxError) -> Token? {
        let token = try peek(newlines)
        guard token.is(symbol) else { return nil }
        take(token)
        return token
    }

    /// Consumes `symbol` or fails with `expected <what>`, and ` at line:column`
    /// of `opener` if given (found only then: it costs a scan of the line).
    mutating func expect(
        _ symbol: Token.Symbol, _ newlines: Bool, _ what: String, openedAt opener: Int? = nil
    ) throws(HCLSyntaxError) -> Token {
        let token = try peek(newlines)
        guard token.is(symbol) else {
            throw expected(what + (opener.map { " at \(place($0))" } ?? ""), found: token)
        }
        take(token)
        return token
    }

    /// Whether the next token is the identifier `word` (a contextual keyword).
    mutating func peekKeyword(_ word: String, _ newlines: Bool) throws(HCLSyntaxError) -> Token? {
        let token = try peek(newlines)
        guard token.kind == .identifier, bytes[token.start..<token.end].elementsEqual(word.utf8) else { return nil }
        return token
    }

    private mutating func scanToken(from start: Int, newlines: Bool) throws(HCLSyntaxError) -> Token {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                index += 1
            case UInt8(ascii: "\n"),
                UInt8(ascii: "\r") where byte(at: index + 1) == UInt8(ascii: "\n"):  // a lone CR is no line end
                let end = index + (bytes[index] == UInt8(ascii: "\n") ? 1 : 2)
                if newlines { return Token(kind: .newline, start: index, end: end) }
                index = end
            case UInt8(ascii: "#"):
                if let token = try lineComment(at: index, markerLength: 1, style: .hash, newlines: newlines) {
                    return token
                }
                index = lineEnd(from: index).next
            case UInt8(ascii: "/") where byte(at: index + 1) == UInt8(ascii: "/"):
                if let token = try lineComment(at: index, markerLength: 2, style: .doubleSlash, newlines: newlines) {
                    return token
                }
                index = lineEnd(from: index).next
            case UInt8(ascii: "/") where byte(at: index + 1) == UInt8(ascii: "*"):
                index = try inlineComment(at: index)
            default:
                return try scanSignificant(at: index)
            }
        }
        return Token(kind: .endOfFile, start: bytes.count, end: bytes.count)
    }

    /// The end of the line from `index` (before its `\n` or `\r\n`) and the
    /// start of the next one.
    func lineEnd(from index: Int) -> (end: Int, next: Int) {
        var end = index
        while end < bytes.count {
            if bytes[end] == UInt8(ascii: "\n") { return (end, end + 1) }
            if bytes[end] == UInt8(ascii: "\r"), byte(at: end + 1) == UInt8(ascii: "\n") { return (end, end + 2) }
            end += 1
        }
        return (end, end)
    }

    /// Records a `#` or `//` comment; where newlines count, it stands for the
    /// line end that closes it (the spec: "equivalent to a newline sequence").
    private mutating func lineComment(
        at start: Int, markerLength: Int, style: HCLComment.Style, newlines: Bool
    ) throws(HCLSyntaxError) -> Token? {
        let (end, next) = lineEnd(from: start)
        record(HCLComment(style: style, text: text(start..<end), range: ByteRange(start: start, end: end)))
        guard newlines, next > end else { return nil }
        return Token(kind: .newline, start: start, end: next)
    }

    /// Records a `/* */` comment; returns the offset after it.
    private mutating func inlineComment(at start: Int) throws(HCLSyntaxError) -> Int {
        var index = start + 2
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "*"), bytes[index + 1] == UInt8(ascii: "/") {
                record(HCLComment(style: .inline, text: text(start..<index + 2), range: ByteRange(start: start, end: index + 2)))
                return index + 2
            }
            index += 1
        }
        throw failure("the comment '/*' has no closing '*/' before the end of the file", at: start)
    }

    /// Comments are met again when the parser looks ahead and comes back:
    /// each is kept once.
    private mutating func record(_ comment: HCLComment) {
        if let last = comments.last, last.range.start >= comment.range.start { return }
        comments.append(comment)
    }

    private func scanSignificant(at start: Int) throws(HCLSyntaxError) -> Token {
        let first = bytes[start]
        if let end = identifierEnd(from: start) { return Token(kind: .identifier, start: start, end: end) }
        if isDigit(first) { return Token(kind: .number, start: start, end: numberEnd(from: start)) }
        if first == UInt8(ascii: "\"") { return Token(kind: .quote, start: start, end: start + 1) }
        if first == UInt8(ascii: "<"), byte(at: start + 1) == UInt8(ascii: "<") {
            let markerStart = start + (byte(at: start + 2) == UInt8(ascii: "-") ? 3 : 2)
            if let end = identifierEnd(from: markerStart) { return Token(kind: .heredoc, start: start, end: end) }
        }
        if let (symbol, length) = Token.Symbol.longest(startingWith: first, then: byte(at: start + 1), byte(at: start + 2)) {
            return Token(kind: .symbol(symbol), start: start, end: start + length)
        }
        return Token(kind: .other, start: start, end: start + scalar(at: start).length)
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The end of the identifier starting at `start` (ID_Start or `_`, then
    /// ID_Continue or `-`), or nil if none starts there.
    func identifierEnd(from start: Int) -> Int? {
        guard start < bytes.count, isIdentifierScalar(at: start, first: true) else { return nil }
        var index = start + scalar(at: start).length
        while index < bytes.count, isIdentifierScalar(at: index, first: false) {
            index += scalar(at: index).length
        }
        return index
    }

    private func isIdentifierScalar(at index: Int, first: Bool) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return Self.isIdentifierByte(byte, first: first) }
        return Self.isIdentifierScalar(scalar(at: index).scalar, first: first)
    }

    /// Whether `scalar` may be an identifier's, its first (`first`) or a later one.
    static func isIdentifierScalar(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
        if scalar.isASCII { return isIdentifierByte(UInt8(scalar.value), first: first) }
        return first ? scalar.properties.isIDStart : scalar.properties.isIDContinue
    }

    private static func isIdentifierByte(_ byte: UInt8, first: Bool) -> Bool {
        let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        if letter || byte == UInt8(ascii: "_") { return true }
        let digit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        return !first && (digit || byte == UInt8(ascii: "-"))
    }

    /// The end of a number token: digits, with `.` or an exponent inside
    /// (as HCL's scanner reads it, so `1.2.3` is one token, and invalid).
    private func numberEnd(from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte) {
                index += 1
            } else if byte == UInt8(ascii: "."), let next = self.byte(at: index + 1), isDigit(next) {
                index += 2
            } else if byte | 0x20 == UInt8(ascii: "e") {
                let sign = self.byte(at: index + 1).map { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") } ?? false
                guard let digit = self.byte(at: index + (sign ? 2 : 1)), isDigit(digit) else { break }
                index += sign ? 3 : 2
            } else {
                break
            }
        }
        return index
    }

    /// A number token's value, if it is a valid literal: `digits (. digits)?
    /// ((e|E) (+|-)? digits)?`.
    func numberLiteral(_ token: Token) -> HCLNumber? {
        var seenDot = false
        var seenExponent = false
        for byte in bytes[token.start..<token.end] {
            if byte == UInt8(ascii: ".") {
                if seenDot || seenExponent { return nil }
                seenDot = true
            } else if byte | 0x20 == UInt8(ascii: "e") {
                if seenExponent { return nil }
                seenExponent = true
            }
        }
        return HCLNumber(text: text(token))
    }
}
