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

    enum Symbol: String {
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
    /// Symbols by first byte (the table's index), longest first, so that
    /// `...` wins over `.`. An array, not a dictionary keyed by `UInt8`: the
    /// first dictionary of a key type costs a run the Swift runtime's search
    /// of every protocol conformance for its `Hashable` (0.23 M instructions).
    static let byFirstByte: [[Token.Symbol]] = {
        var table = [[Token.Symbol]](repeating: [], count: 256)
        let all: [Token.Symbol] = [
            .openBrace, .closeBrace, .openBracket, .closeBracket, .openParenthesis, .closeParenthesis, .comma, .dot,
            .ellipsis, .colon, .doubleColon, .question, .equals, .fatArrow, .plus, .minus, .star, .slash, .percent,
            .bang, .equalEqual, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .and, .or, .stripBrace,
        ]
        for symbol in all { table[Int(symbol.rawValue.utf8.first!)].append(symbol) }
        return table.map { $0.sorted { $0.rawValue.utf8.count > $1.rawValue.utf8.count } }
    }()
}
