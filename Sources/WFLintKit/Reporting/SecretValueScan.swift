import DocumentModel

/// The lexical backstop of `MaskedSource`: without parsing, finds each value
/// written after a key with "secret" in it (`ClientSecret`, `client_secret`,
/// `"Client\u0053ecret"`, any case) and returns its columns, for files no check
/// could walk (a syntax error on the line) and places no check reaches (under a
/// mistyped parent). Where it cannot tell how far a value goes it hides more:
/// a plain value to the end of its line and the deeper-indented lines after it,
/// an unclosed quoted value up to its closing quote however many lines later.
struct SecretValueScan {
    /// A masked stretch: 0-based line, 0-based columns (`to` may pass the line's end).
    struct Mask {
        let line: Int
        let from: Int
        let to: Int
    }

    private let lines: [Substring]
    private var found: [Mask] = []

    private init(lines: [Substring]) {
        self.lines = lines
    }

    static func masks(in source: SourceLines) -> [Mask] {
        var scan = SecretValueScan(lines: source.lines)
        var position = (line: 0, column: 0)
        while position.line < scan.lines.count {
            guard position.column > 0 || mayHoldSecretKey(scan.lines[position.line]) else {
                position = (position.line + 1, 0)
                continue
            }
            position = scan.scan(line: position.line, from: position.column)
        }
        return scan.found
    }

    /// A cheap byte test, so that the rest of a large file is never widened to
    /// characters: the word itself, or an escape that could spell it.
    private static func mayHoldSecretKey(_ line: Substring) -> Bool {
        line.utf8.contains(UInt8(ascii: "\\")) || SensitiveValues.containsSecretWord(line.utf8)
    }

    /// Masks the values of secret keys on `line` from `column`; returns where
    /// scanning goes on (a value may run over several lines).
    private mutating func scan(line: Int, from column: Int) -> (line: Int, column: Int) {
        let scalars = MaskedSource.scalars(of: lines[line])
        let view = DecodedLine(scalars)
        var index = view.index(ofColumn: column)
        while let match = view.secretWord(from: index) {
            index = match + 1
            guard let valueStart = view.valueStart(afterWordAt: match) else { continue }
            return maskValue(line: line, scalars: scalars, from: valueStart)
        }
        return (line + 1, 0)
    }

    private mutating func maskValue(line: Int, scalars: [Unicode.Scalar], from start: Int) -> (line: Int, column: Int) {
        let rest = scalars[start...]
        if let quote = rest.first, quote == "\"" || quote == "'" {
            if let close = Self.closingQuote(quote, in: scalars, from: start + 1) {
                found.append(Mask(line: line, from: start + 1, to: close))
                return (line, close + 1)
            }
            found.append(Mask(line: line, from: start + 1, to: Int.max))
            return maskQuotedContinuation(quote, after: line)
        }
        // A plain value, or a block scalar's indicator with the value on the
        // lines below: either way the rest of the line and what is indented
        // deeper than the key's line.
        found.append(Mask(line: line, from: start, to: Int.max))
        return (maskIndentedContinuation(after: line, keyIndent: Self.indent(of: scalars)), 0)
    }

    /// Masks the lines after `line` that are blank or indented deeper than the
    /// key; returns the first line that is not part of the value.
    private mutating func maskIndentedContinuation(after line: Int, keyIndent: Int) -> Int {
        var next = line + 1
        while next < lines.count {
            let scalars = MaskedSource.scalars(of: lines[next])
            let isBlank = scalars.allSatisfy { $0 == " " || $0 == "\t" }
            let indent = Self.indent(of: scalars)
            guard isBlank || indent > keyIndent else { break }
            found.append(Mask(line: next, from: indent, to: Int.max))
            next += 1
        }
        return next
    }

    /// Masks the lines of a quoted value left open on `line`, up to its closing
    /// quote (to the end of the file when there is none).
    private mutating func maskQuotedContinuation(_ quote: Unicode.Scalar, after line: Int) -> (line: Int, column: Int) {
        for next in (line + 1)..<max(line + 1, lines.count) {
            let scalars = MaskedSource.scalars(of: lines[next])
            let indent = Self.indent(of: scalars)
            if let close = Self.closingQuote(quote, in: scalars, from: indent) {
                found.append(Mask(line: next, from: indent, to: close))
                return (next, close + 1)
            }
            found.append(Mask(line: next, from: indent, to: Int.max))
        }
        return (lines.count, 0)
    }

    /// The index of the quote that closes a string opened before `start`:
    /// backslash escapes in double quotes, `''` in single quotes.
    static func closingQuote(_ quote: Unicode.Scalar, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index < scalars.count {
            if quote == "\"", scalars[index] == "\\" {
                index += 2
                continue
            }
            if scalars[index] == quote {
                guard quote == "'", index + 1 < scalars.count, scalars[index + 1] == "'" else { return index }
                index += 2
                continue
            }
            index += 1
        }
        return nil
    }

    private static func indent(of scalars: [Unicode.Scalar]) -> Int {
        scalars.prefix { $0 == " " || $0 == "\t" }.count
    }
}

/// A line's characters with `\uXXXX`, `\UXXXXXXXX` and `\xXX` escapes decoded,
/// each remembering its column in the line, so a key spelled with escapes is
/// found as readily as a plain one.
private struct DecodedLine {
    private var characters: [Unicode.Scalar] = []
    /// The column (0-based) in the line of each decoded character.
    private var columns: [Int] = []
    private let lineLength: Int

    init(_ scalars: [Unicode.Scalar]) {
        lineLength = scalars.count
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\\", let (decoded, length) = Self.escape(in: scalars, at: index) {
                characters.append(decoded)
                columns.append(index)
                index += length
                continue
            }
            characters.append(scalars[index])
            columns.append(index)
            index += 1
        }
    }

    private static func escape(in scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        guard index + 1 < scalars.count else { return nil }
        let digits: Int
        switch scalars[index + 1] {
        case "u": digits = 4
        case "U": digits = 8
        case "x": digits = 2
        default: return nil
        }
        guard index + 2 + digits <= scalars.count else { return nil }
        let hex = String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 2 + digits)]))
        guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, 2 + digits)
    }

    /// The first decoded index at or after line column `column`.
    func index(ofColumn column: Int) -> Int {
        columns.firstIndex { $0 >= column } ?? characters.count
    }

    private static let word = Array("secret".unicodeScalars)

    /// The decoded index where the next "secret" (any case) starts, from `start`.
    func secretWord(from start: Int) -> Int? {
        guard characters.count >= Self.word.count, start <= characters.count - Self.word.count else { return nil }
        return (start...(characters.count - Self.word.count)).first { at in
            zip(characters[at..<at + Self.word.count], Self.word).allSatisfy { Self.lowercased($0) == $1 }
        }
    }

    /// When the word at `match` ends a key (`ClientSecret:`, `"client_secret" :`),
    /// the line column where its value begins: past the colon and blanks.
    func valueStart(afterWordAt match: Int) -> Int? {
        var next = match + Self.word.count
        while next < characters.count, Self.isKeyCharacter(characters[next]) { next += 1 }
        if next < characters.count, characters[next] == "\"" || characters[next] == "'" { next += 1 }
        while next < characters.count, characters[next] == " " || characters[next] == "\t" { next += 1 }
        guard next < characters.count, characters[next] == ":" else { return nil }
        next += 1
        while next < characters.count, characters[next] == " " || characters[next] == "\t" { next += 1 }
        return next < characters.count ? columns[next] : lineLength
    }

    private static func isKeyCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }
}
