import Foundation
import DocumentModel
import Testing
@testable import WFLintKit

/// Terraform's JSON syntax (`.tf.json`, CDK for Terraform's `cdk.tf.json`):
/// each `resource.aws_sagemaker_workforce.NAME` checked by every rule, at
/// the JSON's own line and column, with the same pointers and messages as
/// the native syntax (docs/terraform.md).
@Suite struct TerraformJSONSyntaxTests {
    static func findings(_ text: String, name: String = "main.tf.json") -> [String] {
        TerraformLintingTests.findings(text, name: name)
    }

    /// `rule pointer message` of every finding, without its place (nor the
    /// places a message names, `at 9:39`): what
    /// the two syntaxes must agree on.
    static func placeless(_ text: String, name: String) -> [String] {
        let linter = builtinLinter()
        return linter.lint(Array(text.utf8), as: LintInput(source: .file(name), displayName: name, isExplicit: true))
            .findings.map { "\($0.ruleID) \($0.pointer) \($0.message.replacing(#/ at \d+:\d+/#, with: " at …"))" }.sorted()
    }

    static let p = TerraformLintingTests.prefix

    /// `body` as the only resource `main` of a `.tf.json` file, its first
    /// member on line 5, indented eight spaces, and after it `variables`, the
    /// members of its `variable` object, which declare what its references
    /// read (Terraform refuses a reference to an undeclared one: WF507).
    static func resource(_ body: String, variables: String = "") -> String {
        let declared = variables.isEmpty ? "" : ",\n  \"variable\": {\(variables)}"
        return """
            {
              "resource": {
                "aws_sagemaker_workforce": {
                  "main": {
            \(body.split(separator: "\n", omittingEmptySubsequences: false).map { "        " + $0 }.joined(separator: "\n"))
                  }
                }
              }\(declared)
            }

            """
    }

    static let cognito = """
        "workforce_name": "labelers",
        "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"},
        """

