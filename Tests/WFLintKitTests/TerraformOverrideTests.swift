import DocumentModel
import Foundation
import Testing
@testable import WFLintKit

/// Terraform's override files (docs/terraform.md, "Override files"):
/// `override.tf`, `*_override.tf` and their `.tf.json` forms merge into the
/// module's other files as Terraform merges them, and each finding is shown
/// where the value it is about is written.
@Suite struct TerraformOverrideTests {
    typealias Module = TerraformVariableTests.Module
    static let prefix = TerraformVariableTests.prefix

    /// A Cognito workforce `main` with a source_ip_config.
    static var original: String { TerraformWorkforceText.cognito(cidrs: #"["10.0.0.1/16"]"#) }

    static func hostBits(_ place: String, _ pointer: String, _ cidr: String, _ network: String) -> String {
        "\(place) WF203 \(prefix)/\(pointer) CIDR \"\(cidr)\" has host bits set; the block it allows is \"\(network)\""
    }

    static func pattern(_ place: String, _ name: String) -> String {
        "\(place) WF007 \(prefix)/workforce_name \"workforce_name\" must match the API pattern "
            + "'[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got \"\(name)\""
    }

    static let originalHostBits = hostBits("mod/main.tf:8:14", "source_ip_config/0/cidrs/0", "10.0.0.1/16", "10.0.0.0/16")

    /// An argument of the override replaces the original's; what it does not
    /// write stays the original's, at its place.
    @Test func anArgumentReplacesTheOriginals() throws {
        let files = [
            "main.tf": Self.original,
            "override.tf": "resource \"aws_sagemaker_workforce\" \"main\" {\n  workforce_name = \"bad name\"\n}\n",
        ]
        #expect(try Module(files).described() == [Self.originalHostBits, Self.pattern("mod/override.tf:2:20", "bad name")])
    }

    /// `null` in the override unsets the original's argument; a block the
    /// override writes that lacks a member is reported at the override's
    /// block, one the original lacks at the original, whichever file is linted.
    @Test func aMissingMemberIsShownWhereItsObjectIsWritten() throws {
        let files = [
            "main.tf": Self.original,
            "override.tf": """
                resource "aws_sagemaker_workforce" "main" {
                  workforce_name = null
                  workforce_vpc_config {
                    vpc_id = "vpc-0123456789abcdef0"
                  }
                }

                """,
        ]
        let lacks = { (member: String) in
            "mod/override.tf:3:3 WF213 \(Self.prefix)/workforce_vpc_config/0 \"workforce_vpc_config\" lacks \"\(member)\"; "
                + "a workforce VPC configuration needs workforce_vpc_config.vpc_id, workforce_vpc_config.security_group_ids "
                + "and workforce_vpc_config.subnets"
        }
        let expected = [
            "mod/main.tf:1:1 WF005 \(Self.prefix) aws_sagemaker_workforce.main is missing required member \"workforce_name\"",
            Self.originalHostBits, lacks("security_group_ids"), lacks("subnets"),
        ]
        #expect(try Module(files).described() == expected)
        #expect(try Module(files).described("override.tf") == expected)
    }

    /// A nested block of the override replaces every block of its type in the
    /// original (their findings go with them, a repeated block's WF502 too);
    /// other block types stay.
    @Test func aNestedBlockReplacesEveryBlockOfItsType() throws {
        let files = [
            "main.tf": Self.original.replacingOccurrences(
                of: "  }\n}\n", with: "  }\n  source_ip_config {\n    cidrs = [\"10.1.0.1/16\"]\n  }\n}\n"),
            "override.tf": """
                resource "aws_sagemaker_workforce" "main" {
                  source_ip_config {
                    cidrs = ["192.168.0.1/24"]
                  }
                }

                """,
        ]
        #expect(try Module(files).described() == [
            Self.hostBits("mod/override.tf:3:14", "source_ip_config/0/cidrs/0", "192.168.0.1/24", "192.168.0.0/24"),
        ])
        let kept = try Module(["main.tf": files["main.tf"] ?? ""]).described()
        #expect(kept.map { String($0.prefix(while: { $0 != " " })) + " " + $0.split(separator: " ")[1] }
            == ["mod/main.tf:8:14 WF203", "mod/main.tf:10:3 WF502", " first"])
    }

    /// A `dynamic` block counts as its label's type, in the override and in
    /// the original.
    @Test func aDynamicBlockCountsAsItsType() throws {
        let dynamic = """
            resource "aws_sagemaker_workforce" "main" {
              dynamic "source_ip_config" {
                for_each = var.networks
                content {
                  cidrs = ["192.168.0.1/24"]
                }
              }
            }

            """
        let networks = "variable \"networks\" {}\n"
        let overridden = try Module(["main.tf": Self.original, "override.tf": dynamic, "variables.tf": networks]).described()
        #expect(overridden == [
            Self.hostBits(
                "mod/override.tf:5:16", "dynamic/source_ip_config/0/content/0/cidrs/0", "192.168.0.1/24", "192.168.0.0/24"),
        ])
        let original = Self.original.replacingOccurrences(
            of: "  source_ip_config {\n    cidrs = [\"10.0.0.1/16\"]\n  }\n",
            with: "  dynamic \"source_ip_config\" {\n    for_each = var.networks\n    content {\n      cidrs = [\"10.0.0.1/16\"]\n    }\n  }\n")
        let static_ = "resource \"aws_sagemaker_workforce\" \"main\" {\n  source_ip_config {\n    cidrs = [\"10.2.0.0/16\"]\n  }\n}\n"
        #expect(try Module(["main.tf": original, "override.tf": static_, "variables.tf": networks]).described().isEmpty)
        #expect(try Module(["main.tf": original, "variables.tf": networks]).described() == [
            Self.hostBits("mod/main.tf:10:16", "dynamic/source_ip_config/0/content/0/cidrs/0", "10.0.0.1/16", "10.0.0.0/16"),
        ])
    }

    /// Several overrides of one resource apply in lexical order of their
    /// files' names, each over the last; `override.tf` sorts between
    /// `a_override.tf` and `z_override.tf`.
    @Test func overridesApplyInLexicalOrderOfTheirNames() throws {
        func naming(_ name: String) -> String {
            "resource \"aws_sagemaker_workforce\" \"main\" {\n  workforce_name = \"\(name)\"\n}\n"
        }
        var files = ["main.tf": Self.original, "z_override.tf": naming("z bad"), "a_override.tf": naming("a bad")]
        #expect(try Module(files).described() == [Self.originalHostBits, Self.pattern("mod/z_override.tf:2:20", "z bad")])
        files["z_override.tf"] = nil
        files["override.tf"] = naming("plain bad")
        #expect(try Module(files).described() == [Self.originalHostBits, Self.pattern("mod/override.tf:2:20", "plain bad")])
    }

    /// Three overrides of one resource, each writing over what is written before it.
    static let chain = [
        "main.tf": """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "main bad"
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abcDEF123"
              }
              source_ip_config {
                cidrs = ["10.0.0.1/16"]
              }
              extra_main = 1
            }

            """,
        "a_override.tf": """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "a bad"
              source_ip_config {
                cidrs = ["10.1.0.1/16"]
              }
              source_ip_config {
                cidrs = ["10.2.0.0/16"]
              }
              extra_a = 1
            }

            """,
        "b_override.tf": """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "b bad"
              arn            = "arn:aws:sagemaker:us-east-1:123456789012:workforce/b"
            }

            """,
        "c_override.tf": """
            resource "aws_sagemaker_workforce" "main" {
              dynamic "source_ip_config" {
                for_each = [1]
                content {
                  cidrs = ["192.168.0.1/24"]
                }
              }
              extra_main = 2
            }

            """,
    ]

    /// Several overrides of one resource, each over the last: `workforce_name`
    /// is replaced twice, `source_ip_config` twice (the second time by a
    /// `dynamic` block). What a later override writes takes the earlier
    /// findings about it away, a translation finding (WF502, WF003) as a
    /// check's; what nothing later writes keeps its findings, in its file.
    @Test func severalOverridesOfOneResourceMergeEachOverTheLast() throws {
        let unknown = { (place: String, name: String) in
            "\(place) WF003 \(Self.prefix)/\(name) \"\(name)\" is not a member of aws_sagemaker_workforce.main; expected one "
                + "of 'cognito_config', 'oidc_config', 'source_ip_config', 'workforce_name', 'workforce_vpc_config'"
        }
        let expected = [
            unknown("mod/a_override.tf:9:3", "extra_a"),
            Self.pattern("mod/b_override.tf:2:20", "b bad"),
            "mod/b_override.tf:3:3 WF501 \(Self.prefix)/arn \"arn\" is an attribute the provider computes; "
                + "aws_sagemaker_workforce.main cannot set it",
            Self.hostBits(
                "mod/c_override.tf:5:16", "dynamic/source_ip_config/0/content/0/cidrs/0", "192.168.0.1/24", "192.168.0.0/24"),
            unknown("mod/c_override.tf:8:3", "extra_main"),
        ]
        for linted in ["main.tf", "a_override.tf", "c_override.tf"] {
            #expect(try Module(Self.chain).described(linted) == expected, "\(linted)")
        }
        let shown = [
            "mod/a_override.tf WF003 9:3", "mod/b_override.tf WF007 2:20", "mod/b_override.tf WF501 3:3",
            "mod/c_override.tf WF203 5:16", "mod/c_override.tf WF003 8:3",
        ]
        #expect(try TerraformVariableTests.run(try Module(Self.chain), ["."]).findings == shown)
        // Named together, the earlier override's lint checks the resource, the later one's does not.
        let module = try Module(Self.chain)
        defer { try? FileManager.default.removeItem(at: module.folder) }
        let inputs = ["c_override.tf", "a_override.tf"].map { name in
            LintInput(source: .file(module.folder.path + "/" + name), displayName: "mod/" + name, isExplicit: true)
        }
        let each = try builtinLinter().lint(inputs, jobs: 2).map { outcome in
            let linted = try outcome.result.get()
            return (linted.findings + linted.referenced.flatMap(\.findings)).sorted(by: Finding.reportOrder)
                .map { "\($0.file) \($0.ruleID) \($0.range.start)" }
        }
        #expect(each == [[], shown])
    }

    /// The merged resource holds what stays of each of its parts in the
    /// module's order: the original's members first, then each override's,
    /// and their translation findings alike.
    @Test func aMergedResourceKeepsWhatStaysOfEachPartInOrder() throws {
        let others = ["a_override.tf", "b_override.tf", "c_override.tf"].map { name in
            TerraformSourceFile(path: "mod/" + name, bytes: Array((Self.chain[name] ?? "").utf8))
        }
        let translated = try TerraformLinting.nativeResources(
            Array((Self.chain["main.tf"] ?? "").utf8), file: "mod/main.tf", schema: .builtin, readLimits: .default,
            module: TerraformModuleSources(others))
        let module = try #require(translated.module)
        let resource = try #require(translated.resources.first)
        #expect(resource.document.root.entries?.map { $0.name ?? "" } == ["CognitoConfig", "WorkforceName", "SourceIpConfig"])
        #expect(resource.findings.map { "\(module.files[$0.file].path) \($0.ruleID) \($0.range.start)" } == [
            "mod/a_override.tf WF003 9:3", "mod/b_override.tf WF501 3:3", "mod/c_override.tf WF003 8:3",
        ])
    }

    /// A finding is shown in the file that writes its value however many
    /// values earlier overrides wrote in its place. The module knows a node's
    /// file by the node's address: when the merge freed each override's
    /// replaced values as it went, a later override's node could take one's
    /// address and be shown in its file (here the host bits of
    /// `z_override.tf.json` were shown at 2:56 of `a_override.tf`).
    @Test func aFindingIsShownInTheFileOfItsValueAfterReplacedOnes() throws {
        let files = [
            "main.tf": Self.original,
            "variables.tf": """
                variable "allowed_cidrs" {}
                variable "idp" {}
                variable "name" {}
                locals {
                  cidrs     = var.allowed_cidrs
                  endpoints = var.idp.endpoints
                }

                """,
            "a_override.tf": """
                resource "aws_sagemaker_workforce" "main" {
                  workforce_name = "bad name a"
                  source_ip_config {
                    cidrs = ["10.0.0.0/33", var.allowed_cidrs[0]]
                  }
                }

                """,
            "override.tf": """
                resource "aws_sagemaker_workforce" "main" {
                  workforce_name = "${var.name}-x"
                  dynamic "oidc_config" {
                    for_each = [1]
                    content {
                      authorization_endpoint = local.endpoints.authorization
                      client_id              = var.idp.client_id
                      client_secret          = "plaintext-secret"
                      issuer                 = "http://insecure.example.com"
                      jwks_uri               = local.endpoints.jwks
                      logout_endpoint        = local.endpoints.logout
                      token_endpoint         = local.endpoints.token
                      user_info_endpoint     = local.endpoints.user_info
                    }
                  }
                }

                """,
            "z_override.tf.json": """
                {"resource": {"aws_sagemaker_workforce": {"main": {
                  "source_ip_config": [{"cidrs": ["${local.cidrs[0]}", "10.5.0.1/16"]}],
                  "workforce_vpc_config": {"vpc_id": "vpc-1"}
                }}}}

                """,
        ]
        // The dynamic oidc_config is made (`for_each = [1]`) beside the original's cognito_config: WF101.
        #expect(try TerraformVariableTests.run(try Module(files), ["."]).findings == [
            "mod/override.tf WF101 3:11", "mod/override.tf WF140 8:32", "mod/override.tf WF111 9:32", "mod/z_override.tf.json WF203 2:56",
            "mod/z_override.tf.json WF213 3:3", "mod/z_override.tf.json WF213 3:3", "mod/z_override.tf.json WF212 3:38",
        ])
    }

    /// An override in Terraform's JSON syntax merges into an HCL original
    /// (the common case: a generated file overriding a written one), and the
    /// other way round.
    @Test func theSyntaxesMergeIntoEachOther() throws {
        let json = """
            {"resource": {"aws_sagemaker_workforce": {"main": {
              "workforce_name": "bad name", "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"},
              "source_ip_config": {"cidrs": ["10.3.0.1/16"]}
            }}}}

            """
        #expect(try Module(["main.tf": Self.original, "override.tf.json": json]).described() == [
            Self.hostBits("mod/override.tf.json:3:34", "source_ip_config/0/cidrs/0", "10.3.0.1/16", "10.3.0.0/16"),
            Self.pattern("mod/override.tf.json:2:21", "bad name"),
        ].sorted())
        let override = "resource \"aws_sagemaker_workforce\" \"main\" {\n  workforce_name = \"bad name\"\n}\n"
        #expect(try Module(["main.tf.json": json, "main_override.tf": override]).described("main.tf.json") == [
            Self.hostBits("mod/main.tf.json:3:34", "source_ip_config/0/cidrs/0", "10.3.0.1/16", "10.3.0.0/16"),
            Self.pattern("mod/main_override.tf:2:20", "bad name"),
        ])
    }

    /// A local value of an override file replaces the original of its name;
    /// a variable's arguments merge one by one (`default`, `sensitive`,
    /// `nullable`), its declaration staying where the original is.
    @Test func localsAndVariablesMergeAsTerraformMergesThem() throws {
        let main = """
            variable "name" {
              default = "labelers"
            }
            locals {
              cidr = "10.0.0.0/16"
            }
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = var.name
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abcDEF123"
              }
              source_ip_config {
                cidrs = [local.cidr]
              }
            }

            """
        let override = """
            variable "name" {
              default = "bad name"
            }
            locals {
              cidr = "10.4.0.1/16"
            }

            """
        #expect(try Module(["main.tf": main, "override.tf": override]).described() == [
            Self.pattern("mod/override.tf:2:13", "bad name"),
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf:8:20",
            Self.hostBits("mod/override.tf:5:10", "source_ip_config/0/cidrs/0", "10.4.0.1/16", "10.4.0.0/16"),
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf:14:14",
        ])
        // `sensitive = false` in the override makes the secret's variable a
        // WF503, at its original declaration.
        let secret = "variable \"idp\" {\n  sensitive = true\n}\n"
            + "resource \"aws_sagemaker_workforce\" \"main\" {\n  workforce_name = \"labelers\"\n"
            + Self.oidc(secret: "var.idp") + "}\n"
        #expect(try Module(["main.tf": secret]).described().isEmpty)
        let unsensitive = "variable \"idp\" {\n  sensitive = false\n}\n"
        #expect(try Module(["main.tf": secret, "override.tf": unsensitive]).described() == [
            "mod/main.tf:1:10 WF503 /variable/idp variable \"idp\" feeds oidc_config.client_secret of "
                + "aws_sagemaker_workforce.main but is not declared sensitive = true",
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf:9:30",
        ])
    }

    static func oidc(secret: String) -> String {
        """
          oidc_config {
            authorization_endpoint = "https://idp.example.com/authorize"
            client_id              = "labelers"
            client_secret          = \(secret)
            issuer                 = "https://idp.example.com"
            jwks_uri               = "https://idp.example.com/jwks"
            logout_endpoint        = "https://idp.example.com/logout"
            token_endpoint         = "https://idp.example.com/token"
            user_info_endpoint     = "https://idp.example.com/userinfo"
          }

        """
    }

    /// A resource, variable or local value of an override file with no
    /// original in a primary file is WF504 at its header (a local at its
    /// name), whichever file of the module with a workforce is linted.
    @Test func anOverrideWithoutAnOriginalIsWF504() throws {
        let files = [
            "main.tf": Self.original,
            "override.tf": """
                variable "missing" {
                  default = 1
                }
                locals {
                  missing = 2
                }
                resource "aws_sagemaker_workforce" "mian" {
                  workforce_name = "labelers"
                }

                """,
            "extra_override.tf.json": "{\"resource\": {\"aws_sagemaker_workforce\": {\"other\": {}}}}\n",
        ]
        let missing = [
            "mod/extra_override.tf.json:1:43 WF504 /resource/aws_sagemaker_workforce/other there is no "
                + "aws_sagemaker_workforce resource named \"other\" to override; an override file can only override a "
                + "resource block defined in a primary configuration file of the module",
            "mod/override.tf:1:1 WF504 /variable/missing there is no variable \"missing\" to override; an override file "
                + "can only override a variable declared in a primary configuration file of the module",
            "mod/override.tf:5:3 WF504 /locals/missing there is no local value \"missing\" to override; an override file "
                + "can only override a local value defined in a primary configuration file of the module",
            "mod/override.tf:7:1 WF504 /resource/aws_sagemaker_workforce/mian there is no aws_sagemaker_workforce "
                + "resource named \"mian\" to override; an override file can only override a resource block defined in a "
                + "primary configuration file of the module",
        ]
        #expect(try Module(files).described() == [missing[0], Self.originalHostBits] + missing.dropFirst())
        // The override file overrides nothing: it checks no resource.
        #expect(try Module(files).described("override.tf") == missing)
    }

    /// A member the override writes beside one the original keeps is in
    /// another file: the place a message gives for the other names its file,
    /// whichever file is linted (it said "set at 3:3", a position of the
    /// file the finding is not shown in).
    @Test func aPlaceInAnotherFileOfTheMergeIsNamedWithItsFile() throws {
        let files = [
            "main.tf": TerraformWorkforceText.cognito(cidrs: #"["10.0.0.0/16"]"#),
            "main_override.tf": """
                resource "aws_sagemaker_workforce" "main" {
                  oidc_config {
                    authorization_endpoint = "https://a.example.com/auth"
                    client_id              = "x"
                    client_secret          = "s"
                    issuer                 = "https://a.example.com"
                    jwks_uri               = "https://a.example.com/jwks"
                    logout_endpoint        = "https://a.example.com/logout"
                    token_endpoint         = "https://a.example.com/token"
                    user_info_endpoint     = "https://a.example.com/userinfo"
                  }
                }

                """,
        ]
        let expected = "mod/main_override.tf:2:3 WF101 \(TerraformVariableTests.prefix)/oidc_config/0 "
            + "\"oidc_config\" cannot be set together with "
            + "\"cognito_config\" (set at mod/main.tf:3:3); a workforce uses one identity provider"
        for name in ["main.tf", "main_override.tf"] {
            let described = try Module(files).described(name)
            #expect(described.filter { $0.contains("WF101") } == [expected], "\(name)")
        }
    }

    /// In HCL's JSON syntax a block type given `null` or `[]` writes no block
    /// (`unpackBlock`), and Terraform's merge replaces a block type only with
    /// the override's blocks of it: the original's stay (they were dropped,
    /// and WF102 said the workforce had no identity provider).
    @Test func aJSONBlockTypeOfNullOrNothingReplacesNoBlock() throws {
        let files = [
            "main.tf": Self.original,
            "override.tf.json": #"{"resource": {"aws_sagemaker_workforce": {"main": {"source_ip_config": null, "cognito_config": []}}}}"#
                + "\n",
        ]
        #expect(try Module(files).described() == [Self.originalHostBits])
        #expect(try Module(files).described("override.tf.json") == [Self.originalHostBits])
    }

    /// A module whose override file silences the finding written in it.
    static var silenced: [String: String] {
        [
            "main.tf": Self.original,
            "override.tf": """
                resource "aws_sagemaker_workforce" "main" {
                  # wflint-disable-next-line WF007 -- the name the tests expect
                  workforce_name = "bad name"
                }

                """,
        ]
    }

    /// A suppression comment in the override file silences the finding shown
    /// there, whichever file is linted.
    @Test func aSuppressionCommentInTheOverrideFileSilencesItsFinding() throws {
        let files = Self.silenced
        #expect(try Module(files).described() == [Self.originalHostBits])
        #expect(try Module(files).described("override.tf") == [Self.originalHostBits])
        let linted = try Module(files).lint()
        #expect(linted.referenced.flatMap(\.suppressed).map { "\($0.finding.file):\($0.finding.range.start) \($0.finding.ruleID)" }
            == ["mod/override.tf:3:20 WF007"])
    }

    /// In a run that lints both files, the original's lint checks the merged
    /// resource and the override file's lint defers to it: the comment that
    /// silenced the finding shown in the override file is not "unused" there
    /// (it was reported as WF010 at 2:30). Its comments are then treated as
    /// those of any other file an input's findings are shown in: one that
    /// silences nothing gets no WF010, as it may be meant for another input.
    /// Linted alone, the override file checks the resource itself, and still
    /// notes a comment that silences nothing.
    @Test func aCommentThatSilencesAnotherInputsFindingIsNotUnused() throws {
        let silenced = Self.silenced
        for paths in [["."], ["main.tf", "override.tf"], ["override.tf", "main.tf"], ["override.tf"]] {
            let run = try TerraformVariableTests.run(try Module(silenced), paths)
            #expect(run.findings == ["mod/main.tf WF203 8:14"], "\(paths)")
        }
        var unused = silenced
        unused["override.tf"] = unused["override.tf"]?.replacingOccurrences(of: "WF007", with: "WF101")
        #expect(try TerraformVariableTests.run(try Module(unused), ["override.tf"]).findings
            == ["mod/main.tf WF203 8:14", "mod/override.tf WF010 2:30", "mod/override.tf WF007 3:20"])
        #expect(try TerraformVariableTests.run(try Module(unused), ["."]).findings
            == ["mod/main.tf WF203 8:14", "mod/override.tf WF007 3:20"])
        // A typo is one whatever lint reads it: an unknown directive or rule is noted in a walk too.
        var typos = silenced
        typos["override.tf"] = typos["override.tf"]?.replacingOccurrences(of: "WF007", with: "WF0O7")
            .replacingOccurrences(of: "  # wflint", with: "  # wflint-disable-fil WF007\n  # wflint")
        for paths in [["."], ["override.tf"]] {
            #expect(try TerraformVariableTests.run(try Module(typos), paths).findings == [
                "mod/main.tf WF203 8:14", "mod/override.tf WF010 2:5", "mod/override.tf WF010 3:30",
                "mod/override.tf WF007 4:20",
            ], "\(paths)")
        }
    }

    /// The module of the consistency checks: a finding in each file.
    static let both = [
        "main.tf": Self.original,
        "override.tf": "resource \"aws_sagemaker_workforce\" \"main\" {\n  workforce_name = \"bad name\"\n}\n",
    ]

    /// A walk, the files named on the command line in any combination, and
    /// standard input named as either file report each finding once, in the
    /// file its value is written in.
    @Test func everyWayOfLintingReportsTheSameFindingsOnce() throws {
        let expected = ["mod/main.tf WF203 8:14", "mod/override.tf WF007 2:20"]
        for paths in [["."], ["main.tf"], ["override.tf"], ["main.tf", "override.tf"], ["override.tf", "main.tf"]] {
            let run = try TerraformVariableTests.run(try Module(Self.both), paths)
            #expect(run.findings == expected, "\(paths)")
        }
        // A WF504 is reported once however many inputs of its module read it.
        var orphan = Self.both
        orphan["other_override.tf"] = "locals {\n  missing = 1\n}\nresource \"aws_sagemaker_workforce\" \"main\" {}\n"
        for paths in [["."], ["main.tf", "override.tf", "other_override.tf"]] {
            let run = try TerraformVariableTests.run(try Module(orphan), paths)
            #expect(run.findings == expected.prefix(1) + ["mod/other_override.tf WF504 2:3"] + expected.dropFirst(), "\(paths)")
        }
        let module = try Module(Self.both)
        defer { try? FileManager.default.removeItem(at: module.folder) }
        for name in ["main.tf", "override.tf"] {
            let path = module.folder.path + "/" + name
            let linted = builtinLinter().lint(
                Array((Self.both[name] ?? "").utf8), as: LintInput(source: .standardInput, displayName: path, isExplicit: true))
            let shown = (linted.findings + linted.referenced.flatMap(\.findings)).map {
                "\($0.file.replacingOccurrences(of: module.folder.path, with: "mod")) \($0.ruleID) \($0.range.start)"
            }
            #expect(shown.sorted() == expected, "standard input as \(name)")
        }
    }

    /// Each WF504 of a walk is shown by the lint of its own file when that
    /// file has a workforce resource, and by the lint of the module's first
    /// workforce file when it does not, as an override file of `locals`
    /// alone: a lint showing every other input's made N override files N × N findings.
    @Test func anOrphanIsShownByItsOwnFilesLintWhenItHasOne() throws {
        var files = Self.both
        files["a_override.tf"] = "resource \"aws_sagemaker_workforce\" \"gone\" {\n  workforce_name = \"a\"\n}\n"
        files["b_override.tf"] = "resource \"aws_sagemaker_workforce\" \"lost\" {\n  workforce_name = \"b\"\n}\n"
        files["locals_override.tf"] = "locals {\n  missing = 1\n}\n"
        let expected = [
            "mod/a_override.tf WF504 1:1", "mod/b_override.tf WF504 1:1", "mod/locals_override.tf WF504 2:3",
            "mod/main.tf WF203 8:14", "mod/override.tf WF007 2:20",
        ]
        #expect(try TerraformVariableTests.run(try Module(files), ["."]).findings == expected)
        #expect(try TerraformVariableTests.run(try Module(files), ["main.tf"]).findings == expected)
        let module = try Module(files)
        defer { try? FileManager.default.removeItem(at: module.folder) }
        let walk = FileWalker.inputs(for: [module.folder.path], stdinName: "-")
        var shown: [String: [String]] = [:]
        for outcome in builtinLinter().lint(walk.inputs, jobs: 2) {
            let linted = try outcome.result.get()
            let name = (outcome.input.displayName as NSString).lastPathComponent
            shown[name] = (linted.findings + linted.referenced.flatMap(\.findings))
                .filter { $0.ruleID == "WF504" }.map { ($0.file as NSString).lastPathComponent }.sorted()
        }
        #expect(shown == [
            "a_override.tf": ["a_override.tf"], "b_override.tf": ["b_override.tf"],
            "main.tf": ["locals_override.tf"], "override.tf": [], "locals_override.tf": [],
        ])
    }

    /// What an override writes with no original is read by no resource, so
    /// none of it is known to be a secret: each value is masked where WF504
    /// shows its line (a local value, a variable's default, in either syntax).
    @Test func anOrphansValuesAreMasked() throws {
        let module = try Module(Self.both.merging([
            "x_override.tf": "locals { client_secret = \"TopSecretOne\" }\nvariable \"db\" { default = \"TopSecretTwo\" }\n",
            "y_override.tf.json": #"{"locals": {"token": "TopSecretThree"}, "variable": {"pw": {"default": "TopSecretFour"}}}"#,
        ]) { $1 })
        defer { try? FileManager.default.removeItem(at: module.folder) }
        let text = try WFLintBinary.run(["--no-config", "--select", "WF504", "main.tf"], in: module.folder)
        #expect(text.stdout == """
            x_override.tf:1:10: error: there is no local value "client_secret" to override; an override file can only override a local value defined in a primary configuration file of the module [WF504 tf-orphan-override]
                1 | locals { client_secret = ************** }
                  |          ^~~~~~~~~~~~~
            x_override.tf:2:1: error: there is no variable "db" to override; an override file can only override a variable declared in a primary configuration file of the module [WF504 tf-orphan-override]
                2 | variable "db" { default = ************** }
                  | ^~~~~~~~~~~~~
            y_override.tf.json:1:13: error: there is no local value "token" to override; an override file can only override a local value defined in a primary configuration file of the module [WF504 tf-orphan-override]
                1 | {"locals": {"token": ****************}, "variable": {"pw": {"default": ***************}}}
                  |             ^~~~~~~
            y_override.tf.json:1:54: error: there is no variable "pw" to override; an override file can only override a variable declared in a primary configuration file of the module [WF504 tf-orphan-override]
                1 | {"locals": {"token": ****************}, "variable": {"pw": {"default": ***************}}}
                  |                                                      ^~~~
            4 errors in 2 files; 1 file checked

            """)
        for format in ["json", "sarif", "github"] {
            let run = try WFLintBinary.run(["--no-config", "--select", "WF504", "--format", format, "main.tf"], in: module.folder)
            #expect(run.stdout.contains("WF504") && !run.stdout.contains("TopSecret"), "\(format)")
        }
    }

    /// The language server lints each open document in its module: the
    /// override file shows the findings written in it, the original the
    /// findings written in it.
    @Test func theLanguageServerShowsEachFileItsOwnFindings() throws {
        let module = try Module(Self.both)
        defer { try? FileManager.default.removeItem(at: module.folder) }
        let workspace = Workspace()
        var shown: [String] = []
        for name in ["main.tf", "override.tf"] {
            let path = module.folder.path + "/" + name
            guard case .linted(let findings, _, _) = workspace.lint(Array((Self.both[name] ?? "").utf8), path: path) else {
                Issue.record("\(name) was not linted")
                continue
            }
            shown += findings.map { "\(name) \($0.ruleID) \($0.range.start)" }
        }
        #expect(shown == ["main.tf WF203 8:14", "override.tf WF007 2:20"])
    }
}
