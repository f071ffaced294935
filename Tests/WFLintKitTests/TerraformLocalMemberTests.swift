import Testing
@testable import WFLintKit

/// A reference to a member of a local value whose expression is an object
/// or tuple constructor (`local.idp.name`) evaluates only the item it names
/// (`TerraformModule.value(local:reading:)`): a module of N workforce files
/// each reading its own member of one N-item local cost N × N before.
/// What it reads is what that item reads, as Terraform has it.
@Suite struct TerraformLocalMemberTests {
    static let p = TerraformLintingTests.prefix

    static let declarations = """
        variable "eph" {
          type      = string
          ephemeral = true
        }
        variable "secret" {
          type      = string
          sensitive = true
        }
        locals {
          idp = { secret = var.eph, name = "labelers" }
        }

        """

    /// `local.idp.name` of `idp = { secret = var.eph, name = "labelers" }` is
    /// no ephemeral value (`terraform plan`, v1.11.4, takes it in a
    /// `terraform_data`'s `input`, and refuses `local.idp.secret` there).
    @Test func aMemberReadsOnlyWhatItsItemReads() {
        let named = Self.declarations + TerraformEphemeralValueTests.workforce(secret: "var.secret", name: "local.idp.name")
        #expect(TerraformLintingTests.findings(named) == [])
        let secret = Self.declarations + TerraformEphemeralValueTests.workforce(secret: "local.idp.secret")
        #expect(TerraformLintingTests.findings(secret) == [
            "17:30 WF506 \(Self.p)/oidc_config/0/client_secret "
                + TerraformEphemeralValueTests.message("client_secret", of: "oidc_config", reads: "var.eph"),
        ])
    }

    /// In `.tf.json` too, where a local is a JSON value whose strings are templates.
    @Test func aJSONMemberReadsOnlyWhatItsItemReads() {
        func text(name: String, secret: String) -> String {
            """
            {
              "variable": {"eph": {"type": "string", "ephemeral": true}, "secret": {"type": "string", "sensitive": true}},
              "locals": {"idp": {"secret": "${var.eph}", "name": "labelers"}},
              "resource": {"aws_sagemaker_workforce": {"main": {
                "workforce_name": "\(name)",
                "cognito_config": {"client_id": "\(secret)", "user_pool": "us-east-1_abcDEF123"}
              }}}
            }

            """
        }
        #expect(TerraformLintingTests.findings(text(name: "${local.idp.name}", secret: "c"), name: "main.tf.json") == [])
        // A key that is a template (`"${var.k}"`) may be the member's name: not known.
        let computed = text(name: "${local.named.name}", secret: "c").replacing(
            #""locals": {"#, with: #""locals": {"named": {"${var.eph}": "labelers", "name": "bad name!!"}, "#)
        #expect(TerraformLintingTests.findings(computed, name: "main.tf.json") == [])
        let plain = text(name: "${local.named.name}", secret: "c").replacing(
            #""locals": {"#, with: #""locals": {"named": {"name": "bad name!!"}, "#)
        #expect(TerraformLintingTests.findings(plain, name: "main.tf.json") == [
            "3:32 WF007 \(Self.p)/workforce_name \"workforce_name\" must match the API pattern "
                + "'[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got \"bad name!!\"",
        ])
        #expect(TerraformLintingTests.findings(text(name: "w", secret: "${local.idp.secret}"), name: "main.tf.json") == [
            "6:37 WF506 \(Self.p)/cognito_config/0/client_id "
                + TerraformEphemeralValueTests.message("client_id", of: "cognito_config", reads: "var.eph"),
        ])
    }

    /// An object with a computed key is not known, nor is any member of it:
    /// `(var.k)` may be the member's name.
    @Test func aMemberOfAnObjectWithAComputedKeyIsUnknown() {
        let text = """
            variable "k" {
              default = "name"
            }
            locals {
              named = { (var.k) = "labelers", name = "bad name!!" }
              plain = { name = "bad name!!" }
            }

            """
        #expect(TerraformLintingTests.findings(text + TerraformWorkforceText.cognito(name: "local.named.name")) == [])
        #expect(TerraformLintingTests.findings(text + TerraformWorkforceText.cognito(name: "local.plain.name")) == [
            "6:20 WF007 \(Self.p)/workforce_name \"workforce_name\" must match the API pattern "
                + "'[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got \"bad name!!\"",
        ])
    }

    /// The item named last of those with the member's name is the value,
    /// two names the same once in NFC too; an index of a tuple is its item.
    @Test func theMembersItemIsTheOneTerraformTakes() {
        let text = """
            locals {
              twice = { name = "first", name = "bad name!!" }
              forms = { "caf\u{E9}" = "first", "cafe\u{301}" = "bad name!!" }
              list  = ["labelers", "bad name!!"]
            }

            """
        for (read, place) in [("local.twice.name", "2:36"), ("local.forms[\"caf\u{E9}\"]", "3:41"), ("local.list[1]", "4:24")] {
            #expect(TerraformLintingTests.findings(text + TerraformWorkforceText.cognito(name: read)) == [
                "\(place) WF007 \(Self.p)/workforce_name \"workforce_name\" must match the API pattern "
                    + "'[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got \"bad name!!\"",
            ], "\(read)")
        }
    }
}
