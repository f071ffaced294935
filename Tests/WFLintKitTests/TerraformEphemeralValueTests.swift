import Testing
@testable import WFLintKit

/// WF506 tf-ephemeral-value: Terraform 1.10 and later refuse an ephemeral
/// value (a variable declared `ephemeral = true`, an `ephemeral.TYPE.NAME`
/// resource's attribute) in a managed resource's argument, unless the
/// argument is write-only, which none of `aws_sagemaker_workforce`'s is
/// (hashicorp/terraform `validateResourceForbiddenEphemeralValues`).
@Suite struct TerraformEphemeralValueTests {
    static let p = TerraformLintingTests.prefix

    /// A workforce whose `client_secret` is `secret` and whose name is `name`.
    static func workforce(secret: String, name: String = "\"labelers\"") -> String {
        """
        resource "aws_sagemaker_workforce" "main" {
          workforce_name = \(name)
        \(TerraformOverrideTests.oidc(secret: secret))
        }
        """
    }

    static func message(_ name: String, of owner: String, reads read: String) -> String {
        "\"\(name)\" of \(owner) reads \(read), an ephemeral value; Terraform takes none in a resource argument, "
            + "whose value must persist from plan to apply: give it one that is not ephemeral"
    }

    /// An ephemeral variable, sensitive or not, is WF506 at its use; not
    /// WF503, whose advice (declare it sensitive) would not make Terraform
    /// take it.
    @Test func anEphemeralVariableInAnArgumentIsRefused() {
        for sensitive in ["  sensitive = true\n", ""] {
            let text = "variable \"secret\" {\n  type      = string\n\(sensitive)  ephemeral = true\n}\n"
                + Self.workforce(secret: "var.secret")
            let line = sensitive.isEmpty ? 10 : 11
            #expect(TerraformLintingTests.findings(text) == [
                "\(line):30 WF506 \(Self.p)/oidc_config/0/client_secret "
                    + Self.message("client_secret", of: "oidc_config", reads: "var.secret"),
            ], "\(sensitive)")
        }
        // `ephemeral = false` is an ordinary variable: WF503 when it is not sensitive.
        let ordinary = "variable \"secret\" {\n  ephemeral = false\n}\n" + Self.workforce(secret: "var.secret")
        #expect(TerraformLintingTests.findings(ordinary).map { $0.prefix(11) } == ["1:10 WF503 "])
    }

    /// An ephemeral resource's attribute, directly and through locals, in
    /// any argument: at the reference in the resource.
    @Test func anEphemeralResourceDirectlyOrThroughLocalsIsRefused() {
        let text = """
            ephemeral "aws_secretsmanager_secret_version" "idp" {
              secret_id = "idp"
            }
            variable "name" {
              ephemeral = true
              default   = "labelers"
            }
            locals {
              secret = ephemeral.aws_secretsmanager_secret_version.idp.secret_string
              idp    = { secret = local.secret }
              name   = var.name
            }

            """ + Self.workforce(secret: "local.idp.secret", name: "local.name")
        #expect(TerraformLintingTests.findings(text) == [
            "14:20 WF506 \(Self.p)/workforce_name " + Self.message("workforce_name", of: "aws_sagemaker_workforce.main", reads: "var.name"),
            "18:30 WF506 \(Self.p)/oidc_config/0/client_secret "
                + Self.message("client_secret", of: "oidc_config", reads: "ephemeral.aws_secretsmanager_secret_version.idp"),
        ])
        let direct = Self.workforce(secret: "ephemeral.aws_secretsmanager_secret_version.idp.secret_string")
        #expect(TerraformLintingTests.findings(direct) == [
            "6:30 WF506 \(Self.p)/oidc_config/0/client_secret "
                + Self.message("client_secret", of: "oidc_config", reads: "ephemeral.aws_secretsmanager_secret_version.idp"),
        ])
    }

    /// A conditional whose condition reads an ephemeral variable is
    /// ephemeral too, whichever branch it chooses: `terraform validate`
    /// (v1.11.4) refuses `workforce_name = var.eph != "" ? "labelers" :
    /// "other"` ("Ephemeral values are not valid for workforce_name"). One
    /// read in the condition and a branch is named once.
    @Test func anEphemeralVariableInAConditionIsRefused() {
        let variable = "variable \"eph\" {\n  type      = string\n  ephemeral = true\n  default   = \"x\"\n}\n"
        for name in ["var.eph != \"\" ? \"labelers\" : \"other\"", "var.eph == \"\" ? \"labelers\" : var.eph"] {
            let text = variable + Self.workforce(secret: "\"s\"", name: name)
            let findings = TerraformLintingTests.findings(text).filter { !$0.contains("WF140") }
            #expect(findings == [
                "7:20 WF506 \(Self.p)/workforce_name " + Self.message("workforce_name", of: "aws_sagemaker_workforce.main", reads: "var.eph"),
            ], "\(name)")
        }
    }

    /// A template's interpolation passes its value on to the string, and
    /// its mark: `terraform plan` (v1.11.4) refuses `input = "x-${var.eph}"`
    /// of a `terraform_data` ("Invalid use of ephemeral value"), with or
    /// without a default, and after an unknown part too.
    @Test func anEphemeralValueInATemplateIsRefused() {
        for (value, read) in [
            ("\"x-${var.name}\"", "var.name"), ("\"${aws_vpc.x.id}-${var.name}\"", "var.name"),
            ("\"x-${ephemeral.aws_secretsmanager_secret_version.idp.secret_string}\"", "ephemeral.aws_secretsmanager_secret_version.idp"),
        ] {
            for declaration in ["variable \"name\" {\n  ephemeral = true\n}\n", "variable \"name\" {\n  ephemeral = true\n  default   = \"a\"\n}\n"] {
                let text = declaration + Self.workforce(secret: "\"s\"", name: value)
                let line = declaration.contains("default") ? 6 : 5
                #expect(TerraformLintingTests.findings(text).filter { $0.contains("WF506") } == [
                    "\(line):20 WF506 \(Self.p)/workforce_name " + Self.message("workforce_name", of: "aws_sagemaker_workforce.main", reads: read),
                ], "\(value) \(declaration)")
            }
        }
    }

    /// Read where the lint does not evaluate: a function's argument, an
    /// operand of a comparison, through a local value built so. `terraform
    /// validate` (v1.11.4) refuses each ("Invalid use of ephemeral value");
    /// it takes a function of a variable that is not ephemeral, and a name
    /// a `for` expression binds.
    @Test(arguments: [
        ("", "upper(var.eph)", "var.eph"),
        ("locals {\n  flag = var.eph != \"\"\n}\n", "local.flag ? \"labelers\" : \"other\"", "var.eph"),
        ("locals {\n  name = lower(var.eph)\n}\n", "\"team-${local.name}\"", "var.eph"),
        ("", "length(var.eph) > 3 ? \"labelers\" : \"other\"", "var.eph"),
        ("", "\"x-${upper(ephemeral.aws_secretsmanager_secret_version.idp.secret_string)}\"",
         "ephemeral.aws_secretsmanager_secret_version.idp"),
        // HCL's conditional keeps its branches' own marks, the one it does
        // not choose too: `terraform validate` (v1.11.4) refuses these four,
        // and takes a branch that holds the value only inside.
        ("", "true ? \"labelers\" : var.eph", "var.eph"),
        ("locals {\n  name = false ? var.eph : \"labelers\"\n}\n", "local.name", "var.eph"),
        ("", "contains([\"a\"], \"b\") ? \"labelers\" : var.eph", "var.eph"),
        ("", "true ? [\"labelers\"][0] : [var.eph][0]", "var.eph"),
        ("locals {\n  names = true ? [\"labelers\"] : [var.eph]\n}\n", "local.names[0]", nil),
        ("", "coalesce(var.plain, \"labelers\")", nil),
        ("", "[for eph in [var.plain] : upper(eph)][0]", nil),
    ] as [(String, String, String?)])
    func anEphemeralValueReadWhereTheLintDoesNotEvaluate(locals: String, name: String, read: String?) {
        let variables = "variable \"eph\" {\n  type      = string\n  ephemeral = true\n  default   = \"x\"\n}\n"
            + "variable \"plain\" {\n  default = \"labelers\"\n}\n"
        let text = variables + locals + Self.workforce(secret: "\"s\"", name: name)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("workforce_name =") }! + 1
        #expect(TerraformLintingTests.findings(text).filter { $0.contains("WF506") } == (read.map { [
            "\(line):20 WF506 \(Self.p)/workforce_name " + Self.message("workforce_name", of: "aws_sagemaker_workforce.main", reads: $0),
        ] } ?? []), "\(name)")
    }

    /// A branch the condition does not choose, in a block's argument and in
    /// a `for` expression's body: `terraform validate` (v1.11.4) refuses
    /// both ("Invalid use of ephemeral value").
    @Test func anEphemeralValueInABranchNotChosenIsRefused() {
        let variable = "variable \"eph\" {\n  type      = string\n  ephemeral = true\n  default   = \"x\"\n}\n"
        let secret = variable + "locals {\n  use_eph = false\n}\n"
            + Self.workforce(secret: "local.use_eph ? var.eph : \"plain\"")
        #expect(TerraformLintingTests.findings(secret).filter { $0.contains("WF506") } == [
            "14:30 WF506 \(Self.p)/oidc_config/0/client_secret "
                + Self.message("client_secret", of: "oidc_config", reads: "var.eph"),
        ])
        let cidrs = variable + TerraformWorkforceText.cognito(cidrs: "[for c in [\"10.0.0.0/16\"] : true ? c : var.eph]")
        #expect(TerraformLintingTests.findings(cidrs) == [
            "13:13 WF506 \(Self.p)/source_ip_config/0/cidrs " + Self.message("cidrs", of: "source_ip_config", reads: "var.eph"),
        ])
    }

    /// A resource's `count` and `for_each` take only a value that is not
    /// ephemeral as a whole: `terraform validate` (v1.11.4) refuses the
    /// first two ("Invalid count argument: The given "count" is derived from
    /// an ephemeral value"), `terraform plan` takes the last two.
    @Test(arguments: [
        ("count = var.eph != \"\" ? 1 : 0", true),
        ("for_each = toset(var.eph != \"\" ? [\"a\"] : [])", true),
        ("for_each = { a = var.eph }", false),
        ("count = length([var.eph])", false),
    ])
    func anEphemeralCountOrForEachIsRefused(argument: String, isRefused: Bool) {
        let variable = "variable \"eph\" {\n  type      = string\n  ephemeral = true\n  default   = \"x\"\n}\n"
        let text = variable + TerraformWorkforceText.cognito(rest: "  \(argument)\n")
        let name = String(argument.prefix { $0 != " " })
        let refusal = "12:\(name.count + 6) WF506 \(Self.p)/\(name) \"\(name)\" of aws_sagemaker_workforce.main reads var.eph, "
            + "an ephemeral value; Terraform takes none in the count or for_each of a resource, whose instances must persist "
            + "from plan to apply: give it one that is not ephemeral"
        #expect(TerraformLintingTests.findings(text) == (isRefused ? [refusal] : []), "\(argument)")
    }

    /// A `dynamic` block's `for_each` that is ephemeral as a whole:
    /// `terraform plan` (v1.11.4) refuses `var.eph != "" ? [1] : []`
    /// ("Ephemeral values are not valid for "source_ip_config""), and takes
    /// `[var.eph]` whose content does not read it.
    @Test(arguments: [("var.eph != \"\" ? [1] : []", true), ("[var.eph]", false)])
    func anEphemeralDynamicForEachIsRefused(forEach: String, isRefused: Bool) {
        let variable = "variable \"eph\" {\n  type      = string\n  ephemeral = true\n  default   = \"x\"\n}\n"
        let dynamic = "  dynamic \"source_ip_config\" {\n    for_each = \(forEach)\n    content {\n"
            + "      cidrs = [\"10.0.0.0/16\"]\n    }\n  }\n"
        let text = variable + TerraformWorkforceText.cognito(rest: dynamic)
        let refusal = "13:16 WF506 \(Self.p)/dynamic/source_ip_config/0/for_each \"for_each\" of dynamic \"source_ip_config\" "
            + "reads var.eph, an ephemeral value; Terraform takes none in the for_each of a dynamic block, whose blocks must "
            + "persist from plan to apply: give it one that is not ephemeral"
        #expect(TerraformLintingTests.findings(text) == (isRefused ? [refusal] : []), "\(forEach)")
    }

    /// An iterator's value is an element of the `for_each`, with the marks
    /// it holds: `terraform validate` (v1.11.4) refuses a `content` that
    /// reads an ephemeral element, or the ephemeral member of one, and
    /// `terraform plan` takes one that reads another member.
    @Test(arguments: [
        ("", "[var.eph]", "[source_ip_config.value]", true),
        ("locals {\n  l = [{ c = \"10.0.0.0/16\", t = var.eph }]\n}\n", "local.l", "[source_ip_config.value.t]", true),
        ("locals {\n  l = [{ c = \"10.0.0.0/16\", t = var.eph }]\n}\n", "local.l", "[source_ip_config.value.c]", false),
    ])
    func anEphemeralValueADynamicBlocksIteratorReadsIsRefused(locals: String, forEach: String, cidrs: String, isRefused: Bool) {
        let variable = "variable \"eph\" {\n  type      = string\n  ephemeral = true\n  default   = \"x\"\n}\n"
        let dynamic = "  dynamic \"source_ip_config\" {\n    for_each = \(forEach)\n    content {\n"
            + "      cidrs = \(cidrs)\n    }\n  }\n"
        let text = variable + locals + TerraformWorkforceText.cognito(rest: dynamic)
        let line = locals.isEmpty ? 15 : 18
        let refusal = "\(line):15 WF506 \(Self.p)/dynamic/source_ip_config/0/content/0/cidrs "
            + Self.message("cidrs", of: "source_ip_config", reads: "var.eph")
        #expect(TerraformLintingTests.findings(text) == (isRefused ? [refusal] : []), "\(cidrs)")
    }

    /// The same for a resource's `each.value`: `terraform plan` (v1.11.4)
    /// refuses `workforce_name = each.value` of `for_each = { a = var.eph
    /// }`, and takes `each.value.n` of `{ a = { n = "labelers", t = var.eph } }`.
    @Test(arguments: [
        ("{ a = var.eph }", "each.value", true), ("{ a = { n = \"labelers\", t = var.eph } }", "each.value.n", false),
    ])
    func anEphemeralValueEachValueReadsIsRefused(forEach: String, name: String, isRefused: Bool) {
        let variable = "variable \"eph\" {\n  type      = string\n  ephemeral = true\n  default   = \"x\"\n}\n"
        let text = variable + TerraformWorkforceText.cognito(name: name, rest: "  for_each = \(forEach)\n")
        let refusal = "7:20 WF506 \(Self.p)/workforce_name "
            + Self.message("workforce_name", of: "aws_sagemaker_workforce.main", reads: "var.eph")
        #expect(TerraformLintingTests.findings(text) == (isRefused ? [refusal] : []), "\(name)")
    }

    /// A splat or a tuple `for` reads of each element the part its steps,
    /// or its body's uses of the element, name: `terraform plan` (v1.11.4)
    /// takes the first six and refuses the rest ("Invalid use of ephemeral
    /// value"). WF506 read the whole collection, and failed the first six.
    @Test(arguments: [
        ("local.l[*].c", false),
        ("local.l.*.c", false),
        ("local.o[*].c", false),
        ("[for x in local.l : x.c]", false),
        ("[for x in local.l : x.c if x.c != \"\"]", false),
        ("[for i, v in [var.eph] : \"10.0.${i}.0/24\"]", false),
        ("local.l[*].t", true),
        ("local.o[*].t", true),
        ("[for x in local.l : x.t]", true),
        ("[for x in local.l : x.c if x.t != \"\"]", true),
        ("[for i, v in [var.eph] : v]", true),
        ("[var.eph]", true),
    ])
    func aSplatOrForReadsOnlyThePartsItNames(cidrs: String, isRefused: Bool) {
        let text = "variable \"eph\" {\n  type      = string\n  ephemeral = true\n  default   = \"10.0.9.0/24\"\n}\n"
            + "locals {\n  l = [{ c = \"10.0.0.0/16\", t = var.eph }]\n  o = { c = \"10.0.0.0/16\", t = var.eph }\n}\n"
            + TerraformWorkforceText.cognito(cidrs: cidrs)
        let refusal = "17:13 WF506 \(Self.p)/source_ip_config/0/cidrs " + Self.message("cidrs", of: "source_ip_config", reads: "var.eph")
        #expect(TerraformLintingTests.findings(text) == (isRefused ? [refusal] : []), "\(cidrs)")
    }

    /// An index computed from a known value reads the member it names, and
    /// what the index reads: `terraform plan` (v1.11.4) takes the first
    /// three and refuses the rest (`var.idx` is ephemeral too). WF506 read
    /// the whole local, and failed the first three; it read no index, and
    /// passed the last.
    @Test(arguments: [
        ("[local.m[local.k]]", false, "var.eph"),
        ("[local.t[local.i]]", false, "var.eph"),
        ("[for j in [0] : local.t[j]]", false, "var.eph"),
        ("[local.m[local.kb]]", true, "var.eph"),
        ("[local.t[local.i + 1]]", true, "var.eph"),
        ("[local.t[var.idx]]", true, "var.idx"),
        ("[var.plain[var.idx]]", true, "var.idx"),
    ])
    func aComputedIndexReadsOnlyTheMemberItNames(cidrs: String, isRefused: Bool, read: String) {
        let text = "variable \"eph\" {\n  type      = string\n  ephemeral = true\n  default   = \"10.0.9.0/24\"\n}\n"
            + "variable \"idx\" {\n  ephemeral = true\n  default   = 0\n}\n"
            + "variable \"plain\" {\n  default = [\"10.0.0.0/16\"]\n}\n"
            + "locals {\n  m  = { a = \"10.0.0.0/16\", b = var.eph }\n  t  = [\"10.0.0.0/16\", var.eph]\n"
            + "  k  = \"a\"\n  kb = \"b\"\n  i  = 0\n}\n"
            + TerraformWorkforceText.cognito(cidrs: cidrs)
        let refusal = "27:13 WF506 \(Self.p)/source_ip_config/0/cidrs " + Self.message("cidrs", of: "source_ip_config", reads: read)
        #expect(TerraformLintingTests.findings(text) == (isRefused ? [refusal] : []), "\(cidrs)")
    }

    /// The same in a `.tf.json` string.
    @Test func anEphemeralValueAFunctionReadsInJSONSyntax() {
        let text = """
            {"variable": {"eph": {"type": "string", "ephemeral": true}},
             "resource": {"aws_sagemaker_workforce": {"main": {
              "workforce_name": "${upper(var.eph)}",
              "cognito_config": {"client_id": "abc", "user_pool": "us-east-1_abcDEF123"}
            }}}}
            """
        #expect(TerraformLintingTests.findings(text, name: "main.tf.json").filter { $0.contains("WF506") } == [
            "3:21 WF506 \(Self.p)/workforce_name " + Self.message("workforce_name", of: "aws_sagemaker_workforce.main", reads: "var.eph"),
        ])
    }

    /// The same `count`, `for_each` and dynamic `for_each` in `.tf.json`: a
    /// string is a template, `"${...}"` alone its expression's value.
    /// `terraform validate` (v1.11.4) refuses the first two, `terraform
    /// plan` the fifth, and takes the others.
    @Test(arguments: [
        ("  \"count\": \"${var.eph != \\\"\\\" ? 1 : 0}\",\n", "", "3:12", "count"),
        ("  \"for_each\": \"${toset(var.eph != \\\"\\\" ? [\\\"a\\\"] : [])}\",\n", "", "3:15", "for_each"),
        ("  \"for_each\": {\"a\": \"${var.eph}\"},\n", "", nil, ""),
        ("  \"count\": \"${length([var.eph])}\",\n", "", nil, ""),
        ("", "\"${var.eph != \\\"\\\" ? [1] : []}\"", "5:48", "dynamic/source_ip_config/0/for_each"),
        ("", "\"${[var.eph]}\"", nil, ""),
        ("", "[\"${var.eph}\"]", nil, ""),
    ] as [(String, String, String?, String)])
    func anEphemeralCountOrForEachInJSONSyntaxIsRefused(meta: String, forEach: String, at place: String?, pointer: String) {
        let dynamic = forEach.isEmpty ? "" : "  \"dynamic\": {\"source_ip_config\": {\"for_each\": \(forEach), "
            + "\"content\": {\"cidrs\": [\"10.0.0.0/16\"]}}},\n"
        let text = "{\"variable\": {\"eph\": {\"type\": \"string\", \"ephemeral\": true, \"default\": \"x\"}},\n"
            + " \"resource\": {\"aws_sagemaker_workforce\": {\"main\": {\n" + meta + "  \"workforce_name\": \"labelers\",\n"
            + "  \"cognito_config\": {\"client_id\": \"c\", \"user_pool\": \"us-east-1_abcDEF123\"},\n" + dynamic
            + "  \"//\": \"end\"\n}}}}\n"
        let refused = forEach.isEmpty
            ? "\"\(pointer)\" of aws_sagemaker_workforce.main reads var.eph, an ephemeral value; Terraform takes none in the "
                + "count or for_each of a resource, whose instances must persist from plan to apply: give it one that is not ephemeral"
            : "\"for_each\" of dynamic \"source_ip_config\" reads var.eph, an ephemeral value; Terraform takes none in the "
                + "for_each of a dynamic block, whose blocks must persist from plan to apply: give it one that is not ephemeral"
        let expected = place.map { ["\($0) WF506 \(Self.p)/\(pointer) " + refused] } ?? []
        #expect(TerraformLintingTests.findings(text, name: "main.tf.json") == expected, "\(meta)\(forEach)")
    }

    /// In `.tf.json`, a string that is one interpolation of the reference.
    @Test func anEphemeralValueInJSONSyntaxIsRefused() {
        let text = """
            {"variable": {"secret": {"type": "string", "sensitive": true, "ephemeral": true}},
             "resource": {"aws_sagemaker_workforce": {"main": {
              "workforce_name": "labelers",
              "oidc_config": {
                "authorization_endpoint": "https://idp.example.com/authorize",
                "client_id": "labelers",
                "client_secret": "${var.secret}",
                "issuer": "https://idp.example.com",
                "jwks_uri": "https://idp.example.com/jwks",
                "logout_endpoint": "https://idp.example.com/logout",
                "token_endpoint": "https://idp.example.com/token",
                "user_info_endpoint": "https://idp.example.com/userinfo"
              }
            }}}}
            """
        #expect(TerraformLintingTests.findings(text, name: "main.tf.json") == [
            "7:22 WF506 \(Self.p)/oidc_config/0/client_secret "
                + Self.message("client_secret", of: "oidc_config", reads: "var.secret"),
        ])
    }
}

