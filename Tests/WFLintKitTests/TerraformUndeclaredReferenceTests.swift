import Foundation
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
    /// (`terraform validate` accepts `[for local in x : local]`), but the
    /// iterator only inside `content`, not in its own `for_each`;
    /// `lifecycle`'s `ignore_changes` names arguments, not values, while
    /// `depends_on` is read (Terraform refuses an undeclared name there
    /// too). A local value's own references are checked as the resource's are.
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
              depends_on = [local.gone]

            """
        let main = Self.workforce(name: "\"%{ for var in [1] }${var}%{ endfor }\"", rest: rest)
        let locals = "locals {\n  cidrs = [for k, v in var.nets : v]\n}\n"
        let files = ["variables.tf": Self.variables + locals, "main.tf": main]
        #expect(try Module(files).described().filter { $0.contains("WF507") } == [
            "mod/main.tf:8:16 WF507 \(Self.prefix)/dynamic/source_ip_config/0/for_each reference to undeclared input "
                + "variable \"cidr_sets\"; the module declares \"client_id\", \"user_pool\"",
            "mod/main.tf:17:17 WF507 \(Self.prefix)/depends_on reference to undeclared local value \"gone\"; the module "
                + "declares \"cidrs\", \"team\"",
            "mod/variables.tf:7:24 WF507 /locals/cidrs reference to undeclared input variable \"nets\"; the module "
                + "declares \"client_id\", \"user_pool\"",
        ])
        // An iterator named `var` binds nothing in its own `for_each`.
        let own = Self.workforce(rest: """
              dynamic "source_ip_config" {
                for_each = var.cidr_sets
                iterator = var
                content {
                  cidrs = var.value
                }
              }

            """)
        #expect(try Module(["variables.tf": Self.variables, "main.tf": own]).described().map { $0.prefix(25) }
            == ["mod/main.tf:8:16 WF507 /r"])
    }

    /// Terraform merges the override files first: an expression an override
    /// replaces (an argument, a nested block type, a local value) is never
    /// evaluated, and its references are none (`terraform validate` passes).
    @Test func whatAnOverrideReplacesIsNotRead() throws {
        let main = "locals {\n  a = var.typo_local\n}\n" + Self.workforce(name: "var.typo_name", clientID: "local.typo_cid")
        let override = """
            locals {
              a = 1
            }
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "labelers"
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abcDEF123"
              }
            }

            """
        let files = ["variables.tf": Self.variables, "main.tf": main]
        #expect(try Module(files).described().filter { $0.contains("WF507") }.count == 3)
        for name in ["override.tf", "x_override.tf"] {
            #expect(try Module(files.merging([name: override]) { $1 }).described().filter { $0.contains("WF507") } == [])
        }
        let json = #"{"resource": {"aws_sagemaker_workforce": {"main": {"workforce_name": "w", "cognito_config": {"client_id": "c", "user_pool": "p"}}}}, "locals": {"a": 1}}"#
        #expect(try Module(files.merging(["ci_override.tf.json": json]) { $1 }).described().filter { $0.contains("WF507") } == [])
        // Override files apply in the order of their names: a later one
        // replaces what an earlier one writes, and that is not read either.
        let earlier = "resource \"aws_sagemaker_workforce\" \"main\" {\n  workforce_name = var.old_name\n}\n"
            + "locals {\n  a = var.old_tag\n}\n"
        let chain = ["variables.tf": Self.variables, "main.tf": "locals {\n  a = 1\n}\n" + Self.workforce(), "a_override.tf": earlier]
        #expect(try Module(chain).described().filter { $0.contains("WF507") }.count == 2)
        let later = "resource \"aws_sagemaker_workforce\" \"main\" {\n  workforce_name = \"w2\"\n}\nlocals {\n  a = 2\n}\n"
        #expect(try Module(chain.merging(["b_override.tf": later]) { $1 }).described().filter { $0.contains("WF507") } == [])
    }

    /// A resource's `connection` block is evaluated for each provisioner,
    /// merged under the provisioner's own `connection`: with no
    /// provisioner, or where each one's own sets the argument, it is not
    /// read (`terraform validate`, v1.11.4, passes `host = var.nope` there,
    /// and refuses it once one provisioner has no `connection`, or one that
    /// sets only `user`).
    @Test func aConnectionNoProvisionerUsesIsNotRead() throws {
        let connection = "  connection {\n    host = var.bastion\n  }\n"
        let own = "  provisioner \"local-exec\" {\n    command = \"true\"\n    connection {\n      host = \"h\"\n    }\n  }\n"
        let ownUser = "  provisioner \"local-exec\" {\n    command = \"true\"\n    connection {\n      user = \"u\"\n    }\n  }\n"
        let without = "  provisioner \"local-exec\" {\n    command = \"true\"\n  }\n"
        let bastion = "mod/main.tf:8:12 WF507 \(Self.prefix)/connection/0/host reference to undeclared input variable "
            + "\"bastion\"; the module declares \"client_id\", \"user_pool\""
        let cases: [(rest: String, found: [String])] = [
            (connection, []),
            (connection + own, []),
            (connection + own + own, []),
            (connection + without, [bastion]),
            (connection + own + without, [bastion]),
            (connection + ownUser, [bastion]),
            (connection + own + ownUser, [bastion]),
        ]
        for (rest, found) in cases {
            let described = try Module(["variables.tf": Self.variables, "main.tf": Self.workforce(rest: rest)]).described()
            #expect(described == found, "\(rest) \(described)")
        }
    }

    /// In `.tf.json` too; and provisioners written as an array (the form
    /// that keeps their order) are read, each counted among its type's.
    @Test func aJSONProvisionerAndTheConnectionItUsesAreRead() throws {
        func json(_ provisioners: String) -> String {
            """
            {"resource": {"aws_sagemaker_workforce": {"main": {
              "workforce_name": "labelers",
              "cognito_config": {"client_id": "${var.client_id}", "user_pool": "${var.user_pool}"},
              "connection": {"host": "${var.bastion}"},
              "provisioner": \(provisioners)
            }}}}

            """
        }
        func described(_ provisioners: String) throws -> [String] {
            try Module(["variables.tf": Self.variables, "main.tf.json": json(provisioners)]).described("main.tf.json")
        }
        func finding(_ place: String, _ pointer: String, _ name: String) -> String {
            "mod/main.tf.json:\(place) WF507 \(Self.prefix)/\(pointer) reference to undeclared input variable \"\(name)\"; "
                + "the module declares \"client_id\", \"user_pool\""
        }
        #expect(try described(#"{"local-exec": {"command": "true", "connection": {"host": "h"}}}"#) == [])
        #expect(try described(#"{"local-exec": {"command": "true", "connection": {"user": "u"}}}"#) == [
            finding("4:26", "connection/0/host", "bastion"),
        ])
        #expect(try described(#"[{"local-exec": {"command": "${var.first}"}}, {"local-exec": {"command": "${var.second}"}}]"#) == [
            finding("4:26", "connection/0/host", "bastion"),
            finding("5:46", "provisioner/local-exec/0/command", "first"),
            finding("5:91", "provisioner/local-exec/1/command", "second"),
        ])
    }

    /// Which of a `connection`'s arguments are read is decided on the
    /// resource the override files make: an override's provisioners replace
    /// the primary file's, and a `connection` is read for them, in whichever
    /// file it is written. `terraform validate` (v1.11.4, on a
    /// `terraform_data` of the same blocks) refuses the first two and
    /// passes the third; each file decided alone, wflint did the opposite.
    @Test func aConnectionIsReadForTheProvisionersOfTheMergedResource() throws {
        let connection = "  connection {\n    host = var.bastion\n  }\n"
        let own = "  provisioner \"local-exec\" {\n    command = \"true\"\n    connection {\n      host = \"h\"\n    }\n  }\n"
        let without = "  provisioner \"local-exec\" {\n    command = \"true\"\n  }\n"
        func override(_ body: String) -> String { "resource \"aws_sagemaker_workforce\" \"main\" {\n\(body)}\n" }
        func bastion(_ place: String) -> String {
            "mod/\(place) WF507 \(Self.prefix)/connection/0/host reference to undeclared input variable \"bastion\"; "
                + "the module declares \"client_id\", \"user_pool\""
        }
        let cases: [(main: String, override: String, linted: String, found: [String])] = [
            // The connection only in the override, the provisioner only in the primary file.
            (without, override(connection), "main_override.tf", [bastion("main_override.tf:3:12")]),
            // The override's provisioner, without a connection of its own, replaces one that set `host`.
            (connection + own, override(without), "main.tf", [bastion("main.tf:8:12")]),
            // The override's provisioner sets `host` itself: the primary file's connection is not read.
            (connection + without, override(own), "main.tf", []),
        ]
        for (main, overriding, linted, found) in cases {
            let files = ["variables.tf": Self.variables, "main.tf": Self.workforce(rest: main), "main_override.tf": overriding]
            let described = try Module(files).described(linted).filter { $0.contains("WF507") }
            #expect(described == found, "\(main) \(overriding) \(described)")
        }
        // A `.tf.json` override's provisioners count the same.
        let jsonOverride = #"{"resource": {"aws_sagemaker_workforce": {"main": {"provisioner": {"local-exec": {"command": "true"}}}}}}"#
        let files = ["variables.tf": Self.variables, "main.tf": Self.workforce(rest: connection + own), "main_override.tf.json": jsonOverride]
        #expect(try Module(files).described().filter { $0.contains("WF507") } == [bastion("main.tf:8:12")])
    }

    /// Terraform compares names byte for byte: `café` declared composed and
    /// read decomposed is undeclared, and the message says why.
    @Test func namesAreComparedExactly() throws {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        let files = [
            "variables.tf": "variable \"\(composed)\" {}\n" + Self.variables,
            "main.tf": Self.workforce(name: "var.\(decomposed)"),
        ]
        #expect(try Module(files).described() == [
            "mod/main.tf:2:20 WF507 \(Self.prefix)/workforce_name reference to undeclared input variable \"\(decomposed)\"; "
                + "the module declares \"\(composed)\" with the same letters in another Unicode form; write it as declared",
        ])
    }

    /// The `var` and `local` objects themselves (WF508): an index of one,
    /// the object alone, a splat of it, in any part of an expression, are
    /// what Terraform refuses as "Invalid reference" whatever the module
    /// declares; `var["NAME"]` of a declared name says to write `var.NAME`.
    /// A name a `for` binds and a `dynamic` block's `iterator` are names.
    @Test func theObjectItselfIsAnInvalidReference() throws {
        let main = Self.workforce(name: "local", clientID: "var[\"client_id\"]", rest: """
              source_ip_config {
                cidrs = [for c in var : "${local["x"]}-${var[*]}-${local.*}"]
              }
              dynamic "workforce_vpc_config" {
                for_each = [for var in [1] : var]
                iterator = var
                content {
                  vpc_id = var.value
                }
              }

            """)
        let invalid = "invalid reference: the "
        #expect(try Module(["variables.tf": Self.variables, "main.tf": main]).described().filter { $0.contains(" WF50") } == [
            "mod/main.tf:2:20 WF508 \(Self.prefix)/workforce_name \(invalid)\"local\" object cannot be accessed directly; "
                + "access one of its attributes, as local.NAME",
            "mod/main.tf:4:17 WF508 \(Self.prefix)/cognito_config/0/client_id \(invalid)\"var\" object does not support this "
                + "operation; write var.client_id",
            "mod/main.tf:8:23 WF508 \(Self.prefix)/source_ip_config/0/cidrs \(invalid)\"var\" object cannot be accessed "
                + "directly; access one of its attributes, as var.NAME",
            "mod/main.tf:8:32 WF508 \(Self.prefix)/source_ip_config/0/cidrs \(invalid)\"local\" object does not support this "
                + "operation; access one of its attributes, as local.NAME",
            "mod/main.tf:8:46 WF508 \(Self.prefix)/source_ip_config/0/cidrs \(invalid)\"var\" object cannot be accessed "
                + "directly; access one of its attributes, as var.NAME",
            "mod/main.tf:8:56 WF508 \(Self.prefix)/source_ip_config/0/cidrs \(invalid)\"local\" object cannot be accessed "
                + "directly; access one of its attributes, as local.NAME",
        ])
        let json = #"{"locals": {"a": "${var[\"user_pool\"]}", "b": "${local}"}, "resource": {"aws_sagemaker_workforce": "#
            + #"{"main": {"workforce_name": "w", "cognito_config": {"client_id": "c", "user_pool": "p"}}}}}"#
        #expect(try Module(["variables.tf": Self.variables, "main.tf.json": json + "\n"]).described("main.tf.json")
            .filter { $0.contains(" WF50") } == [
            "mod/main.tf.json:1:18 WF508 /locals/a \(invalid)\"var\" object does not support this operation; write var.user_pool",
            "mod/main.tf.json:1:48 WF508 /locals/b \(invalid)\"local\" object cannot be accessed directly; access one of "
                + "its attributes, as local.NAME",
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

    /// In `.tf.json`: a `dynamic` block's iterator is bound in its
    /// `content`, not in its `for_each`; an object's keys in an expression
    /// are templates too, and `//` there is no comment, while in a block's
    /// body (a `content`, a `provisioner`) it is one; `depends_on` holds
    /// bare traversals; `lifecycle`'s `ignore_changes` is not read.
    @Test func aJSONFilesScopesKeysAndTraversalsAreTerraforms() throws {
        let json = """
            {"resource": {"aws_sagemaker_workforce": {"main": {
              "workforce_name": "labelers",
              "cognito_config": {"client_id": "${var.client_id}", "user_pool": "${var.user_pool}"},
              "dynamic": {"source_ip_config": {"for_each": "${local.sets}", "iterator": "local",
                "content": {"//": "from ${var.office_cidrs}", "cidrs": "${local.value}"}}},
              "lifecycle": {"ignore_changes": ["${var.ignored}"]},
              "provisioner": {"local-exec": {"//": "was ${var.old_cmd}", "command": "echo"}},
              "depends_on": ["local.missing"]
            }}},
             "locals": {"sets": {"${var.k1}": 1, "b": {"//": "${var.k2}"}}}}

            """
        #expect(try Module(["variables.tf": Self.variables, "main.tf.json": json]).described("main.tf.json")
            .map { $0.split(separator: ";")[0] } == [
                "mod/main.tf.json:8:18 WF507 \(Self.prefix)/depends_on reference to undeclared local value \"missing\"",
                "mod/main.tf.json:10:22 WF507 /locals/sets reference to undeclared input variable \"k1\"",
                "mod/main.tf.json:10:50 WF507 /locals/sets reference to undeclared input variable \"k2\"",
            ])
    }

    /// A secret's value that holds a reference is masked wherever WF507
    /// shows it, also on a line that names no secret, and also where the
    /// lint that shows it (an override file's own, when the run names it)
    /// does not check the secret's resource: the override's lines were shown.
    @Test func aSecretsValueIsMaskedWhereTheFindingShowsIt() throws {
        let endpoints = """
                authorization_endpoint = "https://example.com/auth"
                client_id              = "abc"
                issuer                 = "https://example.com"
                jwks_uri               = "https://example.com/jwks"
                logout_endpoint        = "https://example.com/logout"
                token_endpoint         = "https://example.com/token"
                user_info_endpoint     = "https://example.com/userinfo"
            """
        let main = """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "wf"
              oidc_config {
            \(endpoints)
                client_secret          = "placeholder"
              }
            }

            """
        let override = """
            resource "aws_sagemaker_workforce" "main" {
              oidc_config {
            \(endpoints)
                client_secret = join("", [
                  "hunter2-LEAK", var.nope])
              }
            }

            """
        let module = try Module(["main.tf": main, "override.tf": override])
        defer { try? FileManager.default.removeItem(at: module.folder) }
        for inputs in [["."], ["main.tf", "override.tf"], ["override.tf"]] {
            for format in ["text", "json", "sarif", "github"] {
                let run = try WFLintBinary.run(["--no-config", "--format", format] + inputs, in: module.folder)
                #expect(run.stdout.contains("WF507") && !run.stdout.contains("hunter2-LEAK"), "\(inputs) \(format)")
            }
        }
    }

    /// A local value that another file's `client_secret` reads is a secret,
    /// but the lint of a file whose resource does not read it shows its
    /// WF507 (every lint of the module shows a file of locals' findings), and
    /// its WF505 when it is defined twice: the value is masked in both, in
    /// every format. `wflint a.tf` showed `b.tf`'s secret.
    @Test func aLocalThatAnotherResourceReadsAsASecretIsMasked() throws {
        let oidc = TerraformWorkforceText.oidc(label: "b", name: "\"b\"", clientSecret: "local.x")
        for (locals, rule) in [
            ("locals {\n  x = \"s3cr3tVALUE-${var.nope}\"\n}\n", "WF507"),
            ("locals {\n  x = \"s3cr3tVALUE-one\"\n}\nlocals {\n  x = \"s3cr3tVALUE-two\"\n}\n", "WF505"),
        ] {
            let module = try Module(["a.tf": Self.workforce(name: "\"a\"", clientID: "\"c\"").replacingOccurrences(
                of: "var.user_pool", with: "\"us-east-1_abcDEF123\""), "b.tf": oidc, "locals.tf": locals])
            defer { try? FileManager.default.removeItem(at: module.folder) }
            for format in ["text", "json", "sarif", "github"] {
                let run = try WFLintBinary.run(["--no-config", "--format", format, "a.tf"], in: module.folder)
                #expect(run.stdout.contains(rule) && !run.stdout.contains("s3cr3tVALUE"), "\(rule) \(format)")
            }
        }
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
        // The line, and the value as a secret local's.
        #expect(shown?.file.sensitiveRanges.map { "\($0.start)-\($0.end)" } == ["7:17-7:41", "7:1-8:1"])
    }
}
