import DocumentModel
import Testing
@testable import WFLintKit

/// WF009 yaml-ambiguous-scalar: the plain scalar is written so that PyYAML
/// reads what the AWS CLI reads (safe).
@Suite struct AmbiguousScalarFixTests {
    /// A request whose lines after the CognitoConfig are `rest`.
    static func request(cognito: String = "{UserPool: us-east-1_abcDEF123, ClientId: abc}", _ rest: String) -> String {
        "WorkforceName: labelers\nCognitoConfig: \(cognito)\n" + rest
    }

    @Test func yamlBlockQuotesInDoubleQuotesWhenNothingIsQuoted() throws {
        let input = Self.request("Tags:\n  # flags\n  - Key: on   # yes, on\n    Value: 1:20\n")
        #expect(try fixesOffered("WF009", in: input) == [
            #"5:10 /Tags/0/Key "Key" is the plain scalar on, which PyYAML reads as a boolean (the AWS CLI reads a string); quote it: "on" -> Quote it: "on" (safe)"#,
            #"6:12 /Tags/0/Value "Value" is the plain scalar 1:20, which PyYAML reads as the integer 80 (the AWS CLI reads a string); quote it: "1:20" -> Quote it: "1:20" (safe)"#,
        ])
        try expectFixed(
            input, to: Self.request("Tags:\n  # flags\n  - Key: \"on\"   # yes, on\n    Value: \"1:20\"\n"),
            removing: "WF009", appliedCount: 2)
    }

    @Test func theQuoteTheDocumentUsesMostTiesGoingToDouble() throws {
        // Two single-quoted scalars against one double-quoted one: single.
        try expectFixed(
            Self.request(cognito: "{UserPool: 'us-east-1_abcDEF123', 'ClientId': \"abc\"}", "Tags: [{Key: k, Value: no}]\n"),
            to: Self.request(cognito: "{UserPool: 'us-east-1_abcDEF123', 'ClientId': \"abc\"}", "Tags: [{Key: k, Value: 'no'}]\n"),
            removing: "WF009", appliedCount: 1)
        // One of each: double.
        try expectFixed(
            Self.request(cognito: "{UserPool: 'us-east-1_abcDEF123', ClientId: \"abc\"}", "Tags: [{Key: k, Value: no}]\n"),
            to: Self.request(cognito: "{UserPool: 'us-east-1_abcDEF123', ClientId: \"abc\"}", "Tags: [{Key: k, Value: \"no\"}]\n"),
            removing: "WF009", appliedCount: 1)
    }

    @Test func yamlFlowWithAMapKeyCRLFAndByteOrderMark() throws {
        // A map's key is checked, and quoted, like a value.
        let input = crlfWithBOM(Self.request(
            "OidcConfig: {AuthenticationRequestExtraParams: {yes: é, prompt: off}}  # réglages\n"))
        #expect(try fixesOffered("WF009", in: input) == [
            #"3:49 /OidcConfig/AuthenticationRequestExtraParams/yes key "yes" of "AuthenticationRequestExtraParams" is the plain scalar yes, which PyYAML reads as a boolean (the AWS CLI reads a string); quote it: "yes" -> Quote it: "yes" (safe)"#,
            #"3:65 /OidcConfig/AuthenticationRequestExtraParams/prompt "AuthenticationRequestExtraParams.prompt" is the plain scalar off, which PyYAML reads as a boolean (the AWS CLI reads a string); quote it: "off" -> Quote it: "off" (safe)"#,
        ])
        try expectFixed(
            input,
            to: crlfWithBOM(Self.request(
                "OidcConfig: {AuthenticationRequestExtraParams: {\"yes\": é, prompt: \"off\"}}  # réglages\n")),
            removing: "WF009", appliedCount: 2)
    }

    @Test func anIntegerIsWrittenInDecimal() throws {
        let input = "MaxResults: 017  # seventeen\n"
        let linter = Linter(
            checks: [SchemaChecker()], rules: RuleTable(RuleSet.builtin().descriptors), operation: .listWorkforces)
        let fixed = linter.fix(
            Array(input.utf8), as: LintInput(source: .file("list.yaml"), displayName: "list.yaml", isExplicit: true))
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == "MaxResults: 17  # seventeen\n")
        #expect(fixed.appliedCount == 1 && fixed.linted.findings.isEmpty)
        #expect(describedWithFixes(linter.lint(Array(input.utf8), as: LintInput(source: .file("list.yaml"), displayName: "list.yaml", isExplicit: true)).findings, of: "WF009") == [
            #"1:13 /MaxResults "MaxResults" is the plain scalar 017, which PyYAML reads as the integer 15 (the AWS CLI reads the integer 17); write it in plain decimal: 17 -> Write 17 (safe)"#
        ])
    }

    @Test func jsonHasNoAmbiguousScalar() throws {
        // JSON has no plain scalars: every loader reads it alike.
        #expect(try fixesOffered("WF009", in: #"{"WorkforceName": "w", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}, "Tags": [{"Key": "on", "Value": "1:20"}]}"#, name: "team.json") == [])
    }

    /// The fix is planned where the scalar is written, not at the alias
    /// (whose text is `*flag`); it fixes both findings.
    @Test func anAnchoredScalarAnAliasUsesGetsAnUnsafeFix() throws {
        let input = Self.request("Tags:\n  - {Key: &flag on, Value: v}\n  - {Key: k, Value: *flag}\n")
        #expect(try fixesOffered("WF009", in: input) == [
            #"4:11 /Tags/0/Key "Key" is the plain scalar on, which PyYAML reads as a boolean (the AWS CLI reads a string); quote it: "on" -> Quote it: "on" (changes every alias of &flag) (unsafe)"#,
            #"5:21 /Tags/1/Value "Value" is the plain scalar on, which PyYAML reads as a boolean (the AWS CLI reads a string); quote it: "on" -> no fix"#,
        ])
        try expectFixed(
            input, to: Self.request("Tags:\n  - {Key: &flag \"on\", Value: v}\n  - {Key: k, Value: *flag}\n"),
            removing: "WF009", appliedCount: 1, includingUnsafe: true)
    }

    @Test func notOfferedForASecretOrAnOrderedMap() throws {
        let secret = """
            WorkforceName: labelers
            OidcConfig:
              ClientId: workforce
              ClientSecret: yes

            """
        #expect(try fixesOffered("WF009", in: secret) == [
            #"4:17 /OidcConfig/ClientSecret "ClientSecret" is a plain scalar that PyYAML reads as a boolean (the AWS CLI reads a string); quote it -> no fix"#
        ])
        try expectRefused("WF009", in: Self.request("OidcConfig: !!omap [{ClientId: a}]\n"), findings: [
            #"3:13 /OidcConfig "OidcConfig" is an !!omap, which PyYAML reads as a list of pairs (the AWS CLI reads a map); drop the tag and write a mapping -> no fix"#
        ])
    }
}

