import DocumentModel

/// Quoted templates and heredocs, read byte by byte into a flat list of
/// template tokens (`TemplateAssembly` then strips, indents and nests them).
extension Parser {
    /// `"..."`, from its opening quote.
    mutating func parseQuotedTemplate(at quote: Int) throws(HCLSyntaxError) -> HCLExpression {
        try enterTemplate(at: quote)
        offset = quote + 1
        var tokens: [TemplateToken] = []
        var literal: [UInt8] = []
        var literalStart = offset
        func flush(_ end: Int, _ literal: inout [UInt8], into tokens: inout [TemplateToken]) {
            if literalStart < end { tokens.append(.literal(String(decoding: literal, as: UTF8.self), ByteRange(start: literalStart, end: end))) }
            literal.removeAll(keepingCapacity: true)
        }
        while true {
            guard let byte = byte(at: offset) else {
                throw failure("expected '\"' to close the string at \(place(quote)), found the end of the file", at: offset)
            }
            switch byte {
            case UInt8(ascii: "\""):
                flush(offset, &literal, into: &tokens)
                offset += 1
                let parts = try assembleTemplate(tokens, indented: false, end: offset - 1)
                leaveTemplate()
                return try node(.template(HCLTemplate(style: .quoted, parts: parts)), ByteRange(start: quote, end: offset))
            case UInt8(ascii: "\\"):
                try decodeEscape(into: &literal)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw failure(
                    "expected '\"' to close the string at \(place(quote)), found a line break: a quoted string "
                        + "is one line (write \\n, or use a heredoc)", at: offset)
            case UInt8(ascii: "$"), UInt8(ascii: "%"):
                if self.byte(at: offset + 1) == UInt8(ascii: "{") {
                    flush(offset, &literal, into: &tokens)
                    tokens.append(try parseSequence())
                    literalStart = offset
                } else if self.byte(at: offset + 1) == byte, self.byte(at: offset + 2) == UInt8(ascii: "{") {
                    literal += [byte, UInt8(ascii: "{")]  // `$${` is a literal `${`
                    offset += 3
                } else {
                    literal.append(byte)
                    offset += 1
                }
            default:
                // The whole run up to the next byte the cases above look at,
                // in one append: appended a character at a time, a string's
                // text was most of what reading a small `.tf` file cost more
                // than its YAML twin. The run never ends inside a character:
                // the file is valid UTF-8 and those bytes are ASCII.
                let end = Self.plainRunEnd(in: bytes, from: offset)
                literal.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[offset..<end]))
                offset = end
            }
        }
    }

    /// The index of the first byte from `start` that a quoted string's loop
    /// looks at (a quote, a backslash, a line break, `$`, `%`), or the end.
    private static func plainRunEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                UInt8(ascii: "$"), UInt8(ascii: "%"):
                return index
            default:
                index += 1
            }
        }
        return index
    }

    /// One escape of a quoted string, from its backslash.
    private mutating func decodeEscape(into literal: inout [UInt8]) throws(HCLSyntaxError) {
        let backslash = offset
        guard let letter = byte(at: offset + 1), letter != UInt8(ascii: "\n"), letter != UInt8(ascii: "\r") else {
            throw failure("a backslash must be followed by an escape letter, found \(describeCharacter(at: offset + 1))", at: backslash)
        }
        let simple: UInt8? =
            switch letter {
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): letter
            default: nil
            }
        if let simple {
            literal.append(simple)
            offset += 2
            return
        }
        guard letter == UInt8(ascii: "u") || letter == UInt8(ascii: "U") else {
            let escape = quotesSource ? " '\\\(describeCharacter(at: offset + 1).dropFirst().dropLast())'" : ""
            throw failure(
                "invalid escape\(escape) in a string: HCL knows \\n, \\r, \\t, \\\", \\\\, \\uNNNN and \\UNNNNNNNN",
                at: backslash)
        }
        let digits = letter == UInt8(ascii: "u") ? 4 : 8
        let hex = offset + 2..<offset + 2 + digits
        guard hex.upperBound <= bytes.count, let value = UInt32(text(hex), radix: 16),
            bytes[hex].allSatisfy({ $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "-") })
        else {
            throw failure("'\\\(Character(Unicode.Scalar(letter)))' must be followed by \(digits) hex digits", at: backslash)
        }
        guard let scalar = Unicode.Scalar(value) else {
            let escape = quotesSource ? "'\(text(backslash..<hex.upperBound))'" : "the escape"
            throw failure("\(escape) is not a Unicode character (a surrogate, or past U+10FFFF)", at: backslash)
        }
        literal += Array(String(Character(scalar)).utf8)
        offset = hex.upperBound
    }

    /// A heredoc, from its `<<MARKER` token to the end of its closing marker
    /// (the line end after it is left to the attribute).
    mutating func parseHeredoc(_ introducer: Token) throws(HCLSyntaxError) -> HCLExpression {
        take(introducer)
        let indented = bytes[introducer.start + 2] == UInt8(ascii: "-")
        let markerRange = (introducer.start + (indented ? 3 : 2))..<introducer.end
        let marker = text(markerRange)
        let lineBreak = lineEnd(from: offset)
        guard lineBreak.end == offset, lineBreak.next > offset else {
            throw failure(
                "expected a newline after \(quotesSource ? "'\(text(introducer))'" : "the heredoc's marker"): a heredoc's text starts on "
                    + "the next line",
                at: offset)
        }
        try enterTemplate(at: introducer.start)
        offset = lineBreak.next
        var tokens: [TemplateToken] = []
        while true {
            guard offset < bytes.count else {
                throw failure(
                    "the heredoc\(quoted(text(introducer))) at \(place(introducer.start)) has no closing\(quoted(marker)) line "
                        + "before the end of the file", at: offset)
            }
            if let closing = closingMarker(marker, at: offset) {
                let parts = try assembleTemplate(tokens, indented: indented, end: closing.lowerBound)
                offset = closing.upperBound
                leaveTemplate()
                let template = HCLTemplate(style: .heredoc(marker: marker, indented: indented), parts: parts)
                return try node(.template(template), ByteRange(start: introducer.start, end: offset))
            }
            try readHeredocLine(into: &tokens)
        }
    }

    /// The marker's range if the line at `start` is the marker alone
    /// (spaces around it allowed); its upper bound is the end of the line's text.
    private func closingMarker(_ marker: String, at start: Int) -> Range<Int>? {
        let end = lineEnd(from: start).end
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var first = start
        while first < end, isBlank(bytes[first]) { first += 1 }
        var last = end
        while last > first, isBlank(bytes[last - 1]) { last -= 1 }
        guard bytes[first..<last].elementsEqual(marker.utf8) else { return nil }
        return first..<end
    }

    /// One line of a heredoc: literal runs (each ending at the line end or at
    /// a sequence) and the sequences between them.
    private mutating func readHeredocLine(into tokens: inout [TemplateToken]) throws(HCLSyntaxError) {
        var literal: [UInt8] = []
        var start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && self.byte(at: offset + 1) == UInt8(ascii: "\n")) {
                offset += byte == UInt8(ascii: "\n") ? 1 : 2
                literal += bytes[(byte == UInt8(ascii: "\n") ? offset - 1 : offset - 2)..<offset]
                break
            }
            if byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%") {
                if self.byte(at: offset + 1) == UInt8(ascii: "{") {
                    if start < offset { tokens.append(.literal(String(decoding: literal, as: UTF8.self), ByteRange(start: start, end: offset))) }
                    literal.removeAll(keepingCapacity: true)
                    tokens.append(try parseSequence())
                    start = offset
                    continue
                }
                if self.byte(at: offset + 1) == byte, self.byte(at: offset + 2) == UInt8(ascii: "{") {
                    literal += [byte, UInt8(ascii: "{")]
                    offset += 3
                    continue
                }
            }
            literal.append(byte)
            offset += 1
        }
        if start < offset { tokens.append(.literal(String(decoding: literal, as: UTF8.self), ByteRange(start: start, end: offset))) }
    }

    /// `${ expression }` or `%{ directive }`, from its `$` or `%`.
    private mutating func parseSequence() throws(HCLSyntaxError) -> TemplateToken {
        let open = offset
        let isDirective = bytes[offset] == UInt8(ascii: "%")
        offset += 2
        let leading = byte(at: offset) == UInt8(ascii: "~")
        if leading { offset += 1 }
        let kind = isDirective ? try parseDirective(at: open) : nil
        let expression = isDirective ? nil : try parseExpression(false)
        let what = isDirective ? "the directive" : "the interpolation"
        let close = try peek(false)
        guard close.is(.closeBrace) || close.is(.stripBrace) else {
            throw expected("'}' to close \(what) at \(place(open))", found: close)
        }
        take(close)
        let tag = HCLDirectiveTag(range: ByteRange(start: open, end: close.end), strip: HCLStripMarkers(leading: leading, trailing: close.is(.stripBrace)))
        if let expression { return .interpolation(expression, tag) }
        return .directive(kind!, tag)
    }

    /// The keyword and operands of a `%{ }` directive.
    private mutating func parseDirective(at open: Int) throws(HCLSyntaxError) -> TemplateDirective {
        let keyword = try peek(false)
        guard keyword.kind == .identifier else {
            throw expected("a directive (if, for, else, endif or endfor) after '%{'", found: keyword)
        }
        take(keyword)
        switch text(keyword) {
        case "if":
            return .openIf(try parseExpression(false))
        case "else": return .otherwise
        case "endif": return .endIf
        case "endfor": return .endFor
        case "for":
            let (key, value, collection) = try parseForHead("for directive")
            return .openFor(key: key, value: value, collection: collection)
        case let other:
            let directive = quotesSource ? " '\(other)'" : ""
            throw failure(
                "unknown template directive\(directive): expected if, for, else, endif or endfor", at: keyword.start)
        }
    }
}