/// `length` keeps only its argument's own marks: the length of a list that
/// holds an ephemeral value is no ephemeral value, the length of an
/// ephemeral value is one. Each verdict is `terraform plan`'s (v1.11.4):
/// WF506 failed the first four, which Terraform takes.
@Suite struct TerraformEphemeralLengthTests {
    static let declarations = """
        variable "token" {
          default   = "t"
          ephemeral = true
        }
        locals {
          tokens = [var.token]
          o      = { n = var.token }
          w      = var.token
        }

        """

    @Test(arguments: [
        ("length(local.tokens[*]) > 0 ? \"labelers\" : \"other\"", false),
        ("\"n${length([var.token])}\"", false),
        ("length(local.tokens) > 0 ? \"a\" : \"b\"", false),
        ("length(local.o) > 0 ? \"a\" : \"b\"", false),
        ("\"n${length(var.token[*])}\"", true),
        ("length(local.w) > 0 ? \"a\" : \"b\"", true),
        ("\"n${length(local.tokens[0])}\"", true),
        ("upper(var.token)", true),
        // A computed key's marks are the object's.
        ("length({ (var.token) = 1 }) > 0 ? \"a\" : \"b\"", true),
    ])
    func theLengthOfAListHoldingAnEphemeralValueIsNone(name: String, isRefused: Bool) {
        let text = Self.declarations + TerraformWorkforceText.cognito(name: name)
        let refusal = "11:20 WF506 \(TerraformLintingTests.prefix)/workforce_name "
            + TerraformEphemeralValueTests.message("workforce_name", of: "aws_sagemaker_workforce.main", reads: "var.token")
        #expect(TerraformLintingTests.findings(text) == (isRefused ? [refusal] : []), "\(name)")
    }

