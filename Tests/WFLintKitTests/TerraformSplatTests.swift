import Testing
@testable import WFLintKit

/// A splat of a known value is known, as HCL evaluates it (`SplatExpr` in
/// hashicorp/hcl): `cidrs = local.l[*].c` with a `/33` inside passed before,
/// and `terraform validate` (v1.11.4, hashicorp/aws 5.100) refuses it with
/// "expected "source_ip_config.0.cidrs.1" to be a valid CIDR Value". Each
/// case below was checked there.
@Suite struct TerraformSplatTests {
    static let p = TerraformLintingTests.prefix

    /// A workforce whose `cidrs` is `cidrs`, after `locals`.
    static func workforce(cidrs: String, locals: String) -> String {
        """
        locals {
          \(locals)
        }
        resource "aws_sagemaker_workforce" "main" {
          workforce_name = "w"
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

    static let objects = #"l = [{ c = "10.0.0.0/16" }, { c = "10.1.0.0/33" }]"#
    static let lists = #"n = [{ cs = ["10.3.0.0/16", "10.4.0.0/33"] }, { cs = ["10.5.0.0/33"] }]"#

    static func invalid(_ cidr: String, at position: String, index: Int) -> String {
        "\(position) WF201 \(p)/source_ip_config/0/cidrs/\(index) CIDR \"\(cidr)\" is invalid: prefix \"33\" is "
            + "greater than 32; expected an address and a prefix length, like \"10.0.0.0/16\" or \"2001:db8::/32\""
    }

    /// `[*]` and `.*` alike: each element's member, reported where the local writes it.
    @Test func aSplatOfAListOfObjectsIsEachElementsMember() {
        for splat in ["local.l[*].c", "local.l.*.c"] {
            #expect(TerraformLintingTests.findings(Self.workforce(cidrs: splat, locals: Self.objects)) == [
                Self.invalid("10.1.0.0/33", at: "2:37", index: 1),
            ], "\(splat)")
        }
    }

    /// `[*]` applies every step after it to each element, `.*` only the
    /// attributes: `local.n.*.cs[0]` is the first element's list, and
    /// `local.n[*].cs[1]` indexes each element's (Terraform: "Invalid index"
    /// on the second, whose list has one item; not known here).
    @Test func anIndexAfterASplatIsTakenAsHCLTakesIt() {
        #expect(TerraformLintingTests.findings(Self.workforce(cidrs: "local.n.*.cs[0]", locals: Self.lists)) == [
            Self.invalid("10.4.0.0/33", at: "2:31", index: 1),
        ])
        #expect(TerraformLintingTests.findings(Self.workforce(cidrs: "local.n[*].cs[1]", locals: Self.lists)) == [])
        // The legacy index `.0` is an attribute splat's step, as `.name` is:
        // each element's first (`terraform validate` takes the first list,
        // which has no /33 first, and refuses the second).
        #expect(TerraformLintingTests.findings(Self.workforce(cidrs: "local.n.*.cs.0", locals: Self.lists)) == [
            Self.invalid("10.5.0.0/33", at: "2:57", index: 1),
        ])
        // A list of lists: Terraform says "Incorrect attribute value type".
        let nested = TerraformLintingTests.findings(Self.workforce(cidrs: "local.n[*].cs", locals: Self.lists))
        #expect(nested == [
            "2:15 WF004 \(Self.p)/source_ip_config/0/cidrs/0 \"source_ip_config.cidrs[0]\" must be a string, got a list",
            "2:56 WF004 \(Self.p)/source_ip_config/0/cidrs/1 \"source_ip_config.cidrs[1]\" must be a string, got a list",
        ])
    }

    /// A value that is no list is splatted as a one-element tuple of itself.
    @Test func aSplatOfAnObjectOrAStringIsATupleOfIt() {
        let object = Self.workforce(cidrs: "local.o[*].c", locals: #"o = { c = "10.2.0.0/33" }"#)
        #expect(TerraformLintingTests.findings(object) == [Self.invalid("10.2.0.0/33", at: "2:13", index: 0)])
        let string = Self.workforce(cidrs: "local.s[*]", locals: #"s = "10.6.0.0/33""#)
        #expect(TerraformLintingTests.findings(string) == [Self.invalid("10.6.0.0/33", at: "2:7", index: 0)])
    }

    /// An element without the member (Terraform: "Unsupported attribute"),
    /// or an unknown element, leaves the whole splat unknown: no finding.
    @Test func aSplatAnyElementOfWhichIsNotKnownIsNotKnown() {
        #expect(TerraformLintingTests.findings(Self.workforce(cidrs: "local.l[*].d", locals: Self.objects)) == [])
        let unknown = #"l = [{ c = "10.1.0.0/33" }, { c = upper(var.x) }]"#
        let declared = "variable \"x\" {}\n" + Self.workforce(cidrs: "local.l[*].c", locals: unknown)
        #expect(TerraformLintingTests.findings(declared) == [])
    }

    /// `null` splats to an empty tuple unless its type is a list, set or
    /// tuple (`terraform plan`: "Splat of null value"); the value does not
    /// say which, so it is not known: no WF202 "0 entries" for a typed list.
    @Test func aSplatOfNullIsNotKnown() {
        let text = """
            variable "office" {
              type    = list(string)
              default = null
            }

            """ + Self.workforce(cidrs: "var.office[*]", locals: Self.objects)
        #expect(TerraformLintingTests.findings(text) == [])
    }

    /// A set's elements are in Terraform's own order, so the index a finding
    /// would name is not known: a splat of a set is not evaluated.
    @Test func aSplatOfASetIsNotKnown() {
        let text = """
            variable "v" {
              type    = set(object({ c = string }))
              default = [{ c = "10.9.0.0/33" }]
            }

            """ + Self.workforce(cidrs: "var.v[*].c", locals: Self.objects)
        #expect(TerraformLintingTests.findings(text) == [])
        let list = text.replacing("set(object", with: "list(object")
        #expect(TerraformLintingTests.findings(list) == [Self.invalid("10.9.0.0/33", at: "3:20", index: 0)])
    }

    /// In `.tf.json`, in a template's one interpolation.
    @Test func aSplatInATerraformJSONTemplate() {
        let text = """
            {
              "locals": {"l": [{"c": "10.0.0.0/16"}, {"c": "10.1.0.0/33"}]},
              "resource": {"aws_sagemaker_workforce": {"main": {
                "workforce_name": "w",
                "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"},
                "source_ip_config": {"cidrs": "${local.l[*].c}"}
              }}}
            }

            """
        #expect(TerraformLintingTests.findings(text, name: "main.tf.json") == [
            Self.invalid("10.1.0.0/33", at: "2:48", index: 1),
        ])
    }
}
