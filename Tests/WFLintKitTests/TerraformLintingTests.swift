import DocumentModel
import Testing
@testable import WFLintKit

/// A `.tf` file's `aws_sagemaker_workforce` resources, checked by every rule
/// as the CreateWorkforce request each one sends, at the HCL's own line and
/// column, named as Terraform names them (docs/terraform.md).
@Suite struct TerraformLintingTests {
    /// `line:col rule pointer message` of every finding, in report order.
    static func findings(_ text: String, name: String = "main.tf", linter: Linter = builtinLinter()) -> [String] {
        linter.lint(Array(text.utf8), as: LintInput(source: .file(name), displayName: name, isExplicit: true))
            .findings.map { "\($0.range.start) \($0.ruleID) \($0.pointer) \($0.message)" }
    }

    static let prefix = "/resource/aws_sagemaker_workforce/main"

    /// An `oidc_config` body, `indent` spaces in, with an http:// issuer, an
    /// unknown client secret and no `logout_endpoint`: seven lines.
    static func oidcWithoutLogout(indent: Int) -> String {
        """
        authorization_endpoint = "https://idp.example.com/authorize"
        client_id              = "labelers"
        client_secret          = var.secret
        issuer                 = "http://idp.example.com"
        jwks_uri               = "https://idp.example.com/jwks"
        token_endpoint         = "https://idp.example.com/token"
        user_info_endpoint     = "https://idp.example.com/userinfo"
        """.split(separator: "\n").map { String(repeating: " ", count: indent) + $0 }.joined(separator: "\n")
    }

