import Foundation
import Testing

/// A Terraform syntax error inside a value that may be a secret (a
/// `client_secret`, also as an object's key, a `variable`'s `default`, any
/// value of a variable definitions file or `--var-file`; in native or JSON
/// syntax) is reported at its place without quoting the token the reader
/// stopped at, and its line is masked, in every output of the built binary;
/// elsewhere the token is still quoted.
@Suite struct TerraformSecretSyntaxErrorTests {
    static var fragments: [String] { ["Hunter2", "word9"] }

    static func oidcWorkforce(secret: String) -> String {
        """
        resource "aws_sagemaker_workforce" "main" {
          workforce_name = "labelers"
          oidc_config {
            client_id     = "c"
            client_secret = \(secret)
          }
        }

        """
    }

    static var cognitoWorkforce: String { TerraformWorkforceText.cognito(name: "var.pw") }

    static var declaration: String { "variable \"pw\" {\n  sensitive = true\n}\n" }
    static var brokenValues: String { "pw = \"Hunter2Pass\" word9Secret\n" }

    /// A module, the file linted, and its one WF001 as `file:line:col message`.
    struct Case {
        let name: String
        let files: [String: String]
        var linted = "main.tf"
        let expected: String
    }

    static var cases: [Case] {
        let afterValue = "expected a newline after the value of"
        let afterItem = "expected ',', a newline or '}' after an item of the object at"
        let afterMember = "expected ',' or '}' after object member"
        return [
            Case(
                name: "a token after the client secret",
                files: ["main.tf": oidcWorkforce(secret: "\"Hunter2Pass\" word9Secret")],
                expected: "main.tf:5:35 \(afterValue) 'client_secret', found a name"),
            Case(
                name: "a client secret that starts with a digit",
                files: ["main.tf": oidcWorkforce(secret: "9Hunter2Pass")],
                expected: "main.tf:5:22 \(afterValue) 'client_secret', found a name"),
            Case(
                name: "an invalid escape in the client secret",
                files: ["main.tf": oidcWorkforce(secret: "\"Hunter2\\qword9\"")],
                expected: "main.tf:5:29 invalid escape in a string: HCL knows \\n, \\r, \\t, \\\", \\\\, \\uNNNN and \\UNNNNNNNN"),
            Case(
                name: "a broken default",
                files: [
                    "main.tf": "variable \"pw\" {\n  sensitive = true\n  default   = \"Hunter2Pass\" word9Secret\n}\n"
                        + cognitoWorkforce,
                ],
                expected: "main.tf:3:29 \(afterValue) 'default', found a name"),
            Case(
                name: "a broken object default",
                files: [
                    "main.tf": "variable \"pw\" {\n  sensitive = true\n  default   = { name = \"Hunter2Pass\" word9Secret }\n}\n"
                        + cognitoWorkforce,
                ],
                expected: "main.tf:3:38 \(afterItem) 3:15, found a name"),
            Case(
                name: "a client secret in a local's object",
                files: ["main.tf": "locals {\n  idp = { client_secret = \"Hunter2Pass\" word9Secret }\n}\n" + cognitoWorkforce],
                expected: "main.tf:2:41 \(afterItem) 2:9, found a name"),
            Case(
                name: "a broken terraform.tfvars",
                files: ["main.tf": cognitoWorkforce, "variables.tf": declaration, "terraform.tfvars": brokenValues],
                expected: "terraform.tfvars:1:20 \(afterValue) 'pw', found a name"),
            Case(
                name: "a broken default in JSON syntax",
                files: ["main.tf.json": "{\"variable\": {\"pw\": {\n  \"sensitive\": true,\n  \"default\": \"Hunter2Pass\" word9\n}}}\n"],
                linted: "main.tf.json", expected: "main.tf.json:3:28 \(afterMember)"),
            Case(
                name: "a broken client secret in JSON syntax",
                files: [
                    "main.tf.json": """
                        {"resource": {"aws_sagemaker_workforce": {"main": {"workforce_name": "x",
                          "oidc_config": [{"client_id": "c",
                          "client_secret": "Hunter2Pass" word9
                        }]}}}}

                        """,
                ],
                linted: "main.tf.json", expected: "main.tf.json:3:34 \(afterMember)"),
            Case(
                name: "a client secret on the line of an error elsewhere",
                files: [
                    "main.tf": "resource \"aws_sagemaker_workforce\" \"main\" { oidc_config { client_secret = \"Hunter2Pass\" } }\n",
                ],
                expected: "main.tf:1:45 a one-line block holds a single attribute: put the block 'oidc_config' on a line "
                    + "of its own in a block written over several lines"),
            Case(
                name: "a client secret on the line of an error elsewhere in JSON syntax",
                files: [
                    "main.tf.json": """
                        {"resource": {"aws_sagemaker_workforce": {"main": {"oidc_config": [{"client_secret": "Hunter2Pass"}], "x" 1}}}}

                        """,
                ],
                linted: "main.tf.json", expected: "main.tf.json:1:107 expected ':' after object key"),
            Case(
                name: "a sensitive default on the line of an error after it",
                files: ["main.tf": "variable \"pw\" { sensitive = true, default = \"Hunter2Pass word9\" }\n" + cognitoWorkforce],
                expected: "main.tf:1:33 expected '}' after the attribute of the one-line block 'variable', found ',': "
                    + "a block on one line holds a single attribute; write more on lines of their own"),
            Case(
                name: "a sensitive default on the line of an error after it in JSON syntax",
                files: [
                    "main.tf.json": """
                        {"variable": {"pw": {"sensitive": true, "default": "Hunter2Pass word9"}}, "resource": {"x": 1,}}

                        """,
                ],
                linted: "main.tf.json", expected: "main.tf.json:1:95 expected a string key after ','"),
            Case(
                name: "a secret pasted alone on a line of terraform.tfvars",
                files: [
                    "main.tf": cognitoWorkforce, "variables.tf": declaration,
                    "terraform.tfvars": "pw = \"x\"\nHunter2Pass-word9\n",
                ],
                expected: "terraform.tfvars:2:18 expected '=' after the attribute name, or labels and '{' after the block type, "
                    + "found a newline"),
            Case(
                name: "a secret pasted on a line of terraform.tfvars before a word",
                files: [
                    "main.tf": cognitoWorkforce, "variables.tf": declaration,
                    "terraform.tfvars": "pw = \"x\"\nHunter2Pass word9\n",
                ],
                expected: "terraform.tfvars:2:18 expected '{' on the line of the block header, found a newline"),
            Case(
                name: "a heredoc of terraform.tfvars whose marker is a secret",
                files: ["main.tf": cognitoWorkforce, "variables.tf": declaration, "terraform.tfvars": "pw = <<Hunter2Pass word9\n"],
                expected: "terraform.tfvars:1:19 expected a newline after the heredoc's marker: a heredoc's text starts on "
                    + "the next line"),
            Case(
                name: "a heredoc of terraform.tfvars without its closing line",
                files: [
                    "main.tf": cognitoWorkforce, "variables.tf": declaration,
                    "terraform.tfvars": "pw = <<Hunter2Pass\nword9\nmore word9",
                ],
                expected: "terraform.tfvars:3:11 the heredoc at 1:6 has no closing line before the end of the file"),
            Case(
                name: "a sensitive default written twice in JSON syntax",
                files: [
                    "main.tf.json": "{\"variable\": {\"pw\": {\"sensitive\": true,\n  \"default\": \"Hunter2Pass\", \"default\": \"word9\"}}}\n"
                ],
                linted: "main.tf.json",
                expected: "main.tf.json:2:29 the argument \"default\" was already set at 2:3; each argument may be set only "
                    + "once (Terraform: \"Duplicate argument\")"),
            Case(
                name: "a client secret template that does not parse in JSON syntax",
                files: ["main.tf.json": #"{"locals": {"client_secret": "Hunter2Pass${word9"}}"# + "\n"],
                linted: "main.tf.json",
                expected: "main.tf.json:1:30 this string does not parse as a template: expected '}' to close the "
                    + "interpolation before the string ends"),
            Case(
                name: "a client secret written twice in a local's object in JSON syntax",
                files: [
                    "main.tf.json": "{\"locals\": {\"o\": {\n  \"client_secret\": \"Hunter2Pass\", \"client_secret\": \"word9\"}}}\n"
                ],
                linted: "main.tf.json",
                expected: "main.tf.json:2:35 this key was already set at 2:3; an object's keys must be unique "
                    + "(Terraform: \"Duplicate object attribute\")"),
        ]
    }

    @Test(arguments: cases.map(\.name))
    func theTokenIsNotQuotedAndItsLineIsMasked(_ name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        let folder = try TemporaryDirectory()
        for (file, text) in testCase.files { try folder.write(file, text) }
        var outputs: [String: String] = [:]
        for format in ["text", "json", "sarif", "github"] {
            let run = try WFLintBinary.run(["--no-config", "--format", format, testCase.linted], in: folder.url)
            #expect(run.status == 1, "\(format): \(run.stderr)")
            outputs[format] = run.stdout + run.stderr
        }
        for mode in ["--diff", "--fix"] {
            let run = try WFLintBinary.run(["--no-config", mode, testCase.linted], in: folder.url)
            outputs[mode] = run.stdout + run.stderr
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data((outputs["json"] ?? "").utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map(Self.described) == ["WF001 " + testCase.expected])
        // The excerpt is there, its line masked whole.
        let place = testCase.expected.prefix { $0 != " " }.split(separator: ":")
        #expect((outputs["text"] ?? "").contains("    \(place[1]) | ****"))
        for (output, text) in outputs {
            for fragment in Self.fragments { #expect(!text.contains(fragment), "\(output) shows \(fragment):\n\(text)") }
        }
    }

    /// A `--var-file` that does not parse stops the run (exit code 2) at its
    /// place, without quoting the token.
    @Test func aBrokenVarFileStopsTheRunWithoutQuotingIt() throws {
        let folder = try TemporaryDirectory()
        let files = ["main.tf": Self.cognitoWorkforce, "variables.tf": Self.declaration, "secret.tfvars": Self.brokenValues]
        for (file, text) in files { try folder.write(file, text) }
        let run = try WFLintBinary.run(["--no-config", "--var-file", "secret.tfvars", "main.tf"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("secret.tfvars:1:20: error: expected a newline after the value of 'pw', found a name"))
        for fragment in Self.fragments { #expect(!(run.stdout + run.stderr).contains(fragment)) }
    }

    /// Elsewhere the reader's message quotes what it found, as before.
    @Test func elsewhereTheTokenIsQuoted() throws {
        let folder = try TemporaryDirectory()
        try folder.write("main.tf", Self.oidcWorkforce(secret: "var.pw").replacingOccurrences(of: "\"labelers\"", with: "\"labelers\" extra"))
        let run = try WFLintBinary.run(["--no-config", "main.tf"], in: folder.url)
        #expect(run.stdout.hasPrefix("""
            main.tf:2:31: error: expected a newline after the value of 'workforce_name', found 'extra' [WF001 syntax-error]
                2 |   workforce_name = "labelers" extra

            """))
    }

    /// `WF001 file:line:col message` of a JSON finding.
    static func described(_ finding: [String: Any]) -> String {
        let start = finding["start"] as? [String: Any]
        return "\(finding["ruleId"] ?? "") \(finding["file"] ?? ""):\(start?["line"] ?? ""):\(start?["column"] ?? "") "
            + "\(finding["message"] ?? "")"
    }
}
