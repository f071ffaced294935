import Testing
@testable import WFLintKit

/// A copy of a secret in another value of a workforce (the client secret
/// pasted into a CIDR or an issuer, a sensitive variable's value written
/// again as a literal) is masked whole in excerpts and snippets, as a YAML
/// document's is. Before, messages concealed it, and the excerpt under them
/// showed it in clear, in `.tf`, `.tf.json` and plans alike.
@Suite struct TerraformSecretCopyTests {
    static let oidc = """
          client_id              = "c"
          issuer                 = "https://i.example.com"
          authorization_endpoint = "https://i.example.com/a"
          token_endpoint         = "https://i.example.com/t"
          user_info_endpoint     = "https://i.example.com/u"
          logout_endpoint        = "https://i.example.com/l"
          jwks_uri               = "https://i.example.com/j"
        """

    @Test func theClientSecretPastedIntoACIDRIsMaskedInItsExcerpt() throws {
        let main = """
            resource "aws_sagemaker_workforce" "m" {
              workforce_name = "w"
              oidc_config {
                client_secret          = "Zq8hunter2Xy"
            \(Self.oidc)
              }
              source_ip_config {
                cidrs = ["Zq8hunter2Xy/16"]
              }
            }

            """
        let (findings, text, all) = try TerraformUnevaluatedSecretTests.outputs(["main.tf": main])
        #expect(findings.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
            == ["mod/main.tf:4:30 WF140", "mod/main.tf:14:14 WF201"])
        #expect(text.contains("   14 |     cidrs = [*****************]\n"))
        for output in all { #expect(!output.contains("Zq8hunter2Xy")) }
    }

    /// A copy in another resource of the file, or in an argument no check
    /// reads (an unknown one), is hidden too, as a YAML stream's secrets are
    /// across its documents (a reviewer's cases).
    @Test func aCopyInAnotherResourceOrAnUnknownArgumentIsHidden() throws {
        let main = """
            resource "aws_sagemaker_workforce" "a" {
              workforce_name = "a"
              oidc_config {
                client_secret          = "Zq8hunter2Xy"
                extra_thing            = "Zq8hunter2Xy"
            \(Self.oidc)
              }
            }
            resource "aws_sagemaker_workforce" "b" {
              workforce_name = "b"
              cognito_config {
                client_id = "c"
                user_pool = "Zq8hunter2Xy"
              }
            }

            """
        let (findings, text, all) = try TerraformUnevaluatedSecretTests.outputs(["main.tf": main])
        #expect(findings.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
            == ["mod/main.tf:4:30 WF140", "mod/main.tf:5:5 WF003", "mod/main.tf:19:17 WF007"])
        #expect(text.contains("    5 |     extra_thing            = \"************\"\n"))
        // The workforce's own secret is the module's: a copy is masked whole, as in another file.
        #expect(text.contains("   19 |     user_pool = **************\n"))
        for output in all { #expect(!output.contains("Zq8hunter2Xy")) }
    }