    @Test func literalsAreCheckedByEveryRuleInTerraformsNames() {
        let text = """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "bad name"
              oidc_config {
            \(Self.oidcWithoutLogout(indent: 4))
              }
              source_ip_config {
                cidrs = ["10.0.0.1/16", "10.0.0.0/8"]
              }
              workforce_vpc_config {
                vpc_id             = "vpc-0123456789abcdef0"
                security_group_ids = ["sg-0123456789abcdef0", "sg-0123456789abcdef0"]
                subnets            = "subnet-0123456789abcdef0"
              }
            }
            variable "secret" { sensitive = true }
            """
        let p = Self.prefix
        #expect(Self.findings(text) == [
            #"2:20 WF007 \#(p)/workforce_name "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}', got "bad name""#,
            #"3:3 WF110 \#(p)/oidc_config/0 "oidc_config" lacks "logout_endpoint", which the OpenID Connect sign-in needs"#,
            #"7:30 WF111 \#(p)/oidc_config/0/issuer oidc_config.issuer "http://idp.example.com" must begin with "https://""#,
            #"13:14 WF203 \#(p)/source_ip_config/0/cidrs/0 CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16""#,
            #"13:14 WF204 \#(p)/source_ip_config/0/cidrs/0 CIDR "10.0.0.1/16" is already covered by "10.0.0.0/8" at 13:29"#,
            #"17:51 WF214 \#(p)/workforce_vpc_config/0/security_group_ids/1 duplicate id "sg-0123456789abcdef0", first listed at 17:27"#,
            #"18:26 WF004 \#(p)/workforce_vpc_config/0/subnets "workforce_vpc_config.subnets" must be a list, got string "subnet-0123456789abcdef0""#,
        ])
    }

    /// The provider sends `scope` only when it is not "" (its expand
    /// function), so an empty scope, written or from a variable's default (a
    /// module's usual `default = ""`), is no WF120: it is not sent. In
    /// `.tf.json` too; a scope with text is checked.
    @Test func anEmptyScopeIsNotSent() {
        let resource = { (scope: String) in
            """
            variable "scope" {
              default = ""
            }
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "labelers"
              oidc_config {
            \(Self.oidcWithoutLogout(indent: 4))
                logout_endpoint = "https://idp.example.com/logout"
                scope           = \(scope)
              }
            }
            variable "secret" { sensitive = true }
            """
        }
        let issuer = "10:30 WF111 \(Self.prefix)/oidc_config/0/issuer oidc_config.issuer \"http://idp.example.com\" must begin with \"https://\""
        #expect(Self.findings(resource(#""""#)) == [issuer])
        #expect(Self.findings(resource("var.scope")) == [issuer])
        #expect(Self.findings(resource(#""email""#)).map { $0.split(separator: " ")[1] } == ["WF111", "WF121"])
        let json = #"{"resource": {"aws_sagemaker_workforce": {"main": {"workforce_name": "labelers", "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"}, "oidc_config": {"scope": ""}}}}}"#
        #expect(!Self.findings(json, name: "main.tf.json").contains { $0.contains("WF120") })
    }

    /// Terraform converts a number to the string `big.Float.Text('f', -1)`
    /// makes of it where a string is expected: `10.0` is sent as "10" (a
    /// valid name), `1e-2` as "0.01" (not one), `1e100` as 101 digits (too
    /// long), in `.tf`, `.tf.json` and a variable's value alike.
    @Test func aNumberIsCheckedAsTheStringTerraformMakesOfIt() {
        let workforce = { (name: String) in
            """
            variable "name" {
              default = 10.0
            }
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = \(name)
              cognito_config {
                client_id = "labelers"
                user_pool = "us-east-1_abcDEF123"
              }
            }
            """
        }
        #expect(Self.findings(workforce("10.0")) == [])
        #expect(Self.findings(workforce("var.name")) == [])
        #expect(Self.findings(workforce("1e-2")) == [
            #"5:20 WF007 \#(Self.prefix)/workforce_name "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}', got "0.01""#,
        ])
        #expect(Self.findings(workforce("1e100")).map { $0.split(separator: " ")[1] } == ["WF006"])
        // Past 1,024 characters the string is not made: not known, never checked.
        #expect(Self.findings(workforce("1e999999999")) == [])
        let json = #"{"resource": {"aws_sagemaker_workforce": {"main": {"workforce_name": 10.0, "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"}}}}}"#
        #expect(Self.findings(json, name: "main.tf.json") == [])
    }

    @Test func aMissingArgumentAndCountsNameTerraformsMembers() {
        let text = """
            resource "aws_sagemaker_workforce" "main" {
              cognito_config {
                client_id = "abc"
              }
              source_ip_config {
                cidrs = ["10.0.0.0/16", var.a, "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16", "10.5.0.0/16",
                         "10.6.0.0/16", "10.7.0.0/16", "10.8.0.0/16", local.b, "10.300.0.0/16"]
              }
            }
            variable "a" {}
            locals {
              b = timestamp()
            }
            """
        let p = Self.prefix
        #expect(Self.findings(text) == [
            "1:1 WF005 \(p) aws_sagemaker_workforce.main is missing required member \"workforce_name\"",
            "2:3 WF005 \(p)/cognito_config/0 cognito_config is missing required member \"user_pool\"",
            // Eleven entries, two of them unknown: the tuple's length is known.
            "6:13 WF202 \(p)/source_ip_config/0/cidrs source_ip_config.cidrs has 11 entries; the allow list takes 1 to 10",
            #"7:68 WF201 \#(p)/source_ip_config/0/cidrs/10 CIDR "10.300.0.0/16" is invalid: octet "300" is greater than 255; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32""#,
        ])
    }

    @Test func valuesNotKnownBeforeEvaluationAreNeverReported() {
        // References, function calls, conditionals, for expressions,
        // interpolating templates, objects with computed keys, a dynamic
        // block's iterator: nothing here is a literal, so nothing is checked,
        // and no member holding one is missing. The two dynamic blocks may
        // each make no block, so they are not "both identity providers" either.
        let text = """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = var.name
              dynamic "cognito_config" {
                for_each = var.cognito == null ? [] : [var.cognito]
                content {
                  client_id = cognito_config.value.client_id
                  user_pool = cognito_config.value.user_pool
                }
              }
              dynamic "oidc_config" {
                for_each = var.oidc == null ? [] : [var.oidc]
                content {
                  authorization_endpoint = oidc_config.value.authorize
                  client_id              = oidc_config.value.client_id
                  client_secret          = var.secret
                  issuer                 = "http://${oidc_config.value.host}"
                  jwks_uri               = oidc_config.value.jwks
                  logout_endpoint        = oidc_config.value.logout
                  token_endpoint         = oidc_config.value.token
                  user_info_endpoint     = oidc_config.value.userinfo
                }
              }
              source_ip_config {
                cidrs = concat(var.office_cidrs, ["10.0.0.0/8"])
              }
              workforce_vpc_config {
                vpc_id             = "vpc-${var.suffix}"
                security_group_ids = [for group in var.groups : group.id]
                subnets            = var.private ? module.vpc.private_subnets : module.vpc.public_subnets
              }
            }
            resource "aws_sagemaker_workforce" "other" {
              workforce_name = local.name
              oidc_config {
                authorization_endpoint = local.idp.authorize
                client_id              = data.aws_ssm_parameter.client.value
                client_secret          = var.secret
                issuer                 = local.idp.issuer
                jwks_uri               = "${local.base}/jwks"
                logout_endpoint        = format("%s/logout", local.base)
                token_endpoint         = local.idp["token"]
                user_info_endpoint     = (local.idp.userinfo)
                scope                  = join(" ", var.scopes)
                authentication_request_extra_params = { (var.key) = "x" }
              }
            }
            variable "cognito" {}
            variable "groups" {}
            variable "key" {}
            variable "name" {}
            variable "office_cidrs" {}
            variable "oidc" {}
            variable "private" {}
            variable "scopes" {}
            variable "secret" { sensitive = true }
            variable "suffix" {}
            locals {
              base = var.oidc.base
              idp  = var.oidc
              name = var.name
            }
            """
        #expect(Self.findings(text) == [])
    }

    @Test func aDynamicBlockIsCheckedAsOneBlockFromItsContent() {
        let text = """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "labelers"
              dynamic "cognito_config" {
                for_each = var.cognito == null ? [] : [var.cognito]
                content {
                  client_id = cognito_config.value.client_id
                  user_pool = "us-east-1_abcDEF123"
                }
              }
              dynamic "oidc_config" {
                for_each = var.oidc == null ? [] : [1]
                content {
            \(Self.oidcWithoutLogout(indent: 6))
                }
              }
              dynamic "source_ip_config" {
                for_each = [1]
              }
            }
            variable "cognito" {}
            variable "oidc" {}
            variable "secret" { sensitive = true }
            """
        // Both identity providers are dynamic: either may make no block, so
        // no WF101; what the content writes is checked wherever it is made.
        let p = "\(Self.prefix)/dynamic/oidc_config/0/content/0"
        #expect(Self.findings(text) == [
            #"10:11 WF110 \#(p) "oidc_config" lacks "logout_endpoint", which the OpenID Connect sign-in needs"#,
            #"16:32 WF111 \#(p)/issuer oidc_config.issuer "http://idp.example.com" must begin with "https://""#,
        ])
    }

    /// A `dynamic` block whose `for_each` is known to make a block is
    /// written: an OpenID Connect provider made so beside `cognito_config`
    /// is WF101, which `terraform plan` (v1.11.4, hashicorp/aws 5.100)
    /// refuses, "only one of `cognito_config,oidc_config` can be specified"
    /// (`validate` does not expand dynamic blocks).
    @Test func aDynamicBlockKnownToBeMadeIsWritten() {
        let text = """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "labelers"
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abcDEF123"
              }
              dynamic "oidc_config" {
                for_each = [1]
                content {
            \(Self.oidcWithoutLogout(indent: 6))
                  logout_endpoint = "https://idp.example.com/logout"
                }
              }
            }
            variable "secret" { sensitive = true }
            """
        #expect(Self.findings(text) == [
            #"7:11 WF101 \#(Self.prefix)/dynamic/oidc_config/0/content/0 "oidc_config" cannot be set together with "#
                + #""cognito_config" (set at 3:3); a workforce uses one identity provider"#,
            #"13:32 WF111 \#(Self.prefix)/dynamic/oidc_config/0/content/0/issuer oidc_config.issuer "#
                + #""http://idp.example.com" must begin with "https://""#,
        ])
    }

    /// A `dynamic` block whose `for_each` is known to be empty makes no
    /// block: the provider then has no identity provider (its ExactlyOneOf),
    /// WF102. One known to hold an item, or not known, is checked as before.
    @Test func aDynamicBlockOverAnEmptyCollectionIsNoBlock() {
        let workforce = { (forEach: String) in
            """
            variable "pools" {
              default = []
            }
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "w"
              dynamic "cognito_config" {
                for_each = \(forEach)
                content {
                  client_id = "abc"
                  user_pool = "us-east-1_abcDEF123"
                }
              }
            }
            """
        }
        let missing = #"4:1 WF102 \#(Self.prefix) a CreateWorkforce request needs "cognito_config" or "oidc_config"; neither is set"#
        #expect(Self.findings(workforce("[]")) == [missing])
        #expect(Self.findings(workforce("{}")) == [missing])
        #expect(Self.findings(workforce("var.pools")) == [missing])
        #expect(Self.findings(workforce(#"["a"]"#)) == [])
        #expect(Self.findings(workforce("toset(var.pools)")) == [])
        let json = #"{"resource": {"aws_sagemaker_workforce": {"main": {"workforce_name": "w", "dynamic": {"cognito_config": {"for_each": [], "content": {"client_id": "abc", "user_pool": "us-east-1_abcDEF123"}}}}}}}"#
        #expect(Self.findings(json, name: "main.tf.json").map { $0.split(separator: " ")[1] } == ["WF102"])
    }

    /// A Cognito workforce `main` with a `dynamic` block `block` over
    /// `forEach` whose content sets `cidrs`, then `rest` (whole lines) before
    /// its closing brace, which ends the text.
    static func dynamicWorkforce(_ block: String = "source_ip_config", forEach: String, rest: String = "") -> String {
        """
        resource "aws_sagemaker_workforce" "main" {
          workforce_name = "w"
          cognito_config {
            client_id = "abc"
            user_pool = "us-east-1_abcDEF123"
          }
          dynamic "\(block)" {
            for_each = \(forEach)
            content {
              cidrs = ["10.0.0.0/16"]
            }
          }
        \(rest)}
        """
    }

    /// A `dynamic` block whose `for_each` is known to hold two or more
    /// elements makes that many blocks where the provider takes one
    /// (MaxItems 1): Terraform's block count check fails the plan ("Too many
    /// source_ip_config blocks"). WF502 at the `for_each`; the block is still
    /// checked as the first. A `for_each` not known, or of one element, is
    /// silent. Equal, unknown and object elements of a list each make a
    /// block (`terraform validate` refuses `["a", "a"]`, `["a", var.unknown]`
    /// and two objects); a set-typed variable's equal elements are one
    /// (`terraform plan`).
    @Test func aDynamicBlockOverTwoElementsIsARepeatedBlock() {
        let workforce = { (block: String, forEach: String) in
            "variable \"cidrs\" {\n  default = [\"10.0.0.0/16\", \"10.1.0.0/16\"]\n}\n"
                + Self.dynamicWorkforce(block, forEach: forEach) + "\nvariable \"unknown\" {}"
        }
        let two = { (block: String, at: String) in
            "\(at) WF502 \(Self.prefix)/dynamic/\(block)/0/for_each aws_sagemaker_workforce.main takes one \(block) block, "
                + "and this for_each makes 2; give it at most one element"
        }
        #expect(Self.findings(workforce("source_ip_config", #"["a", "b"]"#)) == [two("source_ip_config", "11:16")])
        #expect(Self.findings(workforce("source_ip_config", "var.cidrs")) == [two("source_ip_config", "11:16")])
        #expect(Self.findings(workforce("source_ip_config", "{ a = 1, b = 2 }")) == [two("source_ip_config", "11:16")])
        #expect(Self.findings(workforce("source_ip_config", #"["a", var.unknown]"#)) == [two("source_ip_config", "11:16")])
        #expect(Self.findings(workforce("source_ip_config", #"["a", "a"]"#)) == [two("source_ip_config", "11:16")])
        #expect(Self.findings(workforce("source_ip_config", #"["a", "b", var.unknown]"#)) == [
            "11:16 WF502 \(Self.prefix)/dynamic/source_ip_config/0/for_each aws_sagemaker_workforce.main takes one "
                + "source_ip_config block, and this for_each makes 3; give it at most one element",
        ])
        // A list's objects each make a block too (a set's, not compared, count as one).
        #expect(Self.findings(workforce("source_ip_config", #"[{ a = 1 }, { b = 2 }]"#)) == [two("source_ip_config", "11:16")])
        // The content is checked as the first block: cidrs is no member of workforce_vpc_config.
        let vpc = Self.findings(workforce("workforce_vpc_config", #"["a", "b"]"#)).map { $0.split(separator: " ").prefix(3) }
        #expect(vpc.filter { $0[1] != "WF213" }.map { $0.joined(separator: " ") } == [
            "11:16 WF502 \(Self.prefix)/dynamic/workforce_vpc_config/0/for_each",
            "13:7 WF003 \(Self.prefix)/dynamic/workforce_vpc_config/0/content/0/cidrs",
        ])
        #expect(Self.findings(workforce("source_ip_config", #"["a"]"#)) == [])
        #expect(Self.findings(workforce("source_ip_config", "var.unknown")) == [])
        #expect(Self.findings(workforce("source_ip_config", "toset(var.cidrs)")) == [])
    }

    /// A `for_each` known to be no collection is WF004 at it: Terraform
    /// refuses it ("Invalid dynamic for_each value: Cannot use a bool value
    /// in for_each"; `terraform validate` for a literal, `plan` for a
    /// variable's value). The content is still checked as the first block.
    @Test(arguments: [
        ("true", "a bool"), (#""abc""#, "a string"), ("null", "null"), ("5", "a number"), ("var.flag", "a bool"),
        (#""${var.flag}-a""#, "a string"), ("var.amount", "a number"),
    ])
    func aDynamicBlockOverNoCollectionIsAWrongType(forEach: String, kind: String) {
        // `amount` is a number-typed variable whose value is written as a string.
        let variables = "variable \"flag\" {\n  default = true\n}\nvariable \"amount\" {\n  type    = number\n  default = \"+7\"\n}\n"
        let text = Self.dynamicWorkforce(forEach: forEach) + "\n" + variables
        let wrong = { (at: String) in
            "\(at) WF004 \(Self.prefix)/dynamic/source_ip_config/0/for_each the for_each of dynamic \"source_ip_config\" "
                + "must be a list, a set or a map, got \(kind); Terraform makes a source_ip_config block of each element"
        }
        #expect(Self.findings(text) == [wrong("8:16")])
        let json = """
            {"resource": {"aws_sagemaker_workforce": {"main": {
              "workforce_name": "w",
              "cognito_config": {"client_id": "abc", "user_pool": "us-east-1_abcDEF123"},
              "dynamic": {"source_ip_config": {"for_each": \(forEach.hasPrefix("var.") ? "\"${\(forEach)}\"" : forEach), "content": {"cidrs": ["10.0.0.0/16"]}}}
            }}}, "variable": {"flag": {"default": true}, "amount": {"type": "number", "default": "+7"}}}
            """
        #expect(Self.findings(json, name: "main.tf.json") == [wrong("4:48")], "\(forEach)")
    }

    /// A variable's `type` decides whether its equal elements are one: a
    /// `set(...)` merges them, a list keeps each (`terraform plan` with
    /// hashicorp/aws: "Too many source_ip_config blocks" for the list only).
    @Test(arguments: [
        ("list(string)", #"["office", "office"]"#, true), ("set(string)", #"["office", "office"]"#, false),
        ("set(number)", #"[1, "1.0"]"#, false), ("set(string)", #"["office", "lab"]"#, true),
    ])
    func aSetTypedVariableMakesOneBlockOfEqualElements(type: String, value: String, isRepeated: Bool) {
        let text = "variable \"sources\" {\n  type    = \(type)\n  default = \(value)\n}\n"
            + Self.dynamicWorkforce(forEach: "var.sources")
        let repeated = "12:16 WF502 \(Self.prefix)/dynamic/source_ip_config/0/for_each aws_sagemaker_workforce.main takes one "
            + "source_ip_config block, and this for_each makes 2; give it at most one element"
        #expect(Self.findings(text) == (isRepeated ? [repeated] : []))
    }

    /// A `set(...)` variable's duplicate, which Terraform drops, is still
    /// reported where it is written, as one in `cidrs` itself is.
    @Test func aSetTypedVariablesDuplicateIsStillReported() {
        let text = "variable \"c\" {\n  type    = set(string)\n  default = [\"10.0.0.0/16\", \"10.0.0.0/16\"]\n}\n"
            + TerraformWorkforceText.cognito(cidrs: "var.c")
        #expect(Self.findings(text) == [
            #"3:29 WF204 \#(Self.prefix)/source_ip_config/0/cidrs/1 CIDR "10.0.0.0/16" is already covered by "10.0.0.0/16" at 3:14"#,
        ])
    }

    /// A `dynamic` block beside a written block of its name: one block known
    /// to be made is one too many (WF502 at its `for_each`, the written block
    /// its first); a `for_each` not known, or known to be empty, is silent.
    @Test func aDynamicBlockBesideAWrittenOneIsARepeatedBlock() {
        let workforce = { (forEach: String) in
            Self.dynamicWorkforce(forEach: forEach, rest: "  source_ip_config {\n    cidrs = [\"192.168.0.0/24\"]\n  }\n")
                + "\nvariable \"unknown\" {}"
        }
        #expect(Self.findings(workforce(#"["a"]"#)) == [
            "8:16 WF502 \(Self.prefix)/dynamic/source_ip_config/0/for_each aws_sagemaker_workforce.main takes one "
                + "source_ip_config block, and this for_each makes 1 beside the one at 13:3; merge them into one",
        ])
        #expect(Self.findings(workforce("var.unknown")) == [])
        #expect(Self.findings(workforce("[]")) == [])
    }

    /// The same in JSON syntax: `"dynamic": {"NAME": {"for_each": [...]}}`.
    @Test func aJSONDynamicBlockOverTwoElementsIsARepeatedBlock() {
        let workforce = { (forEach: String, beside: String) in
            """
            {"resource": {"aws_sagemaker_workforce": {"main": {
              "workforce_name": "w",
              "cognito_config": {"client_id": "abc", "user_pool": "us-east-1_abcDEF123"},\(beside)
              "dynamic": {"source_ip_config": {"for_each": \(forEach), "content": {"cidrs": ["10.0.0.0/16"]}}}
            }}}, "variable": {"unknown": {}}}
            """
        }
        #expect(Self.findings(workforce(#"["a", "b"]"#, ""), name: "main.tf.json") == [
            "4:48 WF502 \(Self.prefix)/dynamic/source_ip_config/0/for_each aws_sagemaker_workforce.main takes one "
                + "source_ip_config block, and this for_each makes 2; give it at most one element",
        ])
        #expect(Self.findings(workforce(#"["a"]"#, #"\#n  "source_ip_config": {"cidrs": ["192.168.0.0/24"]},"#),
                              name: "main.tf.json") == [
            "5:48 WF502 \(Self.prefix)/dynamic/source_ip_config/0/for_each aws_sagemaker_workforce.main takes one "
                + "source_ip_config block, and this for_each makes 1 beside the one at 4:3; merge them into one",
        ])
        #expect(Self.findings(workforce(#"["a"]"#, ""), name: "main.tf.json") == [])
        #expect(Self.findings(workforce(#""${var.unknown}""#, ""), name: "main.tf.json") == [])
    }

    @Test func aWhenConditionOnAnUnknownValueStandsAside() throws {
        // A pack rule that holds only while a member has a value: unknown, it
        // might, or might not.
        let pack = """
            pack: {name: acme}
            rules:
              - id: ACME001
                name: cognito-office-only
                severity: error
                summary: Cognito workforces allow only the office range.
                description: Only 10.0.0.0/8.
                kinds: [CreateWorkforceRequest]
                target: SourceIpConfig.Cidrs[*]
                when: {CognitoConfig.UserPool: {one-of: [us-east-1_abcDEF123]}}
                check: {function: cidr, within: [10.0.0.0/8]}
                message: 'CIDR "{value}" is outside the office range'
                examples:
                  valid:
                    - |
                      WorkforceName: a
                      CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: c}
                      SourceIpConfig: {Cidrs: [10.1.0.0/16]}
                  invalid:
                    - yaml: |
                        WorkforceName: a
                        CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: c}
                        SourceIpConfig: {Cidrs: [192.168.0.0/16]}
                      findings: ["3:26"]
            """
        let linter = try Self.linter(withPack: pack)
        let known = """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "a"
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abcDEF123"
              }
              source_ip_config {
                cidrs = ["192.168.0.0/16", var.more]
              }
            }
            variable "more" {}
            variable "pool" {}
            """
        #expect(Self.findings(known, linter: linter) == [
            #"8:14 ACME001 \#(Self.prefix)/source_ip_config/0/cidrs/0 CIDR "192.168.0.0/16" is outside the office range"#,
        ])
        let unknown = known.replacingOccurrences(of: #""us-east-1_abcDEF123""#, with: "var.pool")
        #expect(Self.findings(unknown, linter: linter) == [])
    }

    static func linter(withPack text: String) throws -> Linter {
        var ruleSet = RuleSet.builtin()
        try ruleSet.addPack(text: text, file: "acme.yaml")
        let table = RuleTable(ruleSet.descriptors)
        return Linter(
            checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil,
            inlineSuppressions: InlineSuppressionPolicy(loadedRules: ruleSet.descriptors))
    }

    @Test func anOrganisationPackReachesTheCIDRsOfTheBlock() throws {
        let pack = try #require(RuleTestSupport.read("rules/examples/corporate-cidrs.yaml"))
        let linter = try Self.linter(withPack: pack)
        let text = TerraformWorkforceText.cognito(rest: """
              source_ip_config {
                cidrs = ["203.0.113.0/24", "10.20.0.0/16"]
              }

            """)
        #expect(Self.findings(text, linter: linter) == [
            "8:32 CORP001 \(Self.prefix)/source_ip_config/0/cidrs/1 CIDR \"10.20.0.0/16\" is outside the corporate "
                + "ranges (203.0.113.0/24, 198.51.100.0/25, 2001:db8:ac::/48)",
        ])
    }


    /// A pack's message that writes a member's dotted API path names its
    /// dotted Terraform path once: renamed word by word, each word became its
    /// own path (`source_ip_config.source_ip_config.cidrs`). Words joined by a
    /// dot that are no member path keep their dot (`example.com`), and a
    /// sentence's full stop is no path.
    @Test func aPacksDottedMemberPathIsRenamedAsOnePath() throws {
        let pack = """
            pack: {name: acme}
            rules:
              - id: ACME010
                name: acme-cidr-count
                severity: error
                summary: At most three CIDRs.
                description: At most three.
                target: SourceIpConfig.Cidrs
                check: {function: count, max: 3}
                message: 'SourceIpConfig.Cidrs has {count} entries (see OidcConfig.Issuer, docs.example.com, \
            SourceIpConfig.Nope); at most {max} allowed in Cidrs. CognitoConfig.ClientId'
                examples:
                  valid: ['{"WorkforceName": "a", "SourceIpConfig": {"Cidrs": ["10.1.0.0/16"]}}']
                  invalid:
                    - json: '{"WorkforceName": "a", "SourceIpConfig": {"Cidrs": ["10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16"]}}'
                      findings: ["1:54"]
            """
        let linter = try Self.linter(withPack: pack)
        let cidrs = (1...4).map { "\"10.\($0).0.0/16\"" }.joined(separator: ", ")
        #expect(Self.findings(TerraformWorkforceText.cognito(cidrs: "[\(cidrs)]"), linter: linter) == [
            "8:13 ACME010 \(Self.prefix)/source_ip_config/0/cidrs source_ip_config.cidrs has 4 entries (see "
                + "oidc_config.issuer, docs.example.com, source_ip_config.Nope); at most 3 allowed in "
                + "source_ip_config.cidrs. cognito_config.client_id",
        ])
    }
    /// `cidrs`, `security_group_ids` and `subnets` are sets: Terraform drops
    /// a duplicate before the provider sends them, so the limits on their
    /// length count distinct values (an unknown one once); the duplicate
    /// rules still report the repeat.
    @Test func setsAreCountedWithoutTheirDuplicates() {
        let cidrs = (0..<10).map { "\"10.0.\($0).0/24\"" }.joined(separator: ", ")
        let groups = (1...5).map { "\"sg-0123456789abcde\($0)0\"" }.joined(separator: ", ")
        let text = TerraformWorkforceText.cognito(rest: """
              source_ip_config {
                cidrs = [\(cidrs), "10.0.0.0/24"]
              }
              workforce_vpc_config {
                vpc_id             = "vpc-0123456789abcdef0"
                security_group_ids = [\(groups), "sg-0123456789abcde10"]
                subnets            = ["subnet-0123456789abcdef0"]
              }

            """)
        let p = Self.prefix
        #expect(Self.findings(text) == [
            "8:164 WF204 \(p)/source_ip_config/0/cidrs/10 CIDR \"10.0.0.0/24\" is already covered by \"10.0.0.0/24\" at 8:14",
            "12:147 WF214 \(p)/workforce_vpc_config/0/security_group_ids/5 duplicate id \"sg-0123456789abcde10\", "
                + "first listed at 12:27",
        ])
        // An eleventh distinct CIDR, or an unknown one, is one too many.
        for extra in ["\"10.0.10.0/24\"", "var.office"] {
            let over = TerraformWorkforceText.cognito(rest: """
                  source_ip_config {
                    cidrs = [\(cidrs), "10.0.0.0/24", \(extra)]
                  }

                """) + "variable \"office\" {}\n"
            #expect(Self.findings(over) == [
                "8:13 WF202 \(p)/source_ip_config/0/cidrs source_ip_config.cidrs has 11 entries; the allow list takes 1 to 10",
                "8:164 WF204 \(p)/source_ip_config/0/cidrs/10 CIDR \"10.0.0.0/24\" is already covered by \"10.0.0.0/24\" at 8:14",
            ], "\(extra)")
        }
        // One reference written eleven times is one value; eleven calls of uuid() may be eleven.
        let repeated = { (item: String) in
            TerraformWorkforceText.cognito(cidrs: "[" + Array(repeating: item, count: 11).joined(separator: ", ") + "]")
                + "variable \"office\" {}\n"
        }
        #expect(Self.findings(repeated("var.office")) == [])
        #expect(Self.findings(repeated("uuid()")) == [
            "8:13 WF202 \(p)/source_ip_config/0/cidrs source_ip_config.cidrs has 11 entries; the allow list takes 1 to 10",
        ])
        // A request document sends its list as written: eleven entries.
        let yaml = "WorkforceName: labelers\nSourceIpConfig:\n  Cidrs: [\(cidrs), 10.0.0.0/24]\n"
        #expect(Self.findings(yaml, name: "request.yaml").contains(
            "3:10 WF202 /SourceIpConfig/Cidrs Cidrs has 11 entries; the allow list takes 1 to 10"))
    }

    /// Terraform's meta-arguments and the provider's `region`.
    @Test func metaArgumentsAreNoMembers() {
        let text = """
            resource "aws_sagemaker_workforce" "main" {
              count      = 1
              for_each   = toset(["a"])
              provider   = aws.west
              depends_on = [aws_cognito_user_pool.pool]
              region     = "eu-west-1"
              workforce_name = "labelers"
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abcDEF123"
              }
              lifecycle {
                prevent_destroy = true
              }
            }
            """
        #expect(Self.findings(text) == [])
    }

    /// `id` is no argument: the plugin SDK shows it to Terraform as optional
    /// and computed, but the provider validates the configuration against
    /// the resource's schema map, which has no `id`, and refuses it
    /// ("Invalid or unknown key"). In `.tf` and `.tf.json` alike.
    @Test func idIsAnUnknownArgument() {
        let text = """
            resource "aws_sagemaker_workforce" "main" {
              id             = "labelers"
              workforce_name = "labelers"
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abcDEF123"
              }
            }
            """
        let message = "\"id\" is not a member of aws_sagemaker_workforce.main; expected one of "
            + "'cognito_config', 'oidc_config', 'source_ip_config', 'workforce_name', 'workforce_vpc_config'"
        #expect(Self.findings(text) == ["2:3 WF003 \(Self.prefix)/id \(message)"])
        let json = """
            {"resource": {"aws_sagemaker_workforce": {"main": {
              "id": "labelers",
              "workforce_name": "labelers",
              "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"}
            }}}}
            """
        #expect(Self.findings(json, name: "main.tf.json") == ["2:3 WF003 \(Self.prefix)/id \(message)"])
    }

    /// A nested block takes no label: HCL refuses `cognito_config "x" {`
    /// ("Extraneous label for cognito_config"), at the label; its body is
    /// still checked. JSON syntax has no labels there: the object under the
    /// block's name is its body, so `"x"` is an unknown argument.
    @Test func aLabelOnANestedBlockIsRefused() {
        let text = """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "labelers"
              cognito_config "x" {
                client_id = "c"
              }
            }
            """
        let p = Self.prefix
        #expect(Self.findings(text) == [
            "3:3 WF005 \(p)/cognito_config/0 cognito_config is missing required member \"user_pool\"",
            "3:18 WF003 \(p)/cognito_config/0 \"x\" is a label, and a cognito_config block takes none; "
                + "write it as cognito_config { ... }",
        ])
        let json = """
            {"resource": {"aws_sagemaker_workforce": {"main": {
              "workforce_name": "labelers",
              "cognito_config": {"x": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"}}
            }}}}
            """
        #expect(Self.findings(json, name: "main.tf.json") == [
            "3:3 WF005 \(p)/cognito_config/0 cognito_config is missing required member \"client_id\"",
            "3:3 WF005 \(p)/cognito_config/0 cognito_config is missing required member \"user_pool\"",
            "3:22 WF003 \(p)/cognito_config/0/x \"x\" is not a member of cognito_config; expected one of 'client_id', 'user_pool'",
        ])
    }

    /// A resource's name must be an identifier: Terraform refuses
    /// `resource "aws_sagemaker_workforce" "1main"` (`decodeResourceBlock`:
    /// "Invalid resource name"), in `.tf` at the label, in `.tf.json` at the
    /// name's key; the resource is still checked. A name with a dash, a
    /// leading underscore or a letter beyond ASCII is one.
    @Test func aResourceNameThatIsNoIdentifierIsRefused() {
        let resource = { (label: String) in
            """
            resource "aws_sagemaker_workforce" \(label) {
              workforce_name = "labelers"
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abcDEF123"
              }
              source_ip_config {
                cidrs = ["10.0.0.1/16"]
              }
            }
            """
        }
        let p = "/resource/aws_sagemaker_workforce/1main"
        let invalid = "aws_sagemaker_workforce resource name \"1main\" is not valid; a name must start with a letter "
            + "or underscore and may contain only letters, digits, underscores, and dashes"
        let hostBits = #"WF203 \#(p)/source_ip_config/0/cidrs/0 CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16""#
        #expect(Self.findings(resource("\"1main\"")) == ["1:36 WF003 \(p) \(invalid)", "8:14 \(hostBits)"])
        let json = """
            {"resource": {"aws_sagemaker_workforce": {"1main": {
              "workforce_name": "labelers",
              "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"},
              "source_ip_config": {"cidrs": ["10.0.0.1/16"]}
            }}}}
            """
        #expect(Self.findings(json, name: "main.tf.json") == ["1:43 WF003 \(p) \(invalid)", "4:34 \(hostBits)"])
        #expect(Self.findings(resource("\"a b\\n\"")).first
            == #"1:36 WF003 /resource/aws_sagemaker_workforce/a b\#n aws_sagemaker_workforce resource name "a b\n" is not valid; "#
                + "a name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes")
        for valid in ["\"_main-2\"", "\"wörk\"", "main"] {
            #expect(Self.findings(resource(valid)).map { $0.contains("WF203") } == [true])
        }
    }

    @Test func anUnknownArgumentGetsTheNearestTerraformName() {
        let text = """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name  = "labelers"
              ip_address_type = "ipv4"
              cognito_config {
                client_id = "c"
                userpool  = "us-east-1_abcDEF123"
              }
            }
            """
        let p = Self.prefix
        #expect(Self.findings(text) == [
            "3:3 WF003 \(p)/ip_address_type \"ip_address_type\" is not a member of aws_sagemaker_workforce.main; "
                + "expected one of 'cognito_config', 'oidc_config', 'source_ip_config', 'workforce_name', 'workforce_vpc_config'",
            "4:3 WF005 \(p)/cognito_config/0 cognito_config is missing required member \"user_pool\"",
            "6:5 WF003 \(p)/cognito_config/0/userpool \"userpool\" is not a member of cognito_config; did you mean 'user_pool'?",
        ])
    }

    @Test func aClientSecretNeverShowsAndGetsTerraformsAdvice() throws {
        let text = """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "labelers"
              oidc_config {
                authorization_endpoint = "https://idp.example.com/authorize"
                client_id              = "labelers"
                client_secret          = "hunter2-hunter2"
                clientsecret           = "hunter3-hunter3"
                issuer                 = "https://idp.example.com"
                jwks_uri               = "https://idp.example.com/jwks"
                logout_endpoint        = "https://idp.example.com/logout"
                token_endpoint         = "https://idp.example.com/token"
                user_info_endpoint     = "https://idp.example.com/userinfo"
              }
            }
            """
        let linted = builtinLinter().lint(
            Array(text.utf8), as: LintInput(source: .file("main.tf"), displayName: "main.tf", isExplicit: true))
        #expect(linted.findings.map { "\($0.range.start) \($0.ruleID) \($0.pointer) \($0.message)" } == [
            "6:30 WF140 \(Self.prefix)/oidc_config/0/client_secret oidc_config.client_secret is a literal secret "
                + "committed in the file; set it from a variable declared sensitive = true, whose value comes from "
                + "outside the repository (TF_VAR_oidc_client_secret, a secret store)",
            "7:5 WF003 \(Self.prefix)/oidc_config/0/clientsecret \"clientsecret\" is not a member of oidc_config; "
                + "did you mean 'client_secret'?",
        ])
        let report = LintReport(
            files: [LintReport.FileReport(path: "main.tf", findings: linted.findings, source: try #require(linted.source))],
            filesChecked: 1, rules: RuleSet.builtin().descriptors, exitCode: 1)
        for format in OutputFormat.allCases {
            let output = format.render(report)
            #expect(!output.contains("hunter2") && !output.contains("hunter3"), "\(format) shows a secret")
        }
    }

    @Test func anIPv6CIDRGetsAdviceTheProviderCanFollow() {
        let text = TerraformWorkforceText.cognito(rest: """
              source_ip_config {
                cidrs = ["10.0.0.0/8", "2001:db8::/32"]
              }

            """)
        #expect(Self.findings(text) == [
            "8:28 WF206 \(Self.prefix)/source_ip_config/0/cidrs/1 this IPv6 CIDR never matches: the workforce is "
                + "IPv4-only, and the AWS provider cannot set its IP address type to dualstack; remove it",
        ])
    }

    @Test func suppressionCommentsWorkWithHashAndDoubleSlash() {
        let text = TerraformWorkforceText.cognito(rest: """
              source_ip_config {
                # wflint-disable-next-line WF205 -- the public test workforce
                cidrs = ["0.0.0.0/0",
                  "10.0.0.1/16", // wflint-disable-line WF203
                  "10.0.0.0/8",  // wflint-disable-line WF201
                ]
              }

            """)
        let linted = builtinLinter().lint(
            Array(text.utf8), as: LintInput(source: .file("main.tf"), displayName: "main.tf", isExplicit: true))
        #expect(linted.suppressed.map { "\($0.finding.range.start) \($0.finding.ruleID) \($0.justification ?? "")" } == [
            "9:14 WF205 the public test workforce", "10:7 WF203 ",
        ])
        #expect(linted.findings.map { "\($0.range.start) \($0.ruleID) \($0.message)" } == [
            #"10:7 WF204 CIDR "10.0.0.1/16" is already covered by "0.0.0.0/0" at 9:14"#,
            #"11:7 WF204 CIDR "10.0.0.0/8" is already covered by "0.0.0.0/0" at 9:14"#,
            #"11:45 WF010 "WF201" in wflint-disable-line silences nothing: no WF201 finding on this line"#,
        ])
    }

    @Test func brokenHCLIsASyntaxErrorAtItsPlace() {
        let text = "resource \"aws_sagemaker_workforce\" \"main\" {\n  workforce_name = \"a\" \"b\"\n}\n"
        #expect(Self.findings(text) == [
            "2:24 WF001  expected a newline after the value of 'workforce_name', found '\"'",
        ])
    }

    @Test func nestingPastTheLimitIsAResourceLimit() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        let text = "resource \"aws_sagemaker_workforce\" \"main\" {\n  workforce_name = \(deep)\n}\n"
        let found = Self.findings(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("2:") == true && found.first?.contains(" WF011 ") == true)
    }

    /// An argument written twice in a block is an error to Terraform
    /// ("Attribute redefined"); a key written twice in an object
    /// constructor is not: the last value wins (`ObjectConsExpr.Value` in
    /// hashicorp/hcl), so the map has one `prompt`, "none", and nothing is
    /// reported of it (before, a WF002 error failed a configuration
    /// Terraform applies; a map of 11 entries, one of them twice, was over
    /// the limit of 10).
    @Test func anArgumentWrittenTwiceIsADuplicateKeyInTerraformsName() {
        let text = TerraformWorkforceText.cognito(rest: """
              workforce_name = "other"
              oidc_config {
                authentication_request_extra_params = { prompt = "login", prompt = "none" }
              }

            """)
        let p = Self.prefix
        #expect(Self.findings(text).filter { $0.contains(" WF002 ") || $0.contains("/prompt ") } == [
            "7:3 WF002 \(p)/workforce_name duplicate key \"workforce_name\", first defined at 2:3",
        ])
        let keys = (1...10).map { "k\($0) = \"v\"" }.joined(separator: ", ")
        let eleven = TerraformWorkforceText.cognito(rest: """
              oidc_config {
                authentication_request_extra_params = { \(keys), k1 = "w" }
              }

            """)
        #expect(Self.findings(eleven).filter { $0.contains("authentication_request_extra_params") } == [])
    }

    @Test func theTranslationsFindingsAreHeldToTheFindingsLimit() {
        let arguments = (1...30).map { "  unknown_\($0) = 1\n" }.joined()
        let text = "resource \"aws_sagemaker_workforce\" \"main\" {\n  workforce_name = \"a\"\n\(arguments)}\n"
        let ruleSet = RuleSet.builtin()
        let table = RuleTable(ruleSet.descriptors)
        var limits = LintLimits.default
        limits.maximumFindings = 10
        let linter = Linter(checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil, limits: limits)
        let found = Self.findings(text, linter: linter)
        #expect(found.count == 12)  // WF102, ten WF003, one WF011
        #expect(found.filter { $0.contains(" WF003 ") }.count == 10)
        #expect(found.last == "13:3 WF011 \(Self.prefix)/unknown_11 the document has more than 10 findings; "
            + "the rest are not reported (limits.max-findings)")
    }

    @Test func aFileWithoutAWorkforceIsSkippedInAWalkAndNotedWhenNamed() {
        let text = "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs\"\n}\n"
        let linter = builtinLinter()
        let walked = linter.lint(Array(text.utf8), as: LintInput(source: .file("s3.tf"), displayName: "s3.tf", isExplicit: false))
        #expect(walked.isSkipped && walked.findings.isEmpty)
        #expect(Self.findings(text, name: "s3.tf") == [
            "1:1 WF000  not a workforce document: the Terraform file has no resource \"aws_sagemaker_workforce\"",
        ])
        // Variable values hold no resource, ever: only their syntax is read.
        #expect(Self.findings("cidrs = [\"10.0.0.0/8\"]\n", name: "prod.tfvars") == [])
        #expect(Self.findings("cidrs = [\n", name: "prod.tfvars").first?.contains(" WF001 ") == true)
        #expect(FileWalker.hasExtension("main.tf", in: FileWalker.extensions))
    }

    /// The second name, `b/c`, is escaped in its pointers (`b~1c`); it is
    /// no identifier either, which Terraform refuses (WF003).
    @Test func twoResourcesAreTwoDocumentsWithTheirOwnPointers() {
        let text = TerraformWorkforceText.cognito(label: "a") + TerraformWorkforceText.cognito(label: "b/c", rest: """
              source_ip_config {
                cidrs = []
              }

            """)
        #expect(Self.findings(text) == [
            "8:36 WF003 /resource/aws_sagemaker_workforce/b~1c aws_sagemaker_workforce resource name \"b/c\" is not valid; "
                + "a name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes",
            "15:13 WF202 /resource/aws_sagemaker_workforce/b~1c/source_ip_config/0/cidrs source_ip_config.cidrs has 0 entries; the allow list takes 1 to 10",
        ])
    }
}
