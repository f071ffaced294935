import Foundation
import Testing

/// Issue 6, "Secrets": an OIDC `ClientSecret` value never appears in any
/// output, whatever rule fires on it or on its line. Each case lints a document
/// holding a known secret with the built binary, in every format and with
/// `--write-baseline`, and checks that
/// - no recognisable piece of the secret is in any of them,
/// - the findings the case is about are reported (so it cannot pass by
///   reporting nothing), exactly, in every format and in the baseline,
/// - every output is byte for byte the same with another secret of the same
///   shape, so nothing derived from it (a line hash, a fingerprint) leaves either.
@Suite struct SecretLeakTests {
    /// The secrets a case's document is written with (`§1`, `§2` in it), and
    /// their stand-ins for the comparison run.
    struct Secrets: Sendable {
        let first: String
        let second: String

        static let known = Secrets(first: "Sup3r-S3cret-Value-7f1c", second: "Sec0nd-Hidden-Token-4b9a")
        static let standIn = Secrets(first: "Qz8wq-T4pkla-Morse-9b3e", second: "Xyl1kw-Frozen-Badge-2c8d")
        static let numbers = (known: Secrets(first: "739182645501", second: "0"), standIn: Secrets(first: "582047193368", second: "0"))
        static let booleanLooking = (known: Secrets(first: "Off", second: "Off"), standIn: Secrets(first: "Yes", second: "Yes"))
        static let timestamps = (known: Secrets(first: "2030-01-01", second: "0"), standIn: Secrets(first: "2029-02-03", second: "0"))

        /// What must not appear: each secret whole, and its first and last
        /// eight characters (a shortened quote would show one of them).
        var fragments: [String] {
            var fragments: [String] = []
            for secret in [first, second] where secret.count > 1 {
                fragments.append(secret)
                if secret.count > 8 { fragments += [String(secret.prefix(8)), String(secret.suffix(8))] }
            }
            return fragments
        }
    }

    struct Expected: Sendable {
        let rule: String
        let line: Int
        let column: Int
        let severity: String
        let message: String
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let file: String
        /// The document, with `§1`/`§2` for the secrets, `§U1` for the first
        /// spelled with its first character as a `\u` escape, and `§FF` for
        /// a byte 0xFF.
        let template: String
        let expected: [Expected]
        var secrets = (known: Secrets.known, standIn: Secrets.standIn)
        /// A rule pack written beside the document and passed with `--rules`.
        var pack: String?
        var viaStandardInput = false
        /// A pointer some finding must have, with the secret masked out of it.
        var pointer: String?

        var testDescription: String { name }

        func bytes(_ secrets: Secrets) -> Data {
            var data = Data()
            let escaped = secrets.first.unicodeScalars.first.map { String(format: "\\u%04X", $0.value) + secrets.first.dropFirst() }
            let parts = template.replacingOccurrences(of: "§U1", with: escaped ?? "")
                .replacingOccurrences(of: "§1", with: secrets.first)
                .replacingOccurrences(of: "§2", with: secrets.second)
                .components(separatedBy: "§FF")
            for (index, part) in parts.enumerated() {
                if index > 0 { data.append(0xFF) }
                data.append(Data(part.utf8))
            }
            return data
        }
    }

    // MARK: - The documents

    /// A complete OIDC configuration but for the secret, which `secretLines`
    /// write from line 10 (`ClientSecret` key at column 3, value at 17).
    static func oidc(_ secretLines: String) -> String {
        """
        WorkforceName: w
        OidcConfig:
          ClientId: c
          Issuer: https://idp.example.com
          AuthorizationEndpoint: https://idp.example.com/a
          TokenEndpoint: https://idp.example.com/t
          UserInfoEndpoint: https://idp.example.com/u
          LogoutEndpoint: https://idp.example.com/l
          JwksUri: https://idp.example.com/k

        """ + secretLines + "\n"
    }

    static let literalSecret = "ClientSecret is a literal secret committed in the file; write a placeholder such as "
        + "${OIDC_CLIENT_SECRET} and fill it in at deploy time"

    static func literal(_ line: Int, _ column: Int) -> Expected {
        Expected(rule: "WF140", line: line, column: column, severity: "warning", message: literalSecret)
    }

