import Foundation
import Testing
@testable import WFLintKit

/// A finding stays one readable line whatever the value holds: a message
/// writes invisible characters and line separators as `\uXXXX`, and an excerpt
/// shows them as U+FFFD, one for one so that the caret stays under its column.
@Suite struct MessageQuotingTests {
    /// A client secret left empty (as `--generate-cli-skeleton` leaves it)
    /// hides nothing: taken for a secret, its empty text masked every empty
    /// value's quote and every reason an empty value has (`Scope "***" ...:
    /// it ***`, `CIDR "***" is invalid: ***`). Nor is it a literal secret
    /// committed in the file (WF140): the API refuses it (WF006).
    @Test func anEmptyClientSecretMasksNoEmptyValueOrReason() throws {
        let directory = try TemporaryDirectory()
        try directory.write("skeleton.json", """
            {"WorkforceName": "labelers", "OidcConfig": {"ClientId": "c", "ClientSecret": "",
            "Issuer": "https://idp.example.com", "AuthorizationEndpoint": "https://idp.example.com/a",
            "TokenEndpoint": "https://idp.example.com/t", "UserInfoEndpoint": "https://idp.example.com/u",
            "LogoutEndpoint": "https://idp.example.com/l", "JwksUri": "https://idp.example.com/k", "Scope": ""},
            "SourceIpConfig": {"Cidrs": [""]}}

            """)
        let run = try WFLintBinary.run(["--no-config", "skeleton.json"], in: directory.url)
        #expect(run.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map(String.init) == [
            #"skeleton.json:1:79: error: "ClientSecret" must be between 1 and 1024 characters long, got 0 [WF006 out-of-range]"#,
            #"skeleton.json:4:97: error: Scope "" is not a list of scope tokens separated by single spaces: it is empty [WF120 scope-format]"#,
            #"skeleton.json:5:30: error: CIDR "" is invalid: the "/prefix" is missing; expected an address and a prefix length, "#
                + #"like "10.0.0.0/16" or "2001:db8::/32" [WF201 cidr-invalid]"#,
            "3 errors in 1 file; 1 file checked",
        ])
    }

    @Test func lineSeparatorsAndControlsAreEscapedInMessagesAndReplacedInExcerpts() throws {
        let directory = try TemporaryDirectory()
        // JSON escapes in the file: the value holds U+2028 and U+0001.
        try directory.write(
            "escaped.json",
            #"{"WorkforceName": "a\u2028b\u0001c", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}"#
                + "\n")
        // The raw character in the file: U+2029 written as it is.
        try directory.write(
            "raw.yaml", "WorkforceName: \"a\u{2029}b\"\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\n")
        let run = try WFLintBinary.run(["--no-config", "escaped.json", "raw.yaml"], in: directory.url)
        let pattern = #"must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}'"#
        #expect(run.stdout == """
            escaped.json:1:19: error: "WorkforceName" \(pattern), got "a\\u2028b\\u0001c" [WF007 pattern]
                1 | {"WorkforceName": "a\\u2028b\\u0001c", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}
                  |                   ^~~~~~~~~~~~~~~~~
            raw.yaml:1:16: error: "WorkforceName" \(pattern), got "a\\u2029b" [WF007 pattern]
                1 | WorkforceName: "a\u{FFFD}b"
                  |                ^~~~~
            2 errors in 2 files; 2 files checked

            """)
        #expect(run.status == 1)
    }

    /// Characters that are invisible or look like a space: a zero-width
    /// space in a key, a right-to-left override in a value (which would also
    /// reorder the rest of a GitHub annotation in the browser), a no-break
    /// space, and one after a JSON document. The message names each, so that
    /// `"Work\u200BforceName"` does not read as the member it suggests.
    @Test func invisibleAndSpaceLikeCharactersAreEscapedInMessages() throws {
        let directory = try TemporaryDirectory()
        let cognito = "CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\n"
        try directory.write("a.yaml", "Work\u{200B}forceName: team\n" + cognito)
        try directory.write("b.yaml", "WorkforceName: team\u{202E}-dab\n" + cognito)
        try directory.write("c.yaml", "WorkforceName: \u{A0}team\u{3000}\n" + cognito)
        try directory.write(
            "d.json", #"{"WorkforceName": "team", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}"#
                + "\u{FEFF}\n")
        let run = try WFLintBinary.run(["--no-config", "--format", "github", "."], in: directory.url)
        let pattern = #""WorkforceName" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}'"#
        #expect(run.stdout.split(separator: "\n").map { $0.split(separator: "::").last ?? "" } == [
            #""Work\u200BforceName" is not a member of CreateWorkforceRequest; did you mean 'WorkforceName'?"#,
            #"CreateWorkforceRequest is missing required member "WorkforceName""#,
            #"\#(pattern), got "team\u202E-dab""#,
            #"\#(pattern), got "\u00A0team\u3000""#,
            "unexpected character U+FEFF after the top-level value",
        ])
    }

    /// A pack's own words stay as written (French typography's narrow
    /// no-break space before "!"), and so does text written with joiners (an
    /// emoji sequence, a flag); what `{value}` puts in from the file is
    /// escaped, a character past the BMP as a JSON string writes it (two
    /// UTF-16 units), and so is a fix's message, in every format.
    @Test func aPacksWordsStayAndItsValuesAndFixMessagesAreEscaped() throws {
        let pack = """
            pack: {name: acme-fr}
            rules:
              - id: ACME001
                name: nom-equipe
                severity: error
                summary: s
                description: d
                kinds: [CreateWorkforceRequest]
                target: WorkforceName
                check: {function: pattern, regex: '^acme-'}
                message: "Le nom « {value} » doit commencer par acme-\\u202F!"
                examples:
                  valid: ['{WorkforceName: acme-a, CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}}']
                  invalid:
                    - yaml: '{WorkforceName: b, CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}}'
                      findings: [{at: "1:17", message: "Le nom « b » doit commencer par acme-\\u202F!"}]

            """
        let directory = try TemporaryDirectory()
        try directory.write("fr.yaml", pack)
        let tested = try WFLintBinary.run(["test-rules", "--no-config", "--rules", "fr.yaml"], in: directory.url)
        #expect(tested.status == 0, "\(tested.stdout)")
        try directory.write(
            "t.yaml", "WorkforceName: \"b\u{200B}\u{1D173}\"\nCognitoConfig: {ClientId: abc, UserPool: us-east-1_abcDEF123}\n"
                + "Tags:\n  - {Key: Team, Value: \"👩\u{200D}💻\"}\n  - {Key: Owner, Value: \" a\u{202E}b \"}\n")
        let fixes = Golden.repositoryRoot.appendingPathComponent("rules/examples/fixes.yaml").path
        let run = try WFLintBinary.run(
            ["--no-config", "--rules", "fr.yaml", "--rules", fixes, "--format", "json", "t.yaml"], in: directory.url)
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let findings = report?["findings"] as? [[String: Any]] ?? []
        let messages = findings.map { "\($0["ruleId"] ?? "") \($0["message"] ?? "")" }
        #expect(messages.contains(#"ACME001 Le nom « b\u200B\uD834\uDD73 » doit commencer par acme-\#u{202F}!"#), "\(messages)")
        #expect(messages.contains("WF007 \"Value\" must match the API pattern '([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)', got \"👩\u{200D}💻\""))
        let fix = findings.first { $0["ruleId"] as? String == "CORP031" }?["fix"] as? [String: Any]
        #expect(fix?["message"] as? String == #"Trim the tag value to "a\u202Eb""#)
    }

    /// A raw U+2028 or U+0085 inside a plain scalar (text pasted from a word
    /// processor): the AWS CLI reads the document, PyYAML refuses it, so the
    /// finding is a WF009 warning, not a syntax error; its message shows the
    /// separator escaped, even where it names the scalar unquoted.
    @Test func aPlainScalarThatHoldsALineSeparator() throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "team.yaml",
            "WorkforceName: team-a\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: client123}\nTags:\n"
                + "  - Key: k\n    Value: v\u{2028}w\n  - Key: n\u{85}m\n    Value: x\n")
        let run = try WFLintBinary.run(["--no-config", "team.yaml"], in: directory.url)
        let refuses = "which PyYAML cannot load (it reads"
        #expect(run.stdout == """
            team.yaml:5:12: warning: "Value" is the plain scalar v\\u2028w, \(refuses) U+2028 as a line break, which ends the line there) (the AWS CLI reads a string); quote it: "v\\u2028w" [WF009 yaml-ambiguous-scalar]
                5 |     Value: v\u{FFFD}w
                  |            ^~~
            team.yaml:6:10: warning: "Key" is the plain scalar n m, \(refuses) U+0085 as a line break, which ends the line there) (the AWS CLI reads a string); quote it: "n m" [WF009 yaml-ambiguous-scalar]
                6 |   - Key: n\u{FFFD}m
                  |          ^~~
            2 warnings in 1 file; 1 file checked

            """)
        #expect(run.status == 0)
    }

    /// An LS between a key's colon and its value: the AWS CLI's loader reads
    /// the pair (its line goes on past the character), PyYAML starts a new
    /// line there and refuses the document. WF009 at the value says where;
    /// its safe fix writes a space in the character's place, which both
    /// loaders read as the AWS CLI read the character.
    @Test func aLineSeparatorBetweenAKeyAndItsValue() throws {
        let directory = try TemporaryDirectory()
        let cognito = "CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: client123}\n"
        try directory.write("team.yaml", "WorkforceName:\u{2028}team-a\n" + cognito)
        let run = try WFLintBinary.run(["--no-config", "team.yaml"], in: directory.url)
        #expect(run.stdout == """
            team.yaml:1:16: warning: [*] "WorkforceName" is the plain scalar team-a, which PyYAML cannot load (it reads the U+2028 written before it as a line break) (the AWS CLI reads a string); replace that U+2028 with a space [WF009 yaml-ambiguous-scalar]
                1 | WorkforceName:\u{FFFD}team-a
                  |                ^~~~~~
            1 warning in 1 file; 1 file checked
            [*] 1 fixable with --fix

            """)
        #expect(run.status == 0)
        let fix = try WFLintBinary.run(["--no-config", "--fix", "team.yaml"], in: directory.url)
        #expect(fix.stdout == "no problems found; 1 file checked\n")
        #expect(try String(contentsOfFile: directory.path("team.yaml"), encoding: .utf8) == "WorkforceName: team-a\n" + cognito)
    }

    /// In a line's indentation, where wflint counts the character as more
    /// columns than the AWS CLI's one, no fix is offered: a space there
    /// would be read otherwise than wflint read the character (`--fix`
    /// stopped with "would make the file unparsable"). The AWS CLI refuses
    /// this document, which wflint does not tell (docs/yaml.md, "NEL, LS
    /// and PS written raw": a NEL that starts a line's indentation).
    @Test func noFixForALineSeparatorInIndentation() throws {
        let directory = try TemporaryDirectory()
        let text = "WorkforceName: team-a\nCognitoConfig:\n\u{85}UserPool: us-east-1_abcDEF123\n  ClientId: c1\n"
        try directory.write("team.yaml", text)
        let fix = try WFLintBinary.run(["--no-config", "--fix", "team.yaml"], in: directory.url)
        #expect(fix.stdout == """
            team.yaml:3:12: warning: "UserPool" is the plain scalar us-east-1_abcDEF123, which PyYAML cannot load (it reads the U+0085 written before it as a line break) (the AWS CLI reads a string); replace that U+0085 with a space [WF009 yaml-ambiguous-scalar]
                3 | \u{FFFD}UserPool: us-east-1_abcDEF123
                  |            ^~~~~~~~~~~~~~~~~~~
            1 warning in 1 file; 1 file checked

            """)
        #expect(fix.status == 0)
        #expect(try String(contentsOfFile: directory.path("team.yaml"), encoding: .utf8) == text)
    }
}

/// Control characters a value brings into a rule's message (`{value}`, a
/// variable a check function derives from it) are escaped as the schema
/// rules' quoting escapes them, in every output: an ESC from the file never
/// reaches a terminal or a CI log.
@Suite struct MessageControlCharacterTests {
    static let cognito = "WorkforceName: x\nCognitoConfig: {ClientId: abc, UserPool: us-east-1_abcDEF123}\n"

    /// Text and GitHub output of `wflint --no-config ARGUMENTS FILE` over `text` in a file `name`.
    static func outputs(_ name: String, _ text: String, _ arguments: [String] = [], files: [String: String] = [:])
        throws -> (text: String, github: String)
    {
        let directory = try TemporaryDirectory()
        try directory.write(name, text)
        for (file, contents) in files { try directory.write(file, contents) }
        let plain = try WFLintBinary.run(["--no-config"] + arguments + [name], in: directory.url)
        let github = try WFLintBinary.run(["--no-config", "--format", "github"] + arguments + [name], in: directory.url)
        #expect(plain.status == 1 && github.status == 1)
        return (plain.stdout, github.stdout)
    }

    @Test func aDeclarativeRuleEscapesC0C1AndDELInItsValue() throws {
        // YAML escapes in the file: ESC, U+009B (the one-character CSI), DEL
        // and a tab, which stays as it is.
        let output = try Self.outputs(
            "sg.yaml",
            Self.cognito + """
                WorkforceVpcConfig:
                  VpcId: vpc-0123456789abcdef0
                  Subnets: [subnet-0123456789abcdef0]
                  SecurityGroupIds: ["sg-\\e[31m\\x9B\\x7F\\t1"]

                """)
        let message = #"security group id "sg-\u001B[31m\u009B\u007F"# + "\t"
            + #"1" is not "sg-" followed by 8 or 17 lower-case hexadecimal digits"#
        #expect(output.text == """
            sg.yaml:6:22: error: \(message) [WF210 security-group-id]
                6 |   SecurityGroupIds: ["sg-\\e[31m\\x9B\\x7F\\t1"]
                  |                      ^~~~~~~~~~~~~~~~~~~~~~
            1 error in 1 file; 1 file checked

            """)
        #expect(output.github == """
            ::error file=sg.yaml,line=6,col=22,endLine=6,endColumn=44,title=WF210 security-group-id::\(message)

            """)
    }

    @Test func aSwiftCheckFunctionsVariableIsEscapedToo() throws {
        // The CIDR function's `{problem}` quotes the octet it took from the value.
        let output = try Self.outputs("a.yaml", Self.cognito + "SourceIpConfig: {Cidrs: [\"\\e[2J10.0.0.1/16\"]}\n")
        let message = #"CIDR "\u001B[2J10.0.0.1/16" is invalid: octet "\u001B[2J10" is not a decimal number; "#
            + #"expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32""#
        #expect(output.text == """
            a.yaml:3:26: error: \(message) [WF201 cidr-invalid]
                3 | SourceIpConfig: {Cidrs: ["\\e[2J10.0.0.1/16"]}
                  |                          ^~~~~~~~~~~~~~~~~~
            1 error in 1 file; 1 file checked

            """)
        #expect(output.github == """
            ::error file=a.yaml,line=3,col=26,endLine=3,endColumn=44,title=WF201 cidr-invalid::\(message)

            """)
    }

    @Test func aUserPacksMessageIsEscaped() throws {
        let pack = """
            pack:
              name: acme
            rules:
              - id: ACME001
                name: tag-key-case
                severity: error
                summary: s
                description: d
                target: Tags[*].Key
                check:
                  function: pattern
                  regex: '\\A[a-z]+\\z'
                message: 'tag key "{value}" at {name} is not lower case'
                examples:
                  valid: ["WorkforceName: w"]
                  invalid:
                    - yaml: "WorkforceName: w\\nTags: [{Key: A, Value: b}]"
                      findings: ["2:15"]

            """
        // An OSC sequence that would set the terminal's title: ESC ] ... BEL.
        let output = try Self.outputs(
            "t.yaml", Self.cognito + "Tags: [{Key: \"\\e]0;owned\\a\", Value: b}]\n", ["--rules", "acme.yaml"],
            files: ["acme.yaml": pack])
        let message = #"tag key "\u001B]0;owned\u0007" at Key is not lower case"#
        // The schema's WF007 quotes the same value the same way.
        let schema = #""Key" must match the API pattern '([\p{L}\p{Z}\p{N}_.:/=+\-@]*)', got "\u001B]0;owned\u0007""#
        #expect(output.text == """
            t.yaml:3:14: error: \(message) [ACME001 tag-key-case]
                3 | Tags: [{Key: "\\e]0;owned\\a", Value: b}]
                  |              ^~~~~~~~~~~~~~
            t.yaml:3:14: error: \(schema) [WF007 pattern]
                3 | Tags: [{Key: "\\e]0;owned\\a", Value: b}]
                  |              ^~~~~~~~~~~~~~
            2 errors in 1 file; 1 file checked

            """)
        #expect(output.github == """
            ::error file=t.yaml,line=3,col=14,endLine=3,endColumn=28,title=ACME001 tag-key-case::\(message)
            ::error file=t.yaml,line=3,col=14,endLine=3,endColumn=28,title=WF007 pattern::\(schema)

            """)
    }

    /// A message concealed again once finished (a Terraform resource's, of
    /// what the translation found sensitive) holds a secret's controls
    /// escaped: that form of it is hidden too.
    @Test func aSecretIsConcealedInAFinishedMessage() {
        let secret = "ab\"c\u{1B}defgh"
        let message = SchemaMessages.escapingControls("the value \"\(secret)\" is wrong")
        #expect(message == #"the value "ab"c\u001Bdefgh" is wrong"#)
        #expect(ConcealedTexts([secret]).conceal(message) == #"the value "***" is wrong"#)
    }

    /// A file's name is the text and GitHub outputs' own words, not a
    /// message: its control characters are escaped there too, and in text
    /// its line breaks, which would forge a finding's line. JSON keeps the name.
    @Test func aFilesNameIsEscapedInTextAndGitHubOutput() throws {
        let directory = try TemporaryDirectory()
        let red = "a\u{1B}[31mb.yaml"
        try directory.write(red, Self.cognito + "WorkforceName: y\n")
        try directory.write(
            "x\ny.yaml", "WorkforceName: \"a b\"\nCognitoConfig: {ClientId: abc, UserPool: us-east-1_abcDEF123}\n")
        let text = try WFLintBinary.run(["--no-config", "."], in: directory.url)
        let pattern = #"must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}', got "a b""#
        #expect(text.stdout == #"""
            a\u001B[31mb.yaml:3:1: error: duplicate key "WorkforceName", first defined at 1:1 [WF002 duplicate-key]
                3 | WorkforceName: y
                  | ^~~~~~~~~~~~~
              note: first defined at a\u001B[31mb.yaml:1:1
            x\ny.yaml:1:16: error: "WorkforceName" \#(pattern) [WF007 pattern]
                1 | WorkforceName: "a b"
                  |                ^~~~~
            2 errors in 2 files; 2 files checked

            """#)
        let github = try WFLintBinary.run(["--no-config", "--format", "github", "."], in: directory.url)
        #expect(github.stdout == #"""
            ::error file=a\u001B[31mb.yaml,line=3,col=1,endLine=3,endColumn=14,title=WF002 duplicate-key::duplicate key "WorkforceName", first defined at 1:1%0Anote: first defined at a\u001B[31mb.yaml:1:1
            ::error file=x%0Ay.yaml,line=1,col=16,endLine=1,endColumn=21,title=WF007 pattern::"WorkforceName" \#(pattern)

            """#)
        let json = try WFLintBinary.run(["--no-config", "--format", "json", "."], in: directory.url)
        #expect(json.stdout.contains(#""file": "a\u001b[31mb.yaml""#))
        #expect(json.stdout.contains(#""file": "x\ny.yaml""#))
    }
}
