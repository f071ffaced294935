import Testing
@testable import WFLintKit

/// A tuple `for` expression over a known collection is the tuple Terraform
/// makes (`ForExpr` in hashicorp/hcl): `cidrs = [for o in local.l : o.c]`
/// with a `/33` inside passed before, and `terraform validate` (v1.11.4,
/// hashicorp/aws 5.100) refuses it: "expected "source_ip_config.0.cidrs.1"
/// to be a valid CIDR Value". Each case below was checked there.
@Suite struct TerraformForExpressionTests {
    static let locals = """
        l = [{ c = "10.0.0.0/16", on = true }, { c = "10.1.0.0/33", on = false }]
          m = { b = "10.2.0.0/33", a = "10.3.0.0/16" }
          s = "10.6.0.0/33"
        """

    static func findings(_ cidrs: String) -> [String] {
        TerraformLintingTests.findings(TerraformSplatTests.workforce(cidrs: cidrs, locals: locals))
    }

    static func invalid(_ cidr: String, at position: String, index: Int) -> String {
        TerraformSplatTests.invalid(cidr, at: position, index: index)
    }

    /// Each element's body, in order; reported where the local writes it.
    @Test func aForOverAListIsEachElementsBody() {
        #expect(Self.findings("[for o in local.l : o.c]") == [Self.invalid("10.1.0.0/33", at: "2:48", index: 1)])
        #expect(Self.findings("[for o in local.l : \"${o.c}\"]") == [Self.invalid("10.1.0.0/33", at: "2:48", index: 1)])
    }

    /// A map is walked in the lexical order of its keys, as Terraform walks
    /// it: `a` before `b`, whatever the order written (`cidrs.0` is `a/33`).
    @Test func aForOverAMapWalksItsKeysInLexicalOrder() {
        #expect(Self.findings("[for k, v in local.m : v]") == [Self.invalid("10.2.0.0/33", at: "3:13", index: 1)])
        let octets = { (name: String, index: Int) in
            "13:36 WF201 \(TerraformSplatTests.p)/source_ip_config/0/cidrs/\(index) CIDR \"\(name)/33\" is invalid: IPv4 "
                + "address \"\(name)\" does not have four octets; expected an address and a prefix length, like "
                + "\"10.0.0.0/16\" or \"2001:db8::/32\""
        }
        #expect(Self.findings("[for k, v in local.m : \"${k}/33\"]") == [octets("a", 0), octets("b", 1)])
    }

    /// The `if` keeps an element only when it holds; an index or a member may decide.
    @Test func theConditionKeepsOrDropsEachElement() {
        #expect(Self.findings("[for o in local.l : o.c if o.on]") == [])
        #expect(Self.findings("[for i, o in local.l : o.c if i == 0]") == [])
        #expect(Self.findings("[for i, o in local.l : o.c if i > 0]") == [Self.invalid("10.1.0.0/33", at: "2:48", index: 0)])
    }

    /// A key and a value of one name bind the value, as HCL binds the key
    /// first (`for x, x in local.m`: `terraform plan` makes the values).
    @Test func aValueNamedAsTheKeyIsTheElement() {
        #expect(Self.findings("[for x, x in local.m : x]") == [Self.invalid("10.2.0.0/33", at: "3:13", index: 1)])
    }

