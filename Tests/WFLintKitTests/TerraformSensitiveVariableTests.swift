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
