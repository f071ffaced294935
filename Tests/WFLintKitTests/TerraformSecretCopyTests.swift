import Testing
@testable import WFLintKit

/// A copy of a secret in another value of a workforce (the client secret
/// pasted into a CIDR or an issuer, a sensitive variable's value written
/// again as a literal) is masked whole in excerpts and snippets, as a YAML
/// document's is. Before, messages concealed it, and the excerpt under them
/// showed it in clear, in `.tf`, `.tf.json` and plans alike.
@Suite struct TerraformSecretCopyTests {
    static let oidc = """
          client_id              = "c"
          issuer                 = "https://i.example.com"
          authorization_endpoint = "https://i.example.com/a"
          token_endpoint         = "https://i.example.com/t"
          user_info_endpoint     = "https://i.example.com/u"
          logout_endpoint        = "https://i.example.com/l"
          jwks_uri               = "https://i.example.com/j"
        """

    @Test func theClientSecretPastedIntoACIDRIsMaskedInItsExcerpt() throws {
        let main = """
            resource "aws_sagemaker_workforce" "m" {
              workforce_name = "w"
              oidc_config {
                client_secret          = "Zq8hunter2Xy"
            \(Self.oidc)
              }
              source_ip_config {
                cidrs = ["Zq8hunter2Xy/16"]
              }
            }

            """
        let (findings, text, all) = try TerraformUnevaluatedSecretTests.outputs(["main.tf": main])
        #expect(findings.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
            == ["mod/main.tf:4:30 WF140", "mod/main.tf:14:14 WF201"])
        #expect(text.contains("   14 |     cidrs = [*****************]\n"))
        for output in all { #expect(!output.contains("Zq8hunter2Xy")) }
    }

    /// A sensitive variable's value is a secret too: a literal copy of it
    /// in the resource is masked, and the variable's own line stays masked.
    @Test func aSensitiveVariablesValueWrittenAgainIsMasked() throws {
        let main = """
            variable "c" {
              sensitive = true
              default   = "10.77.0.0/16"
            }
            resource "aws_sagemaker_workforce" "m" {
              workforce_name = "w"
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abc"
              }
              source_ip_config {
                cidrs = [var.c, "10.77.5.0/24", "10.77.0.0/16"]
              }
            }

            """
        let (findings, text, all) = try TerraformUnevaluatedSecretTests.outputs(["main.tf": main])
        #expect(findings == [
            "mod/main.tf:12:21 WF204 CIDR \"10.77.5.0/24\" is already covered by \"***\" at 3:15",
            "mod/main.tf:12:37 WF204 CIDR \"***\" is already covered by \"***\" at 3:15",
        ])
        #expect(text.contains("   12 |     cidrs = [var.c, \"10.77.5.0/24\", **************]\n"))
        for output in all { #expect(!output.contains("10.77.0.0")) }
    }
}
