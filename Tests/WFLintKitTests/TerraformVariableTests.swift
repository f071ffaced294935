import DocumentModel
import Foundation
import Testing
@testable import WFLintKit

/// `var.NAME` and `local.NAME` in a `.tf` file, resolved as Terraform
/// resolves them before plan (docs/terraform.md, "Variables, tfvars and
/// locals"): a finding about a value written in another file of the module
/// points there, with a related location at its use in the resource.
@Suite struct TerraformVariableTests {
    /// A module folder in a fresh temporary folder, named `mod` in findings.
    struct Module {
        let folder: URL

        init(_ files: [String: String]) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("wflint-tfvars-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, text) in files {
                let file = folder.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: file, atomically: false, encoding: .utf8)
            }
        }

        /// Lints `main.tf` with `varFiles` (names in the folder).
        func lint(varFiles: [String] = []) throws -> LintedSource {
            try lint(["main.tf"], varFiles: varFiles)[0].linted
        }

        /// Lints each of `names` (files of the folder, named `mod/NAME`) with
        /// `varFiles`, then removes the folder.
        func lint(_ names: [String], varFiles: [String] = []) throws -> [(input: LintInput, linted: LintedSource)] {
            defer { try? FileManager.default.removeItem(at: folder) }
            var linter = builtinLinter()
            linter.terraformVarFiles = try varFiles.map { name in
                let file = try TerraformModuleFiles.varFile(folder.appendingPathComponent(name).path, maximumSize: 1 << 20)
                return TerraformSourceFile(path: "vars/" + name, bytes: file.bytes)
            }
            return try names.map { name in
                let path = folder.appendingPathComponent(name).path
                let text = try String(contentsOfFile: path, encoding: .utf8)
                let input = LintInput(source: .file(path), displayName: "mod/" + name, isExplicit: true)
                return (input, linter.lint(Array(text.utf8), as: input))
            }
        }

        /// `file:line:col RULE pointer message` of every finding, then `  note:` lines for its related locations.
        func described(_ name: String = "main.tf", varFiles: [String] = []) throws -> [String] {
            let linted = try lint([name], varFiles: varFiles)[0].linted
            let findings = (linted.findings + linted.referenced.flatMap(\.findings)).sorted(by: Finding.reportOrder)
            return findings.flatMap { finding in
                ["\(finding.file):\(finding.range.start) \(finding.ruleID) \(finding.pointer) \(finding.message)"]
                    + finding.related.map { "  note: " + $0.sentence }
            }
        }
    }

    static let prefix = "/resource/aws_sagemaker_workforce/main"

    /// A Cognito workforce whose `workforce_vpc_config.vpc_id` is `vpcID`, `rest` after it.
    static func workforce(vpcID: String, _ rest: String = "") -> String {
        TerraformWorkforceText.cognito(vpcID: vpcID, rest: rest)
    }

    static let declaration = """
        variable "vpc" {
          default = "vpc-default"
        }

        """

    static func wrongVPC(_ place: String, _ id: String) -> String {
        "\(place) WF212 \(prefix)/workforce_vpc_config/0/vpc_id VPC id \"\(id)\" is not \"vpc-\" followed by 8 or 17 "
            + "lower-case hexadecimal digits"
    }

    static let usedAt = "  note: used by aws_sagemaker_workforce.main at mod/main.tf:8:26"

    /// A number from a `.tfvars` file is checked as the string Terraform
    /// makes of it (`1e-2` is "0.01"); one whose string is too long to make
    /// is not known, never checked, wherever it is written in its file (it
    /// once read the number's text at its offsets in `main.tf` and crashed).
    @Test func aNumberFromATfvarsFileIsItsTerraformString() throws {
        let main = """
            variable "name" {}
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = var.name
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abcDEF123"
              }
            }
            """
        let padding = String(repeating: "# a comment line\n", count: 40)
        #expect(try Module(["main.tf": main, "terraform.tfvars": padding + "name = 1e999999999\n"]).described() == [])
        #expect(try Module(["main.tf": main, "terraform.tfvars": "name = 10.0\n"]).described() == [])
        #expect(try Module(["main.tf": main, "terraform.tfvars": "name = 1e-2\n"]).described().first
            == #"mod/terraform.tfvars:1:8 WF007 \#(Self.prefix)/workforce_name "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}', got "0.01""#)
    }

    /// A definitions file's value for a variable the module does not
    /// declare sets nothing (Terraform warns "Value for undeclared
    /// variable"): the reference is WF507, and the value is not checked as
    /// the variable's, where it is written nor in the resource.
    @Test func aDefinitionOfAnUndeclaredVariableIsNoValue() throws {
        let files = ["main.tf": Self.workforce(vpcID: "var.vpc"), "terraform.tfvars": "vpc = \"vpc-tfvars\"\n"]
        #expect(try Module(files).described() == [
            #"mod/main.tf:8:26 WF507 \#(Self.prefix)/workforce_vpc_config/0/vpc_id reference to undeclared input "#
                + #"variable "vpc"; the module declares none: add a variable "vpc" {} block"#,
        ])
    }

    /// A part of a local that one resource reads whole is a later resource's
    /// use when that one reads the part alone, through another local
    /// (`local.all[0]`, `all = local.nets`, one value resolved once): the finding
    /// about it in each resource is related to that resource's own
    /// reference. Uses are looked up when a finding asks, after every
    /// resource is translated (`TerraformRecordedValue`), and a use placed
    /// after a resource recorded its value is not that resource's.
    @Test func aPartALaterResourceReadsAloneKeepsTheFirstResourcesUse() throws {
        func workforce(_ name: String, cidrs: String) -> String {
            """
            resource "aws_sagemaker_workforce" "\(name)" {
              workforce_name = "\(name)"
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abcDEF123"
              }
              source_ip_config {
                cidrs = \(cidrs)
              }
            }

            """
        }
        let main = "locals {\n  nets = [\"10.0.0.1/33\"]\n  all = local.nets\n}\n"
            + workforce("a", cidrs: "local.nets") + workforce("b", cidrs: "[local.all[0]]")
        let invalid = #"WF201 /resource/aws_sagemaker_workforce/%@/source_ip_config/0/cidrs/0 CIDR "10.0.0.1/33" is invalid: "#
            + #"prefix "33" is greater than 32; expected an address and a prefix length, like "10.0.0.0/16" or "#
            + #""2001:db8::/32""#
        #expect(try Module(["main.tf": main]).described() == [
            "mod/main.tf:2:11 " + invalid.replacingOccurrences(of: "%@", with: "a"),
            "  note: used by aws_sagemaker_workforce.a at mod/main.tf:12:13",
            "mod/main.tf:2:11 " + invalid.replacingOccurrences(of: "%@", with: "b"),
            "  note: used by aws_sagemaker_workforce.b at mod/main.tf:22:14",
        ])
    }

    /// Each source overrides the one before it: the default, terraform.tfvars,
    /// terraform.tfvars.json, *.auto.tfvars and *.auto.tfvars.json in lexical
    /// order, then each --var-file, the last winning.
    @Test func eachSourceOverridesThePreviousInTerraformsOrder() throws {
        var files = ["main.tf": Self.workforce(vpcID: "var.vpc"), "variables.tf": Self.declaration]
        #expect(try Module(files).described() == [Self.wrongVPC("mod/variables.tf:2:13", "vpc-default"), Self.usedAt])
        files["terraform.tfvars"] = "vpc = \"vpc-tfvars\"\n"
        #expect(try Module(files).described() == [Self.wrongVPC("mod/terraform.tfvars:1:7", "vpc-tfvars"), Self.usedAt])
        files["terraform.tfvars.json"] = "{\"vpc\": \"vpc-json\"}\n"
        #expect(try Module(files).described() == [Self.wrongVPC("mod/terraform.tfvars.json:1:9", "vpc-json"), Self.usedAt])
        files["b.auto.tfvars"] = "vpc = \"vpc-auto-b\"\n"
        #expect(try Module(files).described() == [Self.wrongVPC("mod/b.auto.tfvars:1:7", "vpc-auto-b"), Self.usedAt])
        files["c.auto.tfvars.json"] = "{\"vpc\": \"vpc-auto-c\"}"
        #expect(try Module(files).described() == [Self.wrongVPC("mod/c.auto.tfvars.json:1:9", "vpc-auto-c"), Self.usedAt])
        files["one.tfvars"] = "vpc = \"vpc-one\"\n"
        files["two.tfvars"] = "  vpc = \"vpc-two\"\n"
        #expect(try Module(files).described(varFiles: ["one.tfvars"])
            == [Self.wrongVPC("vars/one.tfvars:1:7", "vpc-one"), Self.usedAt])
        #expect(try Module(files).described(varFiles: ["one.tfvars", "two.tfvars"])
            == [Self.wrongVPC("vars/two.tfvars:1:9", "vpc-two"), Self.usedAt])
        #expect(try Module(files).described(varFiles: ["two.tfvars", "one.tfvars"])
            == [Self.wrongVPC("vars/one.tfvars:1:7", "vpc-one"), Self.usedAt])
    }

    /// `*.auto.tfvars` and `*.auto.tfvars.json` go in one lexical order of
    /// their names, whichever syntax: `a.auto.tfvars.json` before `b.auto.tfvars`.
    @Test func automaticFilesGoInLexicalOrderOfTheirNames() throws {
        let files = [
            "main.tf": Self.declaration + Self.workforce(vpcID: "var.vpc"),
            "b.auto.tfvars": "vpc = \"vpc-b\"\n",
            "a.auto.tfvars.json": "{\"vpc\": \"vpc-a\"}",
        ]
        #expect(try Module(files).described() == [
            Self.wrongVPC("mod/b.auto.tfvars:1:7", "vpc-b"),
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf:11:26",
        ])
    }

    /// Function calls, conditionals, variables without a value, cycles
    /// between locals, templates with a directive or an unknown part, object
    /// `for` expressions and elements of tuple ones that call a function, and
    /// splats an element of which lacks the step are
    /// unknown: never checked, never reported, never an error. (A
    /// name the module does not declare is WF507: `TerraformUndeclaredReferenceTests`.)
    @Test func whatCannotBeKnownIsNeverReported() throws {
        for expression in [
            "upper(var.vpc)", "var.missing ? \"vpc-x\" : \"vpc-y\"", "var.on == \"true\" || var.missing ? \"vpc-x\" : \"y\"",
            "length(var.list) > 0 ? upper(var.vpc) : \"vpc-y\"", "var.missing", "local.a", "\"${var.missing}-x\"",
            "\"${var.vpc}${local.a}\"", "\"%{if true}${var.vpc}%{endif}\"", "\"${upper(var.vpc)}\"", "\"x${null}\"",
            "\"${var.list}-x\"", "var.list[*].vpc", "[for v in var.list : upper(v.id)][0]", "{for v in var.list : v.id => v.id}[\"vpc-bad\"]", "var.vpc.id", "aws_vpc.main.id", "var.list[5]",
        ] {
            let files = [
                "main.tf": Self.workforce(vpcID: expression),
                "variables.tf": Self.declaration + """
                    variable "on" { default = true }
                    variable "list" { default = [{id = "vpc-bad"}] }
                    variable "missing" {}
                    locals {
                      a = local.b
                      b = local.a
                    }

                    """,
            ]
            #expect(try Module(files).described() == [], "\(expression)")
        }
    }

    /// A template whose interpolations are known is the string Terraform
    /// renders (`terraform console`, v1.11.4: `"sg-${1.50}"` is `sg-1.5`, a
    /// `<<-` heredoc keeps its last newline), checked at the template; one
    /// of a sensitive value is sensitive. Before, every template that
    /// interpolated was unknown, and `"${var.vpc}-x"` passed.
    @Test func aTemplateOfKnownPartsIsCheckedAsRendered() throws {
        let heredoc = "<<-EOT\n      subnet-${var.vpc}\n      EOT\n"
        let files = [
            "variables.tf": Self.declaration + "variable \"n\" {\n  default = 1.50\n}\n"
                + "variable \"pw\" {\n  sensitive = true\n  default   = \"zz_hidden\"\n}\n",
            "main.tf": TerraformWorkforceText.cognito(name: "\"team-${var.pw}\"", vpcID: "\"${var.vpc}-x\"")
                .replacingOccurrences(of: "[\"sg-0123456789abcdef0\"]", with: "[\"sg-0123456789abcdef${0}\", \"sg-${var.n}\"]")
                .replacingOccurrences(of: "[\"subnet-0123456789abcdef0\"]", with: "[\(heredoc)]"),
        ]
        #expect(try Module(files).described() == [
            "mod/main.tf:2:20 WF007 /resource/aws_sagemaker_workforce/main/workforce_name \"workforce_name\" must match the API "
                + "pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got \"***\"",
            Self.wrongVPC("mod/main.tf:8:26", "vpc-default-x"),
            "mod/main.tf:9:54 WF210 \(Self.prefix)/workforce_vpc_config/0/security_group_ids/1 security group id \"sg-1.5\" is not "
                + "\"sg-\" followed by 8 or 17 lower-case hexadecimal digits",
            "mod/main.tf:10:27 WF211 \(Self.prefix)/workforce_vpc_config/0/subnets/0 subnet id \"subnet-vpc-default\n\" is not "
                + "\"subnet-\" followed by 8 or 17 lower-case hexadecimal digits",
        ])
        // A `.tf.json` string is a template too, without the newline of the heredoc it is parsed as.
        let json = #"""
            {"resource": {"aws_sagemaker_workforce": {"main": {
              "workforce_name": "team-${var.pw}",
              "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"},
              "workforce_vpc_config": {"vpc_id": "${var.vpc}-x", "security_group_ids": ["sg-${var.n}", "sg-0123456789abcdef${0}"],
                "subnets": ["subnet-0123456789abcdef${\"0\"}", "${local.x}"]}
            }}},
             "locals": {"y": "b\n", "x": "a${local.y~}"}}

            """#
        let jsonFiles = ["variables.tf": files["variables.tf"]!, "main.tf.json": json]
        let jsonFindings = try Module(jsonFiles).described("main.tf.json")
        #expect(jsonFindings == [
            "mod/main.tf.json:2:21 WF007 /resource/aws_sagemaker_workforce/main/workforce_name \"workforce_name\" must match the "
                + "API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got \"***\"",
            Self.wrongVPC("mod/main.tf.json:4:38", "vpc-default-x"),
            "mod/main.tf.json:4:77 WF210 \(Self.prefix)/workforce_vpc_config/0/security_group_ids/0 security group id \"sg-1.5\" "
                + "is not \"sg-\" followed by 8 or 17 lower-case hexadecimal digits",
            // A `~}` strips the heredoc's newline, not `y`'s: Terraform renders `ab\n`.
            "mod/main.tf.json:7:30 WF211 \(Self.prefix)/workforce_vpc_config/0/subnets/1 subnet id \"ab\n\" is not "
                + "\"subnet-\" followed by 8 or 17 lower-case hexadecimal digits",
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf.json:5:52",
        ])
    }

    /// A `default` or a local written beside the resource, in the linted
    /// file, is a value that came from elsewhere too: the finding is at the
    /// value, with a related location at the reference in the resource.
    @Test func aDefaultInTheSameFileGetsTheUseAsARelatedLocation() throws {
        let files = [
            "main.tf": Self.declaration + "locals {\n  cidr = \"10.0.0.1/16\"\n}\n" + Self.workforce(vpcID: "var.vpc", """
                  source_ip_config {
                    cidrs = [local.cidr]
                  }

                """),
        ]
        #expect(try Module(files).described() == [
            Self.wrongVPC("mod/main.tf:2:13", "vpc-default"),
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf:14:26",
            "mod/main.tf:5:10 WF203 \(Self.prefix)/source_ip_config/0/cidrs/0 CIDR \"10.0.0.1/16\" has host bits set; "
                + "the block it allows is \"10.0.0.0/16\"",
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf:19:14",
        ])
    }

    /// A client secret that is a `default` beside the resource is masked
    /// there, where it is shown, and never printed.
    @Test func aSecretDefaultInTheSameFileIsNeverPrinted() throws {
        var files = Self.secretModule
        files["main.tf"] = files["variables.tf", default: ""].replacingOccurrences(
            of: "type = string", with: "default = \"zzTOPvalue42\"") + files["main.tf", default: ""]
        files["variables.tf"] = nil
        files["terraform.tfvars"] = "name = \"labelers\"\n"
        let report = try Self.report(files)
        let found = report.files.flatMap(\.findings).filter { $0.ruleID == "WF140" }
        #expect(found.map { "\($0.file):\($0.range.start) \($0.related.map(\.sentence))" } == [
            "mod/main.tf:3:13 [\"used by aws_sagemaker_workforce.main at mod/main.tf:13:30\"]",
        ])
        #expect(found.map(\.message) == [
            "oidc_config.client_secret is a secret committed in the file; remove it and give variable \"idp_key\", "
                + "declared sensitive = true, its value from outside the repository (TF_VAR_idp_key, a secret store)",
        ])
        for output in [
            TextReporter(color: false).render(report), JSONReporter().render(report), SarifReporter().render(report),
            GitHubReporter().render(report),
        ] {
            #expect(!output.contains("zzTOP") && !output.contains("value42"))
        }
    }

    /// WF140 names the variable the secret came through, whatever its name:
    /// `TF_VAR_NAME` is what sets it from outside the repository. A template
    /// that is one interpolation (`"${var.sso_secret}"`) is the value it
    /// wraps: before, it got the advice to declare a variable.
    @Test(arguments: [("var.sso_secret", 30), ("\"${var.sso_secret}\"", 33)])
    func aSecretFromAVariableGetsAdviceNamingThatVariable(expression: String, usedAtColumn: Int) throws {
        var files = Self.secretModule
        files["main.tf"] = files["main.tf", default: ""].replacingOccurrences(
            of: "local.idp_key", with: expression)
        files["variables.tf"] = "variable \"name\" {}\nvariable \"sso_secret\" {\n  sensitive = true\n}\n"
        files["terraform.tfvars"] = "name = \"labelers\"\nsso_secret = \"zzTOPvalue42\"\n"
        #expect(try Module(files).described() == [
            "mod/terraform.tfvars:2:14 WF140 \(Self.prefix)/oidc_config/0/client_secret oidc_config.client_secret is a "
                + "secret committed in the file; remove it and give variable \"sso_secret\", declared sensitive = true, "
                + "its value from outside the repository (TF_VAR_sso_secret, a secret store)",
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf:6:\(usedAtColumn)",
        ])
    }

    /// A variable set to `null` is what Terraform makes of it: its `default`
    /// when it is declared `nullable = false`; else `null`, which leaves the
    /// argument unset. Both syntaxes of a definitions file alike.
    @Test func aNullValueIsTheDefaultOnlyWhenTheVariableIsNotNullable() throws {
        let declaration = "variable \"vpc\" {\n  default  = \"vpc-default\"\n  nullable = false\n}\n"
        for definitions in [["terraform.tfvars": "vpc = null\n"], ["terraform.tfvars.json": "{\"vpc\": null}"]] {
            var files = ["main.tf": Self.workforce(vpcID: "var.vpc"), "variables.tf": declaration]
            files.merge(definitions) { $1 }
            #expect(try Module(files).described() == [Self.wrongVPC("mod/variables.tf:2:14", "vpc-default"), Self.usedAt])
            let unset = [
                "mod/main.tf:7:3 WF213 \(Self.prefix)/workforce_vpc_config/0 \"workforce_vpc_config\" lacks \"vpc_id\"; a "
                    + "workforce VPC configuration needs workforce_vpc_config.vpc_id, workforce_vpc_config.security_group_ids "
                    + "and workforce_vpc_config.subnets",
            ]
            files["variables.tf"] = declaration.replacingOccurrences(of: "  nullable = false\n", with: "")
            let nullable = try Module(files).described()
            #expect(nullable == unset)
            files["variables.tf"] = declaration.replacingOccurrences(of: "false", with: "true")
            let declaredNullable = try Module(files).described()
            #expect(declaredNullable == unset)
        }
    }

    /// `default = null` and no definition: the variable is `null`, so the
    /// argument it is given is unset (a required one is missing), in both
    /// syntaxes; declared `nullable = false` too, Terraform refuses it and
    /// the value is unknown.
    @Test func aNullDefaultIsNullUnlessTheVariableIsNotNullable() throws {
        let unset = [
            "mod/main.tf:7:3 WF213 \(Self.prefix)/workforce_vpc_config/0 \"workforce_vpc_config\" lacks \"vpc_id\"; a "
                + "workforce VPC configuration needs workforce_vpc_config.vpc_id, workforce_vpc_config.security_group_ids "
                + "and workforce_vpc_config.subnets",
        ]
        let declarations = [
            "variables.tf": "variable \"vpc\" {\n  default = null\n}\n",
            "variables.tf.json": "{\"variable\": {\"vpc\": {\"default\": null}}}\n",
        ]
        for (name, declaration) in declarations {
            let files = ["main.tf": Self.workforce(vpcID: "var.vpc"), name: declaration]
            #expect(try Module(files).described() == unset, "\(name)")
            var notNullable = files
            notNullable[name] = declaration.replacingOccurrences(of: "default = null\n", with: "default  = null\n  nullable = false\n")
                .replacingOccurrences(of: "\"default\": null", with: "\"default\": null, \"nullable\": false")
            #expect(try Module(notNullable).described().isEmpty, "\(name)")
        }
        // A definition still gives the value.
        let defined = ["main.tf": Self.workforce(vpcID: "var.vpc"), "variables.tf": declarations["variables.tf"] ?? "",
                       "terraform.tfvars": "vpc = \"vpc-tfvars\"\n"]
        #expect(try Module(defined).described() == [Self.wrongVPC("mod/terraform.tfvars:1:7", "vpc-tfvars"), Self.usedAt])
    }

    /// A traversal of a known object or tuple reaches its member or element.
    @Test func traversalsReachIntoKnownObjectsAndTuples() throws {
        let files = [
            "main.tf": Self.workforce(vpcID: "var.net.vpcs[1]", """
                  source_ip_config {
                    cidrs = [local.net["cidrs"][0], "10.0.0.0/8"]
                  }

                """),
            "network.tf": """
                variable "net" {
                  default = { vpcs = ["vpc-0123456789abcdef0", "vpc-second"] }
                }
                locals {
                  net = { cidrs = ["10.1.0.0/16"] }
                }

                """,
        ]
        #expect(try Module(files).described() == [
            Self.wrongVPC("mod/network.tf:2:48", "vpc-second"),
            Self.usedAt,
            "mod/network.tf:5:20 WF204 \(Self.prefix)/source_ip_config/0/cidrs/0 CIDR \"10.1.0.0/16\" is already "
                + "covered by \"10.0.0.0/8\" at mod/main.tf:13:37",
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf:13:14",
        ])
    }

    /// A conditional whose condition is known is the branch it chooses, as
    /// at plan with the same values.
    @Test func aConditionThatIsKnownChoosesItsBranch() throws {
        let on = "variable \"on\" {\n  default = true\n}\n"
        let chosen = ["main.tf": Self.workforce(vpcID: "var.on ? \"vpc-x\" : \"vpc-y\""), "variables.tf": on]
        #expect(try Module(chosen).described() == [Self.wrongVPC("mod/main.tf:8:35", "vpc-x")])
        let negated = ["main.tf": Self.workforce(vpcID: "!var.on && 1 < 2 ? \"vpc-x\" : \"vpc-y\""), "variables.tf": on]
        #expect(try Module(negated).described() == [Self.wrongVPC("mod/main.tf:8:55", "vpc-y")])
    }

    /// What HCL would decide otherwise than a plain reading of the values
    /// is not decided: a value of another type than the one it is compared
    /// with (`"true"` from a `.tfvars` file, which a `type = bool` makes
    /// `true`), a fraction (`0.1 + 0.2 == 0.3` holds in HCL), an integer past
    /// 2^53, the length of a list with a repeated element (a `set` type
    /// merges them; a `set(...)` variable's length counts each once, so it
    /// is known), the length of a string with a virama (Terraform
    /// counts its characters by older rules). Strings are compared as
    /// Terraform normalises them (NFC).
    @Test func aConditionHCLWouldDecideOtherwiseIsNotDecided() throws {
        let variables = "variable \"on\" {\n  default = \"true\"\n}\nvariable \"l\" {\n  default = [\"a\", \"a\"]\n}\n"
        for condition in [
            "var.on == true", "0.1 + 0.2 == 0.3", "9007199254740993 == 9007199254740992", "length(var.l) == 2",
            "\"1\" == 1",
            // Terraform's `length` is 2 (Unicode 15.0's segmentation), Swift's count 1 (GB9c;
            // U+0897, unassigned in 15.0, a mark in Swift's Unicode).
            "length(\"\\u0915\\u094d\\u0937\") == 2", "length(\"a\\u0897\") == 2",
        ] {
            let files = ["main.tf": Self.workforce(vpcID: "\(condition) ? upper(var.on) : \"vpc-y\""), "variables.tf": variables]
            #expect(try Module(files).described() == [], "\(condition)")
        }
        // A declared type converts the value as written: only `null` is known of a primitive's.
        let typed = "variable \"s\" {\n  type    = string\n  default = true\n}\nvariable \"n\" {\n  type    = string\n}\n"
            + "variable \"t\" {\n  type    = set(string)\n  default = [\"a\", \"a\"]\n}\n"
            + "variable \"o\" {\n  type    = object({ a = string, b = optional(string) })\n  default = { a = \"x\" }\n}\n"
        for condition in ["var.s != true", "var.s == \"true\"", "length(var.o) == 1"] {
            let files = ["main.tf": Self.workforce(vpcID: "\(condition) ? upper(var.s) : \"vpc-y\""), "variables.tf": typed]
            #expect(try Module(files).described() == [], "\(condition)")
        }
        let null = ["main.tf": Self.workforce(vpcID: "var.s != null ? \"vpc-x\" : upper(var.s)"), "variables.tf": typed]
        #expect(try Module(null).described() == [Self.wrongVPC("mod/main.tf:8:42", "vpc-x")])
        // `terraform console`: `length(var.t)` is 1.
        let set = ["main.tf": Self.workforce(vpcID: "length(var.t) == 1 ? \"vpc-x\" : upper(var.s)"), "variables.tf": typed]
        #expect(try Module(set).described() == [Self.wrongVPC("mod/main.tf:8:47", "vpc-x")])
        let nfc = ["main.tf": Self.workforce(vpcID: "\"e\\u0301\" == \"\\u00e9\" ? \"vpc-x\" : upper(var.on)"), "variables.tf": variables]
        #expect(try Module(nfc).described() == [Self.wrongVPC("mod/main.tf:8:50", "vpc-x")])
    }

    /// The optional block of a module: `dynamic` with a `for_each` that is
    /// `[1]` or `[]` by a condition on the variable the content reads. With
    /// the variable empty or null there is no block, and nothing of it is
    /// checked (before, the block counted as made, and an empty `cidrs` was
    /// WF202; a null `vpc_id`, WF213); with a value, the block is made and checked.
    @Test func anOptionalBlockIsMadeOnlyWhenItsConditionHolds() throws {
        let block = TerraformWorkforceText.cognito(rest: """
              dynamic "source_ip_config" {
                for_each = length(var.cidrs) > 0 ? [1] : []
                content {
                  cidrs = var.cidrs
                }
              }
              dynamic "workforce_vpc_config" {
                for_each = var.vpc_id != null ? [1] : []
                content {
                  vpc_id             = var.vpc_id
                  security_group_ids = var.groups
                  subnets            = var.subnets
                }
              }

            """)
        let variables = """
            variable "cidrs" {
              default = CIDRS
            }
            variable "vpc_id" {
              default = VPC
            }
            variable "groups" {
              default = []
            }
            variable "subnets" {
              default = []
            }

            """
        func module(cidrs: String, vpc: String) throws -> Module {
            try Module([
                "main.tf": block,
                "variables.tf": variables.replacingOccurrences(of: "CIDRS", with: cidrs)
                    .replacingOccurrences(of: "VPC", with: vpc),
            ])
        }
        #expect(try module(cidrs: "[]", vpc: "null").described() == [])
        let made = try module(cidrs: "[\"10.0.0.0/33\"]", vpc: "\"vpc-0123456789abcdef0\"").described()
        #expect(made.map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == [
            "mod/variables.tf:2:14 WF201", "note: used", "mod/variables.tf:8:13 WF006", "note: used",
            "mod/variables.tf:11:13 WF006", "note: used",
        ])
    }

    /// A template that is one interpolation and nothing else (`"${var.vpc}"`,
    /// the form of Terraform before 0.12) is the value it wraps, unconverted,
    /// as HCL's `TemplateWrapExpr` has it: checked as `var.vpc` is. Before,
    /// it was unknown, and a wrong value in it passed.
    @Test func aTemplateOfOneInterpolationIsTheValueItWraps() throws {
        // The use is the reference inside the template.
        for (expression, column) in [("\"${var.vpc}\"", 29), ("\"${ var.vpc }\"", 30), ("\"${~ var.vpc ~}\"", 31)] {
            #expect(try Module(["main.tf": Self.workforce(vpcID: expression), "variables.tf": Self.declaration]).described()
                == [
                    Self.wrongVPC("mod/variables.tf:2:13", "vpc-default"),
                    "  note: used by aws_sagemaker_workforce.main at mod/main.tf:8:\(column)",
                ], "\(expression)")
        }
        // A list through it stays a list: ten CIDRs and one wrong.
        let cidrs = "variable \"cidrs\" {\n  default = [\"10.0.0.0/33\"]\n}\n"
        let files = ["main.tf": TerraformWorkforceText.cognito(cidrs: "\"${var.cidrs}\""), "variables.tf": cidrs]
        #expect(try Module(files).described() == [
            "mod/variables.tf:2:14 WF201 \(Self.prefix)/source_ip_config/0/cidrs/0 CIDR \"10.0.0.0/33\" is invalid: "
                + "prefix \"33\" is greater than 32; expected an address and a prefix length, like \"10.0.0.0/16\" or "
                + "\"2001:db8::/32\"",
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf:8:16",
        ])
    }

    /// In a `.tf.json` file, a string that is exactly one interpolation of a
    /// reference (`"${var.vpc}"`) is resolved as `var.vpc` is in HCL.
    @Test func aJSONReferenceResolvesAsInHCL() throws {
        let json = """
            {
              "resource": {"aws_sagemaker_workforce": {"main": {
                "workforce_name": "labelers",
                "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"},
                "workforce_vpc_config": {
                  "vpc_id": VPC,
                  "security_group_ids": ["sg-0123456789abcdef0"],
                  "subnets": ["subnet-0123456789abcdef0"]
                }
              }}}
            }

            """
        // Strip markers strip nothing there: `terraform console` reads
        // `"${~var.v}"` as the variable's value (a tuple of a list default).
        for template in ["${var.vpc}", "${~var.vpc}", "${var.vpc~}", "${~ var.vpc ~}"] {
            let resource = json.replacingOccurrences(of: "VPC", with: "\"\(template)\"")
            #expect(try Module(["main.tf.json": resource, "variables.tf": Self.declaration]).described("main.tf.json") == [
                Self.wrongVPC("mod/variables.tf:2:13", "vpc-default"),
                "  note: used by aws_sagemaker_workforce.main at mod/main.tf.json:6:17",
            ], "\(template)")
        }
        // What is not known stays unknown (a template of known parts is
        // rendered: `aTemplateOfKnownPartsIsCheckedAsRendered`).
        for template in ["${var.missing}-x", "${upper(var.vpc)}", "${var.missing}", "${var.vpc}${var.missing}",
                         "%{if true}${var.vpc}%{endif}"] {
            let unknown = json.replacingOccurrences(of: "VPC", with: "\"\(template)\"")
            let variables = Self.declaration + "variable \"missing\" {}\n"
            #expect(try Module(["main.tf.json": unknown, "variables.tf": variables]).described("main.tf.json") == [],
                    "\(template)")
        }
    }

    /// A `.tf.json` file of the module gives its `variable` and `locals`
    /// blocks to the module, whose `.tf` files read them.
    @Test func aJSONFileOfTheModuleGivesItsVariablesAndLocals() throws {
        let files = [
            "main.tf": Self.workforce(vpcID: "local.vpc"),
            "locals.tf.json": """
                {
                  "variable": {"vpc_id": {"default": "vpc-json"}},
                  "locals": {"vpc": "${var.vpc_id}"}
                }

                """,
        ]
        #expect(try Module(files).described() == [Self.wrongVPC("mod/locals.tf.json:2:38", "vpc-json"), Self.usedAt])
    }

    /// A message that names a place in another file than the finding's names
    /// that file, and a repeat's related location is in the file the first
    /// one is written in.
    @Test func aPlaceInAnotherFileIsNamedWithItsFile() throws {
        let sg = "\"sg-0123456789abcdef0\""
        let variable = "variable \"sg\" {\n  default = \(sg)\n}\n"
        let later = Self.workforce(vpcID: "\"vpc-0123456789abcdef0\"")
            .replacingOccurrences(of: "[\(sg)]", with: "[\(sg), var.sg]")
        let pointer = "\(Self.prefix)/workforce_vpc_config/0/security_group_ids"
        #expect(try Module(["main.tf": later, "variables.tf": variable]).described() == [
            "mod/variables.tf:2:13 WF214 \(pointer)/1 duplicate id \(sg), first listed at mod/main.tf:9:27",
            "  note: first defined at mod/main.tf:9:27",
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf:9:51",
        ])
        let first = Self.workforce(vpcID: "\"vpc-0123456789abcdef0\"")
            .replacingOccurrences(of: "[\(sg)]", with: "[var.sg, \(sg)]")
        #expect(try Module(["main.tf": first, "variables.tf": variable]).described() == [
            "mod/main.tf:9:35 WF214 \(pointer)/1 duplicate id \(sg), first listed at mod/variables.tf:2:13",
            "  note: first defined at mod/variables.tf:2:13",
        ])
    }

    /// A tuple with unknown elements has a known length: WF202 counts it, and
    /// its known elements, from variables too, are checked.
    @Test func aTupleWithUnknownElementsKeepsItsLength() throws {
        let unknowns = Array(repeating: "cidrsubnet(var.base, 8, 1)", count: 9).joined(separator: ", ")
        let files = [
            "main.tf": Self.workforce(vpcID: "\"vpc-0123456789abcdef0\"", """
                  source_ip_config {
                    cidrs = [var.first, "10.0.0.0/8", \(unknowns)]
                  }

                """),
            "terraform.tfvars": "first = \"10.0.0.1/16\"\n",
            "variables.tf": "variable \"first\" {}\nvariable \"base\" {}\n",
        ]
        let found = try Module(files).described()
        #expect(found.contains(
            "mod/main.tf:13:13 WF202 \(Self.prefix)/source_ip_config/0/cidrs source_ip_config.cidrs has 11 entries; "
                + "the allow list takes 1 to 10"))
        #expect(found.contains(
            "mod/terraform.tfvars:1:9 WF203 \(Self.prefix)/source_ip_config/0/cidrs/0 CIDR \"10.0.0.1/16\" has host bits "
                + "set; the block it allows is \"10.0.0.0/16\""))
    }

    /// A module's `.tf` files are one: locals and variables are read from a
    /// file that holds no workforce, and locals may use variables.
    @Test func localsOfAnotherFileResolveThroughVariables() throws {
        let files = [
            "main.tf": Self.workforce(vpcID: "local.vpc"),
            "locals.tf": "locals {\n  vpc = var.vpc_id\n}\n",
            "variables.tf": "variable \"vpc_id\" {\n  type = string\n}\n",
            "prod.auto.tfvars": "vpc_id = \"vpc-prod\"\n",
        ]
        #expect(try Module(files).described() == [Self.wrongVPC("mod/prod.auto.tfvars:1:10", "vpc-prod"), Self.usedAt])
    }

    /// An OIDC workforce whose name and client secret come from `terraform.tfvars`.
    static let secretModule = [
        "main.tf": """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = var.name
              oidc_config {
                authorization_endpoint = "https://idp.example.com/authorize"
                client_id              = "labelers"
                client_secret          = local.idp_key
                issuer                 = "https://idp.example.com"
                jwks_uri               = "https://idp.example.com/jwks"
                logout_endpoint        = "https://idp.example.com/logout"
                token_endpoint         = "https://idp.example.com/token"
                user_info_endpoint     = "https://idp.example.com/userinfo"
              }
            }

            """,
        "variables.tf": """
            variable "name" {}
            variable "idp_key" {
              type = string
            }
            locals {
              idp_key = var.idp_key
            }

            """,
        "terraform.tfvars": "name    = \"bad name\"\nidp_key = \"zzTOPvalue42\"\n",
    ]

    static func report(_ files: [String: String], varFiles: [String] = []) throws -> LintReport {
        let linted = try Module(files).lint(varFiles: varFiles)
        var run = RunSummary(rules: RuleSet.builtin().descriptors, workingDirectory: "/repo")
        run.add(InputOutcome(
            input: LintInput(source: .file("mod/main.tf"), displayName: "mod/main.tf", isExplicit: true),
            result: .success(linted)))
        return run.report(exitStatus: run.exitStatus(failOn: .error))
    }

    /// The finding is shown in the file the value is written in, with its
    /// excerpt, and a note where the resource uses it; WF503 at the variable.
    @Test func textShowsTheValuesFileAndANoteAtTheUse() throws {
        let text = TextReporter(color: false).render(try Self.report(Self.secretModule))
        #expect(text == """
            mod/terraform.tfvars:1:11: error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got "bad name" [WF007 pattern]
                1 | name    = "bad name"
                  |           ^~~~~~~~~~
              note: used by aws_sagemaker_workforce.main at mod/main.tf:2:20
            mod/terraform.tfvars:2:11: warning: oidc_config.client_secret is a secret committed in the file; remove it and give variable "idp_key", declared sensitive = true, its value from outside the repository (TF_VAR_idp_key, a secret store) [WF140 client-secret-literal]
                2 | idp_key = **************
                  |           ^~~~~~~~~~~~~~
              note: used by aws_sagemaker_workforce.main at mod/main.tf:6:30
            mod/variables.tf:2:10: warning: variable "idp_key" feeds oidc_config.client_secret of aws_sagemaker_workforce.main but is not declared sensitive = true [WF503 tf-unsensitive-secret]
                2 | variable "idp_key" {
                  |          ^~~~~~~~~
              note: used by aws_sagemaker_workforce.main at mod/main.tf:6:30
            1 error, 2 warnings in 2 files; 1 file checked

            """)
    }

    /// A file that is an input and also receives findings of another input
    /// (its locals feed that input's workforce) is one report, counted once.
    @Test func aFileThatIsAnInputAndShowsAnotherInputsFindingsCountsOnce() throws {
        let files = [
            "main.tf": Self.workforce(vpcID: "local.vpc"),
            "other.tf": "locals {\n  vpc = \"vpc-local\"\n}\n" + Self.workforce(vpcID: "\"vpc-other\"")
                .replacingOccurrences(of: "\"main\"", with: "\"other\""),
        ]
        var run = RunSummary(rules: RuleSet.builtin().descriptors, workingDirectory: "/repo")
        for (input, linted) in try Module(files).lint(["main.tf", "other.tf"]) {
            run.add(InputOutcome(input: input, result: .success(linted)))
        }
        let report = run.report(exitStatus: run.exitStatus(failOn: .error))
        #expect(report.files.map(\.path) == ["mod/other.tf"])
        #expect(TextReporter(color: false).render(report) == """
            mod/other.tf:2:9: error: VPC id "vpc-local" is not "vpc-" followed by 8 or 17 lower-case hexadecimal digits [WF212 vpc-id]
                2 |   vpc = "vpc-local"
                  |         ^~~~~~~~~~~
              note: used by aws_sagemaker_workforce.main at mod/main.tf:8:26
            mod/other.tf:11:26: error: VPC id "vpc-other" is not "vpc-" followed by 8 or 17 lower-case hexadecimal digits [WF212 vpc-id]
               11 |     vpc_id             = "vpc-other"
                  |                          ^~~~~~~~~~~
            2 errors in 1 file; 2 files checked

            """)
    }

    /// JSON names the values file and lists the use; SARIF validates, with the
    /// use as a related location in the resource's file.
    @Test func jsonAndSarifCarryTheUseAsARelatedLocation() throws {
        let report = try Self.report(Self.secretModule)
        let json = JSONReporter().render(report)
        #expect(json.contains("""
                  "file": "mod/terraform.tfvars",
                  "document": 0,
                  "ruleId": "WF007",
            """))
        #expect(json.contains("""
                  "related": [
                    {
                      "file": "mod/main.tf",
                      "message": "used by aws_sagemaker_workforce.main",
                      "start": {
                        "line": 2,
                        "column": 20
                      },
                      "end": {
                        "line": 2,
                        "column": 28
                      }
                    }
                  ]
            """))
        let sarif = SarifReporter().render(report)
        try SarifValidator.expectValid(sarif)
        #expect(sarif.contains("""
                            "artifactLocation": {
                              "uri": "mod/main.tf",
                              "uriBaseId": "%SRCROOT%"
                            },
                            "region": {
                              "startLine": 6,
                              "startColumn": 30,
                              "endLine": 6,
                              "endColumn": 43
                            }
                          },
                          "message": {
                            "text": "used by aws_sagemaker_workforce.main"
                          }
            """))
    }

    /// The client secret a `.tfvars` file gives is in no output: not in a
    /// message, excerpt, snippet, JSON, SARIF, annotation or baseline.
    @Test func aSecretFromTfvarsIsNeverPrinted() throws {
        let report = try Self.report(Self.secretModule)
        var baseline = Baseline(file: "b.json", directory: "/repo")
        for file in report.files {
            for finding in file.findings { baseline.insert(baseline.key(for: finding, absolutePath: "/repo/" + file.path, source: file.source)) }
        }
        let outputs = [
            TextReporter(color: false).render(report), JSONReporter().render(report), SarifReporter().render(report),
            GitHubReporter().render(report), baseline.rendered(messages: [:]),
        ]
        #expect(report.files.flatMap(\.findings).contains { $0.ruleID == "WF140" })
        for output in outputs { #expect(!output.contains("zzTOP") && !output.contains("value42")) }
    }

    /// WF503 is not reported for a variable declared `sensitive = true`, and
    /// is reported at a `client_secret = var.NAME` without a known value.
    @Test func aSensitiveVariableIsNoWF503() throws {
        var files = Self.secretModule
        files["terraform.tfvars"] = "name = \"labelers\"\n"
        #expect(try Module(files).described() == [
            "mod/variables.tf:2:10 WF503 /variable/idp_key variable \"idp_key\" feeds oidc_config.client_secret of "
                + "aws_sagemaker_workforce.main but is not declared sensitive = true",
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf:6:30",
        ])
        files["variables.tf"] = files["variables.tf"]?.replacingOccurrences(of: "type = string", with: "sensitive = true")
        #expect(try Module(files).described() == [])
    }

    /// A `--var-file` that does not parse stops the run with its place.
    @Test func aBrokenVarFileIsAnErrorWithItsPlace() throws {
        let module = try Module(["broken.tfvars": "vpc = [\"a\"\n"])
        defer { try? FileManager.default.removeItem(at: module.folder) }
        let path = module.folder.appendingPathComponent("broken.tfvars").path
        #expect(throws: SourceError.self) { try TerraformModuleFiles.varFile(path, maximumSize: 1 << 20) }
        do {
            _ = try TerraformModuleFiles.varFile(path, maximumSize: 1 << 20)
        } catch {
            #expect(error.position == SourcePosition(line: 2, column: 1))
            #expect(error.file == path)
        }
    }

    /// A definitions file of the module that does not parse stops Terraform:
    /// it is WF001 at its place, and no variable's value is known (never the
    /// default, which would give WF212 here).
    @Test func aBrokenDefinitionsFileIsASyntaxErrorAndNoValueIsKnown() throws {
        for (name, text, error) in [
            (
                "terraform.tfvars", "vpc = [\"a\"\n",
                "mod/terraform.tfvars:2:1 WF001  expected ',' or ']' after an element of the tuple at 1:7, found the end "
                    + "of the file"
            ),
            ("b.auto.tfvars.json", "{\"vpc\": ", "mod/b.auto.tfvars.json:1:9 WF001  expected a value"),
            ("c.auto.tfvars.json", "[\"vpc\"]", "mod/c.auto.tfvars.json:1:1 WF001  a variable definitions file holds a JSON object"),
        ] {
            let files = ["main.tf": Self.workforce(vpcID: "var.vpc"), "variables.tf": Self.declaration, name: text]
            let found = try Module(files).described()
            #expect(found == [error], "\(name)")
        }
    }

    /// A definitions file Terraform refuses though it reads as HCL stops
    /// Terraform as one that does not parse: a block in it (hcl's
    /// `JustAttributes`: "Blocks are not allowed here") or an argument set
    /// twice ("Attribute redefined") is WF001 at the block's type or at the
    /// second argument, naming the first, and no variable's value is known
    /// (never the default, which would give WF212 here; before, the last
    /// value won).
    @Test func aDefinitionsFileTerraformRefusesIsASyntaxErrorAndNoValueIsKnown() throws {
        for (name, text, error) in [
            (
                "terraform.tfvars", "vpc = \"vpc-0123456789abcdef0\"\nfoo {\n}\n",
                "mod/terraform.tfvars:2:1 WF001  unexpected block: a variable definitions file holds only arguments "
                    + "(NAME = value); blocks are not allowed here"
            ),
            (
                "a.auto.tfvars", "vpc = \"x y\"\nvpc = \"vpc-0123456789abcdef0\"\n",
                "mod/a.auto.tfvars:2:1 WF001  the argument was already set at 1:1; each argument may be set only once"
            ),
            // JSON syntax: hcl's JSON body refuses a key set twice ("Duplicate argument").
            (
                "b.auto.tfvars.json", "{\"vpc\": \"x y\",\n \"vpc\": \"vpc-0123456789abcdef0\"}\n",
                "mod/b.auto.tfvars.json:2:2 WF001  the argument was already set at 1:2; each argument may be set only once"
            ),
        ] {
            let files = ["main.tf": Self.workforce(vpcID: "var.vpc"), "variables.tf": Self.declaration, name: text]
            #expect(try Module(files).described() == [error], "\(name)")
        }
    }

    /// What Terraform plans in a `.tfvars.json` file stays accepted: `//`
    /// (a comment) written twice, and a key written twice inside the value
    /// of a name the module declares no variable for (Terraform reads no
    /// such value). The first was WF001 before this round, the second for a
    /// moment within it.
    @Test func aDefinitionsFilesCommentsAndUnreadValuesMayRepeatKeys() throws {
        let values = #"{"//": "a", "//": "b", "undeclared": {"a": 1, "a": 2}, "vpc": "vpc-0123456789abcdef0"}"# + "\n"
        let files = ["main.tf": Self.workforce(vpcID: "var.vpc"), "variables.tf": Self.declaration, "terraform.tfvars.json": values]
        #expect(try Module(files).described() == [])
    }

    /// A `variable` that sets its `default` twice is refused too ("Attribute
    /// redefined"): WF001 at the second, in the file that declares it, which
    /// then declares nothing (the variable is unknown: no WF212).
    @Test func aDefaultSetTwiceIsASyntaxError() throws {
        let files = [
            "main.tf": Self.workforce(vpcID: "var.vpc"),
            "variables.tf": "variable \"vpc\" {\n  default = \"vpc-default\"\n  default = \"vpc-other\"\n}\n",
        ]
        #expect(try Module(files).described() == [
            "mod/variables.tf:3:3 WF001  the argument was already set at 2:3; each argument may be set only once",
        ])
    }

    /// Terraform converts a string to the bool a variable's `nullable`,
    /// `ephemeral` or `sensitive` takes (`nullable = "false"`, `"0"`), and
    /// so does wflint: such a variable set to `null` keeps its default (it
    /// was a WF005 for the missing name), and one `"ephemeral": "true"` is
    /// ephemeral (WF506; it passed).
    @Test func aVariablesFlagWrittenAsAStringIsThatBool() throws {
        let nullTFVars = ["terraform.tfvars.json": "{\"name\": null}\n"]
        let native = "variable \"name\" {\n  default  = \"labelers\"\n  nullable = \"false\"\n}\n"
        #expect(try Module(["main.tf": TerraformWorkforceText.cognito(name: "var.name"), "variables.tf": native]
            .merging(nullTFVars) { $1 }).described() == [])
        let json = #"{"variable": {"name": {"default": "labelers", "nullable": "0"}}}"#
        #expect(try Module(["main.tf": TerraformWorkforceText.cognito(name: "var.name"), "variables.tf.json": json]
            .merging(nullTFVars) { $1 }).described() == [])
        let ephemeral = #"{"variable": {"name": {"default": "labelers", "ephemeral": "true"}}}"#
        let found = try Module(["main.tf": TerraformWorkforceText.cognito(name: "var.name"), "variables.tf.json": ephemeral])
            .described()
        #expect(found.map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == ["mod/main.tf:2:20 WF506"], "\(found)")
    }

    /// In JSON syntax a property written twice is two blocks or an error, as
    /// the body's schema says: Terraform refuses a `variable`'s or an
    /// `output`'s argument set twice ("Duplicate argument") and a key
    /// written twice in an object an argument's value writes ("Duplicate
    /// object attribute"). Each is WF001 at the second, in the file that
    /// writes it, which then declares nothing; before, the module passed
    /// with one of the two values.
    @Test func aJSONPropertyTerraformRefusesTwiceIsASyntaxError() throws {
        for (name, text, error) in [
            (
                "variables.tf.json", "{\"variable\": {\"vpc\": {\"default\": \"vpc-default\",\n  \"default\": \"vpc-other\"}}}\n",
                "mod/variables.tf.json:2:3 WF001  the argument \"default\" was already set at 1:23; each argument may be "
                    + "set only once (Terraform: \"Duplicate argument\")"
            ),
            (
                "outputs.tf.json", "{\"output\": {\"id\": {\"value\": \"${var.vpc}\",\n  \"value\": \"x\"}}}\n",
                "mod/outputs.tf.json:2:3 WF001  the argument \"value\" was already set at 1:20; each argument may be "
                    + "set only once (Terraform: \"Duplicate argument\")"
            ),
            (
                "locals.tf.json", "{\"locals\": {\"ids\": [{\"a\": 1},\n  {\"a\": 1, \"a\": 2}]}}\n",
                "mod/locals.tf.json:2:12 WF001  this key was already set at 2:4; an object's keys must be unique "
                    + "(Terraform: \"Duplicate object attribute\")"
            ),
        ] {
            // The variable declared with a right default where the file does not declare it.
            let declaration = "variable \"vpc\" {\n  default = \"vpc-0123456789abcdef0\"\n}\n"
            let files = ["main.tf": Self.workforce(vpcID: "var.vpc"), "variables.tf": declaration, name: text]
                .filter { name != "variables.tf.json" || $0.key != "variables.tf" }
            #expect(try Module(files).described() == [error], "\(name)")
        }
    }

    /// What Terraform accepts twice in JSON syntax stays accepted: a nested
    /// block (`validation`) and a `//` comment in a body, each two; and a
    /// variable's name under an array of two bodies is declared twice (WF505).
    @Test func aJSONBlockOrCommentWrittenTwiceIsNoError() throws {
        let validation = #"{"condition": "${true}", "error_message": "Bad."}"#
        let variables = #"{"variable": {"vpc": {"default": "vpc-0123456789abcdef0", "//": "a", "//": "b", "validation": "#
            + "[\(validation), \(validation)]}}}\n"
        #expect(try Module(["main.tf": Self.workforce(vpcID: "var.vpc"), "variables.tf.json": variables]).described() == [])
        let twice = #"{"variable": {"vpc": [{"default": "vpc-0123456789abcdef0"},"# + "\n"
            + #"  {"default": "vpc-0123456789abcdef0"}]}}"# + "\n"
        #expect(try Module(["main.tf": Self.workforce(vpcID: "var.vpc"), "variables.tf.json": twice]).described() == [
            "mod/variables.tf.json:2:3 WF505 /variable/vpc variable \"vpc\" is already declared at mod/variables.tf.json:1:15; "
                + "variable names must be unique in a module",
            "  note: first defined at mod/variables.tf.json:1:15",
        ])
    }

    /// A value used twice in a resource (`cidrs = [var.s, var.s]`) is one
    /// value, resolved once: each finding about it has its own use as its
    /// related location, in HCL and in JSON syntax (before, both had the last).
    @Test func eachUseOfAValueIsTheRelatedLocationOfItsFinding() throws {
        let invalid = #"CIDR "10.0.0.300/16" is invalid: octet "300" is greater than 255; expected an address and a "#
            + #"prefix length, like "10.0.0.0/16" or "2001:db8::/32""#
        let declaration = "variable \"s\" {\n  default = \"10.0.0.300/16\"\n}\n"
        let native = ["main.tf": TerraformWorkforceText.cognito(cidrs: "[var.s, var.s]"), "variables.tf": declaration]
        let found = try Module(native).described()
        #expect(found == [
            "mod/variables.tf:2:13 WF201 \(Self.prefix)/source_ip_config/0/cidrs/0 \(invalid)",
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf:8:14",
            "mod/variables.tf:2:13 WF201 \(Self.prefix)/source_ip_config/0/cidrs/1 \(invalid)",
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf:8:21",
        ])
        let json = """
            {
              "resource": {"aws_sagemaker_workforce": {"main": {
                "workforce_name": "labelers",
                "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"},
                "source_ip_config": {"cidrs": ["${var.s}", "${var.s}"]}
              }}}
            }

            """
        let foundInJSON = try Module(["main.tf.json": json, "variables.tf": declaration]).described("main.tf.json")
        #expect(foundInJSON == [
            "mod/variables.tf:2:13 WF201 \(Self.prefix)/source_ip_config/0/cidrs/0 \(invalid)",
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf.json:5:36",
            "mod/variables.tf:2:13 WF201 \(Self.prefix)/source_ip_config/0/cidrs/1 \(invalid)",
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf.json:5:48",
        ])
    }

    /// A definitions file over the size limit is not read: no variable's
    /// value is then known (never the default); within it, its value is used.
    @Test func aDefinitionsFileOverTheSizeLimitMakesEveryVariableUnknown() throws {
        let ruleSet = RuleSet.builtin()
        let table = RuleTable(ruleSet.descriptors)
        let linter = Linter(
            checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil, limits: LintLimits(maximumFileSize: 200))
        let values = "vpc = \"vpc-tfvars\"\n"
        for (padding, expected) in [(0, ["mod/terraform.tfvars:1:7 WF212"]), (200, [])] {
            let module = try Module([
                "variables.tf": Self.declaration, "terraform.tfvars": values + String(repeating: "#", count: padding) + "\n",
            ])
            defer { try? FileManager.default.removeItem(at: module.folder) }
            let main = module.folder.appendingPathComponent("main.tf").path
            let linted = linter.lint(
                Array(Self.workforce(vpcID: "var.vpc").utf8),
                as: LintInput(source: .file(main), displayName: "mod/main.tf", isExplicit: true))
            let found = (linted.findings + linted.referenced.flatMap(\.findings)).map { "\($0.file):\($0.range.start) \($0.ruleID)" }
            #expect(found == expected, "padding \(padding)")
        }
    }

    /// A definitions file that does not parse may hold a secret on the line
    /// its error is shown on: that line is masked whole, whether the file is
    /// linted itself or shown by the module that reads it.
    @Test func theLineOfABrokenDefinitionsFileIsMasked() throws {
        let values = "idp_key = \"zzTOPvalue42\" x\n"
        let own = builtinLinter().lint(
            Array(values.utf8), as: LintInput(source: .file("secrets.tfvars"), displayName: "secrets.tfvars", isExplicit: false))
        var run = RunSummary(rules: RuleSet.builtin().descriptors, workingDirectory: "/repo")
        run.add(InputOutcome(
            input: LintInput(source: .file("secrets.tfvars"), displayName: "secrets.tfvars", isExplicit: false),
            result: .success(own)))
        let files = ["main.tf": Self.workforce(vpcID: "var.vpc"), "variables.tf": Self.declaration, "terraform.tfvars": values]
        let shown = try Module(files).lint()
        run.add(InputOutcome(
            input: LintInput(source: .file("mod/main.tf"), displayName: "mod/main.tf", isExplicit: true),
            result: .success(shown)))
        let report = run.report(exitStatus: run.exitStatus(failOn: .error))
        #expect(report.files.map { "\($0.path) \($0.findings.map(\.ruleID))" } == [
            "mod/terraform.tfvars [\"WF001\"]", "secrets.tfvars [\"WF001\"]",
        ])
        let text = TextReporter(color: false).render(report)
        #expect(text.contains("    1 | ****"))
        for output in [text, JSONReporter().render(report), SarifReporter().render(report), GitHubReporter().render(report)] {
            #expect(!output.contains("zzTOP") && !output.contains("value42"))
        }
    }

    /// Lints `paths` (in `module`'s folder, or the folder itself for ".") as
    /// a run does: `path RULE line:col` of each finding of the report, and the files checked.
    static func run(_ module: Module, _ paths: [String], varFiles: [String] = []) throws -> (findings: [String], checked: Int) {
        defer { try? FileManager.default.removeItem(at: module.folder) }
        let folder = module.folder.path
        let walk = FileWalker.inputs(for: paths.map { $0 == "." ? folder : folder + "/" + $0 }, stdinName: "-")
        var run = RunSummary(rules: RuleSet.builtin().descriptors, workingDirectory: folder)
        var linter = builtinLinter()
        linter.terraformVarFiles = try varFiles.map { name in
            let file = try TerraformModuleFiles.varFile(folder + "/" + name, maximumSize: 1 << 20)
            return TerraformSourceFile(path: "vars/" + name, bytes: file.bytes)
        }
        for outcome in linter.lint(walk.inputs, jobs: 2) { run.add(outcome) }
        let findings = run.report(exitStatus: run.exitStatus(failOn: .error)).files.flatMap { file in
            file.findings.map { "\(file.path.replacingOccurrences(of: folder, with: "mod")) \($0.ruleID) \($0.range.start)" }
        }
        return (findings, run.filesChecked)
    }

    /// A walk takes `*.tfvars`: a broken one is reported once, by its own
    /// lint, not again by the modules that read it; one that parses is no
    /// finding and not counted. Named `.tf` files report it once however many read it.
    @Test func aBrokenDefinitionsFileIsReportedOncePerRun() throws {
        let other = Self.workforce(vpcID: "var.vpc").replacingOccurrences(of: "\"main\"", with: "\"other\"")
        let broken = [
            "main.tf": Self.workforce(vpcID: "var.vpc"), "other.tf": other, "variables.tf": Self.declaration,
            "terraform.tfvars": "vpc = [\"a\"\n",
        ]
        #expect(try Self.run(try Module(broken), ["."]) == (["mod/terraform.tfvars WF001 2:1"], 3))
        #expect(try Self.run(try Module(broken), ["main.tf", "other.tf"]) == (["mod/terraform.tfvars WF001 2:1"], 2))
        #expect(try Self.run(try Module(broken), ["terraform.tfvars", "main.tf"]) == (["mod/terraform.tfvars WF001 2:1"], 2))
        var parses = broken
        parses["terraform.tfvars"] = "vpc = \"vpc-0123456789abcdef0\"\n"
        #expect(try Self.run(try Module(parses), ["."]) == ([], 2))
    }

    /// A `.tf` file of the module that does not parse, even one without a
    /// workforce (which a walk skips unparsed), makes Terraform refuse the
    /// module: its WF001 is reported once, at its place, whichever inputs
    /// read it; a `.tf.json` one too.
    @Test func aBrokenConfigurationFileOfTheModuleIsReportedOncePerRun() throws {
        let other = Self.workforce(vpcID: "var.vpc").replacingOccurrences(of: "\"main\"", with: "\"other\"")
        var files = [
            "main.tf": Self.workforce(vpcID: "var.vpc"), "other.tf": other, "variables.tf": Self.declaration,
            "network.tf": "resource \"aws_vpc\" \"main\" {\n  cidr_block = \"10.0.0.0/16\"\n",
        ]
        // Each workforce's use of the variable is a finding of its own.
        let wrong = ["mod/variables.tf WF212 2:13", "mod/variables.tf WF212 2:13"]
        #expect(try Self.run(try Module(files), ["."]) == (["mod/network.tf WF001 3:1"] + wrong, 2))
        #expect(try Self.run(try Module(files), ["main.tf", "other.tf"]) == (["mod/network.tf WF001 3:1"] + wrong, 2))
        #expect(try Self.run(try Module(files), ["network.tf", "main.tf"]) == (["mod/network.tf WF001 3:1", wrong[0]], 2))
        #expect(try Module(files).described().first == "mod/network.tf:3:1 WF001 \(JSONPointer.root) expected '}' to close the block "
            + "'resource' opened at 1:27, found the end of the file")
        files["network.tf"] = nil
        files["network.tf.json"] = "{\"resource\": {\"aws_vpc\": {\"main\": {\"cidr_block\": \"10.0.0.0/16\"}}}\n"
        #expect(try Self.run(try Module(files), ["."]).findings.first?.hasPrefix("mod/network.tf.json WF001 ") == true)
    }

    /// `--var-file` applies to the root modules only: the folders named on
    /// the command line and those of the files named. A walk's sub-folder is
    /// another module, with only its own defaults and definitions files.
    @Test func aVarFileAppliesOnlyToTheFoldersNamed() throws {
        let files = [
            "main.tf": Self.workforce(vpcID: "var.vpc"), "variables.tf": Self.declaration,
            "child/main.tf": Self.workforce(vpcID: "var.vpc"), "child/variables.tf": Self.declaration,
            "prod.tfvars": "vpc = \"vpc-prod\"\n",
        ]
        let fromVarFile = "vars/prod.tfvars WF212 1:7"
        let fromDefault = "mod/child/variables.tf WF212 2:13"
        #expect(try Self.run(try Module(files), ["."], varFiles: ["prod.tfvars"]) == ([fromDefault, fromVarFile], 2))
        #expect(try Self.run(try Module(files), ["child/main.tf"], varFiles: ["prod.tfvars"]) == ([fromVarFile], 1))
        #expect(try Self.run(try Module(files), ["child"], varFiles: ["prod.tfvars"]) == ([fromVarFile], 1))
        #expect(try Self.run(try Module(files), [".", "child"], varFiles: ["prod.tfvars"]) == ([fromVarFile, fromVarFile], 2))
    }

    /// Standard input named `--stdin-filename DIR/main.tf` is that file of
    /// DIR's module: the other files' variables, locals and definitions
    /// resolve, and the buffer replaces the `main.tf` saved there.
    @Test func standardInputIsLintedInTheModuleOfItsName() throws {
        let module = try Module([
            "main.tf": "locals {\n  vpc = \"vpc-saved\"\n}\n", "variables.tf": Self.declaration,
            "terraform.tfvars": "vpc = \"vpc-tfvars\"\n",
        ])
        defer { try? FileManager.default.removeItem(at: module.folder) }
        let name = module.folder.path + "/main.tf"
        func described(_ vpcID: String) -> [String] {
            let linted = builtinLinter().lint(
                Array(Self.workforce(vpcID: vpcID).utf8), as: LintInput(source: .standardInput, displayName: name, isExplicit: true))
            return (linted.findings + linted.referenced.flatMap(\.findings)).flatMap { finding in
                ["\(finding.file.replacingOccurrences(of: module.folder.path, with: "mod")):\(finding.range.start) \(finding.ruleID)"]
                    + finding.related.map { $0.sentence.replacingOccurrences(of: module.folder.path, with: "mod") }
            }
        }
        #expect(described("var.vpc") == ["mod/terraform.tfvars:1:7 WF212", "used by aws_sagemaker_workforce.main at mod/main.tf:8:26"])
        // The saved file's local value is not the module's: the buffer replaced it.
        #expect(described("local.vpc") == ["mod/main.tf:8:26 WF507"])
        let run = try WFLintBinary.run(
            ["-", "--stdin-filename", "main.tf"], in: module.folder, stdin: Self.workforce(vpcID: "var.vpc"))
        #expect(run.stdout.hasPrefix("""
            terraform.tfvars:1:7: error: VPC id "vpc-tfvars" is not "vpc-" followed by 8 or 17 lower-case hexadecimal digits [WF212 vpc-id]
                1 | vpc = "vpc-tfvars"
                  |       ^~~~~~~~~~~~
              note: used by aws_sagemaker_workforce.main at main.tf:8:26

            """))
        #expect(run.status == 1)
    }

    /// A suppression comment beside the value, in the file it is written in,
    /// silences the finding there; one that silences nothing there is no
    /// WF010 (it may be meant for another workforce of the module).
    @Test func aSuppressionCommentAtTheValueSilencesIt() throws {
        let files = [
            "main.tf": Self.workforce(vpcID: "var.vpc"),
            "variables.tf": Self.declaration,
            "terraform.tfvars": """
                # wflint-disable-next-line WF212 -- the sandbox VPC
                vpc = "vpc-tfvars"
                # wflint-disable-next-line WF201
                other = 1

                """,
        ]
        let linted = try Module(files).lint()
        #expect(linted.findings.isEmpty)
        let shown = try #require(linted.referenced.first)
        #expect(shown.file.path == "mod/terraform.tfvars")
        #expect(shown.findings.isEmpty)
        #expect(shown.suppressed.map { "\($0.finding.file):\($0.finding.range.start) \($0.finding.ruleID) \($0.justification ?? "")" }
            == ["mod/terraform.tfvars:2:7 WF212 the sandbox VPC"])
    }
}
