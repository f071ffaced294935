import DocumentModel

/// A token of the expression and structure languages (templates are read
/// byte by byte by the template reader, not through tokens).
struct Token {
    enum Kind: Equatable {
        case identifier
        case number
        /// A line end, or a line comment with its line end, where newlines count.
        case newline
        case endOfFile
        /// The `"` that opens a quoted template.
        case quote
        /// `<<MARKER` or `<<-MARKER`, up to the end of the marker.
        case heredoc
        case symbol(Symbol)
        /// Any other character, which nothing accepts.
        case other
    }

    enum Symbol: String, CaseIterable {
        case openBrace = "{", closeBrace = "}", openBracket = "[", closeBracket = "]"
        case openParenthesis = "(", closeParenthesis = ")"
        case comma = ",", dot = ".", ellipsis = "...", colon = ":", doubleColon = "::", question = "?"
        case equals = "=", fatArrow = "=>"
        case plus = "+", minus = "-", star = "*", slash = "/", percent = "%", bang = "!"
        case equalEqual = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
        case and = "&&", or = "||"
        /// `~}`, the end of a template sequence with a strip marker.
        case stripBrace = "~}"
    }

    let kind: Kind
    let start: Int
    let end: Int

    var range: ByteRange { ByteRange(start: start, end: end) }

    func `is`(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }

    /// The binary operator this token is, if it is one.
    var binaryOperator: HCLBinaryOperator? {
        guard case .symbol(let symbol) = kind else { return nil }
        return switch symbol {
        case .or: .or
        case .and: .and
        case .equalEqual: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        case .plus: .add
        case .minus: .subtract
        case .star: .multiply
        case .slash: .divide
        case .percent: .modulo
        default: nil
        }
    }
}

extension Token.Symbol {
    /// The symbol that starts `bytes` (the bytes from a token's start on):
    /// the longest one written there (`...` before `.`, `=>` before `=`),
    /// with its length in bytes; nil for no symbol. A switch on the bytes,
    /// not a table of each symbol's text built at start (0.12 M
    /// instructions a run) and compared with the bytes at each token.
    static func longest(startingWith first: UInt8, then second: UInt8?, _ third: UInt8?) -> (Token.Symbol, length: Int)? {
        let one = { (symbol: Token.Symbol) in (symbol, length: 1) }
        let two = { (symbol: Token.Symbol) in (symbol, length: 2) }
        switch first {
        case UInt8(ascii: "{"): return one(.openBrace)
        case UInt8(ascii: "}"): return one(.closeBrace)
        case UInt8(ascii: "["): return one(.openBracket)
        case UInt8(ascii: "]"): return one(.closeBracket)
        case UInt8(ascii: "("): return one(.openParenthesis)
        case UInt8(ascii: ")"): return one(.closeParenthesis)
        case UInt8(ascii: ","): return one(.comma)
        case UInt8(ascii: "."):
            return second == UInt8(ascii: ".") && third == UInt8(ascii: ".") ? (.ellipsis, 3) : one(.dot)
        case UInt8(ascii: ":"): return second == UInt8(ascii: ":") ? two(.doubleColon) : one(.colon)
        case UInt8(ascii: "?"): return one(.question)
        case UInt8(ascii: "="):
            if second == UInt8(ascii: "=") { return two(.equalEqual) }
            return second == UInt8(ascii: ">") ? two(.fatArrow) : one(.equals)
        case UInt8(ascii: "+"): return one(.plus)
        case UInt8(ascii: "-"): return one(.minus)
        case UInt8(ascii: "*"): return one(.star)
        case UInt8(ascii: "/"): return one(.slash)
        case UInt8(ascii: "%"): return one(.percent)
        case UInt8(ascii: "!"): return second == UInt8(ascii: "=") ? two(.notEqual) : one(.bang)
        case UInt8(ascii: "<"): return second == UInt8(ascii: "=") ? two(.lessOrEqual) : one(.less)
        case UInt8(ascii: ">"): return second == UInt8(ascii: "=") ? two(.greaterOrEqual) : one(.greater)
        case UInt8(ascii: "&"): return second == UInt8(ascii: "&") ? two(.and) : nil
        case UInt8(ascii: "|"): return second == UInt8(ascii: "|") ? two(.or) : nil
        case UInt8(ascii: "~"): return second == UInt8(ascii: "}") ? two(.stripBrace) : nil
        default: return nil
        }
    }
}
