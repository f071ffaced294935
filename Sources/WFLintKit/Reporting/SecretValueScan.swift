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
        /// A plain or block value, going on over the lines indented deeper than
        /// its key; `pending` when it has not begun on the key's line, so that
        /// a next line that begins one (`"…"`, `: "…"`, `[`, `{`) is its value
        /// whatever its indentation, as JSON has it.
        case indentedValue(keyIndent: Int, pending: Bool)
        /// A quoted value left open, going on up to its closing quote.
        case quotedValue(quote: Unicode.Scalar)
        /// A list or map value left open, going on until its brackets close.
        case bracketedValue(depth: Int)
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
        case .indentedValue(let keyIndent, let pending):
            let scalars = MaskedSource.scalars(of: line)
            let indent = Self.indent(of: scalars)
            if indent == scalars.count || indent > keyIndent {
                found.append(indent..<Int.max)
                // A line of it written deeper: the value has begun.
                if indent < scalars.count { state = .indentedValue(keyIndent: keyIndent, pending: false) }
                return found
            }
            state = .outside
            if pending, let start = Self.pendingValueStart(in: scalars, from: indent) {
                guard let end = maskValue(at: start, in: scalars, keyIndent: keyIndent, into: &found) else { return found }
                column = end
            }
        case .bracketedValue(let depth):
            let scalars = MaskedSource.scalars(of: line)
            found.append(Self.indent(of: scalars)..<Int.max)
            let left = depth + Self.bracketBalance(scalars[...])
            state = left > 0 ? .bracketedValue(depth: left) : .outside
            return found
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
            guard let end = maskValue(at: start, in: scalars, keyIndent: Self.indent(of: scalars), into: &found) else {
                return
            }
            index = view.index(ofColumn: end)
        }
    }

    /// Masks the value that begins at column `start` of the line: a quoted
    /// one to its closing quote (and the same text again on the line, a copy
    /// no tree tells of), a list or map, or a plain or block value, to the
    /// line's end. Returns the column after the value when it ends on the
    /// line; nil when it runs on (`state` says how).
    private mutating func maskValue(
        at start: Int, in scalars: [Unicode.Scalar], keyIndent: Int, into found: inout [Range<Int>]
    ) -> Int? {
        let first = start < scalars.count ? scalars[start] : nil
        if let quote = first, quote == "\"" || quote == "'" {
            guard let close = Self.closingQuote(quote, in: scalars, from: start + 1) else {
                found.append((start + 1)..<Int.max)
                state = .quotedValue(quote: quote)
                return nil
            }
            found.append((start + 1)..<close)
            found += Self.copies(of: scalars[(start + 1)..<close], in: scalars, from: close + 1)
            return close + 1
        }
        found.append(start..<Int.max)
        if first == "[" || first == "{" {
            let depth = Self.bracketBalance(scalars[start...])
            if depth > 0 { state = .bracketedValue(depth: depth) }
        } else {
            // A plain value, or a block scalar's indicator with the value on the
            // lines below: either way the rest of the line and what is indented
            // deeper than the key's line.
            state = .indentedValue(keyIndent: keyIndent, pending: start >= scalars.count)
        }
        return nil
    }

    /// Where a value left pending by its key's line begins on this one, when
    /// the line begins one: a quote or bracket, or `:` and the value (JSON
    /// with the colon on the next line); nil for anything else (a sibling key).
    private static func pendingValueStart(in scalars: [Unicode.Scalar], from indent: Int) -> Int? {
        guard indent < scalars.count else { return nil }
        switch scalars[indent] {
        case "\"", "'", "[", "{":
            return indent
        case ":":
            var next = indent + 1
            while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
            return next
        default:
            return nil
        }
    }

    /// The `[`s and `{`s less the `]`s and `}`s of `scalars`, those inside
    /// double-quoted strings left out.
    private static func bracketBalance(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var balance = 0
        var inString = false
        var escaped = false
        for scalar in scalars {
            if inString {
                if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { inString = false }
                continue
            }
            switch scalar {
            case "[", "{": balance += 1
            case "]", "}": balance -= 1
            case "\"": inString = true
            default: break
            }
        }
        return balance
    }

    /// The columns of each later occurrence of `secret` on the line, when it is
    /// long enough that an occurrence is no accident (as messages conceal).
    private static func copies(
        of secret: ArraySlice<Unicode.Scalar>, in scalars: [Unicode.Scalar], from start: Int
    ) -> [Range<Int>] {
        guard secret.count >= SensitiveValues.minimumConcealedLength, start + secret.count <= scalars.count else { return [] }
        return (start...(scalars.count - secret.count))
            .filter { scalars[$0..<$0 + secret.count].elementsEqual(secret) }
            .map { $0..<$0 + secret.count }
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
    /// the line column where its value begins: past the colon and blanks. A
    /// quoted key may have lost its colon in a file that does not parse
    /// (`"ClientSecret" "…"`, `"ClientSecret" = "…"`, or the colon on the next
    /// line): what follows it is taken for its value, hiding more.
    func valueStart(afterWordAt match: Int) -> Int? {
        var next = match + Self.word.count
        while next < characters.count, Self.isKeyCharacter(characters[next]) { next += 1 }
        let isQuoted = next < characters.count && (characters[next] == "\"" || characters[next] == "'")
        if isQuoted { next += 1 }
        while next < characters.count, characters[next] == " " || characters[next] == "\t" { next += 1 }
        if isQuoted, next == characters.count || characters[next] == "\"" || characters[next] == "'",
            isInKeyPlace(quotedWordAt: match)
        {
            return next < characters.count ? columns[next] : lineLength
        }
        guard next < characters.count, characters[next] == ":" || (isQuoted && characters[next] == "=") else { return nil }
        next += 1
        while next < characters.count, characters[next] == " " || characters[next] == "\t" { next += 1 }
        return next < characters.count ? columns[next] : lineLength
    }

    /// Whether the quoted text that ends with the word at `match` stands where
    /// a key does: first on its line or after `{` or `,`. A value that ends
    /// with the word (`Value: "no secret"`) is no key that lost its colon.
    private func isInKeyPlace(quotedWordAt match: Int) -> Bool {
        var start = match
        while start > 0, Self.isKeyCharacter(characters[start - 1]) { start -= 1 }
        guard start > 0, characters[start - 1] == "\"" || characters[start - 1] == "'" else { return false }
        var before = start - 1
        while before > 0, characters[before - 1] == " " || characters[before - 1] == "\t" { before -= 1 }
        return before == 0 || characters[before - 1] == "{" || characters[before - 1] == ","
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
