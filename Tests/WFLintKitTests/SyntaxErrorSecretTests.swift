import Testing
@testable import WFLintKit

/// A JSON syntax error inside a secret's value would quote what the parser
/// stopped at; no tree says where the secret is, so where the lexical scan
/// masks the error's place, the message's quoted text and code points are
/// masked too. Elsewhere the message stays as helpful as it was.
@Suite struct SyntaxErrorSecretTests {
    @Test(arguments: [
        (#"{"OidcConfig": {"ClientSecret": "Kx7\Wm2"}}"#, "1:37 invalid escape '***' in string"),
        ("{\"OidcConfig\": {\"ClientSecret\": \"ab\u{01}cd\"}}", "1:36 control character U+*** in string must be escaped"),
        (#"{"Tags": [{"Key": "a\Wb"}]}"#, #"1:21 invalid escape '\W' in string"#),
    ])
    func aSyntaxErrorInsideASecretQuotesNoPieceOfIt(text: String, expected: String) {
        let linted = lintWithSuppressions(text, name: "s.json")
        #expect(linted.findings.map { "\($0.range.start) \($0.message)" } == [expected])
    }

    @Test func quotesAndCodePointsAreMaskedAndNothingElse() {
        #expect(SensitiveValues.maskingQuotesAndCodePoints(in: "a 'x' b U+0001 c U+ d 'e") == "a '***' b U+*** c U+ d 'e")
    }
}
