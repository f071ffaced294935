import Testing
@testable import WFLintKit

/// A `client_secret` whose expression wflint does not evaluate (a function
/// call, a conditional, a template with text around its interpolation, a
/// local that is one of those) still reads values wflint knows: every one of
/// them is kept out of every output, since the secret may be any of them.
/// Before, such a secret was shown in the excerpt of another finding on its
/// line. A template that is one interpolation alone (`"${local.idp.secret}"`)
/// is the value it wraps, as HCL has it, so the secret is read as written
/// directly (and gets WF140), as is a conditional whose condition is known.
@Suite struct TerraformUnevaluatedSecretTests {
    static let secret = "zzTOPsecret42"

    /// The OIDC workforce whose `client_secret` is `expression`; its issuer
    /// and secret are members of `local.idp`, on line 2, with the issuer's
    /// WF111 there.
    static func module(clientSecret expression: String) -> String {
        """
        locals {
          idp     = { issuer = "http://idp.example.com", secret = "\(secret)" }
          trimmed = trimspace(local.idp.secret)
        }
        resource "aws_sagemaker_workforce" "main" {
          workforce_name = "labelers"
          oidc_config {
            client_secret          = \(expression)
            authorization_endpoint = "https://idp.example.com/authorize"
            client_id              = "workforce"
            issuer                 = local.idp.issuer
            jwks_uri               = "https://idp.example.com/jwks"
            logout_endpoint        = "https://idp.example.com/logout"
            token_endpoint         = "https://idp.example.com/token"
            user_info_endpoint     = "https://idp.example.com/userinfo"
          }
        }
        variable "unset" {}

        """
    }

    static let issuerFinding =
        "mod/main.tf:2:24 WF111 oidc_config.issuer \"http://idp.example.com\" must begin with \"https://\""
    static let maskedLine = "    2 |   idp     = { issuer = \"http://idp.example.com\", secret = *************** }"

    struct Case: CustomTestStringConvertible {
        let expression: String
        let findings: [String]
        var line = TerraformUnevaluatedSecretTests.maskedLine
        var testDescription: String { expression }
    }

    static let cases = [
        Case(expression: "trimspace(local.idp.secret)", findings: [issuerFinding]),
        // A condition wflint cannot decide: either branch may be the secret.
        Case(expression: "var.unset ? local.idp.secret : \"\"", findings: [issuerFinding]),
        // Through a local wflint does not evaluate either: its expression is read.
        Case(expression: "local.trimmed", findings: [issuerFinding]),
        // The whole local may be the secret: each of its values is kept out,
        // its keys are not (the message still says which member it is about).
        Case(
            expression: "lookup(local.idp, \"secret\")",
            findings: ["mod/main.tf:2:24 WF111 oidc_config.issuer \"***\" must begin with \"https://\""],
            line: "    2 |   idp     = { issuer = ************************, secret = *************** }"),
        // What wflint reads as the secret itself: it is a literal one (WF140).
        Case(expression: "\"${local.idp.secret}\"", findings: [issuerFinding, literalSecret]),
        Case(expression: "true ? local.idp.secret : \"\"", findings: [issuerFinding, literalSecret]),
        // A template of known parts is the string Terraform renders: a literal secret, at the template.
        Case(
            expression: "\"x-${local.idp.secret}\"",
            findings: [issuerFinding, literalSecret.replacingOccurrences(of: "main.tf:2:59", with: "main.tf:8:30")]),
    ]

    static let literalSecret = "mod/main.tf:2:59 WF140 oidc_config.client_secret is a literal secret committed in "
        + "the file; set it from a variable declared sensitive = true, whose value comes from outside the "
        + "repository (TF_VAR_oidc_client_secret, a secret store)"

    /// The outputs of linting `files` (a module's folder), every format.
    static func outputs(
        _ files: [String: String], linted name: String = "main.tf"
    ) throws -> (findings: [String], text: String, all: [String]) {
        let module = try TerraformVariableTests.Module(files)
        let linted = try module.lint([name])[0].linted
        var run = RunSummary(rules: RuleSet.builtin().descriptors, workingDirectory: "/repo")
        run.add(InputOutcome(
            input: LintInput(source: .file(name), displayName: name, isExplicit: true), result: .success(linted)))
        let report = run.report(exitStatus: run.exitStatus(failOn: .error))
        let text = TextReporter(color: false).render(report)
        return (
            report.files.flatMap(\.findings).map { "\($0.file):\($0.range.start) \($0.ruleID) \($0.message)" }, text,
            [text, JSONReporter().render(report), SarifReporter().render(report), GitHubReporter().render(report)]
        )
    }