    @Test func literalsAreCheckedAtTheJSONsPositionsInTerraformsNames() {
        let text = Self.resource("""
            "workforce_name": "bad name",
            "oidc_config": {
              "authorization_endpoint": "https://idp.example.com/authorize",
              "client_id": "labelers",
              "client_secret": "${var.secret}",
              "issuer": "http://idp.example.com",
              "jwks_uri": "https://idp.example.com/jwks",
              "token_endpoint": "https://idp.example.com/token",
              "user_info_endpoint": "https://idp.example.com/userinfo"
            },
            "source_ip_config": [{"cidrs": ["10.0.0.1/16", "10.0.0.0/8"]}],
            "workforce_vpc_config": {
              "vpc_id": "vpc-0123456789abcdef0",
              "security_group_ids": ["sg-0123456789abcdef0", "sg-0123456789abcdef0"],
              "subnets": "subnet-0123456789abcdef0"
            }
            """, variables: #""secret": {"sensitive": true}"#)
        let p = Self.p
        #expect(Self.findings(text) == [
            #"5:27 WF007 \#(p)/workforce_name "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}', got "bad name""#,
            #"6:9 WF110 \#(p)/oidc_config/0 "oidc_config" lacks "logout_endpoint", which the OpenID Connect sign-in needs"#,
            #"10:21 WF111 \#(p)/oidc_config/0/issuer oidc_config.issuer "http://idp.example.com" must begin with "https://""#,
            #"15:41 WF203 \#(p)/source_ip_config/0/cidrs/0 CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16""#,
            #"15:41 WF204 \#(p)/source_ip_config/0/cidrs/0 CIDR "10.0.0.1/16" is already covered by "10.0.0.0/8" at 15:56"#,
            #"18:58 WF214 \#(p)/workforce_vpc_config/0/security_group_ids/1 duplicate id "sg-0123456789abcdef0", first listed at 18:34"#,
            #"19:22 WF004 \#(p)/workforce_vpc_config/0/subnets "workforce_vpc_config.subnets" must be a list, got string "subnet-0123456789abcdef0""#,
        ])
    }

    @Test func bothSyntaxesGiveTheSamePointersAndMessages() {
        let native = """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "labelers"
              arn = "arn:aws:sagemaker:us-east-1:123456789012:workforce/labelers"
              cognito_config {
                client_id = "c"
                user_poool = "us-east-1_abcDEF123"
              }
              source_ip_config {
                cidrs = ["10.0.0.1/16", var.more, "0.0.0.0/0"]
              }
              workforce_vpc_config {
                vpc_endpoint_id = "vpce-0123456789abcdef0"
                subnets = ["subnet-1"]
              }
            }
            variable "more" {}
            """
        let json = Self.resource("""
            "workforce_name": "labelers",
            "arn": "arn:aws:sagemaker:us-east-1:123456789012:workforce/labelers",
            "cognito_config": {"client_id": "c", "user_poool": "us-east-1_abcDEF123"},
            "source_ip_config": {"cidrs": ["10.0.0.1/16", "${var.more}", "0.0.0.0/0"]},
            "workforce_vpc_config": {"vpc_endpoint_id": "vpce-0123456789abcdef0", "subnets": ["subnet-1"]}
            """, variables: #""more": {}"#)
        let fromJSON = Self.placeless(json, name: "main.tf.json")
        #expect(fromJSON == Self.placeless(native, name: "main.tf"))
        #expect(fromJSON.count == 10)
    }

    @Test func aStringThatInterpolatesIsUnknownAndEscapesAreLiteral() {
        #expect(TerraformJSONValues.literal("10.0.0.0/16") == "10.0.0.0/16")
        #expect(TerraformJSONValues.literal("$${x}/%%{y}") == "${x}/%{y}")
        #expect(TerraformJSONValues.literal("vpc-${var.id}") == nil)
        #expect(TerraformJSONValues.literal("%{ if true }x%{ endif }") == nil)
        #expect(TerraformJSONValues.literal("$ {x} % {y} $$ %%") == "$ {x} % {y} $$ %%")
        let text = Self.resource(Self.cognito + """

            "source_ip_config": {"cidrs": ["${var.cidr}", "%{ if true }x%{ endif }", "$${x}/8", 10]}
            """, variables: #""cidr": {}"#)
        #expect(Self.findings(text) == [
            #"7:82 WF201 \#(Self.p)/source_ip_config/0/cidrs/2 CIDR "${x}/8" is invalid: IPv4 address "${x}" does not have four octets; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32""#,
            #"7:93 WF201 \#(Self.p)/source_ip_config/0/cidrs/3 CIDR "10" is invalid: the "/prefix" is missing; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32""#,
        ])
    }

    /// A string of one interpolation with strip markers is the value itself,
    /// as Terraform evaluates it (`"${~[1, 2]~}"` is a tuple in `terraform
    /// console`): read as a template, its value was unknown and unchecked.
    @Test func oneInterpolationWithStripMarkersIsItsValue() {
        for written in ["${~var.name~}", "${~ var.name}", "${var.name ~}"] {
            let body = #""workforce_name": "\#(written)", "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"}"#
            let text = Self.resource(body, variables: #""name": {"default": "bad name!!"}"#)
            #expect(Self.findings(text) == [
                "9:36 WF007 \(Self.p)/workforce_name " + #""workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}', got "bad name!!""#,
            ], "\(written)")
        }
    }

    @Test func aMaxOneBlockWrittenTwiceIsRepeatedAsAnArrayOrAsAProperty() {
        let array = Self.resource(Self.cognito + """

            "source_ip_config": [
              {"cidrs": ["10.0.0.0/16"]},
              {"cidrs": ["10.0.0.1/16"]}
            ]
            """)
        #expect(Self.findings(array) == [
            "9:11 WF502 \(Self.p)/source_ip_config/1 aws_sagemaker_workforce.main takes one source_ip_config block, "
                + "and this is block 2 (the first is at 8:11); merge them into one",
        ])
        let repeated = builtinLinter().lint(
            Array(array.utf8), as: LintInput(source: .file("main.tf.json"), displayName: "main.tf.json", isExplicit: true))
        #expect(repeated.findings.flatMap(\.related).map { "\($0.file):\($0.range.start) \($0.message)" }
            == ["main.tf.json:8:11 \(RelatedLocation.firstDefinition)"])
        let twice = Self.resource(Self.cognito + """

            "source_ip_config": {"cidrs": ["10.0.0.0/16"]},
            "source_ip_config": {"cidrs": ["10.0.0.1/16"]}
            """)
        #expect(Self.findings(twice) == [
            "8:9 WF502 \(Self.p)/source_ip_config/1 aws_sagemaker_workforce.main takes one source_ip_config block, "
                + "and this is block 2 (the first is at 7:9); merge them into one",
        ])
    }

    /// HCL's JSON syntax makes a block of each element of a block's array
    /// (`unpackBlock`), and a `null` element is one with an empty body: a
    /// second block (WF502 at it), or, alone, a block without its required
    /// arguments (WF005, as `cognito_config {}` is). A `null` that is the
    /// whole value writes no block.
    @Test func aNullInABlocksArrayIsAnEmptyBlock() {
        let second = Self.resource(Self.cognito + """

            "source_ip_config": [{"cidrs": ["10.0.0.0/16"]}, null]
            """)
        #expect(Self.findings(second) == [
            "7:58 WF502 \(Self.p)/source_ip_config/1 aws_sagemaker_workforce.main takes one source_ip_config block, "
                + "and this is block 2 (the first is at 7:30); merge them into one",
        ])
        let alone = Self.resource("""
            "workforce_name": "labelers",
            "cognito_config": [null]
            """)
        #expect(Self.findings(alone) == [
            #"6:9 WF005 \#(Self.p)/cognito_config/0 cognito_config is missing required member "client_id""#,
            #"6:9 WF005 \#(Self.p)/cognito_config/0 cognito_config is missing required member "user_pool""#,
        ])
        #expect(Self.findings(Self.resource(Self.cognito + "\n\"source_ip_config\": null")) == [])
    }

    @Test func unknownComputedAndMisshapenMembersAreTheTranslationsFindings() {
        let text = Self.resource("""
            "//": "a comment, which HCL's JSON syntax skips",
            "count": 1,
            "depends_on": ["aws_cognito_user_pool.main"],
            "workforce_nam": "labelers",
            "id": "labelers",
            "arn": "arn:aws:sagemaker:us-east-1:123456789012:workforce/labelers",
            "cognito_config": "${local.cognito}",
            "source_ip_config": null,
            "oidc_config": {"clientsecret": "s3cr3t-value"}
            """)
        // `id` is no argument: the provider's plugin SDK refuses it (WF003).
        let p = Self.p
        let missing = ["authorization_endpoint", "client_id", "client_secret", "issuer", "jwks_uri", "logout_endpoint",
                       "token_endpoint", "user_info_endpoint"].map { name in
            #"13:9 WF110 \#(p)/oidc_config/0 "oidc_config" lacks "\#(name)", which the OpenID Connect sign-in needs"#
        }
        #expect(Self.findings(text) == [
            #"4:15 WF005 \#(p) aws_sagemaker_workforce.main is missing required member "workforce_name""#,
            #"8:9 WF003 \#(p)/workforce_nam "workforce_nam" is not a member of aws_sagemaker_workforce.main; did you mean 'workforce_name'?"#,
            #"9:9 WF003 \#(p)/id "id" is not a member of aws_sagemaker_workforce.main; expected one of 'cognito_config', 'oidc_config', 'source_ip_config', 'workforce_name', 'workforce_vpc_config'"#,
            #"10:9 WF501 \#(p)/arn "arn" is an attribute the provider computes; aws_sagemaker_workforce.main cannot set it"#,
            #"11:9 WF003 \#(p)/cognito_config "cognito_config" is a block of aws_sagemaker_workforce.main; in JSON syntax write it as an object or an array of objects"#,
        ] + missing + [
            #"13:25 WF003 \#(p)/oidc_config/0/clientsecret "clientsecret" is not a member of oidc_config; did you mean 'client_secret'?"#,
        ])
        // The value under a secret's mistyped name is kept out of every excerpt.
        let linted = builtinLinter().lint(
            Array(text.utf8), as: LintInput(source: .file("main.tf.json"), displayName: "main.tf.json", isExplicit: true))
        #expect(linted.sensitiveRanges.map(\.start.description) == ["13:41"])
    }

    /// A `.tf.json` set, as a `.tf` one, is counted without its duplicates.
    @Test func setsAreCountedWithoutTheirDuplicates() {
        let cidrs = (0..<10).map { "\"10.0.\($0).0/24\"" }.joined(separator: ", ")
        let text = Self.resource(Self.cognito + """

            "source_ip_config": {"cidrs": [\(cidrs), "10.0.0.0/24"]}
            """)
        #expect(Self.findings(text) == [
            "7:190 WF204 \(Self.p)/source_ip_config/0/cidrs/10 CIDR \"10.0.0.0/24\" is already covered by \"10.0.0.0/24\" at 7:40",
        ])
    }

    @Test func resourcesAndLabelsMayBeArraysOfObjects() {
        let text = """
            [{"resource": [{"aws_sagemaker_workforce": [
              {"a": {"workforce_name": "bad name", "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"}}},
              {"b": [{"workforce_name": "also bad", "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"}}]}
            ]}]}]
            """
        let linter = builtinLinter()
        let found = linter.lint(Array(text.utf8), as: LintInput(source: .file("cdk.tf.json"), displayName: "cdk.tf.json", isExplicit: true))
            .findings.map { "\($0.range.start) \($0.documentIndex) \($0.ruleID) \($0.pointer)" }
        #expect(found == [
            "2:28 0 WF007 /resource/aws_sagemaker_workforce/a/workforce_name",
            "3:29 1 WF007 /resource/aws_sagemaker_workforce/b/workforce_name",
        ])
    }

    @Test func aDynamicBlockIsItsContentWhoseIteratorIsUnknown() {
        let text = Self.resource("""
            "workforce_name": "labelers",
            "dynamic": {"oidc_config": {
              "for_each": "${var.oidc == null ? [] : [var.oidc]}",
              "content": {
                "authorization_endpoint": "${oidc_config.value.authorization}",
                "client_id": "${oidc_config.value.client_id}",
                "client_secret": "${oidc_config.value.client_secret}",
                "issuer": "http://idp.example.com",
                "jwks_uri": "${oidc_config.value.jwks}",
                "logout_endpoint": "${oidc_config.value.logout}",
                "token_endpoint": "${oidc_config.value.token}",
                "user_info_endpoint": "${oidc_config.value.user_info}"
              }
            }}
            """, variables: #""oidc": {}"#)
        #expect(Self.findings(text) == [
            #"12:23 WF111 \#(Self.p)/dynamic/oidc_config/0/content/0/issuer oidc_config.issuer "http://idp.example.com" must begin with "https://""#,
        ])
    }

    /// A `dynamic` block whose label names no block (misspelt, or an
    /// argument's name) is WF003 at the label, as in the native syntax and
    /// as Terraform refuses it ("Unsupported block type"); it was dropped
    /// unread, and the resource passed.
    @Test func aDynamicBlockOfNoBlockTypeIsUnknown() {
        let content = #"{"for_each": ["office"], "content": {"cidrs": ["10.0.0.1/16"]}}"#
        let text = Self.resource(Self.cognito + """

            "dynamic": {"source_ip_conifg": \(content), "workforce_name": \(content), "//": "generated"}
            """)
        #expect(Self.findings(text) == [
            #"7:21 WF003 \#(Self.p)/source_ip_conifg "source_ip_conifg" is not a member of aws_sagemaker_workforce.main; "#
                + "did you mean 'source_ip_config'?",
            #"7:106 WF003 \#(Self.p)/workforce_name "workforce_name" is an argument of aws_sagemaker_workforce.main, "#
                + #"not a block; write it as "workforce_name": ..."#,
        ])
    }

    /// A string Terraform reads as a template that does not parse is WF001
    /// at the string, as the same text in a `.tf` file is (Terraform:
    /// "Unclosed template interpolation sequence"); it was a value not known
    /// before plan, and the file passed. A `//` comment, a variable's literal
    /// `default` and escaped sequences are no templates.
    @Test(arguments: [
        (#"${var.name # set per environment}"#, "expected '}' to close the interpolation before the string ends"),
        (#"10.${var.octet.0/16"#, "expected '}' to close the interpolation before the string ends"),
        (#"%{ if var.on }us-east-1_abcDEF123"#, "the '%{ if }' has no '%{ endif }' before the end of the template"),
        (#"${1 +}"#, "expected an expression, found a symbol"),
    ])
    func aTemplateThatDoesNotParseIsASyntaxError(template: String, reason: String) {
        let text = """
            {"locals": {"a": "\(template)", "b": "a$${b}%%{c}"},
             "variable": {"v": {"default": "${"}}, "//": "${",
             "resource": {"aws_sagemaker_workforce": {"main": {\(Self.cognito.dropLast())}}}}

            """
        #expect(Self.findings(text) == ["1:18 WF001  this string does not parse as a template: \(reason)"])
        #expect(Self.findings(text.replacingOccurrences(of: template, with: "${var.v}")) == [])
    }

    @Test func variableValuesAreReadForSyntaxOnlyAndAWalkSkipsFilesWithoutAWorkforce() {
        let linter = builtinLinter()
        func lint(_ text: String, _ name: String, named: Bool) -> LintedSource {
            linter.lint(Array(text.utf8), as: LintInput(source: .file(name), displayName: name, isExplicit: named))
        }
        #expect(lint(#"{"cidrs": ["10.0.0.1/16"]}"#, "terraform.tfvars.json", named: true).findings.isEmpty)
        let broken = lint(#"{"cidrs": "#, "prod.auto.tfvars.json", named: false)
        #expect(broken.findings.map { "\($0.range.start) \($0.ruleID) \($0.message)" } == ["1:11 WF001 expected a value"])
        #expect(!broken.isSkipped)
        let bucket = #"{"resource": {"aws_s3_bucket": {"logs": {}}}}"#
        #expect(lint(bucket, "s3.tf.json", named: false).isSkipped)
        #expect(lint(bucket, "s3.tf.json", named: true).findings.map { "\($0.ruleID) \($0.message)" } == [
            #"WF000 not a workforce document: the Terraform file has no resource "aws_sagemaker_workforce""#,
        ])
        // Plain JSON stays the request document it was.
        #expect(lint(#"{"WorkforceName": "bad name", "CognitoConfig": {"ClientId": "c", "UserPool": "us-east-1_abcDEF123"}}"#,
                     "request.json", named: true).findings.map(\.pointer.description) == ["/WorkforceName"])
    }
}

