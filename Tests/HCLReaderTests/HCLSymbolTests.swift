import Testing

@testable import HCLReader

/// The scanner reads a symbol with a switch on its bytes
/// (`Token.Symbol.longest`): each symbol from its own text, the longest
/// one written, and no symbol where a two-byte one stops short.
@Suite struct HCLSymbolTests {
    @Test(arguments: Token.Symbol.allCases)
    func eachSymbolIsReadFromItsText(_ symbol: Token.Symbol) {
        let text = Array(symbol.rawValue.utf8)
        let read = Token.Symbol.longest(startingWith: text[0], then: text.dropFirst().first, text.dropFirst(2).first)
        #expect(read?.0 == symbol && read?.length == text.count, "\(symbol.rawValue)")
    }

    @Test func theLongestSymbolWrittenIsRead() {
        let cases: [(String, Token.Symbol?, Int)] = [
            ("..x", .dot, 1), ("...", .ellipsis, 3), ("=>", .fatArrow, 2), ("==", .equalEqual, 2), ("= ", .equals, 1),
            ("!x", .bang, 1), ("<<", .less, 1), (">=", .greaterOrEqual, 2), (":", .colon, 1), ("::", .doubleColon, 2),
            ("&", nil, 0), ("& &", nil, 0), ("|", nil, 0), ("~", nil, 0), ("~}", .stripBrace, 2), ("#", nil, 0), ("a", nil, 0),
        ]
        for (text, symbol, length) in cases {
            let bytes = Array(text.utf8)
            let read = Token.Symbol.longest(startingWith: bytes[0], then: bytes.dropFirst().first, bytes.dropFirst(2).first)
            #expect(read?.0 == symbol && (read?.length ?? 0) == length, "\(text)")
        }
    }
}