    /// A conditional wflint decides from a default may be decided otherwise
    /// at apply (`TF_VAR_env=prod`): the branch it did not choose is kept out
    /// too. The variable the condition reads feeds no value: no WF503 for it.
    @Test func theBranchNotChosenIsShownNowhereEither() throws {
        let main = Self.module(clientSecret: "var.env == \"prod\" ? local.idp.prod : local.idp.secret")
            .replacingOccurrences(of: "secret = \"\(Self.secret)\" }", with: "secret = \"\(Self.secret)\", prod = \"zzPRODkey77\" }")
        let (findings, text, all) = try Self.outputs(["main.tf": "variable \"env\" {\n  default = \"dev\"\n}\n" + main])
        #expect(findings.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
            == ["mod/main.tf:5:24 WF111", "mod/main.tf:5:59 WF140"])
        #expect(text.contains("    5 |   idp     = { issuer = \"http://idp.example.com\", secret = ***************, prod = ************* }\n"))
        for output in all { #expect(!output.contains("zzTOP") && !output.contains("zzPROD")) }
    }

    /// A member of a known local whose own value is not known
    /// (`local.oidc.secret` of `oidc = { secret = trimspace(...) }`) is read
    /// through the local's expression; a `dynamic` block's iterator through its `for_each`.
    @Test(arguments: [
        ("local.oidc.secret", "  oidc    = { secret = trimspace(local.idp.secret) }\n"),
        ("local.oidc.secret", "  oidc    = { secret = local.trimmed }\n"),
        // The secret written as text inside what wflint does not evaluate.
        ("local.idp.pw", "  idp     = { issuer = \"http://idp.example.com\", pw = try(\"\(secret)\", \"\") }\n"),
        ("local.idp.pw", "  idp     = { issuer = \"http://idp.example.com\", pw = \"%{ if true }\(secret)%{ endif }\" }\n"),
    ])
    func aMemberNotKnownIsReadThroughItsLocal(expression: String, local: String) throws {
        let main = Self.module(clientSecret: expression).replacingOccurrences(of: "locals {\n", with: "locals {\n" + local)
            .replacingOccurrences(of: "  idp     = { issuer = \"http://idp.example.com\", secret = \"\(Self.secret)\" }\n",
                                  with: local.contains("pw =") ? "" : "  idp     = { issuer = \"http://idp.example.com\", secret = \"\(Self.secret)\" }\n")
        let (findings, _, all) = try Self.outputs(["main.tf": main])
        let line = local.contains("pw =") ? 2 : 3
        #expect(findings == ["mod/main.tf:\(line):24 WF111 oidc_config.issuer \"http://idp.example.com\" must begin with \"https://\""])
        for output in all { #expect(!output.contains("zzTOP") && !output.contains("secret42")) }
    }

    @Test func anIteratorIsReadThroughItsForEach() throws {
        let main = """
            locals {
              idp = { issuer = "http://idp.example.com", secret = "\(Self.secret)" }
            }
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "labelers"
              dynamic "oidc_config" {
                for_each = [local.idp]
                iterator = idp
                content {
                  client_secret          = trimspace(idp.value.secret)
                  issuer                 = local.idp.issuer
                  authorization_endpoint = "https://idp.example.com/authorize"
                  client_id              = "workforce"
                  jwks_uri               = "https://idp.example.com/jwks"
                  logout_endpoint        = "https://idp.example.com/logout"
                  token_endpoint         = "https://idp.example.com/token"
                  user_info_endpoint     = "https://idp.example.com/userinfo"
                }
              }
            }

            """
        let (findings, _, all) = try Self.outputs(["main.tf": main])
        // The whole for_each is masked: the issuer's value too.
        #expect(findings == ["mod/main.tf:2:20 WF111 oidc_config.issuer \"***\" must begin with \"https://\""])
        for output in all { #expect(!output.contains("zzTOP") && !output.contains("secret42")) }
    }

    /// A resource's `for_each`, read as `each.value`, in either syntax; and a
    /// `.tf.json` resource's templates, read as the native syntax reads them.
    @Test(arguments: ["main.tf", "main.tf.json"])
    func eachValueAndJSONTemplatesAreReadThrough(file: String) throws {
        let endpoints = ["authorization_endpoint", "jwks_uri", "logout_endpoint", "token_endpoint", "user_info_endpoint"]
        let main = file == "main.tf" ? """
            locals {
              idps = { main = { name = "bad name!", pw = "\(Self.secret)" } }
            }
            resource "aws_sagemaker_workforce" "main" {
              for_each       = local.idps
              workforce_name = local.idps.main.name
              oidc_config {
                client_secret = each.value.pw
                issuer        = "https://idp.example.com"
                client_id     = "workforce"
            \(endpoints.map { "    \($0) = \"https://idp.example.com/\($0)\"\n" }.joined())  }
            }

            """ : """
            {"locals": {"idps": {"main": {"name": "bad name!", "pw": "\(Self.secret)"}}},
             "resource": {"aws_sagemaker_workforce": {"main": {"for_each": "${local.idps}",
               "workforce_name": "${local.idps.main.name}",
               "oidc_config": {"client_secret": "${trimspace(each.value.pw)}", "issuer": "https://idp.example.com",
                 "client_id": "workforce", \(endpoints.map { "\"\($0)\": \"https://idp.example.com/\($0)\"" }.joined(separator: ", "))}}}}}

            """
        let module = try TerraformVariableTests.Module([file: main])
        let linted = try module.lint([file])[0].linted
        var run = RunSummary(rules: RuleSet.builtin().descriptors, workingDirectory: "/repo")
        run.add(InputOutcome(
            input: LintInput(source: .file(file), displayName: file, isExplicit: true), result: .success(linted)))
        let report = run.report(exitStatus: run.exitStatus(failOn: .error))
        // The workforce name is read from the same local: masked with it.
        #expect(report.files.flatMap(\.findings).map { "\($0.range.start) \($0.ruleID)" } == [file == "main.tf" ? "2:28 WF007" : "1:39 WF007"])
        for output in [TextReporter(color: false).render(report), JSONReporter().render(report), SarifReporter().render(report)] {
            #expect(!output.contains("zzTOP") && !output.contains("secret42"))
        }
    }

    /// A `.tf.json` local's member written as a template wflint does not
    /// evaluate is masked where it is written.
    @Test(arguments: [#"${trimspace(\"zzTOPsecret42\")}"#, "%{ if true }zzTOPsecret42%{ endif }"])
    func aJSONLocalsTemplateIsMasked(template: String) throws {
        let json = """
            {"locals": {"idp": {"name": "bad name!", "iss": "http://i.example.com", "pw": "\(template)"}},
             "resource": {"aws_sagemaker_workforce": {"main": {"workforce_name": "${local.idp.name}",
              "oidc_config": {"client_secret": "${local.idp.pw}", "issuer": "${local.idp.iss}", "client_id": "workforce",
                "authorization_endpoint": "https://idp.example.com/a", "jwks_uri": "https://idp.example.com/j",
                "logout_endpoint": "https://idp.example.com/l", "token_endpoint": "https://idp.example.com/t",
                "user_info_endpoint": "https://idp.example.com/u"}}}}}

            """
        let (findings, _, all) = try Self.outputs(["main.tf.json": json], linted: "main.tf.json")
        #expect(findings.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
            == ["mod/main.tf.json:1:29 WF007", "mod/main.tf.json:1:49 WF111"])
        for output in all { #expect(!output.contains("zzTOP") && !output.contains("secret42")) }
    }

    /// A conditional in a `.tf.json` template: both branches are masked.
    @Test func aJSONConditionalMasksBothBranches() throws {
        let json = """
            {"variable": {"env": {"default": "dev"}},
             "locals": {"idp": {"issuer": "http://idp.example.com", "prod": "zzTOPprod", "dev": "zzTOPdev"}},
             "resource": {"aws_sagemaker_workforce": {"main": {"workforce_name": "labelers", "oidc_config": {
               "client_secret": "${var.env == \\"prod\\" ? local.idp.prod : local.idp.dev}",
               "issuer": "${local.idp.issuer}", "client_id": "workforce",
               "authorization_endpoint": "https://idp.example.com/a", "jwks_uri": "https://idp.example.com/j",
               "logout_endpoint": "https://idp.example.com/l", "token_endpoint": "https://idp.example.com/t",
               "user_info_endpoint": "https://idp.example.com/u"}}}}}

            """
        let module = try TerraformVariableTests.Module(["main.tf.json": json])
        let linted = try module.lint(["main.tf.json"])[0].linted
        // The condition is decided from the default: the template renders the
        // branch it chooses, a literal secret (WF140), as the native syntax reads it.
        #expect(linted.findings.map { "\($0.range.start) \($0.ruleID)" } == ["2:31 WF111", "4:21 WF140"])
        let source = try #require(linted.source)
        let report = LintReport(
            files: [LintReport.FileReport(path: "main.tf.json", findings: linted.findings, source: source)],
            filesChecked: 1, rules: RuleSet.builtin().descriptors, exitCode: 1)
        #expect(!TextReporter(color: false).render(report).contains("zzTOP"))
    }

    @Test(arguments: cases)
    func theSecretItReadsIsShownNowhere(_ example: Case) throws {
        let module = try TerraformVariableTests.Module(["main.tf": Self.module(clientSecret: example.expression)])
        let linted = try module.lint()
        var run = RunSummary(rules: RuleSet.builtin().descriptors, workingDirectory: "/repo")
        run.add(InputOutcome(
            input: LintInput(source: .file("main.tf"), displayName: "main.tf", isExplicit: true), result: .success(linted)))
        let report = run.report(exitStatus: run.exitStatus(failOn: .error))
        #expect(report.files.flatMap(\.findings).map { "\($0.file):\($0.range.start) \($0.ruleID) \($0.message)" }
            == example.findings)
        let text = TextReporter(color: false).render(report)
        #expect(text.contains(example.line + "\n"))
        for output in [text, JSONReporter().render(report), SarifReporter().render(report), GitHubReporter().render(report)] {
            #expect(!output.contains("zzTOP") && !output.contains("secret42"))
        }
    }
}
