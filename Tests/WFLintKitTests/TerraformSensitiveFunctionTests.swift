import Foundation
import Testing

/// Terraform's `sensitive(...)` marks the value it returns, and a plan shows
/// `(sensitive value)` for it: wflint checks the value as Terraform sends it
/// and keeps it out of every output, wherever the call is written
/// (`TerraformSensitiveCalls`). Through the built binary, in every format.
@Suite struct TerraformSensitiveFunctionTests {
    static let formats = ["text", "json", "sarif", "github"]

    /// The value is checked (Terraform sends `bad_name`, and the API refuses
    /// it), and neither the message nor the excerpt shows it. Before, the
    /// call was not evaluated: no WF007, and the text was shown in clear.
    @Test func aValueWrappedInSensitiveIsCheckedAndConcealed() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", TerraformWorkforceText.cognito(name: #"sensitive("bad_Zq8hunter2Xy")"#))
        let run = try WFLintBinary.run(["--no-config", "main.tf"], in: directory.url)
        #expect(run.stdout == """
            main.tf:2:30: error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got "***" [WF007 pattern]
                2 |   workforce_name = sensitive(******************)
                  |                              ^~~~~~~~~~~~~~~~~~
            1 error in 1 file; 1 file checked

            """)
        #expect(run.status == 1)
        try Self.expectNoSecret(in: directory, inputs: [["main.tf"], ["."]], expecting: "WF007")
    }

    /// A call no check evaluates (an unknown argument, a function around
    /// it) is masked where it is written, on a line a finding shows; so is
    /// `core::sensitive`, the same built-in function.
    @Test func aCallNoCheckEvaluatesIsMaskedInEveryExcerpt() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", TerraformWorkforceText.cognito(
            cidrs: #"["10.0.0.1/24", try(sensitive("Zq8hunter2Xy"), "")]"#,
            rest: "  tags = { note = core::sensitive(\"Zq8hunter2Xy-n\") }\n"))
        let run = try WFLintBinary.run(["--no-config", "main.tf"], in: directory.url)
        #expect(run.stdout == """
            main.tf:8:14: warning: CIDR "10.0.0.1/24" has host bits set; the block it allows is "10.0.0.0/24" [WF203 cidr-host-bits]
                8 |     cidrs = ["10.0.0.1/24", **********************************]
                  |              ^~~~~~~~~~~~~
            main.tf:10:3: error: "tags" is not a member of aws_sagemaker_workforce.main; expected one of 'cognito_config', 'oidc_config', 'source_ip_config', 'workforce_name', 'workforce_vpc_config' [WF003 unknown-field]
               10 |   tags = { note = core::sensitive(****************) }
                  |   ^~~~
            1 error, 1 warning in 1 file; 1 file checked

            """)
        try Self.expectNoSecret(in: directory, inputs: [["main.tf"], ["."]], expecting: "WF203")
    }

    /// Another file's call makes its text a secret of the module: a copy
    /// of it in this file's values is masked, and concealed in messages,
    /// whichever file is linted.
    @Test func aCopyOfAnotherFilesSensitiveTextIsMasked() throws {
        let directory = try TemporaryDirectory()
        try directory.write("locals.tf", "locals {\n  pw = sensitive(\"Zq8hunter2Xy\")\n}\n")
        try directory.write("main.tf", TerraformWorkforceText.cognito(name: #""bad_Zq8hunter2Xy""#))
        let run = try WFLintBinary.run(["--no-config", "main.tf"], in: directory.url)
        #expect(run.stdout == """
            main.tf:2:20: error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got "bad_***" [WF007 pattern]
                2 |   workforce_name = ******************
                  |                    ^~~~~~~~~~~~~~~~~~
            1 error in 1 file; 1 file checked