/// A UTF-8 byte-order mark: the native syntax skips it, but Terraform's JSON
/// syntax refuses it ("Invalid start of value"), in a `.tf.json` file and in
/// a `.tfvars.json` file its module reads. Both were read as if it were not
/// there, and a bad value in the definitions file was checked as Terraform
/// never would.
@Suite struct TerraformJSONByteOrderMarkTests {
    static let bom = "\u{FEFF}"
    static let message = "the file starts with a UTF-8 byte-order mark, which Terraform refuses in its JSON syntax "
        + "(\"Invalid start of value\"); save it as UTF-8 without a byte-order mark [WF001 syntax-error]"

    @Test func aTerraformJSONFileThatStartsWithOneIsASyntaxError() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf.json", Self.bom + TerraformJSONSyntaxTests.resource(TerraformJSONSyntaxTests.cognito + "\n\"workforce_vpc_config\": []"))
        let run = try WFLintBinary.run(["--no-config", "main.tf.json"], in: directory.url)
        #expect(HostileInputTests.headlines(run.stdout) == ["main.tf.json:1:1: error: " + Self.message, "1 error in 1 file; 1 file checked"])
        #expect(run.status == 1)
    }

    @Test func aDefinitionsFileThatStartsWithOneMakesItsVariablesUnknown() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", """
            variable "name" {
              default = "team"
            }
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = var.name
              cognito_config {
                client_id = "abc"
                user_pool = "us-east-1_abcDEF123"
              }
            }

            """)
        try directory.write("terraform.tfvars.json", Self.bom + #"{"name": "bad name"}"#)
        let run = try WFLintBinary.run(["--no-config", "main.tf", "terraform.tfvars.json"], in: directory.url)
        #expect(HostileInputTests.headlines(run.stdout) == [
            "terraform.tfvars.json:1:1: error: " + Self.message, "1 error in 1 file; 2 files checked",
        ])
        #expect(run.status == 1)
    }
}

/// A `.tfvars.json` value and a `.tf.json` variable's `default` are literal
/// JSON: Terraform reads them without evaluating them, so `"${var.team}"`
/// there is that text (`terraform console` shows `"${var.team}"`). wflint
/// took it for a template: resolved in a default, unknown in a definitions
/// file, and the run passed where the provider refuses the name.
@Suite struct TerraformLiteralJSONValueTests {
    static let resource = """
        resource "aws_sagemaker_workforce" "main" {
          workforce_name = var.name
          cognito_config {
            client_id = "abc"
            user_pool = "us-east-1_abcDEF123"
          }
        }

        """

    static func pattern(_ place: String, _ value: String) -> String {
        place + #": error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}', got "#
            + value + " [WF007 pattern]"
    }

    @Test func aTerraformJSONDefaultIsItsTextNotATemplate() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", Self.resource)
        try directory.write("variables.tf.json", #"{"variable": {"team": {"default": "labelers"}, "name": {"default": "${var.team}"}}}"#)
        let run = try WFLintBinary.run(["--no-config", "main.tf"], in: directory.url)
        #expect(HostileInputTests.headlines(run.stdout) == [
            Self.pattern("variables.tf.json:1:68", #""${var.team}""#), "1 error in 1 file; 1 file checked",
        ])
        #expect(run.status == 1)
    }

    @Test func aDefinitionsFileValueIsItsTextNotATemplate() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", "variable \"name\" {\n  default = \"team\"\n}\n" + Self.resource)
        try directory.write("terraform.tfvars.json", #"{"name": "a$${b}"}"#)
        let run = try WFLintBinary.run(["--no-config", "main.tf"], in: directory.url)
        #expect(HostileInputTests.headlines(run.stdout) == [
            Self.pattern("terraform.tfvars.json:1:10", #""a$${b}""#), "1 error in 1 file; 1 file checked",
        ])
        #expect(run.status == 1)
    }
}

/// A `.tf.json` or `.tfvars.json` string with a byte that is not UTF-8 (a
/// file saved as Latin-1) plans: Terraform reads each byte of a malformed
/// sequence as U+FFFD (`terraform console` shows "caf\u{FFFD}"). wflint
/// refused the file with WF001; it now reads the string as Terraform does.
/// Outside a string the byte still stops Terraform, and the file is WF001.
@Suite struct TerraformJSONInvalidUTF8Tests {
    static let cognito = #""cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"}"#

    static func workforce(name: String) -> [UInt8] {
        Array(#"{"resource": {"aws_sagemaker_workforce": {"m": {"workforce_name": "\#(name)", \#(cognito)}}}}"#.utf8) + [0x0A]
    }

    static func run(_ files: [String: [UInt8]], _ named: String = "main.tf.json") throws -> WFLintBinary.Run {
        let directory = try TemporaryDirectory()
        for (name, bytes) in files { try directory.write(name, Data(bytes)) }
        return try WFLintBinary.run(["--no-config", named], in: directory.url)
    }

    @Test func aLatin1StringElsewhereIsNoError() throws {
        let locals = Array(#"{"locals": {"note": "caf"#.utf8) + [0xE9] + Array(#""}}"#.utf8) + [0x0A]
        let run = try Self.run(["main.tf.json": Self.workforce(name: "labelers"), "notes.tf.json": locals])
        #expect(run.stdout == "no problems found; 1 file checked\n")
        #expect(run.status == 0)
    }

    @Test func aValueWithTheByteIsCheckedWithU_FFFDForEachByte() throws {
        let values = Array(#"{"name": "te"#.utf8) + [0xE2, 0x82] + Array(#"am"}"#.utf8) + [0x0A]
        let run = try Self.run([
            "main.tf.json": Self.workforce(name: "${var.name}"),
            "variables.tf.json": Array(#"{"variable": {"name": {"type": "string"}}}"#.utf8),
            "terraform.tfvars.json": values,
        ])
        #expect(HostileInputTests.headlines(run.stdout) == [
            TerraformLiteralJSONValueTests.pattern("terraform.tfvars.json:1:10", "\"te\u{FFFD}\u{FFFD}am\""),
            "1 error in 1 file; 1 file checked",
        ])
        #expect(run.status == 1)
    }

    @Test func theByteOutsideAStringIsASyntaxError() throws {
        let bytes = Array(#"{"locals": {"a": "x"}, "#.utf8) + [0xE9] + Array(#" "resource": {}}"#.utf8)
        let run = try Self.run(["main.tf.json": bytes])
        #expect(HostileInputTests.headlines(run.stdout) == [
            "main.tf.json:1:24: error: expected a string key after ',' [WF001 syntax-error]", "1 error in 1 file; 1 file checked",
        ])
        #expect(run.status == 1)
    }
}

/// A `.tf.json` template is read as a heredoc; its marker must close no
/// line of the text (the marker alone, blanks around it) and is chosen in
/// one pass: it grew one `_` at a time, each a search of the whole text.
@Suite struct TerraformJSONTemplateMarkerTests {
    @Test func theMarkerIsNoLineOfTheText() {
        #expect(TerraformJSONValues.heredocMarker(for: "${var.x}WFLINT_TEMPLATE" + String(repeating: "_", count: 30_000))
            == "WFLINT_TEMPLATE")
        let lines = "a\nWFLINT_TEMPLATE\n  WFLINT_TEMPLATE_ \r\n\tWFLINT_TEMPLATE___\nWFLINT_TEMPLATE__x"
        #expect(TerraformJSONValues.heredocMarker(for: lines) == "WFLINT_TEMPLATE__")
        let template = TerraformJSONValues.template("WFLINT_TEMPLATE\n${var.x}")
        #expect(template != nil)
    }
}