    /// Terraform refuses a list in place of a string: "Incorrect attribute value type".
    @Test func aBodyOfTheWrongTypeIsWrongInEachElement() {
        #expect(Self.findings("[for o in local.l : [o.c]]") == [
            "13:33 WF004 \(TerraformSplatTests.p)/source_ip_config/0/cidrs/0 \"source_ip_config.cidrs[0]\" must be a string, got a list",
            "13:33 WF004 \(TerraformSplatTests.p)/source_ip_config/0/cidrs/1 \"source_ip_config.cidrs[1]\" must be a string, got a list",
        ])
    }

    /// A `null` an element holds is shown where it is written, as `cidrs =
    /// local.n` shows it (`terraform plan`: "Null value found in list"),
    /// not at the body that reads it.
    @Test func aNullElementIsShownWhereItIsWritten() {
        let findings = { (cidrs: String) in
            TerraformLintingTests.findings(TerraformSplatTests.workforce(cidrs: cidrs, locals: #"n = ["10.0.0.0/16", null]"#))
        }
        #expect(findings("[for c in local.n : c]") == [
            #"2:23 WF004 \#(TerraformSplatTests.p)/source_ip_config/0/cidrs/1 "source_ip_config.cidrs[1]" must be a "#
                + #"string, got null; quote it to make it a string: "null""#,
        ])
        #expect(findings("[for c in local.n : c]") == findings("local.n"))
    }

    /// What cannot be known stays unknown: a string or null collection
    /// (Terraform: "Iteration over non-iterable value", "... null value"),
    /// a function in the body, a member an element lacks, an object `for`.
    @Test func whatCannotBeKnownIsNotReported() {
        for unknown in [
            "[for s in local.s : s]", "[for o in local.l : upper(o.c)]", "[for o in local.l : o.d]",
            "values({for k, v in local.m : k => v})",
        ] {
            #expect(Self.findings(unknown) == [], "\(unknown)")
        }
    }

    /// Steps after any expression: a `for`'s element, a parenthesised
    /// reference, a conditional, a literal.
    @Test func stepsAfterAnyExpressionAreTaken() {
        #expect(Self.findings("(local.l)[*].c") == [Self.invalid("10.1.0.0/33", at: "2:48", index: 1)])
        #expect(Self.findings("(true ? local.l : local.l)[*].c") == [Self.invalid("10.1.0.0/33", at: "2:48", index: 1)])
        #expect(Self.findings("[(local.l)[1].c]") == [Self.invalid("10.1.0.0/33", at: "2:48", index: 0)])
        #expect(Self.findings("[{ c = \"10.7.0.0/33\" }][*].c") == [Self.invalid("10.7.0.0/33", at: "13:20", index: 0)])
        #expect(Self.findings("[for o in local.l : o.c][1]") == [
            "2:48 WF004 \(TerraformSplatTests.p)/source_ip_config/0/cidrs \"source_ip_config.cidrs\" must be a list, "
                + "got string \"10.1.0.0/33\"",
        ])
    }

    /// What a `for` reads, its element taken, is what the argument reads:
    /// `terraform validate` refuses `[for x in [1] : var.token][0]` of an
    /// ephemeral variable ("Invalid use of ephemeral value"), which passed.
    @Test func anEphemeralValueThroughAForIsWF506() {
        let text = """
            variable "token" {
              default   = "labelers"
              ephemeral = true
            }

            """ + TerraformWorkforceText.cognito(name: "[for x in [1] : var.token][0]")
        #expect(TerraformLintingTests.findings(text) == [
            "6:20 WF506 \(TerraformSplatTests.p)/workforce_name "
                + TerraformEphemeralValueTests.message("workforce_name", of: "aws_sagemaker_workforce.main", reads: "var.token"),
        ])
    }

    /// Two nested `for`s over one list make its square: each element is
    /// counted against the lint's node budget (limits.max-nodes), and past
    /// it the value is unknown, and told (WF011).
    @Test func nestedForsAreBoundedByTheNodeBudget() throws {
        let directory = try TemporaryDirectory()
        let items = Array(repeating: "1", count: 2_000).joined(separator: ", ")
        try directory.write("main.tf", TerraformSplatTests.workforce(
            cidrs: "[for a in local.n : [for b in local.n : \"10.0.0.0/33\"]]", locals: "n = [\(items)]"))
        try directory.write(".wflint.yaml", "limits:\n  max-nodes: 100000\n")
        let run = try WFLintBinary.run(["main.tf"], in: directory.url)
        #expect(run.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") } == [
            "main.tf:4:1: error: the values aws_sagemaker_workforce.main reads through references take this lint past "
                + "100000 nodes (limits.max-nodes); those past it are unknown and were not checked [WF011 resource-limit]",
            "1 error in 1 file; 1 file checked",
        ])
    }
}

/// A variable's `type` converts its value, which the value as written does
/// not show (a reviewer's `terraform plan`, v1.11.4): `list(bool)` makes
/// `"true"` `true`, so `if b == "true"` drops the element; a set inside an
/// object is ordered by Terraform's rule. Such a condition, or a walk of such
/// a collection, is not known, rather than a WF201 Terraform does not raise.
@Suite struct TerraformForOverTypedValueTests {
    static func findings(type: String, value: String, cidrs: String) -> [String] {
        let text = """
            variable "v" {
              type    = \(type)
              default = \(value)
            }

            """ + TerraformSplatTests.workforce(cidrs: cidrs, locals: "a = 1")
        return TerraformLintingTests.findings(text)
    }

