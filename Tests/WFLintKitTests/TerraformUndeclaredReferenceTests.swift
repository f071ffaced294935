import Testing
@testable import WFLintKit

/// WF507 tf-undeclared-name: `var.NAME` or `local.NAME` that no file of
/// the module declares. `terraform validate` refuses the module ("Reference
/// to undeclared input variable"); wflint took the value for one not known
/// before plan and passed, so `var.clinet_id` went through to apply.
@Suite struct TerraformUndeclaredReferenceTests {
    typealias Module = TerraformVariableTests.Module

    static let variables = """
        variable "client_id" {}
        variable "user_pool" {}
        locals {
          team = "labelers"
        }

        """

    static func workforce(name: String = "local.team", clientID: String = "var.client_id", rest: String = "") -> String {
        """
        resource "aws_sagemaker_workforce" "main" {
          workforce_name = \(name)
          cognito_config {
            client_id = \(clientID)
            user_pool = var.user_pool
          }
        \(rest)}

        """
    }

    static let prefix = "/resource/aws_sagemaker_workforce/main"

    /// Each reference a declaration of another file answers is no finding;
    /// a mistyped one is reported at `var.NAME` with the nearest declared
    /// name, and one near none with the names declared, sorted.
    @Test func aNameNoFileDeclaresIsReportedWithTheNearestDeclaredName() throws {
        #expect(try Module(["variables.tf": Self.variables, "main.tf": Self.workforce()]).described() == [])
        let files = [
            "variables.tf": Self.variables,
            "main.tf": Self.workforce(name: "local.tema", clientID: "\"${var.clinet_id}-${var.suffix}\""),
        ]
        #expect(try Module(files).described() == [
            "mod/main.tf:2:20 WF507 \(Self.prefix)/workforce_name reference to undeclared local value \"tema\"; "
                + "did you mean \"team\"?",
            "mod/main.tf:4:20 WF507 \(Self.prefix)/cognito_config/0/client_id reference to undeclared input variable "
                + "\"clinet_id\"; did you mean \"client_id\"?",
            "mod/main.tf:4:37 WF507 \(Self.prefix)/cognito_config/0/client_id reference to undeclared input variable "
                + "\"suffix\"; the module declares \"client_id\", \"user_pool\"",
        ])
    }

    /// A module without a local value says so, and how to declare one; a
    /// name two edits from a one-letter name is no typo of it.
    @Test func aModuleThatDeclaresNoneSaysHowToDeclare() throws {
        let files = ["main.tf": "variable \"a\" {}\n" + Self.workforce(name: "var.zz", clientID: "local.id")]
        #expect(try Module(files).described().filter { $0.contains("WF507") } == [
            "mod/main.tf:3:20 WF507 \(Self.prefix)/workforce_name reference to undeclared input variable \"zz\"; "
                + "the module declares \"a\"",
            "mod/main.tf:5:17 WF507 \(Self.prefix)/cognito_config/0/client_id reference to undeclared local value "
                + "\"id\"; the module declares none: add an entry \"id\" in a locals block",
            "mod/main.tf:6:17 WF507 \(Self.prefix)/cognito_config/0/user_pool reference to undeclared input variable "
                + "\"user_pool\"; the module declares \"a\"",
        ])
    }

    /// Names a `for` expression, a template's `%{ for }` or a `dynamic`
    /// block's iterator binds are theirs, whatever they are called
    /// (`terraform validate` accepts `[for local in x : local]`); `depends_on`
    /// and `lifecycle`'s `ignore_changes` name objects, not values. A local
    /// value's own references are checked as the resource's are.
    @Test func boundNamesAndObjectNamesAreNoReferences() throws {
        let rest = """
              dynamic "source_ip_config" {
                for_each = var.cidr_sets
                iterator = local
                content {
                  cidrs = [for var in local.value : var]
                }
              }
              lifecycle {
                ignore_changes = [var.gone]
              }
              depends_on = [var.gone]

            """
        let main = Self.workforce(name: "\"%{ for var in [1] }${var}%{ endfor }\"", rest: rest)
        let locals = "locals {\n  cidrs = [for k, v in var.nets : v]\n}\n"
        let files = ["variables.tf": Self.variables + locals, "main.tf": main]
        #expect(try Module(files).described().filter { $0.contains("WF507") } == [
            "mod/main.tf:8:16 WF507 \(Self.prefix)/dynamic/source_ip_config/0/for_each reference to undeclared input "
                + "variable \"cidr_sets\"; the module declares \"client_id\", \"user_pool\"",
            "mod/variables.tf:7:24 WF507 /locals/cidrs reference to undeclared input variable \"nets\"; the module "
                + "declares \"client_id\", \"user_pool\"",
        ])
    }

    /// In a `.tf.json` file a reference is inside a string, whose decoded
    /// text has no place in the file: it is reported at the string's start.
    @Test func aJSONFilesReferenceIsReportedAtItsString() throws {
        let json = """
            {"resource": {"aws_sagemaker_workforce": {"main": {
              "workforce_name": "${local.team}",
              "cognito_config": [{"client_id": "x-${var.clientid}", "user_pool": "${var.user_pool}"}]
            }}}}

            """
        #expect(try Module(["variables.tf": Self.variables, "main.tf.json": json]).described("main.tf.json") == [
            "mod/main.tf.json:3:36 WF507 \(Self.prefix)/cognito_config/0/client_id reference to undeclared input "
                + "variable \"clientid\"; did you mean \"client_id\"?"
        ])
    }

    /// A configuration file that does not parse may declare the name:
    /// Terraform stops at its syntax error, and so does this check.
    @Test func aModuleWithAFileThatDoesNotParseIsNotChecked() throws {
        let declared = "variable \"client_id\" {}\n"
        let undeclared = try Module(["variables.tf": declared, "main.tf": Self.workforce()]).described()
        #expect(undeclared.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
            == ["mod/main.tf:2:20 WF507", "mod/main.tf:5:17 WF507"])
        let broken = try Module(["variables.tf": declared + "variable \"x\" {\n", "main.tf": Self.workforce()]).described()
        #expect(broken.map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == ["mod/variables.tf:3:1 WF001"])
    }

    /// A reference on a line that names a secret (a local value no
    /// workforce reads, `smtp_secret`) is reported, and its line masked.
    @Test func aLineThatNamesASecretIsMasked() throws {
        let locals = "locals {\n  smtp_secret = \"${var.prefix}-hunter22\"\n}\n"
        let files = ["variables.tf": Self.variables + locals, "main.tf": Self.workforce()]
        let linted = try Module(files).lint()
        let shown = linted.referenced.first { $0.file.path == "mod/variables.tf" }
        #expect(shown?.findings.map { "\($0.range.start) \($0.ruleID)" } == ["7:20 WF507"])
        #expect(shown?.file.sensitiveRanges.map(\.start.line) == [7])
    }
}
