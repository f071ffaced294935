import Testing
@testable import WFLintKit

/// A syntax error inside a secret's value would quote what the parser
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

    /// YAML's messages about an anchor or alias name the AWS CLI reads longer
    /// quote the name, which a secret that starts with `&` or `*` is: the
    /// message showed it while the excerpt masked it. The apostrophe of "the
    /// AWS CLI's" opens no quote, so the masking pairs the quotes as written.
    @Test(arguments: [
        ("OidcConfig:\n  ClientSecret: *Zk8p/q+Wt9.secretvalue\n", "2:22 the AWS CLI's YAML loader reads this alias "
            + "as '***' (in YAML 1.2 a name may hold '***'), which libyaml, and so wflint, cannot read; use only "
            + "letters, digits, hyphens and underscores in the name, and in its anchor's"),
        ("OidcConfig:\n  ClientSecret: &Qx7:Lm9+Zr2= x\n", "2:21 the AWS CLI's YAML loader reads this anchor as "
            + "'***' (in YAML 1.2 a name may hold '***'), where libyaml, and so wflint, ends it at '***'; use only "
            + "letters, digits, hyphens and underscores in the name"),
        ("CognitoConfig: &cognito.main {UserPool: a}\n", "1:24 the AWS CLI's YAML loader reads this anchor as "
            + "'&cognito.main' (in YAML 1.2 a name may hold '.'), which libyaml, and so wflint, cannot read; use only "
            + "letters, digits, hyphens and underscores in the name"),
    ])
    func aNameTheAWSCLIReadsLongerQuotesNoSecret(text: String, expected: String) {
        let linted = lintWithSuppressions(text, name: "s.yaml")
        #expect(linted.findings.map { "\($0.range.start) \($0.message)" } == [expected])
    }

    @Test func quotesAndCodePointsAreMaskedAndNothingElse() {
        #expect(SensitiveValues.maskingQuotesAndCodePoints(in: "a 'x' b U+0001 c U+ d 'e") == "a '***' b U+*** c U+ d 'e")
        // An apostrophe within a word opens and closes nothing.
        #expect(SensitiveValues.maskingQuotesAndCodePoints(in: "the CLI's name 'a'b' (it's 'c')")
            == "the CLI's name '***' (it's '***')")
    }
}