    @Test func aConditionOnAConvertedElementIsNotKnown() {
        #expect(Self.findings(type: "list(bool)", value: #"["true"]"#, cidrs: #"[for b in var.v : "10.0.0.0/33" if b == "true"]"#) == [])
        #expect(Self.findings(type: "map(string)", value: "{ a = 1 }", cidrs: #"[for k, v in var.v : "10.0.0.0/33" if v == 1]"#) == [])
        // Untyped, the element is as written, and the condition holds.
        let untyped = TerraformLintingTests.findings(TerraformSplatTests.workforce(
            cidrs: #"[for b in local.v : "10.0.0.0/33" if b == "true"]"#, locals: #"v = ["true"]"#))
        #expect(untyped == [TerraformSplatTests.invalid("10.0.0.0/33", at: "11:33", index: 0)])
    }

    /// A primitive variable's value reached through a local is converted too:
    /// `bool` makes `"true"` `true`, and `if f == "true"` drops it.
    @Test func aConvertedValueThroughALocalIsReadAsConverted() {
        let text = """
            variable "office" {
              type    = bool
              default = "true"
            }

            """ + TerraformSplatTests.workforce(
                cidrs: #"[for f in local.flags : "10.0.0.0/33" if f == "true"]"#, locals: "flags = [var.office]")
        #expect(TerraformLintingTests.findings(text) == [])
    }

    /// An `object(...)` type drops the attributes it does not declare
    /// (`terraform plan`, v1.11.4, takes `[for k, v in var.allow : v]` whose
    /// value holds a `comment` attribute too): a `for` over such a value is
    /// not known, rather than a WF201 for the comment. A `map(...)`'s keys
    /// all stay, and it is walked.
    @Test func anObjectTypedValueIsNotWalked() {
        let value = #"{ hq = "10.0.0.0/16", comment = "retired office" }"#
        #expect(Self.findings(type: "object({ hq = string })", value: value, cidrs: "[for k, v in var.v : v]") == [])
        #expect(Self.findings(type: "map(string)", value: value, cidrs: "[for k, v in var.v : v]") == [
            #"3:45 WF201 \#(TerraformSplatTests.p)/source_ip_config/0/cidrs/0 CIDR "retired office" is invalid: the "#
                + #""/prefix" is missing; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32""#,
        ])
    }

    @Test func aCollectionInsideATypedValueIsNotWalked() {
        #expect(Self.findings(
            type: "object({ items = set(string) })", value: #"{ items = ["10.0.0.0/33", "10.0.0.0/16"] }"#,
            cidrs: "[[for x in var.v.items : x][0]]") == [])
        #expect(Self.findings(type: "list(set(string))", value: #"[["10.0.0.0/33", "10.0.0.0/16"]]"#, cidrs: "var.v[0][*]") == [])
        // A second resource's use of it is a copy, converted all the same.
        let declaration = """
            variable "cfg" {
              type    = object({ ips = set(string) })
              default = { ips = ["10.0.0.0/16", "10.0.0.0/16"] }
            }

            """
        let twice = ["one", "two"].map { TerraformWorkforceText.cognito(label: $0, cidrs: "[for c in var.cfg.ips : c]") }
        #expect(TerraformLintingTests.findings(declaration + twice.joined()) == [])
        // A `dynamic` block over it makes no more blocks than its distinct elements (`terraform plan`: one).
        let dynamic = TerraformWorkforceText.cognito(rest: """
              dynamic "source_ip_config" {
                for_each = var.cfg.ips
                content {
                  cidrs = [source_ip_config.value]
                }
              }

            """)
        #expect(TerraformLintingTests.findings(declaration + dynamic) == [])
        // The typed value itself is walked: a list's elements are as written.
        #expect(Self.findings(type: "list(string)", value: #"["10.0.0.0/33"]"#, cidrs: "[for c in var.v : c]") == [
            TerraformSplatTests.invalid("10.0.0.0/33", at: "3:14", index: 0),
        ])
    }
}