/// What a fix may write in place of a scalar's value (`ScalarSpelling`).
@Suite struct ScalarSpellingTests {
    @Test(arguments: [
        // Plain text must stay a string to every loader, and plain.
        ("openid email", ScalarStyle.plain, "a", true),
        ("true", .plain, "a", false), ("yes", .plain, "a", false), ("1e3", .plain, "a", false),
        ("null", .plain, "a", false), ("", .plain, "a", false), ("a: b", .plain, "a", false),
        ("a #b", .plain, "a", false), ("a:", .plain, "a", false), (" a", .plain, "a", false),
        ("#a", .plain, "a", false), ("-a", .plain, "a", false), ("-a", .plain, "-b", true), ("- a", .plain, "-b", false),
        ("::/0", .plain, "::1/0", true), ("a,b", .plain, "a b", false), ("a,b", .plain, "a,c", true),
        ("---a", .plain, "--a", false), ("a\tb", .plain, "a", false),
        // The merge key, to every loader, wherever it is written plain.
        ("<<", .plain, "a", false), ("<<", .plain, "<a", false), ("<<", .doubleQuoted, "a", true), ("<<a", .plain, "a", true),
        // Quoted text must need no escape.
        ("it's", .doubleQuoted, "a", true), ("say \"hi\"", .doubleQuoted, "a", false), ("a\\b", .doubleQuoted, "a", false),
        ("say \"hi\"", .singleQuoted, "a", true), ("it's", .singleQuoted, "a", false), ("a\u{2028}b", .singleQuoted, "a", false),
        ("a", .literal, "a", false), ("a", .folded, "a", false),
        // A lone surrogate's stand-in: only an escape writes a surrogate.
        ("a\u{10D800}", .doubleQuoted, "a", false), ("a\u{10DC00}", .plain, "a", false),
        ("a\u{10FFFD}", .doubleQuoted, "a", true),
    ] as [(String, ScalarStyle, String, Bool)])
    func readsAsWritten(text: String, style: ScalarStyle, original: String, expected: Bool) {
        #expect(ScalarSpelling.readsAsWritten(text, style: style, original: original) == expected)
    }

    @Test func canQuote() {
        #expect(ScalarSpelling.canQuote("1:20", with: "\""))
        #expect(ScalarSpelling.canQuote("a\\b", with: "'"))
        #expect(!ScalarSpelling.canQuote("a\\b", with: "\""))
        #expect(!ScalarSpelling.canQuote("it's", with: "'"))
        #expect(!ScalarSpelling.canQuote("a\u{7F}", with: "'"))
    }
}