    /// The length of a collection made of ephemeral elements, not itself
    /// ephemeral, in `count`: `terraform plan` (v1.11.4) takes the first
    /// four, and refuses the rest ("Invalid count argument: The given
    /// "count" is derived from an ephemeral value"): a set's marks are the
    /// set's, and a `for`'s condition's the result's.
    @Test(arguments: [
        ("length([for x in local.l : x.t])", false),
        ("length(local.l[*].t)", false),
        ("length(tolist([var.token]))", false),
        ("length(local.o.list)", false),
        ("length(toset([var.token]))", true),
        ("length(local.l[0].t)", true),
        ("length(local.l.*.t[0])", true),
        ("length([for x in local.l : x.c if x.t != \"\"])", true),
    ])
    func theLengthOfACollectionOfEphemeralElementsIsNone(count: String, isRefused: Bool) {
        let text = "variable \"token\" {\n  default   = \"t\"\n  ephemeral = true\n}\n"
            + "locals {\n  l = [{ c = \"10.0.0.0/16\", t = var.token }]\n  o = { list = [var.token], n = \"x\" }\n}\n"
            + TerraformWorkforceText.cognito(rest: "  count = \(count)\n")
        let refusal = "15:11 WF506 \(TerraformLintingTests.prefix)/count \"count\" of aws_sagemaker_workforce.main reads var.token, "
            + "an ephemeral value; Terraform takes none in the count or for_each of a resource, whose instances must persist "
            + "from plan to apply: give it one that is not ephemeral"
        #expect(TerraformLintingTests.findings(text) == (isRefused ? [refusal] : []), "\(count)")
    }

    /// The same for an ephemeral resource's attribute, which a condition's
    /// own evaluation of the local noted (a reviewer's reading).
    @Test func theLengthOfAListHoldingAnEphemeralResourceIsNone() {
        let text = """
            ephemeral "aws_secretsmanager_secret_version" "s" {
              secret_id = "x"
            }
            locals {
              tokens = [ephemeral.aws_secretsmanager_secret_version.s.secret_string]
            }

            """
        let counted = text + TerraformWorkforceText.cognito(name: "length(local.tokens) > 0 ? \"a\" : \"b\"")
        #expect(TerraformLintingTests.findings(counted) == [])
        let read = text + TerraformWorkforceText.cognito(name: "upper(local.tokens[0])")
        #expect(TerraformLintingTests.findings(read) == [
            "8:20 WF506 \(TerraformLintingTests.prefix)/workforce_name " + TerraformEphemeralValueTests.message(
                "workforce_name", of: "aws_sagemaker_workforce.main", reads: "ephemeral.aws_secretsmanager_secret_version.s"),
        ])
    }
}
