import DocumentModel
import Testing
@testable import WFLintKit

/// A value given by a variable declared `sensitive = true` (its default, a
/// `.tfvars` file, a `--var-file`, through locals and traversals) is kept
/// out of every output as a `client_secret` is, while its findings are
/// still reported at their places.
@Suite struct TerraformSensitiveVariableTests {
    typealias Module = TerraformVariableTests.Module

    static let secret = "SENSITIVE pw value"

    static func workforce(name: String) -> String { TerraformWorkforceText.cognito(name: name) }

    static let declaration = """
        variable "pw" {
          sensitive = true
        }

        """

    /// The module of each way a sensitive value reaches `workforce_name`,
    /// the `--var-file`s it is linted with, and its WF007 as described.
    static func module(_ way: String) -> (files: [String: String], varFiles: [String], expected: [String]) {
        let wf007 = "WF007 /resource/aws_sagemaker_workforce/main/workforce_name \"workforce_name\" must match the API "
            + "pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got \"***\""
        let used = "  note: used by aws_sagemaker_workforce.main at mod/main.tf:2:20"
        switch way {
        case "default":
            let main = "variable \"pw\" {\n  sensitive = true\n  default   = \"\(secret)\"\n}\n" + workforce(name: "var.pw")
            return (["main.tf": main], [], ["mod/main.tf:3:15 " + wf007, "  note: used by aws_sagemaker_workforce.main at mod/main.tf:6:20"])
        case "tfvars":
            return (
                ["main.tf": workforce(name: "var.pw"), "variables.tf": declaration, "terraform.tfvars": "pw = \"\(secret)\"\n"],
                [], ["mod/terraform.tfvars:1:6 " + wf007, used])
        case "var-file":
            return (
                ["main.tf": workforce(name: "var.pw"), "variables.tf": declaration, "secret.tfvars": "pw = \"\(secret)\"\n"],
                ["secret.tfvars"], ["vars/secret.tfvars:1:6 " + wf007, used])
        default:  // through a local and a traversal
            let variables = "variable \"pw\" {\n  sensitive = true\n  default   = { name = \"\(secret)\" }\n}\n"
                + "locals {\n  names = var.pw\n}\n"
            return (
                ["main.tf": workforce(name: "local.names.name"), "variables.tf": variables], [],
                ["mod/variables.tf:3:24 " + wf007, "  note: used by aws_sagemaker_workforce.main at mod/main.tf:2:20"])
        }
    }

    @Test(arguments: ["default", "tfvars", "var-file", "local"])
    func isReportedAtItsPlaceWithoutItsValue(_ way: String) throws {
        let (files, varFiles, expected) = Self.module(way)
        let described = try Module(files).described(varFiles: varFiles)
        #expect(described == expected, "\(described)")
    }

    /// A variable declared twice (WF505) is sensitive when either
    /// declaration says so, whichever file declares it last: the later
    /// declaration's value is used (as Terraform keeps it), its sensitivity
    /// is never dropped. Before, a later declaration without `sensitive`
    /// showed the value in a message.
    @Test(arguments: [("a.tf", "z.tf"), ("z.tf", "a.tf")])
    func aVariableDeclaredTwiceIsSensitiveWhenEitherDeclarationSaysSo(sensitiveIn: String, plainIn: String) throws {
        let files = [
            sensitiveIn: Self.declaration + TerraformWorkforceText.cognito(label: "first", name: "var.pw"),
            plainIn: "variable \"pw\" {}\n" + TerraformWorkforceText.cognito(label: "second", name: "var.pw"),
            "terraform.tfvars": "pw = \"\(Self.secret)\"\n",
        ]
        for linted in [sensitiveIn, plainIn] {
            let described = try Module(files).described(linted)
            let reported = described.filter { $0.contains("WF007") }
            #expect(reported.count == 1, "\(described)")
            #expect(reported.allSatisfy { $0.hasPrefix("mod/terraform.tfvars:1:6 WF007 ") && $0.hasSuffix("got \"***\"") })
            #expect(!described.contains { $0.contains("SENSITIVE") || $0.contains("pw value") })
        }
        let together = try TerraformVariableTests.run(Module(files), ["."])
        #expect(together.findings.filter { $0.contains("WF007") } == [
            "mod/terraform.tfvars WF007 1:6", "mod/terraform.tfvars WF007 1:6",
        ])
    }

    @Test(arguments: ["default", "tfvars", "var-file", "local"])
    func isInNoOutput(_ way: String) throws {
        let (files, varFiles, _) = Self.module(way)
        let report = try TerraformVariableTests.report(files, varFiles: varFiles)
        #expect(report.files.flatMap(\.findings).map(\.ruleID) == ["WF007"])
        let outputs = [
            TextReporter(color: false).render(report), JSONReporter().render(report), SarifReporter().render(report),
            GitHubReporter().render(report),
        ]
        for output in outputs {
            #expect(!output.contains("SENSITIVE") && !output.contains("pw value"))
            #expect(output.contains("WF007"))
        }
    }
}
