import Foundation
import Testing
@testable import WFLintKit

/// A rule pack's `hcl` example is a Terraform module by itself: `wflint
/// test-rules` run in a Terraform folder must not take that folder's `.tf`
/// and `.tfvars` files into the example's module, where a workforce of the
/// same name would give WF504's orphan override an original, and a broken
/// definitions file would add its WF001.
@Suite struct RuleExampleIsolationTests {
    /// A Terraform folder whose files would change the examples' outcome:
    /// the workforce `labelers` WF504's invalid `override.tf` overrides, and
    /// a `terraform.tfvars` that does not parse.
    static let terraformFolder = [
        "main.tf": """
            variable "workforce_name" {
              type    = string
              default = "labelers"
            }
            resource "aws_sagemaker_workforce" "labelers" {
              workforce_name = var.workforce_name
              cognito_config {
                client_id = "abc"
                user_pool = "us-east-1_abcDEF123"
              }
            }

            """,
        "terraform.tfvars": "workforce_name = \"bad name!\"\nidp_secret =\n",
    ]

    /// WF504's invalid example, as its pack writes it.
    static let orphanOverride = """
        resource "aws_sagemaker_workforce" "labelers" {
          workforce_name = "labelers"
        }

        """

    static let orphanFinding = """
        override.tf:1:1 WF504 /resource/aws_sagemaker_workforce/labelers there is no aws_sagemaker_workforce \
        resource named "labelers" to override; an override file can only override a resource block defined in \
        a primary configuration file of the module
        """

    /// The override linted as a file of the Terraform folder joins its module
    /// (no orphan, and the folder's broken tfvars); standing alone it is its
    /// own module, whatever folder its path names.
    @Test func aTextStandingAloneIsItsOwnModule() throws {
        let module = try TerraformVariableTests.Module(Self.terraformFolder)
        defer { try? FileManager.default.removeItem(at: module.folder) }
        let path = module.folder.appendingPathComponent("override.tf").path
        let linter = builtinLinter()
        func described(standsAlone: Bool) -> [String] {
            let input = LintInput(source: .file(path), displayName: "override.tf", isExplicit: true, standsAlone: standsAlone)
            let linted = linter.lint(Array(Self.orphanOverride.utf8), as: input)
            return (linted.findings + linted.referenced.flatMap(\.findings)).map { finding in
                "\(finding.file):\(finding.range.start) \(finding.ruleID) \(finding.pointer) \(finding.message)"
            }
        }
        #expect(described(standsAlone: true) == [Self.orphanFinding])
        #expect(described(standsAlone: false) == [
            "terraform.tfvars:2:13 WF001  expected an expression, found a newline: an expression that continues "
                + "on the next line must be inside parentheses or brackets",
        ])
    }

    /// `wflint test-rules` gives the same report in the Terraform folder as
    /// in an empty one: every built-in example behaves.
    @Test func testRulesIgnoresTheCurrentFolder() throws {
        let terraform = try TerraformVariableTests.Module(Self.terraformFolder)
        let empty = try TerraformVariableTests.Module([:])
        defer {
            try? FileManager.default.removeItem(at: terraform.folder)
            try? FileManager.default.removeItem(at: empty.folder)
        }
        let inTerraform = try WFLintBinary.run(["test-rules"], in: terraform.folder)
        let inEmpty = try WFLintBinary.run(["test-rules"], in: empty.folder)
        let passed = try Regex(#"all \d+ examples of \d+ rules behave as their packs say\n"#)
        #expect(inEmpty.stdout.wholeMatch(of: passed) != nil, "\(inEmpty.stdout)")
        #expect(inTerraform.stdout == inEmpty.stdout)
        #expect(inTerraform.stderr == "" && inEmpty.stderr == "")
        #expect(inTerraform.status == 0 && inEmpty.status == 0)
    }
}