            """)
        try Self.expectNoSecret(in: directory, inputs: [["main.tf"], ["locals.tf", "main.tf"], ["."]], expecting: "WF007")
    }

    /// `.tf.json`: `"${sensitive(local.n)}"` is `local.n`'s value, marked;
    /// a string that calls the function anywhere in its template is masked whole.
    @Test func aTfJSONCallIsEvaluatedOrMaskedWhole() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf.json", #"""
            {
              "locals": {"n": "bad_Zq8hunter2Xy"},
              "resource": {"aws_sagemaker_workforce": {"main": {
                "workforce_name": "${sensitive(local.n)}",
                "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"},
                "source_ip_config": {"cidrs": ["10.0.0.1/24"]}, "tags": "${upper(sensitive(\"Zq8hunter2Xy-x\"))}"
              }}}
            }

            """#)
        let run = try WFLintBinary.run(["--no-config", "main.tf.json"], in: directory.url)
        #expect(run.stdout == """
            main.tf.json:2:19: error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got "***" [WF007 pattern]
                2 |   "locals": {"n": ******************},
                  |                   ^~~~~~~~~~~~~~~~~~
              note: used by aws_sagemaker_workforce.main at main.tf.json:4:23
            main.tf.json:6:36: warning: CIDR "10.0.0.1/24" has host bits set; the block it allows is "10.0.0.0/24" [WF203 cidr-host-bits]
                6 |     "source_ip_config": {"cidrs": ["10.0.0.1/24"]}, "tags": *****************************************
                  |                                    ^~~~~~~~~~~~~
            main.tf.json:6:53: error: "tags" is not a member of aws_sagemaker_workforce.main; expected one of 'cognito_config', 'oidc_config', 'source_ip_config', 'workforce_name', 'workforce_vpc_config' [WF003 unknown-field]
                6 |     "source_ip_config": {"cidrs": ["10.0.0.1/24"]}, "tags": *****************************************
                  |                                                     ^~~~~~
            2 errors, 1 warning in 1 file; 1 file checked

            """)
        try Self.expectNoSecret(in: directory, inputs: [["main.tf.json"], ["."]], expecting: "WF007")
    }

    /// A file that does not parse: the line of its error is masked when it
    /// holds the word `sensitive`, as when it writes a `default`, in both
    /// syntaxes (the value, a random-looking token, was shown in clear).
    @Test func theLineOfASyntaxErrorThatCallsSensitiveIsMasked() throws {
        let directory = try TemporaryDirectory()
        try directory.write("l.tf", "locals { j = sensitive(\"Xk9mQ2pL7v\") x = 1 }\n")
        try directory.write("j/l.tf.json", #"{"locals": {"j2": "${", "j7": "a${sensitive(\"Xk9mQ2pL7v\")}"}}"# + "\n")
        try directory.write("j/main.tf", TerraformWorkforceText.cognito())
        let hcl = try WFLintBinary.run(["--no-config", "l.tf"], in: directory.url)
        #expect(hcl.stdout == """
            l.tf:1:38: error: expected '}' after the attribute of the one-line block 'locals', found a name [WF001 syntax-error]
                1 | ********************************************
                  |                                      ^
            1 error in 1 file; 1 file checked

            """)
        let json = try WFLintBinary.run(["--no-config", "j/main.tf"], in: directory.url)
        #expect(json.stdout == """
            j/l.tf.json:1:19: error: this string does not parse as a template: expected '}' to close the interpolation before the string ends [WF001 syntax-error]
                1 | ***************************************************************
                  |                   ^
            1 error in 1 file; 1 file checked

            """)
        for format in Self.formats {
            for input in [["l.tf"], ["j/main.tf"], ["j/l.tf.json"]] {
                let output = try WFLintBinary.run(["--no-config", "--format", format] + input, in: directory.url)
                #expect(!output.stdout.contains("Xk9mQ2pL7v") && output.stdout.contains("WF001"), "\(format) \(input)")
            }
        }
    }

    /// A sensitive variable's value that holds the client secret: the
    /// secret and the rest of the value are concealed together, longest
    /// first. Before, the secret went first and `got "bad_***"` showed the
    /// rest of the sensitive value.
    @Test func aSensitiveValueHoldingTheClientSecretIsConcealedWhole() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", TerraformWorkforceText.oidc(name: "var.n", clientSecret: #""Zq8hunter2Xy""#)
            + "variable \"n\" {\n  sensitive = true\n  default   = \"bad_Zq8hunter2Xy\"\n}\n")
        let run = try WFLintBinary.run(["--no-config", "--ignore", "WF140", "main.tf"], in: directory.url)
        #expect(run.stdout == """
            main.tf:16:15: error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got "***" [WF007 pattern]
               16 |   default   = ******************
                  |               ^~~~~~~~~~~~~~~~~~
              note: used by aws_sagemaker_workforce.main at main.tf:2:20
            1 error in 1 file; 1 file checked

            """)
        try Self.expectNoSecret(in: directory, inputs: [["main.tf"]], expecting: "WF007", hiding: ["bad_", "Zq8"])
    }

    /// No output of `inputs` in any format holds the secret (or any of
    /// `hiding`), and each reports `rule`.
    static func expectNoSecret(
        in directory: TemporaryDirectory, inputs: [[String]], expecting rule: String, hiding: [String] = ["Zq8"]
    ) throws {
        for format in formats {
            for input in inputs {
                let output = try WFLintBinary.run(["--no-config", "--format", format] + input, in: directory.url)
                for text in hiding { #expect(!output.stdout.contains(text), "\(format) \(input): \(text)") }
                #expect(output.stdout.contains(rule), "\(format) \(input)")
            }
        }
    }
}
