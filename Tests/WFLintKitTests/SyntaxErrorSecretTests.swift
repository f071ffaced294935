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

    /// A byte that is not UTF-8 is named by its value.
    @Test func aMalformedByteInsideASecretIsNotNamed() {
        let bytes = Array(#"{"OidcConfig": {"ClientSecret": "ab"#.utf8) + [0xFF] + Array(#"cd"}}"#.utf8)
        let linted = lintWithSuppressions(bytes, name: "s.json")
        #expect(linted.findings.map { "\($0.range.start) \($0.message)" } == ["1:36 invalid UTF-8 byte 0x***"])
        let elsewhere = Array(#"{"Tags": [{"Key": "a"#.utf8) + [0xFF] + Array(#""}]}"#.utf8)
        #expect(lintWithSuppressions(elsewhere, name: "s.json").findings.map(\.message) == ["invalid UTF-8 byte 0xFF"])
    }

    /// libyaml's reader names the character it refuses; so did the message
    /// inside a secret, as the cut of the stream at it made the error again.
    @Test(arguments: [
        ("OidcConfig:\n  ClientSecret: ab\u{01}cd\n", "2:19 control characters are not allowed: U+***"),
        ("Tags:\n  - Key: ab\u{01}cd\n", "2:12 control characters are not allowed: U+0001"),
    ])
    func aYAMLReaderErrorInsideASecretNamesNoCharacterOfIt(text: String, expected: String) {
        let linted = lintWithSuppressions(text, name: "s.yaml")
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

    /// Terraform's JSON syntax is read by the same JSON reader: in a secret
    /// argument's value (`client_secret`) and in any value of a variable
    /// definitions file, its message showed the character it stopped at.
    @Test(arguments: [
        ("main.tf.json", "{\"resource\": {\"aws_sagemaker_workforce\": {\"main\": {\"oidc_config\": "
            + "{\"client_secret\": \"Kx7\\qm2\"}}}}}", "1:89 invalid escape '***' in string"),
        ("main.tf.json", "{\"resource\": {\"aws_sagemaker_workforce\": {\"main\": {\"oidc_config\": "
            + "{\"client_secret\": \"Kx\u{01}m2\"}}}}}", "1:88 control character U+*** in string must be escaped"),
        ("prod.tfvars.json", #"{"idp_secret": "ab\qcd"}"#, "1:19 invalid escape '***' in string"),
        ("main.tf.json", #"{"locals": {"name": "ab\qcd"}}"#, #"1:24 invalid escape '\q' in string"#),
    ])
    func aTerraformJSONSyntaxErrorInsideASecretQuotesNoPieceOfIt(name: String, text: String, expected: String) {
        let linted = lintWithSuppressions(text, name: name)
        #expect(linted.findings.map { "\($0.range.start) \($0.message)" } == [expected])
    }

    @Test func quotesAndCodePointsAreMaskedAndNothingElse() {
        #expect(SensitiveValues.maskingQuotesAndCodePoints(in: "a 'x' b U+0001 c U+ d 'e") == "a '***' b U+*** c U+ d 'e")
        #expect(SensitiveValues.maskingQuotesAndCodePoints(in: "byte 0xFF, 0x1, 0xABC, a0x12, 10") == "byte 0x***, 0x1, 0xABC, a0x12, 10")
        // An apostrophe within a word opens and closes nothing.
        #expect(SensitiveValues.maskingQuotesAndCodePoints(in: "the CLI's name 'a'b' (it's 'c')")
            == "the CLI's name '***' (it's '***')")
    }
}