    /// A sensitive variable's value is a secret too: a literal copy of it
    /// in the resource is masked, and the variable's own line stays masked.
    @Test func aSensitiveVariablesValueWrittenAgainIsMasked() throws {
        let main = """
            variable "c" {
              sensitive = true
              default   = "10.77.0.0/16"
            }
            resource "aws_sagemaker_workforce" "m" {
              workforce_name = "w"
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abc"
              }
              source_ip_config {
                cidrs = [var.c, "10.77.5.0/24", "10.77.0.0/16"]
              }
            }

            """
        let (findings, text, all) = try TerraformUnevaluatedSecretTests.outputs(["main.tf": main])
        #expect(findings == [
            "mod/main.tf:12:21 WF204 CIDR \"10.77.5.0/24\" is already covered by \"***\" at 3:15",
            "mod/main.tf:12:37 WF204 CIDR \"***\" is already covered by \"***\" at 3:15",
        ])
        #expect(text.contains("   12 |     cidrs = [var.c, \"10.77.5.0/24\", **************]\n"))
        for output in all { #expect(!output.contains("10.77.0.0")) }
    }

    /// `.tf.json` can write `sensitive` twice, which Terraform refuses
    /// ("Duplicate argument"): WF001 at the second, on a masked line, and
    /// the default is kept out of every output. The first one was read, and
    /// the default shown.
    @Test func aVariableWithSensitiveWrittenTwiceShowsNoDefault() throws {
        let main = """
            resource "aws_sagemaker_workforce" "m" {
              workforce_name = var.name
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abc"
              }
            }

            """
        let variables = #"{"variable": {"name": {"default": "Bad Secret!", "sensitive": false, "sensitive": true}}}"#
        let (findings, _, all) = try TerraformUnevaluatedSecretTests.outputs(
            ["main.tf": main, "vars.tf.json": variables + "\n"])
        #expect(findings == [
            #"mod/vars.tf.json:1:70 WF001 the argument "sensitive" was already set at 1:50; each argument may be set "#
                + #"only once (Terraform: "Duplicate argument")"#,
        ])
        for output in all { #expect(!output.contains("Bad Secret")) }
    }

    /// A client secret made from an object's key (`keys({(local.s) = 1})[0]`
    /// is `local.s`) is that local's value: the walk that finds a secret's
    /// sources read an object's values only, so `local.s` was shown in
    /// clear wherever a finding showed it, in either syntax.
    @Test func aSecretMadeFromAnObjectsKeyIsKeptOut() throws {
        let endpoints = ["authorization_endpoint", "issuer", "jwks_uri", "logout_endpoint", "token_endpoint", "user_info_endpoint"]
        let native = "locals {\n  s = \"hunter3pw\"\n}\n"
            + "resource \"aws_sagemaker_workforce\" \"main\" {\n  workforce_name = \"labelers\"\n  oidc_config {\n"
            + endpoints.map { "    \($0) = \"https://idp.example.com/\($0)\"\n" }.joined()
            + "    client_id = \"abc\"\n    client_secret = keys({ (local.s) = 1 })[0]\n    scope = local.s\n  }\n}\n"
        let json = #"{"locals": {"s": "hunter3pw"}, "resource": {"aws_sagemaker_workforce": {"main": {"#
            + #""workforce_name": "labelers", "oidc_config": {"#
            + endpoints.map { #""\#($0)": "https://idp.example.com/\#($0)", "# }.joined()
            + #""client_id": "abc", "client_secret": "${keys({(local.s) = 1})[0]}", "scope": "${local.s}"}}}}}"# + "\n"
        for (name, text, place) in [("main.tf", native, "2:7"), ("main.tf.json", json, "1:18")] {
            let (findings, _, all) = try TerraformUnevaluatedSecretTests.outputs([name: text], linted: name)
            #expect(findings == [
                "mod/\(name):\(place) WF121 oidc_config.scope \"***\" lacks the token ***, without which the provider "
                    + "issues no ID token",
            ], "\(name)")
            for output in all { #expect(!output.contains("hunter3"), "\(name)") }
        }
    }

    /// A variable declared twice (WF505; Terraform refuses the module) that
    /// feeds a client secret has every written value kept out, not only the
    /// one that wins: the first default of `"pw": [{...}, {...}]`, on the
    /// line every finding showed, was in clear.
    @Test func everyValueOfAVariableDeclaredTwiceIsKeptOut() throws {
        let endpoints = ["authorization_endpoint", "issuer", "jwks_uri", "logout_endpoint", "token_endpoint", "user_info_endpoint"]
        let workforce = #"{"resource": {"aws_sagemaker_workforce": {"main": {"workforce_name": "labelers", "oidc_config": {"#
            + endpoints.map { #""\#($0)": "https://idp.example.com/\#($0)", "# }.joined()
            + #""client_id": "abc", "client_secret": "${var.pw}"}}}}}"# + "\n"
        let variables = #"{"variable": {"pw": [{"default": "hunter2first"}, {"default": "hunter2second"}]}}"# + "\n"
        let (findings, _, all) = try TerraformUnevaluatedSecretTests.outputs(
            ["main.tf.json": workforce, "variables.tf.json": variables], linted: "main.tf.json")
        #expect(findings.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
            == ["mod/variables.tf.json:1:51 WF503", "mod/variables.tf.json:1:51 WF505", "mod/variables.tf.json:1:63 WF140"])
        for output in all { #expect(!output.contains("hunter2")) }
    }

    /// A `.tf` or `.tf.json` file named without a workforce gets WF000 at
    /// 1:1, which shows line 1: a sensitive default written there (a file
    /// on one line) was in clear. The line is masked as a syntax error's is
    /// when it writes a `default` or names a secret.
    @Test func theNoteOfAFileWithoutAWorkforceMasksASensitiveDefaultOnItsLine() throws {
        let text = #"{"variable": {"v": {"sensitive": true, "default": "hunter2value"}}}"# + "\n"
        let (findings, textOutput, all) = try TerraformUnevaluatedSecretTests.outputs(["main.tf.json": text], linted: "main.tf.json")
        #expect(findings.map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == ["mod/main.tf.json:1:1 WF000"])
        #expect(textOutput.contains("    1 | " + String(repeating: "*", count: text.count - 1) + "\n"))
        for output in all { #expect(!output.contains("hunter2")) }
    }
}

extension TerraformSecretCopyTests {
    /// The texts of a module's secrets that every lint conceals are the
    /// values it writes, not a call's arguments: the key of
    /// `lookup(var.secrets, "workforce_name")` hid that name in another
    /// file's message and pointer (`"***" must match ...`, `.../b/***`).
    @Test func aCallsArgumentIsNoSecretText() throws {
        let locals = "variable \"secrets\" {\n  type      = map(string)\n  sensitive = true\n}\n"
            + "locals {\n  idp = { secret = lookup(var.secrets, \"workforce_name\") }\n}\n"
        let files = [
            "locals.tf": locals,
            "a.tf": TerraformWorkforceText.oidc(label: "a", name: "\"a\"", clientSecret: "local.idp.secret"),
            "b.tf": TerraformWorkforceText.cognito(label: "b", name: "\"bad_name\""),
        ]
        #expect(try TerraformVariableTests.Module(files).described("b.tf") == [
            "mod/b.tf:2:20 WF007 /resource/aws_sagemaker_workforce/b/workforce_name \"workforce_name\" must match the API "
                + "pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got \"bad_name\"",
        ])
    }
}
