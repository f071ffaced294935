import DocumentModel

/// The lexical backstop of `MaskedSource`: without parsing, finds each value
/// written after a key with "secret" in it (`ClientSecret`, `client_secret`,
/// `"Client\u0053ecret"`, any case) and returns its columns, for files no check
/// could walk (a syntax error on the line) and places no check reaches (under a
/// mistyped parent). Where it cannot tell how far a value goes it hides more:
/// a plain value to the end of its line and the deeper-indented lines after it,
/// an unclosed quoted value up to its closing quote however many lines later.
///
/// It reads a file line by line, in order, and remembers only whether a value
/// runs on into the next line: a line it is not inside a value on, and whose
/// bytes cannot spell a secret key, is never decoded.
struct SecretValueScan {
    private enum State: Equatable {
        /// Between values: only a secret key starts one.
        case outside
        /// A plain or block value, going on over the lines indented deeper than its key.
        case indentedValue(keyIndent: Int)
        /// A quoted value left open, going on up to its closing quote.
        case quotedValue(quote: Unicode.Scalar)
    }

    private var state = State.outside

    /// Whether the next line continues a value, so must be read whatever its bytes.
    var isInsideValue: Bool { state != .outside }

    /// A cheap byte test, so that the rest of a large file is never widened to
    /// characters: the word itself in a row (any case), which is all the scan
    /// matches, or an escape that could spell it.
    static func mayHoldSecretKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstPossibleKey(in: bytes, from: 0) != nil
    }

    /// The first offset from `start` on where `mayHoldSecretKey` would answer
    /// yes for a line there: a backslash, or the word spelled in full (its
    /// letters are no line break, so a word that starts on a line ends on it).
    static func firstPossibleKey(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let word = SensitiveValues.secretWord
        let backslash = UInt8(ascii: "\\")
        var from = start
        // Only a backslash or the word's first two letters, in either case, can start what is looked for.
        while let index = ByteScan.firstIndex(of: backslash, orLetters: word[0], word[1], in: bytes, from: from) {
            if bytes[index] == backslash {
                if escapeMaySpellWordLetter(in: bytes, at: index) { return index }
                from = index + 1
                continue
            }
            // Setting bit 5 lower-cases an ASCII letter, and turns no other byte into one of the word's.
            if index + word.count <= bytes.count, (2..<word.count).allSatisfy({ bytes[index + $0] | 0x20 == word[$0] }) {
                return index
            }
            from = index + 1
        }
        return nil
    }

    private static let wordLetters = Array("secretSECRET".utf8)

    /// Whether the backslash at `index` starts an escape `DecodedLine` reads as
    /// one of the word's letters (either case): only such an escape can help
    /// spell the word, so a line of other escapes is not decoded.
    static func escapeMaySpellWordLetter(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        // Read as `DecodedLine` reads it: a non-ASCII byte is no digit, as no non-ASCII scalar is.
        guard let (value, _) = escapeValue(count: bytes.count, at: index, { UInt32(bytes[$0]) }) else { return false }
        return value < 0x80 && Self.wordLetters.contains(UInt8(value))
    }

    /// The 0-based column ranges to mask on the next line of the file (an
    /// upper bound may pass the line's end).
    mutating func masks(ofNextLine line: Substring) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var column = 0
        switch state {
        case .indentedValue(let keyIndent):
            let scalars = MaskedSource.scalars(of: line)
            let indent = Self.indent(of: scalars)
            if indent == scalars.count || indent > keyIndent {
                found.append(indent..<Int.max)
                return found
            }
            state = .outside
        case .quotedValue(let quote):
            let scalars = MaskedSource.scalars(of: line)
            let indent = Self.indent(of: scalars)
            guard let close = Self.closingQuote(quote, in: scalars, from: indent) else {
                found.append(indent..<Int.max)
                return found
            }
            found.append(indent..<close)
            state = .outside
            column = close + 1
        case .outside:
            break
        }
        var text = line
        let mayHoldKey = column > 0 || text.withUTF8 { Self.mayHoldSecretKey($0) }
        if mayHoldKey { scanKeys(line, from: column, into: &found) }
        return found
    }

    /// Masks the values of secret keys on `line` from `column`, until one
    /// runs on past the line (which sets `state`).
    private mutating func scanKeys(_ line: Substring, from column: Int, into found: inout [Range<Int>]) {
        let scalars = MaskedSource.scalars(of: line)
        let view = DecodedLine(scalars)
        var index = view.index(ofColumn: column)
        while let match = view.secretWord(from: index) {
            index = match + 1
            guard let start = view.valueStart(afterWordAt: match) else { continue }
            if start < scalars.count, scalars[start] == "\"" || scalars[start] == "'" {
                let quote = scalars[start]
                guard let close = Self.closingQuote(quote, in: scalars, from: start + 1) else {
                    found.append((start + 1)..<Int.max)
                    state = .quotedValue(quote: quote)
                    return
                }
                found.append((start + 1)..<close)
                index = view.index(ofColumn: close + 1)
                continue
            }
            // A plain value, or a block scalar's indicator with the value on the
            // lines below: either way the rest of the line and what is indented
            // deeper than the key's line.
            found.append(start..<Int.max)
            state = .indentedValue(keyIndent: Self.indent(of: scalars))
            return
        }
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
        guard let (value, length) = escapeValue(count: scalars.count, at: index, { scalars[$0].value }),
            let scalar = Unicode.Scalar(value)
        else { return nil }
        return (scalar, length)
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

/// The value and length of the `\u`, `\U` or `\x` escape whose backslash is
/// at `index` of a text of `count` characters, `character(i)` the value of
/// the i-th. The digits are read as `UInt32(_:radix: 16)` reads them (a sign
/// first; "-0…0" is zero), without building a string of them: that cost
/// ~5 K instructions an escape.
private func escapeValue(count: Int, at index: Int, _ character: (Int) -> UInt32) -> (UInt32, Int)? {
    guard index + 1 < count else { return nil }
    let digits: Int
    switch character(index + 1) {
    case 0x75: digits = 4  // u
    case 0x55: digits = 8  // U
    case 0x78: digits = 2  // x
    default: return nil
    }
    guard index + 2 + digits <= count else { return nil }
    var at = index + 2
    let end = at + digits
    let negative = character(at) == 0x2D  // -
    if negative || character(at) == 0x2B { at += 1 }  // +
    guard at < end else { return nil }
    var value: UInt32 = 0
    while at < end {
        let digit: UInt32
        switch character(at) {
        case let c where (0x30...0x39).contains(c): digit = c - 0x30
        case let c where (0x41...0x46).contains(c): digit = c - 0x41 + 10
        case let c where (0x61...0x66).contains(c): digit = c - 0x61 + 10
        default: return nil
        }
        value = value << 4 | digit
        at += 1
    }
    guard !negative || value == 0 else { return nil }
    return (value, 2 + digits)
}