    /// WF007 for a tag's `Key` at `line`, column 11 (`  - {Key: ...`), that is `got`.
    static func tagKeyPattern(_ line: Int, got: String) -> Expected {
        Expected(
            rule: "WF007", line: line, column: 11, severity: "error",
            message: #""Key" must match the API pattern '([\p{L}\p{Z}\p{N}_.:/=+\-@]*)', got ""# + got + "\"")
    }

    /// WF001 at `line`:`column`, with `message`.
    static func syntaxError(_ line: Int, _ column: Int, _ message: String) -> Expected {
        Expected(rule: "WF001", line: line, column: column, severity: "error", message: message)
    }

    static let syntaxCases: [Case] = [
        Case(
            name: "a secret under a tag its loaders cannot build in YAML", file: "binary.yaml",
            template: oidc("  ClientSecret: !!binary §1"),
            expected: [syntaxError(10, 17, "the AWS CLI and PyYAML cannot load the tag !!binary here: the value is not base64 (its padding is wrong)")],
            // Unpadded base64, as URL-safe secrets are written.
            secrets: (known: Secrets(first: "UzNDUkVULXh5ei0xMjM", second: "0"), standIn: Secrets(first: "QnJhdm8tQ2hhcmxpZTQ", second: "0"))),
        Case(
            name: "a secret in a list under !!int in YAML", file: "int.yaml",
            template: oidc("  ClientSecret: [!!int §1]"),
            expected: [syntaxError(10, 18, "the AWS CLI and PyYAML cannot load the tag !!int here: the value is not an integer")]),
        Case(
            name: "unterminated quote in JSON", file: "unterminated.json",
            template: #"{"WorkforceName": "w", "OidcConfig": {"ClientId": "c", "ClientSecret": "§1, "Issuer": "https://idp.example.com"}}"#,
            expected: [syntaxError(1, 99, "expected ',' or '}' after object member")]),
        Case(
            name: "unterminated quote in YAML", file: "unterminated.yaml",
            template: oidc("  ClientSecret: \"§1\n    §2"),
            expected: [syntaxError(12, 1, "found unexpected end of stream (while scanning a quoted scalar that starts at 10:17)")]),
        Case(
            name: "tab before the key in YAML", file: "tab.yaml",
            template: oidc("\tClientSecret: §1"),
            expected: [syntaxError(10, 1, "found a tab character that violates indentation (while scanning a plain scalar that starts at 9:12)")]),
        Case(
            name: "tab inside the secret in JSON", file: "tab.json",
            template: "{\"WorkforceName\": \"w\", \"OidcConfig\": {\"ClientSecret\": \"§1\t§2\", \"ClientId\": \"c\"}}",
            // Which control character the secret holds is a piece of it (073346c).
            expected: [syntaxError(1, 79, "control character U+*** in string must be escaped")]),
        Case(
            name: "invalid UTF-8 inside the secret in YAML", file: "utf8.yaml",
            template: oidc("  ClientSecret: §1§FF§2"),
            expected: [syntaxError(10, 40, "invalid UTF-8 byte 0x***")]),
        Case(
            name: "invalid UTF-8 inside the secret in JSON", file: "utf8.json",
            template: "{\"WorkforceName\": \"w\", \"OidcConfig\": {\"ClientSecret\": \"§1§FF§2\", \"ClientId\": \"c\"}}",
            expected: [syntaxError(1, 79, "invalid UTF-8 byte 0x***")]),
        Case(
            name: "syntax error on the line after", file: "after.yaml",
            template: oidc("  ClientSecret: §1\n  : : ["),
            expected: [syntaxError(11, 3, "did not find expected key (while parsing a block mapping that starts at 3:3)")]),
        Case(
            name: "JSON-escaped key on a line with a syntax error", file: "escaped.json",
            template: #"{"WorkforceName": "w", "OidcConfig": {"Client\u0053ecret": "§1" x, "ClientId": "c"}}"#,
            expected: [syntaxError(1, 86, "expected ',' or '}' after object member")]),
        Case(
            name: "mistyped parent in a flow mapping with a syntax error", file: "parent-flow.yaml",
            template: "WorkforceName: w\nOidcConfg: {ClientSecrett: §1, x: [1}\n",
            expected: [syntaxError(2, 58, "did not find expected ',' or ']' (while parsing a flow sequence that starts at 2:56)")]),
    ]

    /// The OIDC document with its `JwksUri` written as `jwksUri`, a plain
    /// http URL holding the secret: WF111 on it, its message concealing it.
    static func insideJwksUri(name: String, file: String, jwksUri: String) -> Case {
        Case(
            name: name, file: file,
            template: oidc("  ClientSecret: §1").replacingOccurrences(
                of: "JwksUri: https://idp.example.com/k", with: "JwksUri: " + jwksUri),
            expected: [
                Expected(
                    rule: "WF111", line: 9, column: 12, severity: "error",
                    message: #"JwksUri "http://idp.example.com/k?s=***" must begin with "https://""#),
                literal(10, 17),
            ])
    }

    /// The secret written also in the Scope (`openid` and the secret), with
    /// the finding `expected` on the Scope besides the literal secret's.
    static func inScope(name: String, file: String, _ expected: Expected, known: String, standIn: String) -> Case {
        Case(
            name: name, file: file, template: oidc("  ClientSecret: '§1'\n  Scope: 'openid §1'"),
            expected: [literal(10, 17), expected],
            secrets: (known: Secrets(first: known, second: "0"), standIn: Secrets(first: standIn, second: "0")))
    }

    /// A secret written as a URL (lower case: a host is lower-cased), and
    /// its stand-in of the same shape.
    static let urlSecrets = (known: Secrets(first: "s3cr3t-t0ken-9f8e7d", second: "0"),
                             standIn: Secrets(first: "q8wz1k-p0rta-3b2c1a", second: "0"))

    /// An OIDC configuration whose secret is a URL on line 4, with `issuer`
    /// as line 5's `Issuer`.
    static func urlSecret(issuer: String) -> String {
        """
        WorkforceName: w
        OidcConfig:
          ClientId: c
          ClientSecret: &s "https://§1/"
          Issuer: \(issuer)
          AuthorizationEndpoint: https://idp.example.com/a
          TokenEndpoint: https://idp.example.com/t
          UserInfoEndpoint: https://idp.example.com/u
          LogoutEndpoint: https://idp.example.com/l
          JwksUri: https://idp.example.com/k

        """
    }

    /// `same-host-as` reads the host of another member: when that member
    /// is the secret (or an alias of it), the host is part of the secret.
    /// It was shown as `{expected-host}`: the message conceals whole
    /// secrets only.
    static let hostCases: [Case] = [
        Case(
            name: "the host of the Issuer, an alias of it", file: "issuer-alias.yaml", template: urlSecret(issuer: "*s"),
            expected: [
                Expected(
                    rule: "WF113", line: 6, column: 26, severity: "note",
                    message: #"AuthorizationEndpoint host "idp.example.com" differs from the Issuer host "***""#),
                literal(4, 17),
            ],
            secrets: urlSecrets),
        Case(
            name: "the host a pack compares with", file: "pack-host.yaml",
            template: urlSecret(issuer: "https://idp.example.com"),
            expected: [
                Expected(rule: "ACME911", line: 5, column: 11, severity: "warning",
                         message: "Issuer host idp.example.com differs from ***"),
                literal(4, 17),
            ],
            secrets: urlSecrets,
            pack: """
                pack:
                  name: same-host
                rules:
                  - id: ACME911
                    name: issuer-host-is-the-secrets
                    severity: warning
                    summary: The Issuer is on the secret's host.
                    description: The Issuer is on the secret's host.
                    kinds: [workforces]
                    target: OidcConfig.Issuer
                    check: {function: url, same-host-as: ClientSecret}
                    message: 'Issuer host {host} differs from {expected-host}'
                    examples:
                      valid: ["WorkforceName: w\nOidcConfig: {Issuer: 'https://a.example', ClientSecret: 'https://a.example'}\n"]
                      invalid:
                        - yaml: "WorkforceName: w\nOidcConfig: {Issuer: 'https://a.example', ClientSecret: 'https://b.example'}\n"
                          findings: ["2:22"]

                """),
    ]

    static let cases: [Case] = syntaxCases + hostCases + [
        // The secret as a URL's host, which a check lower-cases: hidden in that case too.
        Case(
            name: "lower-cased as a host", file: "host.yaml",
            template: oidc("  ClientSecret: §1").replacingOccurrences(
                of: "JwksUri: https://idp.example.com/k", with: "JwksUri: https://§1.evil.com/k"),
            expected: [
                Expected(
                    rule: "WF113", line: 9, column: 12, severity: "note",
                    message: #"JwksUri host "***.evil.com" differs from the Issuer host "idp.example.com""#),
                literal(10, 17),
            ]),
        // A fix of a value that holds the secret would write it, or a form of
        // it (the scope's comma made a space): none is offered.
        inScope(
            name: "a fix of a value holding it", file: "scope-fix.yaml",
            Expected(
                rule: "WF123", line: 11, column: 10, severity: "warning",
                message: #"Scope token "***" contains a comma; separate scopes with spaces"#),
            known: "Sup3r-S3cret,Value-7f1c", standIn: "Qz8wq-T4pkla,Morse-9b3e"),
        // A message about a value that holds the secret names one of its
        // characters (a scope token's bad character): hidden too. The two
        // secrets differ in that character, so a leak shows as a difference.
        inScope(
            name: "a piece of it named by a message", file: "scope.yaml",
            Expected(
                rule: "WF120", line: 11, column: 10, severity: "error",
                message: #"Scope "openid ***" is not a list of scope tokens separated by single spaces: "#
                    + #"it has the character "***", which a scope token may not contain"#),
            known: #"Sup3r\S3cret-Value-7f1c"#, standIn: #"Qz8wq"T4pkla-Morse-9b3e"#),
        // The secret written inside another value too, above the secret
        // itself: that value's excerpt is masked whole, its message conceals it.
        insideJwksUri(name: "inside another value", file: "inside.yaml", jwksUri: "http://idp.example.com/k?s=§1"),
        // The same, the copy spelled with an escape: its bytes are not the secret's.
        insideJwksUri(
            name: "inside another value, escaped", file: "escaped.yaml", jwksUri: #""http://idp.example.com/k?s=§U1""#),
        Case(
            name: "a number", file: "number.yaml", template: oidc("  ClientSecret: §1"),
            expected: [Expected(
                rule: "WF004", line: 10, column: 17, severity: "error",
                message: "\"ClientSecret\" must be a string, got integer (value hidden); quote it to make it a string")],
            secrets: Secrets.numbers),
        Case(
            name: "a list", file: "list.yaml", template: oidc("  ClientSecret: [§1, §2]"),
            expected: [Expected(rule: "WF004", line: 10, column: 17, severity: "error", message: "\"ClientSecret\" must be a string, got a list")]),
        Case(
            name: "a map holding the secret", file: "map.json",
            template: #"{"WorkforceName": "w", "OidcConfig": {"ClientId": "c", "ClientSecret": {"value": "§1", "§2": 1}}}"#,
            expected: [Expected(rule: "WF004", line: 1, column: 72, severity: "error", message: "\"ClientSecret\" must be a string, got a map")]),
        Case(
            name: "a boolean-looking scalar", file: "boolean.yaml", template: oidc("  ClientSecret: §1"),
            expected: [
                Expected(
                    rule: "WF009", line: 10, column: 17, severity: "warning",
                    message: "\"ClientSecret\" is a plain scalar that PyYAML reads as a boolean (the AWS CLI reads a string); quote it"),
                literal(10, 17),
            ],
            secrets: Secrets.booleanLooking),
        Case(
            name: "too long", file: "long.yaml", template: oidc("  ClientSecret: §1" + String(repeating: "x", count: 1002)),
            expected: [
                Expected(
                    rule: "WF006", line: 10, column: 17, severity: "error",
                    message: "\"ClientSecret\" must be between 1 and 1024 characters long, got 1025"),
                literal(10, 17),
            ]),
        Case(
            name: "not matching the API pattern", file: "pattern.yaml", template: oidc("  ClientSecret: §1é"),
            expected: [
                Expected(rule: "WF007", line: 10, column: 17, severity: "error", message: "\"ClientSecret\" must match the API pattern '[ -~]+'"),
                literal(10, 17),
            ]),
        Case(
            name: "a duplicate key", file: "duplicate.yaml", template: oidc("  ClientSecret: §1\n  ClientSecret: §2"),
            expected: [
                Expected(rule: "WF002", line: 11, column: 3, severity: "error", message: "duplicate key \"ClientSecret\", first defined at 10:3"),
                literal(11, 17),
            ]),
        Case(
            name: "a flow mapping with other findings on its line", file: "flow.yaml",
            template: "WorkforceName: w\nOidcConfig: {ClientId: 1, ClientSecret: §1, Issuer: http://x, Bogus: 2}\n",
            expected: [
                Expected(
                    rule: "WF004", line: 2, column: 24, severity: "error",
                    message: "\"ClientId\" must be a string, got integer 1; quote it to make it a string: \"1\""),
                literal(2, 41),
                Expected(rule: "WF111", line: 2, column: 74, severity: "error", message: "Issuer \"http://x\" must begin with \"https://\""),
            ]),
        Case(
            name: "minified JSON with other findings on its line", file: "minified.json",
            template: #"{"WorkforceName":"w","OidcConfig":{"ClientId":1,"ClientSecret":"§1","Issuer":"http://x","Bogus":2}}"#,
            expected: [
                Expected(
                    rule: "WF004", line: 1, column: 47, severity: "error",
                    message: "\"ClientId\" must be a string, got integer 1; quote it to make it a string: \"1\""),
                literal(1, 64),
                Expected(rule: "WF111", line: 1, column: 99, severity: "error", message: "Issuer \"http://x\" must begin with \"https://\""),
            ]),
        Case(
            name: "an anchor aliased by other members", file: "alias.yaml",
            template: """
                WorkforceName: w
                OidcConfig:
                  ClientSecret: &s §1
                  ClientId: *s
                  Issuer: *s
                  AuthorizationEndpoint: https://idp.example.com/a
                  TokenEndpoint: https://idp.example.com/t
                  UserInfoEndpoint: https://idp.example.com/u
                  LogoutEndpoint: https://idp.example.com/l
                  JwksUri: https://idp.example.com/k
                  Scope: *s

                """,
            expected: [
                Expected(rule: "WF111", line: 5, column: 11, severity: "error", message: "Issuer \"***\" must begin with \"https://\""),
                // The scope is the secret: what the rule says of its tokens is
                // concealed as a Terraform secret's is, the required one too.
                Expected(
                    rule: "WF121", line: 11, column: 10, severity: "warning",
                    message: "Scope \"***\" lacks the token ***, without which the provider issues no ID token"),
            ]),
        Case(
            name: "a scope token of the secret through an alias", file: "alias-scope.yaml",
            template: oidc("  ClientSecret: &s \"§1\"\n  Scope: *s"),
            expected: [
                literal(10, 17),
                Expected(
                    rule: "WF123", line: 11, column: 10, severity: "warning",
                    message: "Scope token *** contains a comma; separate scopes with spaces"),
            ],
            // A scope whose second token has a comma: the message quotes that token alone.
            secrets: (
                known: Secrets(first: "openid Sup3r-S3cret,7f1c", second: "0"),
                standIn: Secrets(first: "openid Qz8wq-T4pkla,9b3e", second: "0"))),
        Case(
            name: "the secret used as a key through an alias", file: "alias-key.yaml",
            template: oidc("  ClientSecret: &s §1\n  AuthenticationRequestExtraParams: {*s : x}\nTags: [{*s : a}]"),
            expected: [
                literal(10, 17),
                // (Its "Value" twin has the same baseline key, so the baseline
                // keeps one message for both: only "Key" is expected there.)
                Expected(rule: "WF005", line: 12, column: 8, severity: "error", message: "Tag is missing required member \"Key\""),
                Expected(
                    rule: "WF003", line: 12, column: 9, severity: "error",
                    message: "\"***\" is not a member of Tag; expected one of 'Key', 'Value'"),
            ],
            pointer: "/Tags/0/***"),
        // Copied into another document of the stream: each document's checks
        // hid their own secrets only (the reviewer's case).
        Case(
            name: "a copy in another document of the stream", file: "stream.yaml",
            template: oidc("  ClientSecret: §1") + """
                ---
                WorkforceName: w2
                CognitoConfig: {UserPool: us-east-1_abc, ClientId: c}
                Tags:
                  - {Key: "a!b", Value: §1}
                  - {Key: "§1!", Value: x}
                §1: pasted as a key

                """,
            expected: [
                literal(10, 17),
                tagKeyPattern(15, got: "a!b"),
                tagKeyPattern(16, got: "***!"),
            ]),
        // The same when the secret's document comes after the copy's: the
        // first document's findings are held until the last document is
        // checked, since no report of them may be written before every
        // secret of the file is known (docs/performance.md, "The 80 MB
        // stream's peak and the secrets of later documents").
        Case(
            name: "a copy in an earlier document of the stream", file: "earlier.yaml",
            template: """
                WorkforceName: w2
                CognitoConfig: {UserPool: us-east-1_abc, ClientId: c}
                Tags:
                  - {Key: "a!b", Value: §1}
                  - {Key: "§1!", Value: x}
                ---

                """ + oidc("  ClientSecret: §1"),
            expected: [
                tagKeyPattern(4, got: "a!b"),
                tagKeyPattern(5, got: "***!"),
                literal(16, 17),
            ]),
        // The same, when the other document does not parse: its excerpt is shown.
        Case(
            name: "a copy in a later document that does not parse", file: "broken-stream.yaml",
            template: oidc("  ClientSecret: §1") + "---\nWorkforceName: w2\nTags: [{Key: k, Value: §1} x: y\n",
            expected: [
                literal(10, 17),
                syntaxError(13, 49, "did not find expected ',' or ']' (while parsing a flow sequence that starts at 13:7)"),
            ]),
        Case(
            name: "a block literal", file: "literal.yaml", template: oidc("  ClientSecret: |\n    §1\n    §2"),
            expected: [
                Expected(rule: "WF007", line: 10, column: 17, severity: "error", message: "\"ClientSecret\" must match the API pattern '[ -~]+'"),
                literal(10, 17),
            ]),
        Case(
            name: "a folded scalar", file: "folded.yaml", template: oidc("  ClientSecret: >-\n    §1\n    §2"),
            expected: [literal(10, 17)]),
        Case(
            name: "a mistyped key that says did you mean", file: "mistyped.yaml", template: oidc("  ClientSecrett: §1\n  clientsecret: §2"),
            expected: [
                Expected(
                    rule: "WF003", line: 10, column: 3, severity: "error",
                    message: "\"ClientSecrett\" is not a member of OidcConfig; did you mean 'ClientSecret'?"),
                Expected(
                    rule: "WF003", line: 11, column: 3, severity: "error",
                    message: "\"clientsecret\" is not a member of OidcConfig; did you mean 'ClientSecret'?"),
            ]),
        Case(
            name: "a key with secret in its name", file: "secret-key.yaml",
            template: oidc("  Secret: §1\n  AuthenticationRequestExtraParams: {client_secret: §2}"),
            expected: [
                Expected(
                    rule: "WF003", line: 10, column: 3, severity: "error",
                    message: "\"Secret\" is not a member of OidcConfig; expected one of 'AuthenticationRequestExtraParams', "
                        + "'AuthorizationEndpoint', 'ClientId', 'ClientSecret', 'Issuer', 'JwksUri', 'LogoutEndpoint', 'Scope', "
                        + "'TokenEndpoint', 'UserInfoEndpoint'"),
            ]),
        Case(
            name: "a mistyped parent", file: "parent.yaml",
            template: "WorkforceName: w\nOidcConfg: {ClientSecret: §1, ClientId: c}\n",
            expected: [Expected(
                rule: "WF003", line: 2, column: 1, severity: "error",
                message: "\"OidcConfg\" is not a member of CreateWorkforceRequest; did you mean 'OidcConfig'?")]),
        Case(
            name: "a user rule whose message quotes the value", file: "pack-value.yaml", template: oidc("  ClientSecret: §1"),
            expected: [Expected(
                rule: "ACME901", line: 10, column: 17, severity: "error",
                message: "ClientSecret \"***\" (at ClientSecret) is not a ${PLACEHOLDER}")],
            pack: userPack),
        Case(
            name: "a user rule on the entries of a map written as the secret", file: "pack-map.yaml",
            template: oidc("  ClientSecret: {§1: §2}"),
            expected: [Expected(rule: "ACME902", line: 10, column: 43, severity: "error", message: "*** is ***")],
            pack: userPack, pointer: "/OidcConfig/ClientSecret/***"),
        Case(
            name: "a user rule quoting the secret as a sibling's value", file: "pack-sibling.yaml",
            template: "Workforce:\n  WorkforceName: w\n  CreateDate: '2031-01-01'\n  ClientSecret: '§1'\n",
            expected: [Expected(rule: "ACME903", line: 3, column: 15, severity: "error", message: "CreateDate 2031-01-01 comes after ***")],
            secrets: Secrets.timestamps, pack: userPack),
        Case(
            name: "standard input", file: "stdin.yaml", template: oidc("  ClientSecret: \"§1é\""),
            expected: [
                Expected(rule: "WF007", line: 10, column: 17, severity: "error", message: "\"ClientSecret\" must match the API pattern '[ -~]+'"),
                literal(10, 17),
            ],
            viaStandardInput: true),
    ]

    /// Rules as data that try to show the secret: `{value}` and `{name}` of the
    /// secret, of entries inside it, and a sibling's value as `{other-value}`.
    /// Their targets exist in the API shapes, as a pack's must: `OidcConfig.*.*`
    /// reaches the entries of any map member (the secret written as a map too),
    /// and `before:` names a sibling that a document may add.
    static let userPack = """
        pack:
          name: leak-attempts
        rules:
          - id: ACME901
            name: secret-placeholder
            severity: error
            summary: The client secret is a placeholder.
            description: Write the secret as a placeholder.
            target: OidcConfig.ClientSecret
            check:
              function: pattern
              regex: '\\A\\$\\{'
            message: 'ClientSecret "{value}" (at {name}) is not a ${{PLACEHOLDER}}'
            examples:
              valid: ['OidcConfig: {ClientSecret: "${S}"}']
              invalid:
                - yaml: 'OidcConfig: {ClientSecret: s}'
                  findings: ["1:28"]
          - id: ACME902
            name: short-entries
            severity: error
            summary: Entries are short.
            description: Entries are short.
            target: 'OidcConfig.*.*'
            check:
              function: length
              max: 3
            message: '{name} is {value}'
            examples:
              valid: ['OidcConfig: {ClientSecret: {a: abc}}']
              invalid:
                - yaml: 'OidcConfig: {ClientSecret: {a: abcd}}'
                  findings: ["1:32"]
          - id: ACME903
            name: created-before-secret
            severity: error
            summary: Dates in order.
            description: Dates in order.
            kinds: workforce-responses
            target: CreateDate
            check:
              function: timestamp-order
              before: ClientSecret
            message: 'CreateDate {value} comes after {other-value}'
            examples:
              valid: ['Workforce: {CreateDate: 2020-01-01, ClientSecret: 2021-01-01}']
              invalid:
                - yaml: 'Workforce: {CreateDate: 2022-01-01, ClientSecret: 2021-01-01}'
                  findings: ["1:25"]

        """

    // MARK: - The test

    @Test(arguments: cases)
    func theSecretAppearsInNoOutput(_ testCase: Case) throws {
        let folder = try TemporaryDirectory()
        if let pack = testCase.pack { try folder.write("pack.yaml", pack) }
        let known = try outputs(testCase, testCase.secrets.known, in: folder)
        for (format, output) in known {
            for fragment in testCase.secrets.known.fragments {
                #expect(!output.contains(fragment), "\(format) shows \"\(fragment)\":\n\(output)")
            }
        }
        try expectFindings(testCase, in: known)
        let standIn = try outputs(testCase, testCase.secrets.standIn, in: folder)
        for (format, output) in known {
            #expect(output == standIn[format], "\(format) depends on the secret")
        }
    }

    /// Every format's output, the baseline file, and what the run writing it printed.
    private func outputs(_ testCase: Case, _ secrets: Secrets, in folder: TemporaryDirectory) throws -> [String: String] {
        let document = testCase.bytes(secrets)
        var input: [String] = [testCase.file]
        var stdin: String?
        if testCase.viaStandardInput {
            input = ["-", "--stdin-filename", testCase.file]
            stdin = String(decoding: document, as: UTF8.self)
        } else {
            try folder.write(testCase.file, document)
        }
        let common = ["--no-config"] + (testCase.pack == nil ? [] : ["--rules", "pack.yaml"]) + input
        var outputs: [String: String] = [:]
        for format in ["text", "sarif", "json", "github"] {
            let run = try WFLintBinary.run(common + ["--format", format], in: folder.url, stdin: stdin)
            #expect(run.status == 0 || run.status == 1, "\(format): \(run.stderr)")
            outputs[format] = run.stdout + run.stderr
        }
        let recording = try WFLintBinary.run(common + ["--write-baseline", "baseline.json"], in: folder.url, stdin: stdin)
        outputs["write-baseline run"] = recording.stdout + recording.stderr
        outputs["baseline"] = try String(contentsOfFile: folder.path("baseline.json"), encoding: .utf8)
        return outputs
    }

    /// The case's findings, each at its place with its message, in every format.
    private func expectFindings(_ testCase: Case, in outputs: [String: String]) throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data((outputs["json"] ?? "").utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data((outputs["sarif"] ?? "").utf8)) as? [String: Any])
        let results = try #require(((sarif["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let baseline = try #require(try JSONSerialization.jsonObject(with: Data((outputs["baseline"] ?? "").utf8)) as? [String: Any])
        let recorded = try #require(baseline["findings"] as? [[String: Any]])
        let github = (outputs["github"] ?? "").split(separator: "\n")
        for expected in testCase.expected {
            let place = "\(expected.rule) at \(expected.line):\(expected.column)"
            #expect((outputs["text"] ?? "").contains(
                "\(testCase.file):\(expected.line):\(expected.column): \(expected.severity): \(expected.message) [\(expected.rule) "),
                "text lacks \(place): \(expected.message)\n\(outputs["text"] ?? "")")
            #expect(findings.contains { Self.jsonFinding($0, is: expected) }, "JSON lacks \(place)\n\(outputs["json"] ?? "")")
            #expect(results.contains { Self.sarifResult($0, is: expected) }, "SARIF lacks \(place)")
            let command = expected.severity == "note" ? "notice" : expected.severity
            #expect(github.contains { line in
                line.hasPrefix("::\(command) file=\(testCase.file),line=\(expected.line),")
                    && line.contains(",title=\(expected.rule) ")
                    // The message, then any related location as a line of its own.
                    && (line.hasSuffix("::\(expected.message)") || line.contains("::\(expected.message)%0Anote: "))
            }, "github lacks \(place)")
            #expect(recorded.contains { entry in
                entry["ruleId"] as? String == expected.rule && entry["message"] as? String == expected.message
            }, "the baseline lacks \(place)")
        }
        if let pointer = testCase.pointer {
            #expect(findings.contains { $0["pointer"] as? String == pointer }, "no finding at \(pointer)")
        }
    }

    private static func jsonFinding(_ finding: [String: Any], is expected: Expected) -> Bool {
        let start = finding["start"] as? [String: Any]
        return finding["ruleId"] as? String == expected.rule && finding["severity"] as? String == expected.severity
            && finding["message"] as? String == expected.message
            && start?["line"] as? Int == expected.line && start?["column"] as? Int == expected.column
    }

    /// Columns are equal in UTF-16 units here: every case's text before a finding is ASCII.
    private static func sarifResult(_ result: [String: Any], is expected: Expected) -> Bool {
        let message = (result["message"] as? [String: Any])?["text"] as? String
        let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        let region = location?["region"] as? [String: Any]
        return result["ruleId"] as? String == expected.rule && message == expected.message
            && region?["startLine"] as? Int == expected.line && region?["startColumn"] as? Int == expected.column
    }
}
